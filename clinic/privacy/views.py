"""Law 25 pages for clinic admins: who is in charge of personal information, and the
register of confidentiality incidents."""

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from clinic.access import clinic_admin_required
from clinic.audit import record
from clinic.models import AuditEvent
from clinic.privacy.forms import CorrectionForm, IncidentForm, PrivacyOfficerForm
from clinic.privacy.models import Incident, PrivacyOfficer, officer_of


@clinic_admin_required
def officer(request):
    clinic = request.user.practitioner.clinic
    named = PrivacyOfficer.objects.filter(clinic=clinic).first()
    instance = named or PrivacyOfficer(clinic=clinic)
    form = PrivacyOfficerForm(request.POST or None, instance=instance)
    if form.is_valid():
        saved = form.save()
        action = AuditEvent.Action.CHANGE if named else AuditEvent.Action.CREATE
        record(request, action, saved, summary=str(saved))
        messages.success(request, _("The person in charge of personal information is saved."))
        return redirect("privacy:officer")
    context = {"form": form, "current": officer_of(clinic)}
    return render(request, "clinic/privacy/officer.html", context)


@clinic_admin_required
def incident_list(request):
    incidents = Incident.objects.for_user(request.user).incidents()
    return render(request, "clinic/privacy/incidents.html", {"incidents": incidents})


@clinic_admin_required
def incident_create(request):
    entry = Incident(clinic=request.user.practitioner.clinic, recorded_by=request.user)
    form = IncidentForm(request.POST or None, instance=entry)
    if form.is_valid():
        save_entry(request, form)
        messages.success(request, _("The incident is in the register."))
        return redirect("privacy:incidents")
    return render(request, "clinic/privacy/incident_form.html", {"form": form})


@clinic_admin_required
def incident_correct(request, pk):
    latest = get_object_or_404(
        Incident.objects.for_user(request.user).filter(correction__isnull=True), pk=pk
    )
    form = CorrectionForm(request.POST or None, instance=latest.correction_of(request.user))
    if form.is_valid():
        try:
            save_entry(request, form)
        except IntegrityError:
            form.add_error(None, _("Someone corrected this entry a moment ago. Open it again."))
        else:
            messages.success(request, _("The correction is in the register."))
            return redirect("privacy:incidents")
    context = {"form": form, "corrects": latest}
    return render(request, "clinic/privacy/incident_form.html", context)


def save_entry(request, form):
    with transaction.atomic():
        entry = form.save()
        action = AuditEvent.Action.AMEND if entry.corrects_id else AuditEvent.Action.CREATE
        record(request, action, entry, summary=entry.reason)
    return entry
