"""Demo data for booking: working hours for every Harbour and Bayou practitioner, booking
settings (Harbour's public page on), and a few sessions clients booked for the coming two
weeks. Like the rest of the demo, a second run adds only what is missing."""

import datetime

from clinic.models import Client
from sessions import booking
from sessions.models import BookingSettings, Plan, Series, TreatmentSession, WorkingHours
from sessions.slots import allowed_practitioners, days_from, free_slots

T = datetime.time
# Weekday (0 = Monday) to ranges; the same week for each practitioner of a clinic, with
# one practitioner in two starting late on Wednesdays.
WEEKS = {
    "harbour": {
        0: [(T(9), T(12, 30)), (T(13, 30), T(18))],
        1: [(T(9), T(12, 30)), (T(13, 30), T(18))],
        2: [(T(12), T(19))],
        3: [(T(9), T(12, 30)), (T(13, 30), T(18))],
        4: [(T(9), T(14))],
    },
    "bayou": {
        0: [(T(8), T(12)), (T(13), T(17))],
        1: [(T(8), T(12)), (T(13), T(17))],
        3: [(T(10), T(19))],
        4: [(T(8), T(12)), (T(13), T(17))],
        5: [(T(9), T(13))],
    },
}
SETTINGS = {
    "harbour": {"public_booking": True, "phone": "(206) 555-0142", "first_visit_minutes": 90},
    "bayou": {"public_booking": False, "phone": "(504) 555-0187", "first_visit_minutes": 75},
}
FIRST_VISIT_METHOD = {"harbour": "si", "bayou": "smt"}
BOOKED_PER_CLINIC = 4
# Bayou has few plans to go on with: some of its clients booked a first visit instead.
NEWCOMERS = {"bayou": 3}


def seed_booking(*clinics):
    for clinic in clinics:
        seed_settings(clinic)
        # The bookings are made once, with the working hours; later runs leave them be.
        first_run = not WorkingHours.objects.filter(practitioner__clinic=clinic).exists()
        for practitioner in clinic.practitioners.all():
            if not practitioner.working_hours.exists():
                WorkingHours.objects.bulk_create(
                    WorkingHours(practitioner=practitioner, weekday=day, starts=a, ends=b)
                    for day, ranges in WEEKS[clinic.slug].items()
                    for a, b in ranges
                )
        if first_run:
            book_coming_sessions(clinic)


def seed_settings(clinic):
    found, created = BookingSettings.objects.get_or_create(
        clinic=clinic, defaults=SETTINGS[clinic.slug]
    )
    if created:
        series = Series.objects.filter(clinic=clinic, is_active=True)
        method = FIRST_VISIT_METHOD[clinic.slug]
        found.first_visit_series = series.filter(method=method).first() or series.first()
        found.save(update_fields=["first_visit_series"])


def book_coming_sessions(clinic):
    """Books the next session of a few active plans that have nothing booked, each with
    its lead, a few days on."""
    plans = (
        Plan.objects.filter(client__clinic=clinic, client__archived_at__isnull=True)
        .active()
        .exclude(sessions__status=TreatmentSession.Status.PLANNED)
        .select_related("series", "lead__clinic", "client__clinic")
        .order_by("pk")
    )
    settings = BookingSettings.of(clinic)
    booked = 0
    for index, plan in enumerate(plans):
        if booked >= BOOKED_PER_CLINIC:
            break
        number = plan.next_number()
        if not plan.has_room_for(number):
            continue
        minutes = settings.minutes_for(plan.series, number)
        # Only with the lead: a plan its lead cannot go on with waits for a handover.
        giver = plan.lead
        if giver not in allowed_practitioners(clinic, plan.series, number):
            continue
        days = days_from(clinic.today() + datetime.timedelta(days=2 + index * 3), 5)
        slots = free_slots(giver, days, minutes)
        if slots:
            try:
                booking.book(plan, giver, slots[len(slots) // 3].starts, minutes)
                booked += 1
            except (booking.SlotTaken, booking.ScopeError):
                continue
    if clinic.slug in NEWCOMERS and settings.first_visit_series:
        start_first_visits(clinic, settings, NEWCOMERS[clinic.slug])


def start_first_visits(clinic, settings, count):
    """First visits for clients who have no plan yet, as if they had booked online."""
    series = settings.first_visit_series
    allowed = allowed_practitioners(clinic, series, 1)
    newcomers = Client.objects.filter(clinic=clinic, archived_at__isnull=True, plans=None)
    for index, client in enumerate(newcomers.order_by("pk")[:count]):
        giver = allowed[index % len(allowed)] if allowed else None
        if giver is None:
            return
        days = days_from(clinic.today() + datetime.timedelta(days=1 + index * 3), 5)
        slots = free_slots(giver, days, settings.first_visit_minutes)
        if slots:
            plan = Plan.objects.create(client=client, series=series, lead=giver)
            booking.book(plan, giver, slots[len(slots) // 2].starts)
