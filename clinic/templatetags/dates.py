"""Dates and times in the active language's own order: `{{ value|when:"day" }}`."""

from django import template

from clinic import dates

register = template.Library()


@register.filter(expects_localtime=True, is_safe=False)
def when(value, name):
    """`value` in the named format of clinic.dates.NAMED_FORMATS."""
    return dates.when(value, name)
