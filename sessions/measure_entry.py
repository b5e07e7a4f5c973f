"""Answering an outcome measure, the same way in the portal and on the chart: the
response of a session to an instrument, its form, and saving a draft or submitting."""

from sessions import scoring
from sessions.measure_forms import AnswerForm
from sessions.models import Instrument, Response, Rule


def due_instruments(session):
    """The instruments the series asks for at `session`, in the schedule's order."""
    keys = session.due_measure_keys
    if not keys:
        return []
    found = Instrument.objects.filter(clinic_id=session.plan.client.clinic_id, key__in=keys)
    by_key = {instrument.key: instrument for instrument in found}
    return [by_key[key] for key in keys if key in by_key]


def response_for(session, instrument):
    """The session's response to `instrument`, unsaved when there is none yet. For a
    functional scale it carries `previous_activities`: the activity names of the plan's
    latest one submitted before this session, so that the same activities are rated again
    (read in the same query)."""
    found = Response.objects.filter(session=session, instrument=instrument)
    if instrument.rule == Rule.PSFS:
        earlier = Response.objects.submitted().filter(
            plan=session.plan_id, instrument=instrument, session__number__lt=session.number
        )
        found = found | earlier
    rows = list(found.order_by("-session__number")[:2])
    response = next((row for row in rows if row.session_id == session.pk), None)
    response = response or Response(
        client=session.plan.client, plan=session.plan, session=session, instrument=instrument
    )
    earlier = next((row for row in rows if row.session_id != session.pk), None)
    response.previous_activities = (
        [row["name"] for row in earlier.answers.get("activities", [])] if earlier else []
    )
    return response


def answer_form(request, response):
    """The form for `response`: bound to the POST, else showing what was saved."""
    initial = AnswerForm.initial_from(response.instrument, response.answers)
    return AnswerForm(
        request.POST or None,
        instrument=response.instrument,
        previous_activities=response.previous_activities,
        initial=initial,
    )


def save_answers(request, response, form):
    """Saves a valid form as a draft, or submits it. True when it was submitted; on an
    answer set the rule cannot score, the draft is kept and the form carries the reason."""
    submit = "submit" in request.POST
    try:
        response.save_answers(form.answers(), request.user, submit=submit)
    except scoring.Incomplete as incomplete:
        form.add_error(None, f"{incomplete} Your answers are saved as a draft.")
        return False
    return submit
