"""The outcomes report, counted in the database, says what reading every plan's responses
in Python says: the first and last score of each measure, judged by Instrument.verdict."""

from io import StringIO

import pytest
from django.core.management import call_command

from clinic.models import Clinic
from sessions import outcomes
from sessions.models import Instrument, OutcomesTotals, Plan, PlanMeasure, Response
from sessions.outcomes import outcomes_report
from tests import factories
from tests.test_measures import activities, pains, submit

pytestmark = pytest.mark.django_db


def report_read_in_python(clinic):
    """The report as it was first written: every completed plan and response in Python."""
    plans = list(
        Plan.objects.filter(client__clinic=clinic, status=Plan.Status.COMPLETED)
        .select_related("lead__user", "series")
        .order_by("lead__user__full_name", "series__name", "pk")
    )
    responses = (
        Response.objects.submitted()
        .filter(plan__in=plans)
        .select_related("instrument", "session")
        .order_by("session__number", "session")
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
            if not (rows if instrument.is_change_rating else len(rows) >= 2):
                continue
            tally["start_and_end"] += 1
            if instrument.verdict(rows[0].score, rows[-1].score) == "improved":
                tally["reached"] += 1
    for group in groups.values():
        group["measures"] = sorted(group["measures"].values(), key=lambda t: t["instrument"].name)
    return list(groups.values())


def figures(report):
    return [
        (
            str(group["lead"]),
            group["series"].name,
            group["plans"],
            [(t["instrument"].name, t["start_and_end"], t["reached"]) for t in group["measures"]],
        )
        for group in report
    ]


def completed_plan(lead, series, scores, status=Plan.Status.COMPLETED):
    """A plan of four sessions with `scores`: {session number: {measure key: answers}}."""
    client = factories.ClientFactory(clinic=lead.clinic)
    plan = factories.PlanFactory(client=client, series=series, lead=lead)
    sessions = factories.completed_sessions(plan, [(6, 4)] * 4)
    for number, answers in scores.items():
        for key, value in answers.items():
            submit(plan, sessions[number - 1], key, value)
    Plan.objects.filter(pk=plan.pk).update(status=status)
    return plan


def test_the_report_counts_what_each_plan_first_and_last_scored(clinic, practitioner):
    Instrument.objects.install_builtins(clinic)
    own = Instrument.objects.create(
        clinic=clinic, key="own", name="Own check", rule="mean", mcid=None, items=[]
    )
    other_lead = factories.PractitionerFactory(clinic=clinic)
    si = factories.SeriesFactory(clinic=clinic, name="SI")
    smt = factories.SeriesFactory(clinic=clinic, name="SMT")
    improved = {1: {"nprs": pains(8, 5, 7), "psfs": activities(3, 3, 3)}}
    improved[3] = {"nprs": pains(6, 4, 5)}
    improved[4] = {"nprs": pains(3, 1, 2), "psfs": activities(6, 6, 6), "groc": {"change": 4}}
    completed_plan(practitioner, si, improved)
    worse = {1: {"nprs": pains(3, 1, 2)}, 4: {"nprs": pains(7, 5, 6), "groc": {"change": -1}}}
    completed_plan(practitioner, si, worse)
    completed_plan(practitioner, si, {2: {"psfs": activities(2, 2, 2)}})  # only one score
    completed_plan(practitioner, si, {4: {"groc": {"change": 3}}})  # a change rating alone
    completed_plan(practitioner, smt, {})
    lasting = {1: {"psfs": activities(4, 4, 4)}, 2: {"psfs": activities(6, 6, 5)}}
    completed_plan(other_lead, si, lasting)
    plan = completed_plan(other_lead, si, {1: {"nprs": pains(5, 5, 5)}})
    Response.objects.create(
        client=plan.client,
        plan=plan,
        session=plan.sessions.get(number=3),
        instrument=own,
        answers={},
        score=4,
        status=Response.Status.SUBMITTED,
        entered_by=practitioner.user,
    )
    # Written directly, as the seeders write them: the summaries are refreshed after.
    PlanMeasure.objects.refresh(Plan.objects.filter(pk=plan.pk))
    still_going = {1: {"nprs": pains(9, 9, 9)}, 2: {"nprs": pains(1, 1, 1)}}
    completed_plan(practitioner, si, still_going, status=Plan.Status.ACTIVE)

    assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))
    by_lead = {
        (lead, series): measures for lead, series, _, measures in figures(outcomes_report(clinic))
    }
    assert by_lead[str(practitioner), "SI"] == [
        ("Functional scale (your own activities)", 1, 1),
        ("Overall change since the start", 3, 2),
        ("Pain rating (0–10)", 2, 1),
    ]
    assert by_lead[str(practitioner), "SMT"] == []


def test_the_demo_clinics_report_the_same_numbers(db, settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    for clinic in Clinic.objects.all():
        assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))


def nprs_tally(clinic):
    """(plans measured at the start and the end, plans that improved) for the pain rating."""
    for group in outcomes_report(clinic):
        for tally in group["measures"]:
            if tally["instrument"].key == "nprs":
                return tally["start_and_end"], tally["reached"]
    return None


def test_submitting_a_response_changes_the_report(clinic, practitioner):
    Instrument.objects.install_builtins(clinic)
    plan = completed_plan(practitioner, factories.SeriesFactory(clinic=clinic), {})
    first, _, _, last = plan.sessions.order_by("number")
    submit(plan, first, "nprs", pains(8, 6, 7))
    assert nprs_tally(clinic) == (0, 0)

    submit(plan, last, "nprs", pains(3, 1, 2))
    assert nprs_tally(clinic) == (1, 1)

    # Answered again at the last session: the later answer counts.
    Response.objects.get(session=last).save_answers(pains(8, 6, 7), practitioner.user, True)
    assert nprs_tally(clinic) == (1, 0)
    assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))


def test_completing_a_plan_adds_it_to_the_report(clinic, practitioner):
    Instrument.objects.install_builtins(clinic)
    scores = {1: {"nprs": pains(8, 6, 7)}, 4: {"nprs": pains(3, 1, 2)}}
    plan = completed_plan(practitioner, factories.SeriesFactory(clinic=clinic), scores, "active")
    assert outcomes_report(clinic) == []

    plan.complete()
    assert nprs_tally(clinic) == (1, 1)


def test_editing_a_measures_mcid_changes_the_verdict(clinic, practitioner):
    Instrument.objects.install_builtins(clinic)
    scores = {1: {"nprs": pains(6, 4, 5)}, 4: {"nprs": pains(4, 2, 3)}}  # two points better
    completed_plan(practitioner, factories.SeriesFactory(clinic=clinic), scores)
    assert nprs_tally(clinic) == (1, 1)

    nprs = Instrument.objects.get(clinic=clinic, key="nprs")
    nprs.mcid = 3
    nprs.save()
    assert nprs_tally(clinic) == (1, 0)
    nprs.higher_is_better, nprs.mcid = True, 1
    nprs.save()
    assert nprs_tally(clinic) == (1, 0)
    assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))


@pytest.mark.parametrize("plans", [1, 4])
def test_the_figures_are_counted_once_then_read_whatever_the_number_of_plans(
    clinic, practitioner, plans, django_assert_num_queries
):
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(clinic=clinic)
    scores = {1: {"nprs": pains(8, 6, 7)}, 4: {"nprs": pains(3, 1, 2)}}
    for _ in range(plans - 1):
        completed_plan(practitioner, series, scores)
    outcomes_report(clinic)
    completed_plan(practitioner, series, scores, status=Plan.Status.ACTIVE).complete()
    # The kept figures, the plans, their measures, the figures kept, then the leads, series
    # and measures.
    with django_assert_num_queries(7):
        assert nprs_tally(clinic) == (plans, plans)
    with django_assert_num_queries(4):
        assert nprs_tally(clinic) == (plans, plans)
    # A change the report does not count: the kept figures stand.
    practitioner.user.full_name = "Renamed Lead"
    practitioner.user.save()
    with django_assert_num_queries(4):
        assert figures(outcomes_report(clinic))[0][0] == "Renamed Lead"


def test_a_change_written_around_the_app_is_not_seen_until_the_next_counted_change(
    clinic, practitioner
):
    """What the kept figures cost: a status written straight into the database, as from a
    database console, shows only once something the app changes makes the report count."""
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(clinic=clinic)
    scores = {1: {"nprs": pains(8, 6, 7)}, 4: {"nprs": pains(3, 1, 2)}}
    plan = completed_plan(practitioner, series, scores)
    other = completed_plan(practitioner, series, scores, status=Plan.Status.ACTIVE)
    assert nprs_tally(clinic) == (1, 1)

    Plan.objects.filter(pk=plan.pk).update(status=Plan.Status.ACTIVE)
    assert nprs_tally(clinic) == (1, 1)
    other.complete()
    assert nprs_tally(clinic) == (1, 1)
    assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))


def test_removing_a_plan_takes_it_out_of_the_report(clinic, practitioner):
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(clinic=clinic)
    scores = {1: {"nprs": pains(8, 6, 7)}, 4: {"nprs": pains(3, 1, 2)}}
    plan = completed_plan(practitioner, series, scores)
    completed_plan(practitioner, series, scores)
    assert nprs_tally(clinic) == (2, 2)

    unsigned = factories.PlanFactory(client=plan.client, series=series, lead=practitioner)
    unsigned.complete()
    assert figures(outcomes_report(clinic))[0][2] == 3
    unsigned.delete()
    assert figures(outcomes_report(clinic))[0][2] == 2
    assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))


def test_a_measure_of_a_plan_under_way_leaves_the_figures_as_they_are(clinic, practitioner):
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(clinic=clinic)
    completed_plan(practitioner, series, {1: {"nprs": pains(8, 6, 7)}, 4: {"nprs": pains(3, 1, 2)}})
    going = completed_plan(practitioner, series, {}, status=Plan.Status.ACTIVE)
    outcomes_report(clinic)
    changes = OutcomesTotals.objects.get(clinic=clinic).changes

    submit(going, going.sessions.get(number=1), "nprs", pains(5, 5, 5))
    assert OutcomesTotals.objects.get(clinic=clinic).changes == changes
    going.complete()
    assert OutcomesTotals.objects.get(clinic=clinic).changes == changes + 1


def test_figures_counted_while_something_changed_are_not_kept(clinic, practitioner, monkeypatch):
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(clinic=clinic)
    scores = {1: {"nprs": pains(8, 6, 7)}, 4: {"nprs": pains(3, 1, 2)}}
    completed_plan(practitioner, series, scores)
    count_groups = outcomes.count_groups

    def count_while_a_plan_completes(clinic):
        groups = count_groups(clinic)
        completed_plan(practitioner, series, scores, status=Plan.Status.ACTIVE).complete()
        return groups

    monkeypatch.setattr(outcomes, "count_groups", count_while_a_plan_completes)
    assert nprs_tally(clinic) == (1, 1)
    monkeypatch.undo()
    assert not OutcomesTotals.objects.get(clinic=clinic).is_current
    assert nprs_tally(clinic) == (2, 2)


def test_the_seeded_summaries_match_the_responses(clinic, practitioner):
    """The set-based refresh the seeders and imports use writes what submitting does."""
    Instrument.objects.install_builtins(clinic)
    scores = {1: {"nprs": pains(8, 6, 7), "psfs": activities(3, 3, 3)}}
    scores[2] = {"nprs": pains(6, 4, 5)}
    scores[4] = {"nprs": pains(3, 1, 2), "groc": {"change": 4}}
    completed_plan(practitioner, factories.SeriesFactory(clinic=clinic), scores)
    columns = ["plan", "instrument", "first_score", "last_score", "answered"]
    submitted = set(PlanMeasure.objects.values_list(*columns))

    PlanMeasure.objects.all().delete()
    PlanMeasure.objects.refresh(Plan.objects.all())
    assert set(PlanMeasure.objects.values_list(*columns)) == submitted
    assert {(first, last, n) for _, _, first, last, n in submitted} == {
        (7.0, 2.0, 3),
        (3.0, 3.0, 1),
        (4.0, 4.0, 1),
    }
