"""Shared set-up of the booking tests: working hours, an open clinic, a client's plan."""

import datetime

from sessions.models import BookingSettings, WorkingHours
from tests import factories


def work_every_day(practitioner, *ranges):
    ranges = ranges or ((datetime.time(8), datetime.time(20)),)
    WorkingHours.objects.bulk_create(
        WorkingHours(practitioner=practitioner, weekday=day, starts=a, ends=b)
        for day in range(7)
        for a, b in ranges
    )


def settings_of(clinic, **fields):
    found = BookingSettings.of(clinic)
    for name, value in fields.items():
        setattr(found, name, value)
    found.save()
    return found


def smt_practitioner(clinic, max_session, name):
    practitioner = factories.PractitionerFactory(clinic=clinic, user__full_name=name)
    factories.CredentialFactory(
        practitioner=practitioner,
        method="smt",
        title=f"SMT up to {max_session}",
        max_session=max_session,
    )
    return practitioner


def booking_rows(clinic, practitioner, series, session):
    """One row of every booking table, for the export round trip."""
    from django.utils import timezone

    from sessions.models import CalendarFeed, DayChange, PublicHold, Reminder, SeriesLength

    found = settings_of(clinic, first_visit_series=series, public_booking=True, phone="555")
    SeriesLength.objects.create(settings=found, series=series, minutes=75)
    work_every_day(practitioner, (datetime.time(9), datetime.time(12)))
    DayChange.objects.create(practitioner=practitioner, date=datetime.date(2027, 1, 4))
    CalendarFeed.objects.create(clinic=clinic, owner=practitioner, practitioner=None)
    Reminder.objects.create(session=session, starts_at=session.scheduled_at, sent_at=timezone.now())
    PublicHold.objects.create(session=session, hold_until=timezone.now(), address="192.0.2.9")
    from sessions.models import ProgramReminder, ProgramReminderSend

    chosen = ProgramReminder.objects.create(
        client=session.plan.client, enabled=True, weekdays="024", time_zone="America/Toronto"
    )
    ProgramReminderSend.objects.create(
        reminder=chosen, due_at=timezone.now(), sent_at=timezone.now()
    )
