"""care: the practitioner's calendar, a week and a day of their sessions with the free
times between, and booking a client into a free time. A clinic admin sees everyone's."""

import datetime

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent, Practitioner
from sessions import booking
from sessions.booking_mail import notify
from sessions.models import BookingSettings, Plan, ScopeError, TreatmentSession
from sessions.models.booking import LIVE_STATUSES
from sessions.slots import covers_number, free_slots, parse_key

Action = AuditEvent.Action


def whose(request):
    """The practitioner whose calendar this is: oneself, or anyone at the clinic for an
    admin (?practitioner=)."""
    own = request.user.practitioner
    pk = request.GET.get("practitioner") or request.POST.get("practitioner")
    if not pk or str(pk) == str(own.pk):
        return own
    if not own.is_clinic_admin or not str(pk).isdigit():
        raise Http404
    team = Practitioner.objects.for_user(request.user).select_related("user", "clinic")
    return get_object_or_404(team, pk=pk)


def day_from(request, name="date"):
    try:
        return parse_date(request.GET.get(name, "")) or timezone.localdate()
    except ValueError:
        return timezone.localdate()


def sessions_between(practitioner, first_day, days):
    """The practitioner's live sessions of these days as what the calendar shows of them:
    plain rows, not models with every note of each session."""

    def midnight(day):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))

    # Local midnights: a week with a clock change is an hour longer or shorter.
    start, end = midnight(first_day), midnight(first_day + datetime.timedelta(days=days))
    rows = (
        TreatmentSession.objects.filter(
            practitioner=practitioner,
            status__in=LIVE_STATUSES,
            scheduled_at__gte=start,
            scheduled_at__lt=end,
        )
        .order_by("scheduled_at")
        .values_list(
            "pk",
            "scheduled_at",
            "duration_minutes",
            "number",
            "plan__client__first_name",
            "plan__client__last_name",
            "plan__series__name",
        )
    )
    # Said here, not in the template: a week has dozens of sessions, and a template tag
    # or a reverse() costs ten times what a call does.
    words = _("session %(number)s, %(minutes)s min")
    detail_url = reverse("care:session_detail", args=[0]).replace("/0/", "/%d/")
    found = []
    for pk, at, minutes, number, first_name, last_name, series in rows:
        # From UTC both: a session across a clock change ends an hour off its start's.
        starts = timezone.localtime(at)
        ends = timezone.localtime(at + datetime.timedelta(minutes=minutes))
        found.append(
            {
                "url": detail_url % pk,
                "starts": starts,
                "time": f"{starts:%H:%M}",
                "ends": ends,
                "end_time": f"{ends:%H:%M}",
                "number": number,
                "length": words % {"number": number, "minutes": minutes},
                "client": f"{first_name} {last_name}".strip(),  # as Client.full_name
                "series": series,
            }
        )
    return found


def calendar_context(request, practitioner, first_day, days):
    dates = [first_day + datetime.timedelta(days=n) for n in range(days)]
    sessions, free = {day: [] for day in dates}, {day: [] for day in dates}
    for session in sessions_between(practitioner, first_day, days):
        sessions[session["starts"].date()].append(session)
    minutes = BookingSettings.of(practitioner.clinic).session_minutes
    for slot in free_slots(practitioner, dates, minutes, earliest=timezone.now()):
        free[slot.starts.date()].append(slot)
    by_day = [{"date": day, "sessions": sessions[day], "free": free[day]} for day in dates]
    team = []
    if request.user.practitioner.is_clinic_admin:
        team = Practitioner.objects.for_user(request.user).select_related("user")
    return {
        "practitioner": practitioner,
        "days": by_day,
        "first_day": first_day,
        "previous": first_day - datetime.timedelta(days=days),
        "next": first_day + datetime.timedelta(days=days),
        "today": timezone.localdate(),
        "team": team,
        "minutes": minutes,
    }


@practitioner_required
def week(request):
    practitioner = whose(request)
    chosen = day_from(request, "week")
    monday = chosen - datetime.timedelta(days=chosen.weekday())
    context = calendar_context(request, practitioner, monday, 7)
    record(request, Action.VIEW, practitioner, summary=f"calendar, week of {monday:%Y-%m-%d}")
    if request.htmx and request.GET.get("part") == "week":
        return render(request, "sessions/calendar_week.html#week", context)
    return render(request, "sessions/calendar_week.html", context)


@practitioner_required
def day(request):
    practitioner = whose(request)
    chosen = day_from(request)
    context = calendar_context(request, practitioner, chosen, 1)
    record(request, Action.VIEW, practitioner, summary=f"calendar, {chosen:%Y-%m-%d}")
    return render(request, "sessions/calendar_day.html", context)


def slot_from(request, practitioner):
    """The free slot of ?slot= / slot= for this practitioner, checked against their hours."""
    parsed = parse_key(request.POST.get("slot") or request.GET.get("slot", ""))
    if parsed is None:
        return None
    if parsed[0] != practitioner.pk:
        raise Http404
    at = timezone.localtime(parsed[1])
    minutes = BookingSettings.of(practitioner.clinic).session_minutes
    for slot in free_slots(practitioner, [at.date()], minutes, earliest=timezone.now()):
        if slot.starts == at:
            return slot
    return None


@practitioner_required
def book_slot(request):
    practitioner = whose(request)
    slot = slot_from(request, practitioner)
    if slot is None:
        messages.error(request, _("That time is no longer free. Please choose another one."))
        return redirect_to_day(practitioner, timezone.localdate())
    plans = Plan.objects.for_user(request.user).active().select_related("client", "series")
    plans = plans.filter(client__archived_at__isnull=True).order_by(
        "client__last_name", "client__first_name"
    )
    error = None
    if request.method == "POST":
        plan = (
            plans.filter(pk=request.POST.get("plan") or 0).first()
            if (request.POST.get("plan", "").isdigit())
            else None
        )
        if plan is None:
            error = _("Please choose whose session this is.")
        elif not covers_number(practitioner, plan.series, plan.next_number()):
            error = (
                f"{practitioner} is not credentialled for session {plan.next_number()} of "
                f"{plan.series}. Please choose a colleague whose credential covers it."
            )
        else:
            try:
                session = booking.book(plan, practitioner, slot.starts)
            except (booking.SlotTaken, ScopeError):
                error = booking.SLOT_TAKEN
            else:
                record(request, Action.CREATE, session, client=plan.client, summary="booked")
                notify(session, "booked")
                messages.success(
                    request,
                    _("%(name)s: session %(number)s booked for %(when)s.")
                    % {
                        "name": plan.client.full_name,
                        "number": session.number,
                        "when": date_format(slot.starts, _("l j F \\a\\t H:i")),
                    },
                )
                return redirect_to_day(practitioner, slot.starts.date())
    summary = f"calendar, booking {slot.starts:%Y-%m-%d %H:%M}"
    record(request, Action.VIEW, practitioner, summary=summary)
    context = {"practitioner": practitioner, "slot": slot, "plans": plans, "error": error}
    return render(request, "sessions/calendar_book.html", context)


def redirect_to_day(practitioner, day):
    response = redirect("care:calendar_day")
    response["Location"] += f"?date={day:%Y-%m-%d}&practitioner={practitioner.pk}"
    return response
