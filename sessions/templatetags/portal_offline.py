from django import template

from sessions.portal.offline import offline_context

register = template.Library()


@register.inclusion_tag("portal/includes/offline.html")
def offline_status(client, program):
    """The lines and data the offline script (static/js/offline.js) works from."""
    return {"client": client, "program": program, **offline_context(client, program)}
