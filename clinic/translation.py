"""Which library columns exist once per language (django-modeltranslation): the shared
exercises ship in English and French; a clinic's own entries fill the language it writes."""

from modeltranslation.translator import TranslationOptions, register

from clinic.library.models import Exercise


@register(Exercise)
class ExerciseTranslation(TranslationOptions):
    fields = ("name", "summary", "target_muscles", "regions", "steps", "cautions", "dose_notes")
