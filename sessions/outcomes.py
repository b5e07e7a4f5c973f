"""The clinic's outcomes report: for each practitioner and series, how many completed plans
had each measure at the start and at the end, and how many of those reached at least one
minimal important change (MCID) in the better direction."""

from sessions.models import Plan, Response


def outcomes_report(clinic):
    plans = list(
        Plan.objects.filter(client__clinic=clinic, status=Plan.Status.COMPLETED)
        .select_related("lead__user", "series")
        .order_by("lead__user__full_name", "series__name", "pk")
    )
    responses = (
        Response.objects.submitted()
        .filter(plan__in=[plan.pk for plan in plans])
        .select_related("instrument", "session")
        .order_by("session__number")
    )
    by_plan = {}
    for response in responses:
        by_plan.setdefault(response.plan_id, {}).setdefault(response.instrument, []).append(
            response
        )
    groups = {}
    for plan in plans:
        group = groups.setdefault(
            (plan.lead_id, plan.series_id),
            {"lead": plan.lead, "series": plan.series, "plans": 0, "measures": {}},
        )
        group["plans"] += 1
        for instrument, rows in by_plan.get(plan.pk, {}).items():
            tally = group["measures"].setdefault(
                instrument.pk, {"instrument": instrument, "start_and_end": 0, "reached": 0}
            )
            if not measured_at_start_and_end(instrument, rows):
                continue
            tally["start_and_end"] += 1
            if instrument.verdict(rows[0].score, rows[-1].score) == "improved":
                tally["reached"] += 1
    for group in groups.values():
        group["measures"] = sorted(group["measures"].values(), key=lambda t: t["instrument"].name)
    return list(groups.values())


def measured_at_start_and_end(instrument, rows):
    """A change rating needs only an answer at the end; any other measure a first and a
    later score."""
    return bool(rows) if instrument.is_change_rating else len(rows) >= 2
