"""Charting a session on one screen, reading a session, and amending a signed note."""

from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.middleware import permissions_policy
from clinic.models import AuditEvent
from sessions.adherence import adherence_summary, reports_as_text
from sessions.forms import AmendmentForm, BodyMapForm, ChartForm
from sessions.models import Amendment, Intake, PainRegion, ScopeError, ScreenError, TreatmentSession

Action = AuditEvent.Action
Status = TreatmentSession.Status


@permissions_policy(camera=["self"])  # the photo card on the chart takes photos
@practitioner_required
def session_chart(request, pk):
    session = get_object_or_404(
        TreatmentSession.objects.for_user(request.user).select_related(
            "plan__client__clinic", "plan__series", "practitioner__user"
        ),
        pk=pk,
    )
    # Signed by someone else while this practitioner was typing: their text stays on screen.
    late = session.is_signed and request.method == "POST"
    if refused := refuse_charting(request, session, late):
        return refused

    clinic = request.user.practitioner.clinic
    previous = session.previous()
    intake = first_session_intake(session)
    adherence = adherence_summary(session.plan.client, clinic.today())
    data = request.POST or None
    if data and "pull_reports" in data and adherence:
        data = with_home_reports(data, adherence)
    form = ChartForm(
        data, instance=session, clinic=clinic, initial=chart_initial(session, previous, intake)
    )
    body_map = BodyMapForm(data, initial=body_map_initial(session, previous, intake))
    context = {
        "session": session,
        "plan": session.plan,
        "step": session.step,
        "previous": previous,
        "form": form,
        "body_map": body_map,
        "adherence": adherence,
        "client": session.plan.client,
        "intake": intake,
    }
    if late:
        context.update(conflict=session, form=conflicting_form(form, session, clinic))
    elif data and "pull_reports" not in data and form.is_valid() and body_map.is_valid():
        outcome = save_chart_or_refuse(request, session, form, body_map, previous)
        if isinstance(outcome, HttpResponse):
            return outcome
        context.update(outcome)
    if not data:
        record(request, Action.VIEW, session, client=session.plan.client)
    template = "sessions/chart.html"
    if request.htmx:
        template += "#chart-form"
    return render(request, template, context)


def refuse_charting(request, session, late):
    """The session page instead of the chart, when this session cannot be charted (signed,
    cancelled, missed) or is another practitioner's to chart; else None."""
    if (session.is_signed and not late) or session.status in (Status.CANCELLED, Status.NO_SHOW):
        return redirect("care:session_detail", session.pk)
    if not session.editable_by(request.user):
        messages.info(
            request,
            _("This session is %(practitioner)s's to chart; you can read it here.")
            % {"practitioner": session.practitioner},
        )
        return redirect("care:session_detail", session.pk)
    return None


def with_home_reports(data, adherence):
    """The posted chart with the client's own reports added to its subjective notes;
    nothing is saved yet."""
    data = data.copy()
    typed = data.get("subjective", "").strip()
    data["subjective"] = "\n\n".join(p for p in [typed, reports_as_text(adherence)] if p)
    return data


def save_chart_or_refuse(request, session, form, body_map, previous):
    """Saves (and maybe signs) a valid chart. Returns the response when the page is done
    with, else what the page should show again: a refusal, a conflict, or the saved draft."""
    clinic = request.user.practitioner.clinic
    try:
        session.check_scope(request.user.practitioner)
    except ScopeError as error:
        form.add_error(None, error)
        return {}
    if "sign" in request.POST:
        try:
            session.check_screen()
        except ScreenError as error:
            form.add_error(None, error)
            return {}
    if not session.claim_version(form.cleaned_data["seen_version"]):
        saved = TreatmentSession.objects.get(pk=session.pk)
        return {"conflict": saved, "form": conflicting_form(form, saved, clinic)}
    save_chart(form, body_map, session)
    record(request, Action.CHANGE, session, client=session.plan.client, summary="chart")
    if "sign" in request.POST:
        session.sign(request.user.practitioner)
        record(request, Action.SIGN, session, client=session.plan.client)
        messages.success(request, _("%(session)s is signed.") % {"session": session.number_label})
        return htmx_aware_redirect(request, reverse("care:session_detail", args=[session.pk]))
    if not request.htmx:
        messages.success(request, _("Draft saved."))
        return redirect("care:session_chart", session.pk)
    # The page stays open: its forms now carry the version just saved.
    return {
        "saved_at": timezone.localtime(),
        "form": ChartForm(instance=session, clinic=clinic),
        "body_map": BodyMapForm(initial=body_map_initial(session, previous)),
    }


def conflicting_form(form, saved, clinic):
    """The form again with what this practitioner typed, now based on the version someone
    else saved, and a message; the page shows both texts so neither is lost."""
    data = form.data.copy()
    when = timezone.localtime(saved.updated_at)
    if saved.is_signed:
        message = _(
            "%(practitioner)s signed this note at %(time)s while you were editing. "
            "Your text is still below: copy what you need into an amendment."
        ) % {"practitioner": saved.signed_by, "time": f"{when:%H:%M}"}
    else:
        data["seen_version"] = saved.version
        message = _(
            "Someone else saved this note at %(time)s while you were editing. Your text "
            "is below and theirs beside it: combine them, then save again."
        ) % {"time": f"{when:%H:%M}"}
    # A copy of the row: validating the form writes the typed values onto its instance.
    form = ChartForm(data, instance=TreatmentSession.objects.get(pk=saved.pk), clinic=clinic)
    form.add_error(None, message)
    return form


def first_session_intake(session):
    """The client's submitted intake, on session 1 only: it fills an empty chart, and a
    positive screen waiting for review shows above it."""
    if session.number != 1:
        return None
    return Intake.objects.submitted().filter(client_id=session.plan.client_id).for_card().first()


def from_intake(session, intake):
    """Whether this chart is still empty and can start from the intake."""
    return (
        intake is not None
        and session.status == Status.PLANNED
        and session.pain_before is None
        and not any(getattr(session, name) for name in TreatmentSession.NOTE_FIELDS)
    )


def chart_initial(session, previous, intake=None):
    """A new chart starts from the previous session's posture findings; session 1 from the
    intake: subjective from the complaint and history, pain before from pain now."""
    if from_intake(session, intake):
        return {"subjective": intake.subjective_text(), "pain_before": intake.pain_now}
    if session.status != Status.PLANNED or previous is None:
        return {}
    return {name: getattr(previous, name) for name in TreatmentSession.POSTURE_FIELDS}


def body_map_initial(session, previous, intake=None):
    """The session's own regions; a new chart starts from the previous session's, session 1
    from the regions marked on the intake (at the pain given there)."""
    both = list(PainRegion.objects.filter(session__in=[s for s in [session, previous] if s]))
    regions = [r for r in both if r.session_id == session.pk]
    if not regions and from_intake(session, intake) and intake.regions:
        regions = [
            PainRegion(region=code, intensity=intake.pain_now, kind=PainRegion.Kind.LOCAL)
            for code in intake.regions
        ]
    if not regions and session.status == Status.PLANNED and previous:
        regions = [r for r in both if r.session_id == previous.pk]
    return BodyMapForm.initial_from(regions)


@transaction.atomic
def save_chart(form, body_map, session):
    session = form.save(commit=False)
    session.status = Status.COMPLETED
    session.save()
    form.save_m2m()
    session.pain_regions.all().delete()
    PainRegion.objects.bulk_create(body_map.regions(session))


def htmx_aware_redirect(request, url):
    if request.htmx:
        return HttpResponse(headers={"HX-Redirect": url})
    return redirect(url)


@practitioner_required
def session_detail(request, pk):
    session = get_object_or_404(
        TreatmentSession.objects.for_user(request.user)
        .with_people()
        .prefetch_related(
            "techniques",
            "pain_regions",
            Prefetch("amendments", queryset=Amendment.objects.select_related("author__user")),
        ),
        pk=pk,
    )
    context = {
        "session": session,
        "plan": session.plan,
        "notes": session.notes(),
        "posture_notes": session.current_text("posture_notes"),
        "given_programs": session.programs.published(),
        "can_edit": session.editable_by(request.user),
    }
    record(request, Action.VIEW, session, client=session.plan.client)
    return render(request, "sessions/session_detail.html", context)


@practitioner_required
def session_amend(request, pk):
    session = get_object_or_404(
        TreatmentSession.objects.for_user(request.user).with_people().signed(), pk=pk
    )
    if not session.editable_by(request.user):
        return redirect("care:session_detail", session.pk)
    field = request.GET.get("field", "subjective")
    if field not in TreatmentSession.AMENDABLE_FIELDS:
        field = "subjective"
    form = AmendmentForm(
        request.POST or None,
        session=session,
        initial={"field": field, "new_text": session.current_text(field)},
    )
    if form.is_valid():
        amendment = session.amend(request.user.practitioner, **form.cleaned_data)
        record(request, Action.AMEND, session, client=session.plan.client, summary=amendment.field)
        messages.success(request, _("Amendment saved. The original text is kept beside it."))
        return redirect("care:session_detail", session.pk)
    return render(request, "sessions/amend_form.html", {"session": session, "form": form})
