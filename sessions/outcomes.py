"""The clinic's outcomes report: for each practitioner and series, how many completed plans
had each measure at the start and at the end, and how many of those reached at least one
minimal important change (MCID) in the better direction.

Counted in the database from each plan's summary of each measure (PlanMeasure): its last
submitted score set against its first (or against zero for a change rating), as
Instrument.verdict judges them. The summaries hold no verdict, so editing a measure's MCID
or direction, or completing or reopening a plan, shows at once."""

from django.db.models import Case, Count, F, Q, Value, When

from clinic.models import Practitioner
from sessions.models import Instrument, Plan, PlanMeasure, Series

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
    for row in measure_tallies(clinic).order_by():
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


def measure_tallies(clinic):
    """Per lead, series and measure of the clinic's completed plans: how many plans had the
    measure at the start and the end (a change rating needs only an answer at the end, any
    other measure a first and a later score), and how many of those improved by at least
    the measure's MCID."""
    baseline = Case(When(instrument__kind=CHANGE, then=Value(0.0)), default=F("first_score"))
    better = Case(
        When(instrument__higher_is_better=True, then=F("last_score") - baseline),
        default=baseline - F("last_score"),
    )
    measured = Q(instrument__kind=CHANGE) | Q(answered__gte=2)
    improved = Q(instrument__mcid__isnull=False, better__gte=F("instrument__mcid"))
    return (
        # Joins, not "plan IN (a subquery)": with a table's statistics out of date, the
        # planner ran that subquery again for every summary row.
        PlanMeasure.objects.filter(plan__client__clinic=clinic, plan__status=Plan.Status.COMPLETED)
        .alias(better=better)
        .values("plan__lead", "plan__series", "instrument")
        .annotate(
            start_and_end=Count("pk", filter=measured),
            reached=Count("pk", filter=measured & improved),
        )
    )
