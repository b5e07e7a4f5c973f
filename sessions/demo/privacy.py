"""Law 25 in the demo: each clinic's person in charge of personal information, and one
incident in Harbour's register, corrected once. Safe to run again."""

from clinic.models import User
from clinic.privacy.models import Incident, PrivacyOfficer

OFFICERS = {
    "harbour": {
        "name": "Helen Marsh",
        "title": "Clinic director",
        "email": "privacy@harbour.example",
        "phone": "(206) 555-0142",
    },
    "bayou": {
        "name": "Celeste Doucet",
        "title": "Owner and massage therapist",
        "email": "privacy@bayou.example",
        "phone": "(504) 555-0187",
    },
}


def seed_privacy(harbour, bayou):
    for clinic in (harbour, bayou):
        PrivacyOfficer.objects.update_or_create(clinic=clinic, defaults=OFFICERS[clinic.slug])
    if Incident.objects.filter(clinic=harbour).exists():
        return
    admin = User.objects.get(clinic=harbour, email="admin@harbour.example")
    first = Incident.objects.create(
        clinic=harbour,
        recorded_by=admin,
        information="First names and appointment times of the day's clients",
        circumstances="The day's printed schedule was left on the front desk after closing "
        "and was found by the cleaning contractor.",
        started_on=harbour.today().replace(day=1),
        learned_on=harbour.today().replace(day=2),
        people_count=9,
        risk=Incident.Risk.NOT_SERIOUS,
        risk_assessment="First names and times only, no health information; seen by one "
        "person bound by a confidentiality agreement.",
        measures="The schedule is no longer printed; the desk screen locks after two minutes.",
    )
    correction = first.correction_of(admin)
    correction.people_count = 8
    correction.reason = "One of the nine was a staff member's own booking, counted twice."
    correction.save()
