"""care: the outcome measures due at a session, filled in with the client on the chart."""

from decimal import Decimal

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent
from sessions.measure_entry import answer_form, due_instruments, response_for, save_answers
from sessions.models import Instrument, Response, TreatmentSession

Action = AuditEvent.Action


def session_of(request, pk):
    # The measures pages name the client and the session, not who gave or signed it.
    sessions = TreatmentSession.objects.for_user(request.user)
    return get_object_or_404(sessions.select_related("plan__client", "plan__series"), pk=pk)


@practitioner_required
def session_measures(request, pk):
    session = session_of(request, pk)
    instruments = due_instruments(session)
    responses = {r.instrument_id: r for r in Response.objects.filter(session=session)}
    rows = [{"instrument": i, "response": responses.get(i.pk)} for i in instruments]
    record(request, Action.VIEW, session, client=session.plan.client, summary="measures")
    context = {"session": session, "plan": session.plan, "rows": rows}
    return render(request, "sessions/session_measures.html", context)


@practitioner_required
def measure_entry(request, pk, instrument_pk):
    session = session_of(request, pk)
    instrument = get_object_or_404(
        Instrument.objects.for_user(request.user),
        pk=instrument_pk,
        key__in=session.due_measure_keys,
    )
    response = response_for(session, instrument)
    if response.is_submitted:
        messages.info(
            request,
            _("%(name)s is already submitted for this session.") % {"name": instrument.name},
        )
        return redirect("care:session_measures", session.pk)
    form = answer_form(request, response)
    if request.POST and form.is_valid():
        submitted = save_answers(request, response, form)
        record(
            request, Action.CHANGE, response, client=session.plan.client, summary=instrument.name
        )
        if submitted:
            messages.success(
                request,
                _("%(name)s submitted: score %(score)s.")
                % {"name": instrument.name, "score": number_format(Decimal(f"{response.score:g}"))},
            )
            return redirect("care:session_measures", session.pk)
        if not form.errors:
            messages.success(request, _("Draft saved. Submit it once every answer is in."))
            return redirect("care:measure_entry", session.pk, instrument.pk)
    elif not request.POST:
        record(request, Action.VIEW, session, client=session.plan.client, summary=instrument.name)
    context = {"session": session, "plan": session.plan, "instrument": instrument, "form": form}
    return render(request, "sessions/measure_entry.html", context)
