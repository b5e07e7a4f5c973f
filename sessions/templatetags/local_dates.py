"""Today's date in a format the template chose (a translated one, say), like `{% now %}`
but with the format in a variable: `{% translate "F j, Y" context "date format" as f %}`
then `{% today_in f %}`."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format

register = template.Library()


@register.simple_tag
def today_in(format_string):
    return date_format(timezone.localtime(), format_string)
