"""The client's sessions in the portal: the next session of their plan, with the
practitioners allowed to give it and their free times; booking, moving and cancelling
before the clinic's cutoff."""

import zoneinfo

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import client_required
from sessions import booking
from sessions.booking_mail import notify
from sessions.models import BookingSettings, Plan, ScopeError, TreatmentSession
from sessions.models.booking import LIVE_STATUSES
from sessions.slots import offer, parse_key


def day_and_time(moment):
    """A slot's day and time as the message of a booking says them, in the active language."""
    local = timezone.localtime(moment)
    return {"day": date_format(local, "l j F"), "time": date_format(local, "H:i")}


def query_id(query, name):
    value = query.get(name, "")
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


def query_day(query):
    try:
        return parse_date(query.get("from", ""))
    except ValueError:
        return None


def upcoming(client):
    return (
        TreatmentSession.objects.filter(
            plan__client=client,
            status=TreatmentSession.Status.PLANNED,
            scheduled_at__gte=timezone.now(),
        )
        .select_related("practitioner__user", "plan__series")
        .order_by("scheduled_at")
    )


def offer_for(plan, number, *, first_day=None, practitioner_pk=None, ignore=None):
    settings = BookingSettings.of(plan.client.clinic)
    minutes = ignore.duration_minutes if ignore else settings.minutes_for(plan.series, number)
    return offer(
        plan.client.clinic,
        plan.series,
        number,
        minutes,
        first_day=first_day,
        practitioner_pk=practitioner_pk,
        ignore=ignore,
    )


def chosen_slot(request, plan, number, ignore=None):
    """The free slot the client picked, found again in the server's own offer, or None."""
    parsed = parse_key(request.POST.get("slot", ""))
    if parsed is None:
        return None
    pk, at = parsed
    day = at.astimezone(zoneinfo.ZoneInfo(plan.client.clinic.time_zone)).date()
    found = offer_for(plan, number, first_day=day, practitioner_pk=pk, ignore=ignore)
    return found.find(request.POST["slot"]) if found.chosen else None


def slots_only(request, found, action):
    context = {"offer": found, "action": action}
    return render(request, "sessions/includes/slot_days.html", context)


def active_plan(client):
    return Plan.objects.filter(client=client).active().select_related("series", "client__clinic")


def plan_sessions(plan):
    """The plan's next session number and its booked sessions ahead, in one query."""
    live = list(
        plan.sessions.filter(status__in=LIVE_STATUSES)
        .select_related("practitioner__user")
        .order_by("scheduled_at")
    )
    taken, number = {session.number for session in live}, 1
    while number in taken:
        number += 1
    now = timezone.now()
    booked = [
        s for s in live if s.status == TreatmentSession.Status.PLANNED and s.scheduled_at >= now
    ]
    return number, booked


@client_required
def sessions(request):
    client = request.user.client_profile
    plan = active_plan(client).first()
    if plan:
        number, booked = plan_sessions(plan)
    else:
        number, booked = None, list(upcoming(client))
    can_book = plan is not None and plan.has_room_for(number)
    found = None
    if can_book:
        found = offer_for(
            plan,
            number,
            first_day=query_day(request.GET),
            practitioner_pk=query_id(request.GET, "practitioner"),
        )
    if request.htmx and request.GET.get("part") == "slots" and found:
        return slots_only(request, found, reverse("portal:book"))
    context = {
        "client": client,
        "plan": plan,
        "number": number,
        "booked": booked,
        "settings": BookingSettings.of(plan.client.clinic if plan else client.clinic),
        "offer": found,
    }
    return render(request, "portal/sessions.html", context)


@require_POST
@client_required
def book(request):
    client = request.user.client_profile
    plan = get_object_or_404(active_plan(client))
    number = plan.next_number()
    slot = chosen_slot(request, plan, number) if plan.has_room_for(number) else None
    if slot is None:
        messages.error(request, _("That time is no longer free. Please choose another one."))
        return redirect("portal:sessions")
    try:
        session = booking.book(plan, slot.practitioner, slot.starts, slot.minutes)
    except (booking.SlotTaken, ScopeError):
        messages.error(request, booking.SLOT_TAKEN)
        return redirect("portal:sessions")
    notify(session, "booked")
    text = _(
        "Booked: session %(number)s, %(day)s at %(time)s, with %(name)s. "
        "We have emailed you the details."
    )
    names = {"number": session.number, "name": slot.practitioner.user.full_name}
    messages.success(request, text % (names | day_and_time(slot.starts)))
    return redirect("portal:sessions")


def own_session(request, pk):
    return get_object_or_404(
        upcoming(request.user.client_profile).select_related("plan__client__clinic"), pk=pk
    )


def after_cutoff(request, session):
    phone = BookingSettings.of(session.plan.client.clinic).phone
    if phone:
        text = _("It is too close to the session to change it here. Please call us on %(phone)s.")
        messages.error(request, text % {"phone": phone})
    else:
        messages.error(request, _("It is too close to the session to change it here."))
    return redirect("portal:sessions")


@client_required
def move(request, pk):
    session = own_session(request, pk)
    if not booking.client_may_change(session):
        return after_cutoff(request, session)
    if request.method == "POST":
        slot = chosen_slot(request, session.plan, session.number, ignore=session)
        try:
            if slot is None:
                raise booking.SlotTaken
            booking.move(session, slot.practitioner, slot.starts)
        except (booking.SlotTaken, ScopeError):
            messages.error(request, booking.SLOT_TAKEN)
            return redirect("portal:session_move", session.pk)
        notify(session, "moved")
        messages.success(request, _("Moved to %(day)s at %(time)s.") % day_and_time(slot.starts))
        return redirect("portal:sessions")
    found = offer_for(
        session.plan,
        session.number,
        first_day=query_day(request.GET),
        practitioner_pk=query_id(request.GET, "practitioner"),
        ignore=session,
    )
    if request.htmx and request.GET.get("part") == "slots":
        return slots_only(request, found, reverse("portal:session_move", args=[session.pk]))
    context = {"client": session.plan.client, "session": session, "offer": found}
    return render(request, "portal/session_move.html", context)


@require_POST
@client_required
def cancel(request, pk):
    session = own_session(request, pk)
    if not booking.client_may_change(session):
        return after_cutoff(request, session)
    booking.cancel(session)
    notify(session, "cancelled")
    messages.success(request, _("Your session is cancelled. You can book a new time below."))
    return redirect("portal:sessions")
