"""The booking rows of the access walk (tests/test_access_walk.py): clinic A takes public
bookings, practitioner A has a day off and a calendar feed, and the planned session has a
reminder link."""

import datetime

from django.utils import timezone

from sessions.booking_mail import link_token
from sessions.models import (
    BookingSettings,
    CalendarFeed,
    DayChange,
    ProgramReminder,
    PublicHold,
    Reminder,
    WorkingHours,
)
from sessions.program_reminders import stop_token

# Booking settings are not here: the first page that needs them makes the clinic's row.
FINGERPRINTED = [WorkingHours, DayChange, CalendarFeed, Reminder, PublicHold, ProgramReminder]


def world(clinic, practitioner, series, planned_session):
    BookingSettings.objects.create(clinic=clinic, public_booking=True, first_visit_series=series)
    change = DayChange.objects.create(
        practitioner=practitioner, date=timezone.localdate() + datetime.timedelta(days=9)
    )
    feed = CalendarFeed.objects.create(clinic=clinic, owner=practitioner, practitioner=practitioner)
    chosen = ProgramReminder.objects.create(
        client=planned_session.plan.client, enabled=True, weekdays="135", time_zone=clinic.time_zone
    )
    return {
        "reminder_stop_token": stop_token(chosen),
        "day_change": change.pk,
        "feed_token": feed.token,
        "reminder_token": link_token(planned_session),
        "clinic_slug": clinic.slug,
    }
