"""Content written by us in both languages: which one a reader gets, and the columns a
translated row keeps per language (django-modeltranslation names them `<field>_en` and
`<field>_fr_ca`)."""

from django.utils.functional import lazy
from django.utils.translation import get_language

ENGLISH, FRENCH = "en", "fr-ca"
LANGUAGE_SUFFIXES = {ENGLISH: "en", FRENCH: "fr_ca"}


def reads_french(language=None):
    """Whether `language` (by default the active one) is French."""
    return (language or get_language() or ENGLISH).lower().startswith("fr")


def column(field, language):
    """The column of `field` that holds `language`: `name` → `name_fr_ca`."""
    return f"{field}_{LANGUAGE_SUFFIXES[FRENCH if reads_french(language) else ENGLISH]}"


def in_both(fields, english, french):
    """The per-language columns of `fields`, from two dicts of values (French may lack some)."""
    values = {}
    for field in fields:
        values[column(field, ENGLISH)] = english[field]
        values[column(field, FRENCH)] = french.get(field) if french else None
    return values


def _pick(english, french):
    return french if reads_french() else english


# A constant read in the reader's language when it is used, as gettext_lazy would; the French
# sits beside the English in a data module instead of the interface catalogue.
bilingual = lazy(_pick, str)


# The clinic's word for stretches (Clinic.StretchWord values) in French: where a clinic may
# not say "stretch", French text says neither "étirement" nor "étirer".
STRETCH_WORDS_FR = {
    "stretch": "étirement",
    "lengthening": "allongement",
    "range of motion": "amplitude de mouvement",
}


def stretch_word(word, language=None):
    """The clinic's `word` ("stretch", "lengthening", "range of motion") in the reader's
    language."""
    return STRETCH_WORDS_FR[word] if reads_french(language) else word


def fill_stretch(text, word, language=None):
    """Library text with its placeholders filled with the clinic's `word`: `{stretch}` as
    is, `{Stretch}` capitalised (French names start with the word)."""
    said = stretch_word(word, language)
    return str(text).replace("{Stretch}", said[:1].upper() + said[1:]).replace("{stretch}", said)
