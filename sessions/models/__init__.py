from sessions.models.booking import (
    BookingSettings,
    CalendarFeed,
    DayChange,
    PublicHold,
    Reminder,
    SeriesLength,
    WorkingHours,
)
from sessions.models.programs import AdherenceEntry, HomeProgram, ProgramItem
from sessions.models.series import Series, SeriesStep, Technique
from sessions.models.treatment import (
    REASSESS_AT_SESSION,
    Amendment,
    PainRegion,
    Plan,
    ScopeError,
    SignedSessionError,
    TreatmentSession,
    covers,
)

__all__ = [
    "REASSESS_AT_SESSION",
    "AdherenceEntry",
    "Amendment",
    "BookingSettings",
    "CalendarFeed",
    "DayChange",
    "HomeProgram",
    "PainRegion",
    "Plan",
    "ProgramItem",
    "PublicHold",
    "Reminder",
    "ScopeError",
    "Series",
    "SeriesLength",
    "SeriesStep",
    "SignedSessionError",
    "Technique",
    "TreatmentSession",
    "WorkingHours",
    "covers",
]
