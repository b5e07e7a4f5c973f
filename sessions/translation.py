"""Which care columns exist once per language (django-modeltranslation): the series every
clinic starts with and the built-in measures come in English and French."""

from modeltranslation.translator import TranslationOptions, register

from sessions.models.measures import Instrument
from sessions.models.series import Series, SeriesStep


@register(Series)
class SeriesTranslation(TranslationOptions):
    fields = ("name", "description")


@register(SeriesStep)
class SeriesStepTranslation(TranslationOptions):
    fields = ("title", "focus", "goals")


@register(Instrument)
class InstrumentTranslation(TranslationOptions):
    fields = ("name", "plain_name", "intro", "items")
