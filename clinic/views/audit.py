"""The audit trail, for clinic admins: who saw or changed what, and when."""

from django.core.paginator import Paginator
from django.shortcuts import render

from clinic.access import clinic_admin_required
from clinic.forms import AuditFilterForm
from clinic.models import AuditEvent

EVENTS_PER_PAGE = 50


@clinic_admin_required
def audit_log(request):
    clinic = request.user.practitioner.clinic
    form = AuditFilterForm(request.GET or None, clinic=clinic)
    events = AuditEvent.objects.for_user(request.user).select_related("client")
    if form.is_bound and form.is_valid():
        events = form.filter(events)
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "clinic/audit_log.html", {"form": form, "page": page})
