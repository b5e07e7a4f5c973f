"""The clinic's own word for stretches, in everything its clients see."""

from django import template

from clinic.content import fill_stretch

register = template.Library()


@register.filter
def worded(text, clinic):
    """Fills the {stretch} placeholder of library text with the clinic's word."""
    return clinic.worded(text) if clinic else fill_stretch(text, "stretch")


@register.filter
def kind_label(exercise, clinic):
    return clinic.kind_label(exercise.kind) if clinic else exercise.get_kind_display()
