from sessions.models.booking import (
    BookingSettings,
    CalendarFeed,
    DayChange,
    PublicHold,
    Reminder,
    SeriesLength,
    WorkingHours,
)
from sessions.models.clips import Clip
from sessions.models.intake import (
    ConsentChoice,
    ConsentText,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    ScreenReview,
    SignedConsent,
)
from sessions.models.measures import Instrument, PlanMeasure, Response, Rule
from sessions.models.outcomes import OutcomesTotals
from sessions.models.photos import Photo, PhotoRefused, SharedComparison, photo_consent_given
from sessions.models.programs import AdherenceEntry, HomeProgram, ProgramItem
from sessions.models.reminders import ProgramReminder, ProgramReminderSend
from sessions.models.series import Series, SeriesStep, Technique
from sessions.models.treatment import (
    REASSESS_AT_SESSION,
    Amendment,
    PainRegion,
    Plan,
    ScopeError,
    ScreenError,
    SignedSessionError,
    TreatmentSession,
    covers,
)

__all__ = [
    "REASSESS_AT_SESSION",
    "AdherenceEntry",
    "Clip",
    "ConsentChoice",
    "ConsentText",
    "Intake",
    "IntakeAmendment",
    "IntakeQuestion",
    "ScreenReview",
    "ScreenError",
    "SignedConsent",
    "Amendment",
    "BookingSettings",
    "CalendarFeed",
    "DayChange",
    "HomeProgram",
    "Instrument",
    "OutcomesTotals",
    "PainRegion",
    "Photo",
    "PhotoRefused",
    "SharedComparison",
    "photo_consent_given",
    "Plan",
    "ProgramItem",
    "ProgramReminder",
    "ProgramReminderSend",
    "PlanMeasure",
    "Response",
    "Rule",
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
