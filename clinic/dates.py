"""Calendar arithmetic the models and pages share."""

import datetime

from django.utils import dateformat, timezone, translation


def months_before(day, months):
    """The same day of the month `months` earlier, clamped to the month's last day."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue


def day_range(first, last):
    """Every day from `first` to `last`, both included."""
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


# Named date and time formats, one per way a page shows a moment, each written for every
# language (Django's `date` syntax): English and French order the day, the month and the
# time differently ("Jan 5, 2026, 14:30" but "5 janvier 2026, 14 h 30"), so a format
# string in a template would only suit one. In templates: `{% load dates %}` then
# `{{ value|when:"day" }}`; in Python: `dates.when(value, "day")`.
NAMED_FORMATS = {
    # name: {language: format}
    "day": {"en": "M j, Y", "fr": "j F Y"},  # Jan 5, 2026 · 5 janvier 2026
    "day_long": {"en": "F j, Y", "fr": "j F Y"},  # January 5, 2026 · 5 janvier 2026
    "day_month": {"en": "M j", "fr": "j F"},  # Jan 5 · 5 janvier
    "day_month_long": {"en": "F j", "fr": "j F"},  # January 5 · 5 janvier
    "weekday": {"en": "l, F j", "fr": "l j F"},  # Monday, January 5 · lundi 5 janvier
    "weekday_year": {"en": "l, F j, Y", "fr": "l j F Y"},  # … 2026
    "weekday_short": {"en": "D j M", "fr": "D j M"},  # Mon 5 Jan · lun 5 jan
    "time": {"en": "H:i", "fr": "H\xa0\\h\xa0i"},  # 14:30 · 14 h 30
    "day_time": {"en": "M j, Y, H:i", "fr": "j F Y, H\xa0\\h\xa0i"},
    "day_time_seconds": {"en": "M j, Y, H:i:s", "fr": "j F Y, H\xa0\\h\xa0i\xa0\\m\xa0s"},
    "weekday_time": {"en": "l, F j, H:i", "fr": "l j F, H\xa0\\h\xa0i"},
}


def format_for(name, language=None):
    """The format string called `name` for `language` (the active one by default)."""
    formats = NAMED_FORMATS[name]
    language = (language or translation.get_language() or "en").lower()
    return formats.get(language) or formats.get(language.split("-")[0]) or formats["en"]


def when(value, name):
    """A date, time or datetime shown the way the active language writes it; an aware
    datetime in the current time zone. Empty for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return dateformat.format(value, format_for(name))
