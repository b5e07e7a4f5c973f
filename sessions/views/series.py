"""Series templates and the techniques a session note can tick."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import clinic_admin_required, practitioner_required
from sessions.forms import SeriesForm, StepFormSet, TechniqueForm
from sessions.measure_forms import ScheduleFormSet, measure_choices
from sessions.models import Instrument, Series, Technique


@practitioner_required
def series_list(request):
    clinic = request.user.practitioner.clinic
    context = {
        "series_list": Series.objects.for_user(request.user).prefetch_related("steps"),
        "techniques": Technique.objects.for_clinic(clinic.pk),
        "technique_form": TechniqueForm(clinic=clinic),
    }
    return render(request, "sessions/series_list.html", context)


@require_POST
@clinic_admin_required
def technique_add(request):
    clinic = request.user.practitioner.clinic
    form = TechniqueForm(request.POST, clinic=clinic)
    if form.is_valid():
        form.save()
        messages.success(
            request,
            _("%(name)s can now be ticked on session notes.") % {"name": form.instance.name},
        )
    else:
        messages.error(request, " ".join(form.errors["name"]))
    return redirect("series:list")


@clinic_admin_required
def series_edit(request, pk=None):
    clinic = request.user.practitioner.clinic
    series = get_object_or_404(Series.objects.for_user(request.user), pk=pk) if pk else None
    data = request.POST or None
    form = SeriesForm(data, instance=series)
    steps = StepFormSet(data, instance=form.instance)
    measures = schedule_formset(data, series, clinic)
    schedule_ok = not measures.is_bound or measures.is_valid()
    if data and form.is_valid() and steps.is_valid() and schedule_ok:
        with transaction.atomic():
            series = form.save(commit=False)
            series.clinic = clinic
            if measures.is_bound:
                series.measure_schedule = measures.schedule()
                Instrument.objects.install_builtins(clinic)
            series.save()
            steps.instance = series
            steps.save()
        messages.success(request, _("%(name)s saved.") % {"name": series.name})
        return redirect("series:list")
    context = {"form": form, "steps": steps, "measures": measures, "series": series}
    return render(request, "sessions/series_form.html", context)


def schedule_formset(data, series, clinic):
    """The series' outcome-measure schedule. A post without it leaves the schedule as it is."""
    bound = data if data and "measures-TOTAL_FORMS" in data else None
    return ScheduleFormSet(
        bound,
        prefix="measures",
        initial=ScheduleFormSet.initial_of(series),
        form_kwargs={"measures": measure_choices(clinic)},
    )


@require_POST
@clinic_admin_required
def series_install_defaults(request):
    Series.objects.install_defaults(request.user.practitioner.clinic)
    messages.success(request, _("The standard series templates are in place."))
    return redirect("series:list")
