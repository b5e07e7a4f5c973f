"""The booking rows of a clinic's export (sessions/export.py), parents before children."""

from sessions.models import (
    BookingSettings,
    CalendarFeed,
    DayChange,
    PublicHold,
    Reminder,
    SeriesLength,
    WorkingHours,
)


def booking_tables(clinic, sessions):
    return [
        (BookingSettings, BookingSettings.objects.filter(clinic=clinic)),
        (SeriesLength, SeriesLength.objects.filter(settings__clinic=clinic)),
        (WorkingHours, WorkingHours.objects.filter(practitioner__clinic=clinic)),
        (DayChange, DayChange.objects.filter(practitioner__clinic=clinic)),
        (CalendarFeed, CalendarFeed.objects.filter(clinic=clinic)),
        (Reminder, Reminder.objects.filter(session__in=sessions)),
        (PublicHold, PublicHold.objects.filter(session__in=sessions)),
    ]


def booking_record(client):
    """The client's own booking rows for their export (sessions/export.py client_record):
    the reminders sent for their sessions and whether they confirmed."""
    reminders = (
        Reminder.objects.filter(session__plan__client=client)
        .select_related("session")
        .order_by("starts_at", "pk")
    )
    return {
        "reminders": [
            {
                "session_number": reminder.session.number,
                "session_at": reminder.starts_at,
                "sent_at": reminder.sent_at,
                "confirmed_at": reminder.confirmed_at,
            }
            for reminder in reminders
        ]
    }
