"""A client's own record, for the client or another practitioner: as JSON, as a FHIR R4
bundle and as a page."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.cache import never_cache

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent, Client
from sessions.export import client_record, dumps
from sessions.fhir.bundle import CONTENT_TYPE as FHIR_JSON
from sessions.fhir.bundle import client_bundle
from sessions.fhir.bundle import dumps as bundle_json


def export_client_for(request, pk, summary):
    client = get_object_or_404(
        Client.objects.for_user(request.user).select_related("user", "clinic"), pk=pk
    )
    record(request, AuditEvent.Action.EXPORT, client, summary=summary)
    return client


@never_cache
@practitioner_required
def client_export_json(request, pk):
    client = export_client_for(request, pk, "JSON")
    response = HttpResponse(
        dumps(client_record(client), indent=2), content_type="application/json; charset=utf-8"
    )
    name = slugify(client.full_name) or "client"
    response["Content-Disposition"] = (
        f'attachment; filename="{name}-record-{timezone.localdate():%Y-%m-%d}.json"'
    )
    return response


@never_cache
@practitioner_required
def client_export_page(request, pk):
    client = export_client_for(request, pk, "printable page")
    context = {"client": client, "record": client_record(client)}
    return render(request, "sessions/client_export.html", context)


def fhir_download(client):
    """The client's record as a FHIR R4 Bundle, sent as a file."""
    response = HttpResponse(bundle_json(client_bundle(client)), content_type=FHIR_JSON)
    name = slugify(client.full_name) or "client"
    response["Content-Disposition"] = (
        f'attachment; filename="{name}-record-{timezone.localdate():%Y-%m-%d}.fhir.json"'
    )
    return response


@never_cache
@practitioner_required
def client_export_fhir(request, pk):
    client = export_client_for(request, pk, "FHIR R4 bundle")
    return fhir_download(client)
