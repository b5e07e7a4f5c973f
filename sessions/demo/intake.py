"""Demo intakes: at Harbour, the portal client and a walk-in with everything done, a new
client whose screen waits for Theo's review before session 1 (booked for today), and one
invited who has not started; at Bayou, a client part-way through."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.utils import timezone

from clinic.models import Client, Practitioner, User
from sessions import intake_questions as screen
from sessions.demo.data import PASSWORD
from sessions.models import ConsentChoice, ConsentText, Intake, SignedConsent

ALL_NO = {code: screen.NO for _, code, _ in screen.ALL_SIGNS}
# A short signature, drawn: two strokes in the 600 × 200 box.
SIGNATURE = [
    [[60, 140], [90, 80], [120, 130], [150, 70], [180, 135], [210, 90]],
    [[240, 120], [300, 110], [360, 125], [420, 105], [480, 118]],
]


@dataclass
class DemoIntake:
    client: str
    complaint: str
    pain_now: int
    regions: list
    goals: str = ""
    better: str = ""
    worse: str = ""
    history: str = ""
    medications: str = ""
    flagged: dict = field(default_factory=dict)  # sign code → "yes" or "unsure"
    steps_done: tuple = ("pain", "health", "screen", "consent")
    submitted: bool = True
    portal: str = ""  # "signed-in" or "invited": give the client a portal account
    entered_by: str = ""  # a practitioner's email: filled in together at the clinic
    reminders: bool = False


# fmt: off
HARBOUR_INTAKES = [
    DemoIntake(
        "Priya Raman", "My low back aches after a day at my desk, worst when I first stand up.",
        5, ["low_back", "groin_l"], goals="Sit through a workday and still enjoy an evening run.",
        better="Walking, a hot shower", worse="Sitting more than an hour, getting out of the car",
        history="A similar ache two years ago; a few physio visits helped for a while.",
        reminders=True,
    ),
    DemoIntake(
        "Tomasz Kowalczyk", "Sharp pain on the left of my low back since lifting plywood.",
        6, ["low_back", "buttock_l"], goals="Back to full days on site without painkillers.",
        worse="Bending forward, climbing out of the truck", medications="Ibuprofen when needed",
        entered_by="admin@harbour.example",
    ),
    DemoIntake(
        "Daniel Haddad", "Back pain that has been there for a year and now wakes me at night.",
        7, ["low_back", "mid_back"], goals="Sleep through the night again.",
        worse="Lying flat, mornings", flagged={"constant_pain": "yes", "weight_loss": "unsure"},
        portal="signed-in",
    ),
]

# Invited to the portal, not started yet.
HARBOUR_INVITED = "Jonah Feldman"

BAYOU_INTAKES = [
    DemoIntake(
        "Keisha Landry", "My lower back gets stiff during long study days.", 4, ["low_back"],
        steps_done=("pain",), submitted=False, portal="signed-in",
    ),
]
# fmt: on


def seed_intakes(harbour, bayou):
    for clinic, intakes in [(harbour, HARBOUR_INTAKES), (bayou, BAYOU_INTAKES)]:
        for demo in intakes:
            seed_intake(clinic, demo)
    invited = find_client(harbour, HARBOUR_INVITED)
    portal_account(invited, usable=False)


def find_client(clinic, name):
    first_name, last_name = name.split(" ", 1)
    return Client.objects.get(clinic=clinic, first_name=first_name, last_name=last_name)


def portal_account(client, usable=True):
    """The client's portal account: with the demo password once they have signed in, or
    none yet for an invitation not taken up."""
    if client.user_id or not client.email:
        return
    client.user = User.objects.create(
        clinic=client.clinic,
        email=User.objects.normalize_email(client.email),
        full_name=client.full_name,
        password=make_password(PASSWORD if usable else None),
    )
    client.save(update_fields=["user", "updated_at"])


def seed_intake(clinic, demo):
    client = find_client(clinic, demo.client)
    if demo.portal:
        portal_account(client, usable=demo.portal == "signed-in")
    if Intake.objects.filter(client=client).exists():
        return
    entered_by = (
        Practitioner.objects.get(clinic=clinic, user__email=demo.entered_by)
        if demo.entered_by
        else None
    )
    today = clinic.today()
    intake = Intake.objects.create(
        client=client,
        complaint=demo.complaint,
        onset=client.complaint_onset or today - datetime.timedelta(days=60),
        better=demo.better,
        worse=demo.worse,
        history=demo.history,
        medications=demo.medications,
        occupation=client.occupation,
        activity_level=client.activity_level,
        goals=demo.goals,
        regions=demo.regions,
        pain_now=demo.pain_now,
        screen={**ALL_NO, **demo.flagged} if "screen" in demo.steps_done else {},
        steps_done=list(demo.steps_done),
        entered_by=entered_by,
    )
    if not demo.submitted:
        return
    signed_at = timezone.now() - datetime.timedelta(days=3)
    intake.submit(when=signed_at)
    SignedConsent.objects.create(
        client=client,
        text=ConsentText.for_signing(clinic),
        full_name=client.full_name,
        strokes=SIGNATURE,
        signed_at=signed_at,
        ip_address="192.0.2.10",
        entered_by=entered_by,
    )
    if demo.reminders:
        ConsentChoice.objects.create(
            client=client,
            kind=ConsentChoice.Kind.REMINDERS,
            granted=True,
            by=client.user,
            created_at=signed_at,
        )
