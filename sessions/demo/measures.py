"""Demo outcome measures: each series' schedule, Bayou's questionnaire of its own (built
in the app, nothing licensed), and the responses that go with the demo plans."""

from clinic.models import Practitioner
from sessions.demo.data import PHYSIO, SI_10, SMT_LEVEL_1, SMT_LEVEL_2
from sessions.models import Instrument, Plan, Response, Rule, Series

HARBOUR_SCHEDULES = {
    SI_10: [
        {"measure": "nprs", "sessions": [1, 5, 10]},
        {"measure": "psfs", "sessions": [1, 5, 10]},
        {"measure": "groc", "sessions": [10]},
    ],
    SMT_LEVEL_1: [{"measure": "nprs", "sessions": [1, 3]}, {"measure": "groc", "sessions": [3]}],
    PHYSIO: [{"measure": "psfs", "every": True}],
}

BAYOU_QUESTIONNAIRE = {
    "key": "comfort-check",
    "name": "Everyday comfort check",
    "plain_name": "comfort score",
    "rule": Rule.MEAN,
    "higher_is_better": False,
    "mcid": 1,
    "mcid_source": "Set by the clinic: one step on the answer scale.",
    "intro": "Think about the last seven days.",
    "items": [
        {
            "id": str(n),
            "text": text,
            "choices": [
                {"label": label, "value": value}
                for value, label in enumerate(["Never", "Now and then", "Often", "Most days"])
            ],
        }
        for n, text in enumerate(
            [
                "My back aches by the end of the working day.",
                "I shift in my chair to get comfortable.",
                "Stiffness slows me down in the morning.",
                "I skip a walk because of my back.",
            ],
            start=1,
        )
    ],
}
BAYOU_SCHEDULES = {SMT_LEVEL_2: [{"measure": "comfort-check", "sessions": [1, 3, 6]}]}


def activities(*ratings):
    names = ["Sitting through a meeting", "Carrying the shopping", "Gardening", "Running"]
    return {"activities": [{"name": n, "rating": r} for n, r in zip(names, ratings, strict=False)]}


# (clinic, client, series): {session number: {measure key: answers}}
RESPONSES = {
    # Priya: both the pain rating and her own activities meaningfully better by session 5.
    ("harbour", "Priya Raman", SI_10): {
        1: {"nprs": {"worst": 8, "least": 5, "usual": 7}, "psfs": activities(3, 4, 2)},
        5: {"nprs": {"worst": 5, "least": 2, "usual": 3}, "psfs": activities(6, 7, 5)},
    },
    # Elena: neither measure moves by a minimal important change.
    ("harbour", "Elena Moreau", SI_10): {
        1: {"nprs": {"worst": 7, "least": 4, "usual": 6}, "psfs": activities(4, 5, 3)},
        5: {"nprs": {"worst": 7, "least": 3, "usual": 6}, "psfs": activities(5, 5, 4)},
    },
    ("harbour", "Patrick Nguyen", SMT_LEVEL_1): {
        1: {"nprs": {"worst": 6, "least": 3, "usual": 5}},
        3: {"nprs": {"worst": 4, "least": 1, "usual": 2}, "groc": {"change": 4}},
    },
    ("bayou", "Camille Thibodeaux", SMT_LEVEL_2): {
        1: {"comfort-check": {"1": 3, "2": 2, "3": 2, "4": 1}},
    },
}


def seed_measures(harbour, bayou):
    """Idempotent: built-ins and Bayou's questionnaire once, schedules where a series has
    none, and each demo response while its session has none for that measure."""
    for clinic in (harbour, bayou):
        Instrument.objects.install_builtins(clinic)
    if not Instrument.objects.filter(clinic=bayou, key=BAYOU_QUESTIONNAIRE["key"]).exists():
        Instrument.objects.create(clinic=bayou, kind=Instrument.Kind.OTHER, **BAYOU_QUESTIONNAIRE)
    for clinic, schedules in ((harbour, HARBOUR_SCHEDULES), (bayou, BAYOU_SCHEDULES)):
        for name, schedule in schedules.items():
            Series.objects.filter(clinic=clinic, name=name, measure_schedule=[]).update(
                measure_schedule=schedule
            )
    clinics = {"harbour": harbour, "bayou": bayou}
    for (slug, client_name, series), by_session in RESPONSES.items():
        first_name, last_name = client_name.split(" ", 1)
        plan = Plan.objects.filter(
            client__clinic=clinics[slug],
            client__first_name=first_name,
            client__last_name=last_name,
            series__name=series,
        ).first()
        if plan is not None:
            seed_plan_responses(plan, by_session)


def seed_plan_responses(plan, by_session):
    lead = Practitioner.objects.select_related("user").get(pk=plan.lead_id)
    instruments = {i.key: i for i in Instrument.objects.filter(clinic=plan.client.clinic_id)}
    for number, answers_by_key in by_session.items():
        session = plan.sessions.filter(number=number).first()
        if session is None:
            continue
        for key, answers in answers_by_key.items():
            instrument = instruments[key]
            if Response.objects.filter(session=session, instrument=instrument).exists():
                continue
            response = Response(
                client=plan.client, plan=plan, session=session, instrument=instrument
            )
            response.save_answers(answers, lead.user, submit=True)
