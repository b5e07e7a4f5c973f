from functools import cached_property

from django.forms.renderers import DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist


class FormRenderer(Jinja2):
    """Django's widget templates, rendered by Jinja2: the same markup several times faster
    than the template language (the chart has a few dozen inputs). A field with its label,
    help and errors is `{{ field.as_field_group }}`. Widgets that only have templates in
    Django's language (the admin's) are rendered by Django's engine."""

    field_template_name = "clinic/field.html"

    @cached_property
    def fallback(self):
        return DjangoTemplates()

    def get_template(self, template_name):
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return self.fallback.get_template(template_name)
