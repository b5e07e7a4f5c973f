"""The client's "Your privacy": who at the clinic is in charge of their personal
information, their whole record to take away (a FHIR R4 file, a page to print), and the
choices they have made about what may be done with it."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from clinic.access import client_required
from clinic.audit import record
from clinic.models import AuditEvent
from clinic.privacy.models import officer_of
from sessions.export import client_record
from sessions.models import ConsentChoice
from sessions.views.exports import fhir_download


@client_required
def privacy(request):
    client = request.user.client_profile
    choices = [
        {"label": ConsentChoice.Kind(kind).label, "given": bool(choice and choice.granted)}
        for kind, choice in ConsentChoice.current(client).items()
    ]
    context = {"client": client, "officer": officer_of(client.clinic), "choices": choices}
    return render(request, "portal/privacy.html", context)


@never_cache
@client_required
def record_fhir(request):
    client = request.user.client_profile
    record(request, AuditEvent.Action.EXPORT, client, summary="FHIR R4 bundle, from the portal")
    return fhir_download(client)


@never_cache
@client_required
def record_page(request):
    client = request.user.client_profile
    record(request, AuditEvent.Action.EXPORT, client, summary="printable page, from the portal")
    context = {"client": client, "record": client_record(client), "portal": True}
    return render(request, "sessions/client_export.html", context)
