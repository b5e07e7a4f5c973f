"""Three more clients of the bench practitioner for the benchmark, made from what the seeder
has written already, so the numbers of clients, sessions and adherence entries stay as asked:

- BENCH_TEN_CLIENT: the comparison. Their only plan, a completed SI 10-series, is reopened:
  sessions 1 to 9 signed over the last ten weeks, the tenth booked.
- BENCH_LONG_CLIENT: the same reopened SI 10-series, and six years of care before it: the
  completed and stopped plans of other clients of the bench clinic move to them, one after
  the other, with outcome measures where their series' schedules make them due. Up to 300
  sessions in all, but never more than a tenth of the data set's sessions: the small data
  sets of the tests give a shorter history.
- BENCH_CLIENT_FULL: a current home program of eleven exercises, for the portal home of a
  full program.

Each gets a portal sign-in, so the benchmark finds them by email.
"""

import datetime

from django.core.management.base import CommandError
from django.db.models import Count, Exists, F, Max, Min, OuterRef, QuerySet
from django.utils import timezone

from clinic.library.models import Exercise
from clinic.models import Client
from sessions.models import (
    ConsentChoice,
    HomeProgram,
    Instrument,
    Intake,
    PainRegion,
    Plan,
    PlanMeasure,
    ProgramItem,
    Response,
    Series,
    SignedConsent,
    TreatmentSession,
)
from sessions.models.measures import refresh_measure_verdict
from sessions.scale.data import (
    BENCH_CLIENT_FULL,
    BENCH_LONG_CLIENT,
    BENCH_PRACTITIONER,
    BENCH_TEN_CLIENT,
    SI_10,
)

Status = TreatmentSession.Status
HISTORY_SESSIONS = 300
HISTORY_SHARE = 10  # at most one session in ten of the data set
HISTORY_DAYS = 6 * 365
HISTORY_RESPONSES = 40
FULL_PROGRAM = 11
ACTIVITIES = ["Sitting through a meeting", "Carrying the shopping", "Gardening"]


def seed_history_clients(seeder, bench_client, practitioner):
    clinic = bench_client.clinic
    taken = [bench_client.pk]
    plans = ten_session_plans(clinic, taken)
    clients = idle_clients(clinic, taken)
    taken += [client.pk for client in clients]
    ten, long, full = clients
    for plan, client, email in [
        (plans[0], ten, BENCH_TEN_CLIENT),
        (plans[1], long, BENCH_LONG_CLIENT),
    ]:
        reopen(plan, client, practitioner)
        give_sign_in(seeder, client, email)
    give_full_program(seeder, full, practitioner)
    give_sign_in(seeder, full, BENCH_CLIENT_FULL)
    earlier = Plan.objects.filter(client__in=clients).exclude(pk__in=[p.pk for p in plans])
    budget = min(HISTORY_SESSIONS, seeder.counts["sessions"] // HISTORY_SHARE) - 10
    move_history(long, plans[1], list(earlier.order_by("pk")), taken, budget)
    seed_responses(ten, HISTORY_RESPONSES)
    seed_responses(long, HISTORY_RESPONSES)
    return ten, long


def unused_clients(clinic, taken):
    """The clinic's clients without a portal sign-in or a program, not given a part yet."""
    return (
        Client.objects.filter(clinic=clinic, user__isnull=True, programs__isnull=True)
        .exclude(pk__in=taken)
        .order_by("pk")
    )


def give_sign_in(seeder, client, email):
    user = seeder.user(client.clinic, email, client.full_name, days_ago=60)
    user.save()
    client.user = user
    client.save(update_fields=["user"])


def ten_session_plans(clinic, taken):
    """Two ended plans of ten signed sessions without a missed visit that no home program
    names, SI 10-series of the bench practitioner first. A data set too small to have two
    gives its longest plans of at most ten sessions instead."""
    named = HomeProgram.objects.filter(session__isnull=False).values("session__plan")
    plans = (
        Plan.objects.filter(client__clinic=clinic, client__user__isnull=True)
        .exclude(status=Plan.Status.ACTIVE)
        .exclude(client__in=taken)
        .exclude(pk__in=named)
        .exclude(pk__in=with_photos())
        .annotate(rows=Count("sessions"))
        .filter(rows=F("completed_count"), rows__gte=2, rows__lte=10)
        .select_related("series", "lead__user")
        .order_by("pk")
    )
    plans = sorted(
        plans,
        key=lambda p: (
            -p.rows,
            p.series.name != SI_10,
            p.lead.user.email != BENCH_PRACTITIONER,
        ),
    )
    if len(plans) < 2:
        raise CommandError("The bench clinic needs two ended plans of two sessions or more.")
    return plans[:2]


def idle_clients(clinic, taken):
    """Three clients without a current plan, a portal sign-in or a program, and with no
    intake or consent yet where the data has such clients: they get the bench client's, so
    that their pages show the same at every size of the data."""
    active = Plan.objects.filter(client=OuterRef("pk"), status=Plan.Status.ACTIVE)
    intake = Intake.objects.filter(client=OuterRef("pk"))
    signed = SignedConsent.objects.filter(client=OuterRef("pk"))
    chosen = ConsentChoice.objects.filter(client=OuterRef("pk"))
    clients = list(
        unused_clients(clinic, taken)
        .exclude(Exists(active))
        .alias(started=Exists(intake) | Exists(signed) | Exists(chosen))
        .order_by("started", "pk")[:3]
    )
    if len(clients) < 3:
        raise CommandError("The bench clinic needs three clients without a current plan.")
    return clients


def reopen(plan, client, practitioner):
    """Makes `plan` the current SI 10-series of `client` with `practitioner`: its sessions
    signed over the last weeks (sessions 1 to 9 of ten), the last one booked."""
    clinic = client.clinic
    sessions = list(plan.sessions.order_by("number"))
    # The last signed session a week ago, the others spaced before it as they were.
    days = (clinic.today() - sessions[-2].scheduled_at.date()).days - 7
    shift = datetime.timedelta(days=days)
    rewrite(
        plan.sessions.all(),
        practitioner=practitioner,
        signed_by=practitioner,
        scheduled_at=F("scheduled_at") + shift,
        signed_at=F("signed_at") + shift,
    )
    last = sessions[-1]
    PainRegion.objects.filter(session=last).delete()
    last.techniques.clear()
    blank = {name: "" for name in ["subjective", "objective", "assessment", "treatment"]}
    rewrite(
        TreatmentSession.objects.filter(pk=last.pk),
        status=Status.PLANNED,
        scheduled_at=free_time(practitioner, clinic, last.duration_minutes),
        signed_at=None,
        signed_by=None,
        pain_before=None,
        pain_after=None,
        next_focus="",
        posture_notes="",
        **blank,
    )
    Plan.objects.filter(pk=plan.pk).update(
        client=client,
        series=Series.objects.get(clinic=clinic, name=SI_10),
        session_count=10,
        lead=practitioner,
        status=Plan.Status.ACTIVE,
        stop_reason="",
        ended_on=None,
        started_on=F("started_on") + shift,
    )
    Plan.objects.filter(pk=plan.pk).refresh_progress()


def rewrite(sessions, **fields):
    """Updates seeded sessions, signed ones too: moving a visit to another client or date
    is how this data set is made, never an edit of a note someone has read."""
    return QuerySet.update(sessions, **fields)


def free_time(practitioner, clinic, minutes):
    """The first half hour from 9:00 tomorrow that the practitioner has free."""
    length = datetime.timedelta(minutes=minutes)
    day = clinic.today() + datetime.timedelta(days=1)
    when = datetime.datetime.combine(day, datetime.time(9), tzinfo=clinic.zone())
    booked = [
        (s.scheduled_at, s.scheduled_at + datetime.timedelta(minutes=s.duration_minutes))
        for s in TreatmentSession.objects.filter(
            practitioner=practitioner,
            status=Status.PLANNED,
            scheduled_at__gte=when - datetime.timedelta(hours=4),
            scheduled_at__lt=when + datetime.timedelta(days=7),
        )
    ]
    while any(start < when + length and when < end for start, end in booked):
        when += datetime.timedelta(minutes=30)
    return when


def move_history(client, current, earlier, taken, budget):
    """Gives `client` their `earlier` plans and ended plans of other clients
    (none with a portal sign-in, none whose sessions a home program names), up to `budget`
    sessions, laid out one after the other over the six years before their `current` plan."""
    named = HomeProgram.objects.filter(session__isnull=False).values("session__plan")
    others = (
        Plan.objects.filter(client__clinic=client.clinic_id)
        .filter(status__in=[Plan.Status.COMPLETED, Plan.Status.STOPPED])
        .exclude(client__in=taken)
        .exclude(client__user__isnull=False)
        .exclude(pk__in=named)
        .exclude(pk__in=with_photos())
        .order_by("pk")
    )
    chosen = []
    for plan in [*earlier, *others]:
        rows = plan.sessions.count()
        if rows <= budget:
            chosen.append(plan)
            budget -= rows
        if budget < 3:
            break
    if not chosen:
        return
    spans = {
        row["plan"]: (row["first"], row["last"])
        for row in TreatmentSession.objects.filter(plan__in=chosen)
        .values("plan")
        .annotate(first=Min("scheduled_at"), last=Max("scheduled_at"))
    }
    busy = sum((last - first for first, last in spans.values()), datetime.timedelta())
    gap = (datetime.timedelta(days=HISTORY_DAYS) - busy) / len(chosen)
    gap = max(gap, datetime.timedelta(days=7))
    end = current.sessions.aggregate(first=Min("scheduled_at"))["first"] - gap
    for plan in chosen:
        first, last = spans[plan.pk]
        shift = datetime.timedelta(days=(end - last).days)
        rewrite(
            plan.sessions.all(),
            scheduled_at=F("scheduled_at") + shift,
            signed_at=F("signed_at") + shift,
        )
        Plan.objects.filter(pk=plan.pk).update(
            client=client,
            started_on=F("started_on") + shift,
            ended_on=F("ended_on") + shift,
        )
        end = first + shift - gap


def with_photos():
    """Plans with posture photos: they belong to the client who consented to them."""
    return Plan.objects.filter(sessions__photos__isnull=False).values("pk")


def seed_responses(client, limit):
    """Submitted responses where the series' schedules make a measure due at a completed
    session, newest plan first, up to `limit`; the answers follow the session's pain. The
    responses the moved plans brought, their earlier client's, go first."""
    Response.objects.filter(plan__client=client).delete()
    instruments = {i.key: i for i in Instrument.objects.filter(clinic=client.clinic_id)}
    rows, plans = [], set()
    for plan in client.plans.select_related("series", "lead__user").order_by("-started_on"):
        sessions = plan.sessions.filter(status=Status.COMPLETED).order_by("number")
        for session in sessions:
            for key in plan.series.measures_due_at(session.number):
                if len(rows) >= limit:
                    break
                instrument = instruments[key]
                result = instrument.score(answers := answers_for(key, session.pain_before))
                rows.append(
                    Response(
                        client=client,
                        plan=plan,
                        session=session,
                        instrument=instrument,
                        answers=answers,
                        score=result.value,
                        parts=result.parts,
                        status=Response.Status.SUBMITTED,
                        entered_by=plan.lead.user,
                        submitted_at=session.scheduled_at + datetime.timedelta(hours=1),
                    )
                )
                plans.add(plan)
    Response.objects.bulk_create(rows)
    for plan in client.plans.all():
        refresh_measure_verdict(plan)
    PlanMeasure.objects.refresh(client.plans.all())


def answers_for(key, pain):
    pain = 5 if pain is None else pain
    if key == "nprs":
        return {"worst": min(10, pain + 2), "least": max(0, pain - 2), "usual": pain}
    ratings = [min(10, max(0, 10 - pain + offset)) for offset in (-1, 0, 1)]
    return {
        "activities": [{"name": n, "rating": r} for n, r in zip(ACTIVITIES, ratings, strict=True)]
    }


def give_full_program(seeder, client, practitioner):
    """A program of eleven exercises from the shared library, given three days ago."""
    program = HomeProgram.objects.create(
        client=client,
        version=1,
        created_by=practitioner,
        note="Morning and evening. Stop any that bring on your usual pain.",
        published_at=timezone.now() - datetime.timedelta(days=3),
    )
    exercises = Exercise.objects.filter(clinic__isnull=True).order_by("slug")[:FULL_PROGRAM]
    ProgramItem.objects.bulk_create(
        ProgramItem(**seeder.item(program.pk, exercise, position))
        for position, exercise in enumerate(exercises, start=1)
    )
