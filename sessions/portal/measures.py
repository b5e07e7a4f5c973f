"""The portal's outcome measures: what is due before the client's next sessions, answering
one on the phone, and the client's own results in plain words."""

import datetime

from django.contrib import messages
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from clinic.access import client_required
from clinic.audit import record
from clinic.models import AuditEvent
from sessions.measure_entry import answer_form, response_for, save_answers
from sessions.models import Instrument, Response, TreatmentSession

# A booked session's measures show in the portal from this long before it.
DUE_AHEAD = datetime.timedelta(days=2)


def booked_soon(client):
    """The client's booked sessions within DUE_AHEAD, soonest first."""
    return TreatmentSession.objects.filter(
        plan__client=client,
        plan__status="active",
        status=TreatmentSession.Status.PLANNED,
        scheduled_at__lte=timezone.now() + DUE_AHEAD,
    ).order_by("scheduled_at")


def sessions_due_soon(client):
    """The client's booked sessions within DUE_AHEAD that ask for a measure."""
    sessions = booked_soon(client).select_related("plan__series", "plan__client")
    return [s for s in sessions if s.due_measure_keys]


def measures_due(client):
    """[{session, instrument, started}] for each measure due soon and not yet submitted.
    Two queries: the sessions, then their instruments, each with the status of its
    response at each of those sessions (there are only a few sessions)."""
    # The portal home shows a session's day alone: the rest of it stays in the database
    # (but for signed_at, which every loaded session reads to know whether it is locked).
    booked = booked_soon(client).only(
        "scheduled_at", "number", "signed_at", "plan__series__measure_schedule"
    )
    sessions = [s for s in booked.select_related("plan__series") if s.due_measure_keys]
    if not sessions:
        return []
    keys = {key for session in sessions for key in session.due_measure_keys}
    statuses = {
        f"status_{session.pk}": Subquery(
            Response.objects.filter(session=session.pk, instrument=OuterRef("pk")).values("status")[
                :1
            ]
        )
        for session in sessions
    }
    found = (
        Instrument.objects.filter(clinic=client.clinic, key__in=keys)
        .only("key", "name")
        .annotate(**statuses)
    )
    instruments = {instrument.key: instrument for instrument in found}
    due = []
    for session in sessions:
        for key in session.due_measure_keys:
            instrument = instruments.get(key)
            status = getattr(instrument, f"status_{session.pk}", None)
            if instrument is not None and status != Response.Status.SUBMITTED:
                due.append({"session": session, "instrument": instrument, "started": status})
    return due


@client_required
def answer(request, session_pk, instrument_pk):
    client = request.user.client_profile
    session = next((s for s in sessions_due_soon(client) if s.pk == session_pk), None)
    if session is None:
        raise Http404
    instrument = get_object_or_404(
        Instrument.objects.filter(clinic=client.clinic, key__in=session.due_measure_keys),
        pk=instrument_pk,
    )
    response = response_for(session, instrument)
    if response.is_submitted:
        messages.info(request, _("You have already answered this one. Thank you."))
        return redirect("portal:home")
    form = answer_form(request, response)
    if request.POST and form.is_valid():
        submitted = save_answers(request, response, form)
        record(request, AuditEvent.Action.CHANGE, response, client=client, summary=instrument.name)
        if submitted:
            text = _("Thank you. Your answers to “%(name)s” are in.")
            messages.success(request, text % {"name": instrument.name})
            return redirect("portal:home")
        if not form.errors:
            messages.success(
                request, _("Saved for now. You can finish it any time before your session.")
            )
            return redirect("portal:home")
    context = {"client": client, "session": session, "instrument": instrument, "form": form}
    return render(request, "portal/measure.html", context)


@client_required
def progress(request):
    client = request.user.client_profile
    context = {"client": client, "results": results_in_words(client)}
    return render(request, "portal/progress.html", context)


def results_in_words(client):
    """One plain sentence per measure of the client's active plans: the latest score
    against the first."""
    responses = (
        Response.objects.submitted()
        .filter(client=client, plan__status="active")
        .select_related("instrument", "session")
        .order_by("session__number")
    )
    first, latest = {}, {}
    for response in responses:
        first.setdefault(response.instrument_id, response)
        latest[response.instrument_id] = response
    return [
        sentence(first[key], latest[key])
        for key in latest
        if latest[key].pk != first[key].pk or latest[key].instrument.is_change_rating
    ]


def sentence(first, latest):
    instrument = latest.instrument
    name = instrument.plain_name or instrument.name.lower()
    if instrument.is_change_rating:
        label = next(
            (
                c["label"]
                for item in instrument.items
                for c in item.get("choices", [])
                if c["value"] == latest.score
            ),
            "",
        )
        text = _("At session %(number)s you told us things were: %(label)s.")
        return text % {"number": latest.session.number, "label": label.lower()}
    change = round(latest.score - first.score, 1)
    better = change if instrument.higher_is_better else -change
    size = abs(change)
    count = int(size) if size == int(size) else 2  # a plural form for 1.5 points too
    values = {
        "name": name,
        "points": number_format(size) if size % 1 else int(size),
        "number": first.session.number,
    }
    if better > 0:
        text = ngettext(
            "Your %(name)s is %(points)s point better than at session %(number)s.",
            "Your %(name)s is %(points)s points better than at session %(number)s.",
            count,
        )
        return text % values
    if better < 0:
        text = ngettext(
            "Your %(name)s is %(points)s point worse than at session %(number)s. "
            "Your practitioner will go over it with you.",
            "Your %(name)s is %(points)s points worse than at session %(number)s. "
            "Your practitioner will go over it with you.",
            count,
        )
        return text % values
    return _("Your %(name)s is the same as at session %(number)s.") % values
