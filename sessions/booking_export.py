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
