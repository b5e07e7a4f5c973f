"""Words the care pages show for values kept as codes."""

from django import template
from django.utils.translation import pgettext_lazy

register = template.Library()

RISK_LABELS = {
    "low": pgettext_lazy("STarT Back risk", "low"),
    "medium": pgettext_lazy("STarT Back risk", "medium"),
    "high": pgettext_lazy("STarT Back risk", "high"),
}


@register.filter
def risk_label(risk):
    """The STarT Back risk group in words: "low", "medium" or "high"."""
    return RISK_LABELS.get(risk, risk)
