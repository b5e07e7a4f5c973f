"""Demo home programs for `seed_demo`: a revised program with two weeks of logging at
Harbour, and a program at Bayou whose client sees "lengthening"."""

import datetime

from django.utils import timezone, translation

from clinic.library.models import Exercise
from clinic.models import Client
from sessions.demo import montreal
from sessions.models import AdherenceEntry, HomeProgram, ProgramItem, TreatmentSession

HARBOUR_V1 = ["supine-psoas-hand-release", "ais-psoas-side-lying", "dead-bug-arms-only"]
HARBOUR_V2 = [
    "supine-psoas-hand-release",
    "ais-psoas-side-lying",
    "ais-hamstring-bent-knee",
    "dead-bug-heel-taps",
    "bridge",
]
BAYOU_V1 = ["pre-workout-iliopsoas-release", "ais-psoas-side-lying", "ais-adductors-strap"]

# Two weeks of home practice, oldest day first: which items were done (by position)
# and, now and then, what the client said.
HARBOUR_LOG = [
    ({0, 1, 2, 3, 4}, None, ""),
    ({0, 1, 3}, None, ""),
    ({0, 1, 2, 3, 4}, 4, "Hips feel looser after the release."),
    (set(), None, ""),
    ({0, 1, 2}, None, ""),
    ({0, 1, 2, 3, 4}, 3, ""),
    ({0, 1, 2, 3, 4}, None, ""),
    ({0, 2, 4}, 5, "Long drive today, low back tight again."),
    ({0, 1, 2, 3, 4}, None, ""),
    ({0, 1, 2, 3}, None, ""),
    (set(), None, ""),
    ({0, 1, 2, 3, 4}, 3, "Bridges are getting easier."),
    ({0, 1, 2, 3, 4}, None, ""),
    ({0, 1, 3, 4}, 2, "Slept through the night without back pain."),
]


def seed_programs(harbour, bayou):
    priya = Client.objects.get(clinic=harbour, user__email="client@harbour.example")
    camille = Client.objects.get(clinic=bayou, user__email="client@bayou.example")
    if HomeProgram.objects.filter(client__in=[priya, camille]).exists():
        return
    lead = priya.plans.get().lead
    sessions = {s.number: s for s in TreatmentSession.objects.filter(plan__client=priya)}
    today = harbour.today()
    give(
        priya,
        lead,
        1,
        HARBOUR_V1,
        sessions.get(2),
        "Do these every morning, before work. Slow and easy: it should never hurt.",
    )
    current = give(
        priya,
        lead,
        2,
        HARBOUR_V2,
        sessions.get(5),
        "Two new ones for the back of "
        "the legs and the glutes. Keep the morning routine; add the bridge after.",
    )
    items = list(current.items.order_by("position"))
    for offset, (done, pain, comment) in enumerate(HARBOUR_LOG):
        day = today - datetime.timedelta(days=len(HARBOUR_LOG) - offset)
        for position in sorted(done):
            first = position == min(done)
            AdherenceEntry.objects.create(
                item=items[position],
                day=day,
                pain=pain if first else None,
                comment=comment if first else "",
            )

    celeste = camille.plans.get().lead
    give(
        camille,
        celeste,
        1,
        BAYOU_V1,
        None,
        "Once a day, in the evening. Breathe out as you move into each position, and never bounce.",
    )


def seed_montreal_program(clinic):
    """Émilie's program at the Montréal clinic, given at her second session."""
    emilie = Client.objects.get(clinic=clinic, user__email=montreal.CLIENT)
    if HomeProgram.objects.filter(client=emilie).exists():
        return
    plan = emilie.plans.get()
    # Items copy the exercise's dose notes in the language the practitioner prescribes in.
    with translation.override(clinic.language):
        give(
            emilie,
            plan.lead,
            1,
            montreal.PROGRAM,
            plan.sessions.filter(number=2).first(),
            montreal.PROGRAM_NOTE,
        )


def give(client, practitioner, version, slugs, session, note):
    """A published version of the client's program, made of shared library entries."""
    published = session.scheduled_at if session else timezone.now() - datetime.timedelta(days=7)
    HomeProgram.objects.current().filter(client=client).update(replaced_at=published)
    program = HomeProgram.objects.create(
        client=client,
        version=version,
        created_by=practitioner,
        session=session,
        note=note,
        published_at=published,
    )
    exercises = {e.slug: e for e in Exercise.objects.filter(clinic=None, slug__in=slugs)}
    ProgramItem.objects.bulk_create(
        ProgramItem.from_exercise(program, exercises[slug], position)
        for position, slug in enumerate(slugs, start=1)
    )
    return program
