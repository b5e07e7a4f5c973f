"""The clinic's outcomes report: for each practitioner and series, how many completed plans
had each measure at the start and at the end, and how many of those reached at least one
minimal important change (MCID) in the better direction.

Counted in the database from each plan's summary of each measure (PlanMeasure): its last
submitted score set against its first (or against zero for a change rating), as
Instrument.verdict judges them. The figures are kept (OutcomesTotals) until one of the
things they count changes, such as a measure's MCID or direction, a plan completed or
reopened, or a completed plan's measures; the next reader then counts again."""

from django.db.models import Case, Count, F, Q, Value, When

from clinic.models import Practitioner
from sessions.models import Instrument, OutcomesTotals, Plan, PlanMeasure, Series

CHANGE = Instrument.Kind.CHANGE


def outcomes_report(clinic):
    """The report's groups, one for each lead and series of the clinic's completed plans,
    ordered by the lead's name and the series' name, each with its measures' tallies."""
    totals, _ = OutcomesTotals.objects.get_or_create(clinic=clinic)
    if not totals.is_current:
        totals.groups = count_groups(clinic)
        # Kept only if nothing changed while counting; else the next reader counts again.
        OutcomesTotals.objects.filter(pk=clinic.pk, changes=totals.changes).update(
            groups=totals.groups, counted_at=totals.changes
        )
    return named(totals.groups, clinic)


def count_groups(clinic):
    completed = Plan.objects.filter(client__clinic=clinic, status=Plan.Status.COMPLETED)
    groups = {}
    for row in completed.values("lead", "series").annotate(plans=Count("pk")).order_by():
        groups[row["lead"], row["series"]] = {**row, "measures": []}
    if groups:
        for row in measure_tallies(clinic).order_by():
            groups[row["plan__lead"], row["plan__series"]]["measures"].append(
                {
                    "instrument": row["instrument"],
                    "start_and_end": row["start_and_end"],
                    "reached": row["reached"],
                }
            )
    return list(groups.values())


def named(groups, clinic):
    """The counted groups with their lead's name, series and measures in place of their
    ids; read now, so that a renamed practitioner or series shows under the new name."""
    if not groups:
        return []
    leads = (
        Practitioner.objects.filter(pk__in={g["lead"] for g in groups})
        .order_by("user__full_name", "pk")
        .values_list("pk", "user__full_name", "user__email")
    )
    # The dicts keep the database's order (its collation), which the sort keys follow.
    leads = {pk: full_name or email for pk, full_name, email in leads}
    series = Series.objects.filter(pk__in={g["series"] for g in groups}).order_by("name", "pk")
    series = {one.pk: one for one in series.only("name")}
    instruments = Instrument.objects.filter(clinic=clinic).only("key", "name", "mcid").in_bulk()
    lead_rank = {pk: rank for rank, pk in enumerate(leads)}
    series_rank = {pk: rank for rank, pk in enumerate(series)}
    report = []
    for group in sorted(groups, key=lambda g: (lead_rank[g["lead"]], series_rank[g["series"]])):
        measures = [
            {**tally, "instrument": instruments[tally["instrument"]]} for tally in group["measures"]
        ]
        measures.sort(key=lambda t: t["instrument"].name)
        report.append(
            {
                "lead": leads[group["lead"]],
                "series": series[group["series"]],
                "plans": group["plans"],
                "measures": measures,
            }
        )
    return report


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
