"""The booking rows of a clinic's export (sessions/export.py), parents before children."""

from sessions.models import (
    BookingSettings,
    CalendarFeed,
    DayChange,
    ProgramReminder,
    ProgramReminderSend,
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
        (ProgramReminder, ProgramReminder.objects.filter(client__clinic=clinic)),
        (ProgramReminderSend, ProgramReminderSend.objects.filter(reminder__client__clinic=clinic)),
    ]


def booking_record(client):
    """The client's own booking rows for their export (sessions/export.py client_record):
    the reminders sent for their sessions and whether they confirmed, and the home-program
    reminders they asked for."""
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
        ],
        "program_reminders": program_reminders(client),
    }


def program_reminders(client):
    chosen = ProgramReminder.objects.filter(client=client).first()
    if chosen is None:
        return None
    return {
        "enabled": chosen.enabled,
        "weekdays": chosen.days,
        "time": chosen.at,
        "time_zone": chosen.time_zone,
        "sent": list(chosen.sends.filter(sent_at__isnull=False).values_list("sent_at", flat=True)),
    }
