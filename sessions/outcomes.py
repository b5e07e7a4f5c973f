"""The clinic's outcomes report: for each practitioner and series, how many completed plans
had each measure at the start and at the end, and how many of those reached at least one
minimal important change (MCID) in the better direction.

Counted in the database, so the report reads a row per practitioner, series and measure
however many plans the clinic has completed: each plan's last submitted response to a
measure, set against its first (or against zero for a change rating), as
Instrument.verdict judges them."""

from django.db.models import Case, Count, Exists, F, OuterRef, Q, Subquery, Value, When

from clinic.models import Practitioner
from sessions.models import Instrument, Plan, Response, Series

CHANGE = Instrument.Kind.CHANGE


def outcomes_report(clinic):
    completed = Plan.objects.filter(client__clinic=clinic, status=Plan.Status.COMPLETED)
    groups = {}
    for row in (
        completed.values("lead", "series")
        .annotate(plans=Count("pk"))
        .order_by("lead__user__full_name", "series__name", "lead", "series")
    ):
        groups[row["lead"], row["series"]] = {**row, "measures": []}
    if not groups:
        return []
    leads = Practitioner.objects.select_related("user").in_bulk({lead for lead, _ in groups})
    series = Series.objects.in_bulk({series for _, series in groups})
    instruments = Instrument.objects.filter(clinic=clinic).in_bulk()
    for row in measure_tallies(completed).order_by():
        tally = {
            "instrument": instruments[row["instrument"]],
            "start_and_end": row["start_and_end"],
            "reached": row["reached"],
        }
        groups[row["plan__lead"], row["plan__series"]]["measures"].append(tally)
    for group in groups.values():
        group["lead"], group["series"] = leads[group["lead"]], series[group["series"]]
        group["measures"].sort(key=lambda t: t["instrument"].name)
    return list(groups.values())


def measure_tallies(plans):
    """Per lead, series and measure of `plans`: how many plans had the measure at the start
    and the end (a change rating needs only an answer at the end, any other measure a first
    and a later score), and how many of those improved by at least the measure's MCID."""
    submitted = Response.objects.submitted().filter(plan__in=plans)
    same = Response.objects.submitted().filter(
        plan=OuterRef("plan"), instrument=OuterRef("instrument")
    )
    later = same.filter(
        Q(session__number__gt=OuterRef("session__number"))
        | Q(session__number=OuterRef("session__number"), session__gt=OuterRef("session"))
    )
    first = same.order_by("session__number", "session_id").values("score")[:1]
    answered = same.order_by().values("plan").annotate(n=Count("pk")).values("n")
    baseline = Case(When(instrument__kind=CHANGE, then=Value(0.0)), default=F("first"))
    better = Case(
        When(instrument__higher_is_better=True, then=F("score") - baseline),
        default=baseline - F("score"),
    )
    measured = Q(instrument__kind=CHANGE) | Q(answered__gte=2)
    improved = Q(instrument__mcid__isnull=False, better__gte=F("instrument__mcid"))
    return (
        submitted.exclude(Exists(later))  # each plan's last response to each measure
        .alias(first=Subquery(first), answered=Subquery(answered))
        .alias(better=better)
        .values("plan__lead", "plan__series", "instrument")
        .annotate(
            start_and_end=Count("pk", filter=measured),
            reached=Count("pk", filter=measured & improved),
        )
    )
