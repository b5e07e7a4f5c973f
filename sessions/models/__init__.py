from sessions.models.measures import Instrument, Response, Rule
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
    "HomeProgram",
    "Instrument",
    "PainRegion",
    "Plan",
    "ProgramItem",
    "Response",
    "Rule",
    "ScopeError",
    "Series",
    "SeriesStep",
    "SignedSessionError",
    "Technique",
    "TreatmentSession",
    "covers",
]
