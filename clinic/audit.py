"""Writes the audit trail: one call per view of, or change to, clinical data."""

from django.utils import translation

from clinic.models import AuditEvent, Client
from clinic.network import client_address


def record(request, action, obj, *, client=None, summary=""):
    """Notes that the signed-in user did `action` to `obj` (a model instance)."""
    user = request.user
    if client is None and isinstance(obj, Client):
        client = obj
    # The kind of record stays in English whatever the reader's language: rows are compared
    # and filtered by it.
    with translation.override("en"):
        record_type = str(obj._meta.verbose_name)
    AuditEvent.objects.create(
        clinic=user.clinic or client.clinic,
        actor=user,
        actor_name=user.full_name or user.email,
        action=action,
        client=client,
        record_type=record_type,
        record_id=str(obj.pk),
        summary=summary[:300],
        ip_address=client_address(request),
    )
