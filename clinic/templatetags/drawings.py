"""Exercise drawings, inline in the page: drawn on the server, in the clinic's wording."""

from django import template
from django.utils.safestring import mark_safe

from clinic.library.drawing import render

register = template.Library()


@register.simple_tag
def exercise_drawing(exercise, clinic, side, *id_parts):
    """The SVG of `exercise` for `side` ("each", "both", "left", "right"), or "" if it has
    none. The `id_parts`, joined, must make an id unique in the page: the SVG's title and
    text alternative hang from it."""
    element_id = "-".join(str(part) for part in id_parts)
    key = exercise.drawing_key
    if not key:
        return ""
    name = clinic.worded(exercise.name) if clinic else str(exercise)
    return mark_safe(render(key, side, name, element_id))
