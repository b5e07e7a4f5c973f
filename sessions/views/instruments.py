"""series: the clinic's outcome measures, and questionnaires of its own (built here, or a
licensed one loaded from FHIR JSON)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from clinic.access import clinic_admin_required, practitioner_required
from sessions.measure_forms import BuiltQuestionnaireForm, UploadedQuestionnaireForm
from sessions.models import Instrument


@practitioner_required
def measure_list(request):
    instruments = Instrument.objects.for_user(request.user).order_by("-is_builtin", "name")
    return render(request, "sessions/measure_list.html", {"instruments": instruments})


@clinic_admin_required
def measure_create(request):
    clinic = request.user.practitioner.clinic
    form = BuiltQuestionnaireForm(request.POST or None, clinic=clinic)
    if form.is_valid():
        instrument = form.save()
        messages.success(
            request,
            _("%(name)s is ready to add to a series' schedule.") % {"name": instrument.name},
        )
        return redirect("series:measures")
    return render(request, "sessions/measure_form.html", {"form": form, "upload": False})


@clinic_admin_required
def measure_upload(request):
    clinic = request.user.practitioner.clinic
    form = UploadedQuestionnaireForm(request.POST or None, request.FILES or None, clinic=clinic)
    if form.is_valid():
        instrument = form.save()
        count = len(instrument.items)
        messages.success(
            request,
            ngettext(
                "%(name)s is loaded with %(count)s question.",
                "%(name)s is loaded with %(count)s questions.",
                count,
            )
            % {"name": instrument.name, "count": count},
        )
        return redirect("series:measures")
    return render(request, "sessions/measure_form.html", {"form": form, "upload": True})
