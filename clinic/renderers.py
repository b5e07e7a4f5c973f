from django.forms.renderers import Jinja2


class FormRenderer(Jinja2):
    """Django's widget templates, rendered by Jinja2: the same markup several times faster
    than the template language (the program builder has seven inputs per exercise). A field
    with its label, help and errors is `{{ field.as_field_group }}`."""

    field_template_name = "clinic/field.html"
