"""Register entries for tests."""

import datetime

from clinic.privacy.models import Incident


def incident(clinic, user, **fields):
    values = {
        "information": "Names and phone numbers of 12 clients",
        "circumstances": "A printed day list was left on the bus.",
        "started_on": datetime.date(2026, 3, 2),
        "learned_on": datetime.date(2026, 3, 3),
        "people_count": 12,
        "risk": Incident.Risk.NOT_SERIOUS,
        "risk_assessment": "No health information; names and numbers only.",
        "measures": "Day lists are no longer printed.",
    }
    values.update(fields)
    return Incident.objects.create(clinic=clinic, recorded_by=user, **values)


def correction(entry, user, reason="Counted again", **fields):
    new = entry.correction_of(user)
    new.reason = reason
    for name, value in fields.items():
        setattr(new, name, value)
    new.save()
    return new


# What the register's form takes, as posted.
INCIDENT_FORM = {
    "information": "Names and email addresses of 30 clients",
    "circumstances": "A reminder list was sent to the wrong address.",
    "started_on": "2026-03-02",
    "learned_on": "2026-03-04",
    "people_count": "30",
    "risk": "serious",
    "risk_assessment": "Names with a clinic's name reveal who is being treated.",
    "commission_notified_on": "2026-03-05",
    "people_notified_on": "2026-03-06",
    "measures": "Asked the recipient to delete it; lists now go through the app only.",
}
