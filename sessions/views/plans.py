"""A client's course through a series: starting it, its page and progress, booking its
sessions, and ending it."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent, Client
from sessions import booking
from sessions.forms import PlanForm, ScheduleForm, StopPlanForm
from sessions.models import Plan, Series, TreatmentSession
from sessions.progress import progress_figures

Action = AuditEvent.Action


def plans_for(user):
    return Plan.objects.for_user(user).select_related("client", "series", "lead__user")


@practitioner_required
def plan_create(request, client_pk):
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=client_pk)
    clinic = request.user.practitioner.clinic
    form = PlanForm(
        request.POST or None, clinic=clinic, initial={"lead": request.user.practitioner}
    )
    if form.is_valid():
        plan = form.save(commit=False)
        plan.client = client
        plan.save()
        record(request, Action.CREATE, plan, client=client, summary=plan.series.name)
        messages.success(
            request,
            _("%(series)s started for %(name)s.")
            % {"series": plan.series, "name": client.full_name},
        )
        return redirect("care:plan_detail", plan.pk)
    has_series = Series.objects.filter(clinic=clinic).exists()
    context = {"form": form, "client": client, "has_series": has_series}
    return render(request, "sessions/plan_form.html", context)


@practitioner_required
def plan_detail(request, pk):
    plan = get_object_or_404(plans_for(request.user).prefetch_related("series__steps"), pk=pk)
    sessions = plan.sessions.select_related("practitioner__user").order_by("number", "scheduled_at")
    steps = list(plan.series.steps.all())
    next_number = plan.next_number()
    context = {
        "plan": plan,
        "sessions": sessions,
        "next_number": next_number,
        "next_step": plan.series.step_for(next_number, steps) if plan.is_active else None,
        "has_room": plan.has_room_for(next_number),
        "schedule_form": ScheduleForm(
            plan=plan,
            initial={
                "practitioner": plan.lead,
                "date": timezone.localdate(),
                "time": "09:00",
                "duration_minutes": 60,
            },
        ),
        "stop_form": StopPlanForm(),
    }
    record(request, Action.VIEW, plan, client=plan.client)
    return render(request, "sessions/plan_detail.html", context)


@practitioner_required
def plan_progress(request, pk):
    plan = get_object_or_404(plans_for(request.user), pk=pk)
    record(request, Action.VIEW, plan, client=plan.client, summary="progress")
    return render(request, "sessions/plan_progress.html", {"plan": plan, **progress_figures(plan)})


@require_POST
@practitioner_required
def plan_stop(request, pk):
    plan = get_object_or_404(plans_for(request.user).active(), pk=pk)
    form = StopPlanForm(request.POST)
    if form.is_valid():
        plan.stop(form.cleaned_data["reason"])
        record(request, Action.CHANGE, plan, client=plan.client, summary="stopped early")
        messages.success(request, _("The plan is stopped. Its sessions stay on record."))
    else:
        messages.error(request, _("Say why the plan is stopping before you stop it."))
    return redirect("care:plan_detail", plan.pk)


@require_POST
@practitioner_required
def plan_complete(request, pk):
    plan = get_object_or_404(plans_for(request.user).active(), pk=pk)
    plan.complete()
    record(request, Action.CHANGE, plan, client=plan.client, summary="completed")
    messages.success(request, _("The plan is marked complete."))
    return redirect("care:plan_detail", plan.pk)


@practitioner_required
def session_schedule(request, plan_pk):
    plan = get_object_or_404(plans_for(request.user).active(), pk=plan_pk)
    form = ScheduleForm(request.POST or None, plan=plan)
    if form.is_valid():
        data = form.cleaned_data
        try:
            session = booking.schedule(plan, data)
        except booking.SlotTaken:
            form.add_error(None, booking.PRACTITIONER_BUSY)
            return render(request, "sessions/schedule_form.html", {"plan": plan, "form": form})
        record(request, Action.CREATE, session, client=plan.client, summary="booked")
        messages.success(
            request,
            _("%(session)s booked for %(when)s.")
            % {
                "session": session.number_label,
                "when": date_format(timezone.localtime(session.scheduled_at), _("M j \\a\\t H:i")),
            },
        )
        return redirect("care:plan_detail", plan.pk)
    return render(request, "sessions/schedule_form.html", {"plan": plan, "form": form})


@require_POST
@practitioner_required
def session_set_status(request, pk, status):
    session = get_object_or_404(
        TreatmentSession.objects.for_user(request.user)
        .filter(status=TreatmentSession.Status.PLANNED)
        .with_people(),
        pk=pk,
    )
    session.status = status
    session.save(update_fields=["status", "updated_at"])
    record(request, Action.CHANGE, session, client=session.plan.client, summary=status)
    messages.success(
        request,
        _("%(session)s marked %(status)s.")
        % {"session": session.number_label, "status": session.get_status_display()},
    )
    return redirect("care:plan_detail", session.plan_id)
