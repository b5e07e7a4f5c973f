"""Intakes for tests: a submitted one, with or without warning signs."""

import datetime

from django.utils import timezone

from sessions import intake_questions as screen
from sessions.models import ConsentText, Intake, SignedConsent

ALL_NO = {code: screen.NO for _, code, _ in screen.ALL_SIGNS}


def submitted_intake(client, *, flagged=(), sign=True, **fields):
    """A submitted intake of `client`; the signs in `flagged` answered "yes"."""
    answers = {**ALL_NO, **{code: screen.YES for code in flagged}}
    values = {
        "complaint": "Low back aches after sitting all day.",
        "onset": timezone.localdate() - datetime.timedelta(days=30),
        "better": "Walking",
        "worse": "Sitting",
        "history": "One episode two years ago; physio helped.",
        "goals": "Sit through a workday without pain.",
        "pain_now": 6,
        "regions": ["low_back", "groin_r"],
        "screen": answers,
        "steps_done": ["pain", "health", "screen", "consent"],
        **fields,
    }
    intake = Intake.objects.create(client=client, **values)
    intake.submit()
    if sign:
        SignedConsent.objects.create(
            client=client,
            text=ConsentText.for_signing(client.clinic),
            full_name=client.full_name,
            strokes=[[[10, 10], [50, 60]]],
        )
    return intake
