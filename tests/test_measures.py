"""Outcome measures: falling due from the series, answered in the portal and on the chart,
charted against the minimal important change, flagging plans, reported and exported."""

import datetime
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from sessions.export import client_record
from sessions.models import Instrument, Plan, Response, Series
from tests import factories

NPRS_AT = {"measure": "nprs", "sessions": [1, 5, 10]}
PSFS_AT = {"measure": "psfs", "sessions": [1, 5, 10]}


def text_of(response):
    return " ".join(response.content.decode().split())


def words(response):
    """What the page says, without its tags."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.fixture
def plan(clinic, practitioner, portal_client):
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(clinic=clinic, measure_schedule=[NPRS_AT, PSFS_AT])
    return factories.PlanFactory(client=portal_client, series=series, lead=practitioner)


def instrument(clinic, key):
    return Instrument.objects.get(clinic=clinic, key=key)


def submit(plan, session, key, answers):
    response = Response(
        client=plan.client,
        plan=plan,
        session=session,
        instrument=instrument(plan.client.clinic, key),
    )
    response.save_answers(answers, plan.lead.user, submit=True)
    return response


def pains(worst, least, usual):
    return {"worst": worst, "least": least, "usual": usual}


def activities(*ratings):
    names = ["Lifting the baby", "Walking to work", "Sleeping through", "Cycling"]
    return {"activities": [{"name": n, "rating": r} for n, r in zip(names, ratings, strict=False)]}


def book(plan, number, days_ahead):
    return factories.TreatmentSessionFactory(
        plan=plan, number=number, scheduled_at=timezone.now() + datetime.timedelta(days=days_ahead)
    )


# When they are due --------------------------------------------------------------------


def test_the_series_says_which_measures_fall_due_at_which_session(plan):
    plan.series.measure_schedule = [NPRS_AT, {"measure": "psfs", "every": True}]
    assert plan.series.measures_due_at(1) == ["nprs", "psfs"]
    assert plan.series.measures_due_at(2) == ["psfs"]
    assert plan.series.measures_due_at(10) == ["nprs", "psfs"]


def test_the_portal_shows_a_due_measure_from_two_days_before_the_session(client, plan):
    client.force_login(plan.client.user)
    session = book(plan, 1, days_ahead=3)
    assert "Before your next session" not in text_of(client.get(reverse("portal:home")))
    session.scheduled_at = timezone.now() + datetime.timedelta(days=1, hours=20)
    session.save()
    page = text_of(client.get(reverse("portal:home")))
    assert "Before your next session" in page
    assert "Pain rating (0–10)" in page and "Functional scale (your own activities)" in page


def test_a_session_without_a_due_measure_shows_nothing(client, plan):
    client.force_login(plan.client.user)
    book(plan, 2, days_ahead=1)
    assert "Before your next session" not in text_of(client.get(reverse("portal:home")))


def test_the_client_answers_keeps_a_draft_and_then_submits(client, plan):
    client.force_login(plan.client.user)
    session = book(plan, 1, days_ahead=1)
    nprs = instrument(plan.client.clinic, "nprs")
    url = reverse("portal:measure", args=[session.pk, nprs.pk])
    client.post(url, {"item_worst": "7", "item_least": "", "item_usual": "5", "draft": "1"})
    draft = Response.objects.get(session=session, instrument=nprs)
    assert draft.status == "draft" and draft.answers == {"worst": 7, "least": None, "usual": 5}
    assert "started, not sent yet" in text_of(client.get(reverse("portal:home")))

    # Submitting with one missing: a clear message, the typed numbers stay on the page.
    page = text_of(client.post(url, {"item_worst": "7", "item_usual": "5", "submit": "1"}))
    assert "Give all three pain numbers" in page and 'value="7"' in page
    assert Response.objects.get(pk=draft.pk).status == "draft"

    done = client.post(
        url, {"item_worst": "7", "item_least": "3", "item_usual": "5", "submit": "1"}
    )
    assert done.status_code == 302
    response = Response.objects.get(pk=draft.pk)
    assert response.status == "submitted" and response.score == 5.0
    assert response.entered_by == plan.client.user
    home = text_of(client.get(reverse("portal:home")))
    assert "Thank you." in home and url not in home


def test_a_number_off_the_scale_is_refused_and_kept(client, plan):
    client.force_login(plan.client.user)
    session = book(plan, 1, days_ahead=1)
    nprs = instrument(plan.client.clinic, "nprs")
    url = reverse("portal:measure", args=[session.pk, nprs.pk])
    page = client.post(
        url, {"item_worst": "14", "item_least": "2", "item_usual": "3", "submit": "1"}
    )
    assert page.status_code == 200
    assert "less than or equal to 10" in text_of(page) and 'value="14"' in text_of(page)
    assert not Response.objects.exists()


def test_the_functional_scale_brings_back_the_same_activities(client, plan):
    first = factories.completed_sessions(plan, [(6, 4)])[0]
    submit(plan, first, "psfs", activities(2, 3, 4))
    session = book(plan, 5, days_ahead=1)
    client.force_login(plan.client.user)
    psfs = instrument(plan.client.clinic, "psfs")
    page = text_of(client.get(reverse("portal:measure", args=[session.pk, psfs.pk])))
    assert 'value="Lifting the baby"' in page and 'value="Sleeping through"' in page


def test_the_activities_come_from_the_latest_submitted_scale_and_a_draft_keeps_its_own(
    client, plan
):
    first, second, third = factories.completed_sessions(plan, [(6, 4)] * 3)
    submit(plan, first, "psfs", activities(2, 3, 4))
    later = [{"name": name, "rating": 5} for name in ["Gardening", "Reading", "Typing"]]
    submit(plan, second, "psfs", {"activities": later})
    psfs = instrument(plan.client.clinic, "psfs")
    left_as_draft = {"activities": [{"name": "Running", "rating": 1}]}
    Response.objects.create(
        client=plan.client,
        plan=plan,
        session=third,
        instrument=psfs,
        answers=left_as_draft,
        entered_by=plan.lead.user,
    )
    session = book(plan, 5, days_ahead=1)
    mine = {"activities": [{"name": "Carrying shopping", "rating": 3}]}
    Response.objects.create(
        client=plan.client,
        plan=plan,
        session=session,
        instrument=psfs,
        answers=mine,
        entered_by=plan.client.user,
    )
    client.force_login(plan.client.user)
    page = text_of(client.get(reverse("portal:measure", args=[session.pk, psfs.pk])))
    # The draft's own activity first, then the latest submitted scale's for the rows left.
    assert 'value="Carrying shopping"' in page and 'value="Reading"' in page
    assert 'value="Typing"' in page and "Gardening" not in page
    assert "Running" not in page and "Walking to work" not in page


def test_another_clients_session_answers_404(client, plan, clinic):
    session = book(plan, 1, days_ahead=1)
    other = factories.PortalClientFactory(clinic=clinic)
    client.force_login(other.user)
    nprs = instrument(clinic, "nprs")
    assert client.get(reverse("portal:measure", args=[session.pk, nprs.pk])).status_code == 404


# On the chart -------------------------------------------------------------------------


def test_the_chart_says_due_and_the_practitioner_fills_it_in(practitioner_client, plan):
    session = book(plan, 1, days_ahead=0)
    chart = text_of(practitioner_client.get(reverse("care:session_chart", args=[session.pk])))
    assert "Outcome measures due" in chart and "2 measures at this session" in chart
    listing = words(practitioner_client.get(reverse("care:session_measures", args=[session.pk])))
    assert "Pain rating (0–10) : due · Fill it in with the client" in listing
    nprs = instrument(plan.client.clinic, "nprs")
    url = reverse("care:measure_entry", args=[session.pk, nprs.pk])
    practitioner_client.post(
        url, {"item_worst": "8", "item_least": "4", "item_usual": "6", "submit": "1"}
    )
    response = Response.objects.get(session=session, instrument=nprs)
    assert response.score == 6.0 and response.entered_by == plan.lead.user
    listing = words(practitioner_client.get(reverse("care:session_measures", args=[session.pk])))
    assert "Pain rating (0–10) : submitted, score 6" in listing


def test_dashboard_lists_the_measures_due_today(practitioner_client, plan):
    book(plan, 1, days_ahead=0)
    page = text_of(practitioner_client.get(reverse("care:dashboard")))
    assert "Measures due today" in page and "Session 1 of 10: 2 measures" in page


# The progress page and the flag -------------------------------------------------------


def test_progress_charts_each_measure_with_its_verdicts(practitioner_client, plan):
    sessions = factories.completed_sessions(plan, [(7, 5), (6, 5), (6, 4), (5, 4), (4, 3)])
    submit(plan, sessions[0], "nprs", pains(8, 5, 7))
    submit(plan, sessions[4], "nprs", pains(5, 2, 3))
    submit(plan, sessions[0], "psfs", activities(3, 4, 5))
    submit(plan, sessions[4], "psfs", activities(4, 5, 4))
    page = practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))
    text = words(page)
    assert 'class="mcid-band"' in text_of(page)
    assert "Session 1: 6.7 · Baseline" in text
    assert "Session 5: 3.3 · Meaningful improvement" in text
    assert "Session 5: 4.3 · No meaningful change" in text
    assert text_of(page).count('class="mcid-band"') == 2
    assert "Ostelo et al., Spine 2008" in text


def test_worsening_reads_as_worsening_whichever_way_is_better(practitioner_client, plan):
    sessions = factories.completed_sessions(plan, [(4, 3)] * 5)
    submit(plan, sessions[0], "nprs", pains(3, 1, 2))
    submit(plan, sessions[4], "nprs", pains(6, 4, 5))
    submit(plan, sessions[0], "psfs", activities(7, 7, 7))
    submit(plan, sessions[4], "psfs", activities(4, 5, 5))
    text = words(practitioner_client.get(reverse("care:plan_progress", args=[plan.pk])))
    assert "Session 5: 5 · Meaningful worsening" in text  # pain up three
    assert "Session 5: 4.7 · Meaningful worsening" in text  # activities down 2.3


@pytest.mark.parametrize("count", [2, 12])
def test_progress_queries_do_not_grow_with_sessions_and_measures(
    practitioner_client, plan, clinic, count, django_assert_num_queries
):
    groc = instrument(clinic, "groc")
    own = Instrument.objects.create(
        clinic=clinic,
        key="own",
        name="Own",
        rule="sum",
        items=[{"id": "1", "text": "Q", "min": 0, "max": 4}],
    )
    plan.series.session_count = plan.session_count = 12
    sessions = factories.completed_sessions(plan, [(5, 4)] * count)
    for number, session in enumerate(sessions):
        submit(plan, session, "nprs", pains(5, 3, 4))
        submit(plan, session, "psfs", activities(4, 4, number % 10))
        Response(client=plan.client, plan=plan, session=session, instrument=groc).save_answers(
            {"change": 2}, plan.lead.user, submit=True
        )
        Response(client=plan.client, plan=plan, session=session, instrument=own).save_answers(
            {"1": 2}, plan.lead.user, submit=True
        )
    # session, user, plan, sessions, pain regions, audit row, responses
    with django_assert_num_queries(7):
        page = practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))
    assert text_of(page).count('class="mcid-band"') == 3  # the own sum has no MCID


def test_no_meaningful_improvement_by_the_midpoint_flags_the_plan(practitioner_client, plan):
    # Pain before the sessions drops, so the pain rule alone would not flag it.
    sessions = factories.completed_sessions(plan, [(7, 5), (6, 5), (6, 4), (5, 4), (4, 3)])
    submit(plan, sessions[0], "nprs", pains(6, 3, 5))
    submit(plan, sessions[4], "nprs", pains(5, 3, 4))
    plan.refresh_from_db()
    assert plan.measure_verdict == Plan.MeasureVerdict.NOT_IMPROVED
    assert plan.needs_reassessment and list(Plan.objects.needing_reassessment()) == [plan]
    page = text_of(practitioner_client.get(reverse("care:plan_progress", args=[plan.pk])))
    assert "No outcome measure shows a meaningful improvement by session 5" in page
    dashboard = text_of(practitioner_client.get(reverse("care:dashboard")))
    assert "no measure meaningfully better by session 5" in dashboard


def test_a_meaningful_improvement_on_any_measure_keeps_the_plan_off_the_list(plan):
    sessions = factories.completed_sessions(plan, [(7, 5), (6, 5), (6, 4), (5, 4), (4, 3)])
    submit(plan, sessions[0], "nprs", pains(6, 3, 5))
    submit(plan, sessions[0], "psfs", activities(3, 3, 3))
    submit(plan, sessions[4], "nprs", pains(6, 3, 5))
    submit(plan, sessions[4], "psfs", activities(6, 5, 6))
    plan.refresh_from_db()
    assert plan.measure_verdict == Plan.MeasureVerdict.IMPROVED
    assert not plan.needs_reassessment and not Plan.objects.needing_reassessment().exists()


def test_before_the_midpoint_the_measures_do_not_flag(plan):
    sessions = factories.completed_sessions(plan, [(7, 5), (6, 5), (6, 4), (5, 4)])
    submit(plan, sessions[0], "nprs", pains(6, 3, 5))
    plan.refresh_from_db()
    assert plan.measure_verdict == Plan.MeasureVerdict.NOT_IMPROVED
    assert not plan.needs_reassessment and not Plan.objects.needing_reassessment().exists()


def test_a_plan_without_measures_is_not_flagged_by_them(plan):
    factories.completed_sessions(plan, [(7, 5), (6, 5), (6, 4), (5, 4), (4, 3), (3, 2)])
    plan.refresh_from_db()
    assert plan.measure_verdict == "" and not plan.needs_reassessment


# The portal's own results -------------------------------------------------------------


def test_the_client_reads_their_results_in_plain_words(client, plan):
    sessions = factories.completed_sessions(plan, [(7, 5)] * 5)
    submit(plan, sessions[0], "psfs", activities(3, 3, 3))
    submit(plan, sessions[4], "psfs", activities(6, 6, 6))
    submit(plan, sessions[0], "nprs", pains(6, 4, 5))
    submit(plan, sessions[4], "nprs", pains(7, 5, 6))
    client.force_login(plan.client.user)
    page = text_of(client.get(reverse("portal:progress")))
    assert "Your daily-activity score is 3 points better than at session 1." in page
    assert "Your pain score is 1 point worse than at session 1." in page


# The schedule, the clinic's own questionnaires, the report -----------------------------


def schedule_post(series, rows):
    data = {
        "name": series.name,
        "method": series.method,
        "session_count": str(series.session_count),
        "is_active": "on",
        "steps-TOTAL_FORMS": str(series.steps.count()),
        "steps-INITIAL_FORMS": str(series.steps.count()),
        "measures-TOTAL_FORMS": str(len(rows)),
        "measures-INITIAL_FORMS": "0",
    }
    for n, step in enumerate(series.steps.all()):
        data.update(
            {
                f"steps-{n}-id": str(step.pk),
                f"steps-{n}-number": str(step.number),
                f"steps-{n}-title": step.title,
                f"steps-{n}-focus": step.focus,
            }
        )
    for n, row in enumerate(rows):
        data.update({f"measures-{n}-{key}": value for key, value in row.items()})
    return data


def test_the_admin_sets_the_schedule_on_the_series_form(admin_client_of_clinic, clinic):
    series = factories.SeriesFactory(clinic=clinic)
    url = reverse("series:edit", args=[series.pk])
    form = text_of(admin_client_of_clinic.get(url))
    assert "Outcome measures" in form and "Functional scale (your own activities)" in form
    rows = [{"measure": "nprs", "sessions": "1, 5,10"}, {"measure": "psfs", "every": "on"}]
    admin_client_of_clinic.post(url, schedule_post(series, rows))
    series.refresh_from_db()
    assert series.measure_schedule == [
        {"measure": "nprs", "sessions": [1, 5, 10]},
        {"measure": "psfs", "every": True},
    ]
    assert set(Instrument.objects.filter(clinic=clinic).values_list("key", flat=True)) == {
        "nprs",
        "psfs",
        "groc",
    }


def test_a_bad_schedule_is_explained_and_kept(admin_client_of_clinic, clinic):
    series = factories.SeriesFactory(clinic=clinic)
    url = reverse("series:edit", args=[series.pk])
    page = admin_client_of_clinic.post(
        url, schedule_post(series, [{"measure": "nprs", "sessions": "1, five"}])
    )
    assert "Use session numbers separated by commas" in text_of(page)
    assert 'value="1, five"' in text_of(page)
    assert Series.objects.get(pk=series.pk).measure_schedule == []


def test_the_admin_builds_a_questionnaire_in_the_app(admin_client_of_clinic, clinic):
    admin_client_of_clinic.post(
        reverse("series:measure_create"),
        {
            "name": "Morning stiffness check",
            "plain_name": "stiffness score",
            "rule": "sum",
            "questions": "Stiff on waking?\nStiff after sitting?\n",
            "choices": "0 = Not at all\n1 = A little\n2 = A lot",
        },
    )
    built = Instrument.objects.get(clinic=clinic, key="morning-stiffness-check")
    assert built.rule == "sum" and len(built.items) == 2
    assert built.items[0]["choices"][2] == {"label": "A lot", "value": 2}
    assert built.scale() == (0, 4)
    listing = text_of(admin_client_of_clinic.get(reverse("series:measures")))
    assert "Morning stiffness check" in listing


def test_a_choice_line_without_a_score_is_explained(admin_client_of_clinic, clinic):
    page = admin_client_of_clinic.post(
        reverse("series:measure_create"),
        {"name": "Check", "rule": "sum", "questions": "One?", "choices": "0 = No\nYes"},
    )
    assert "Line 2 needs a score" in text_of(page) and "One?" in text_of(page)
    assert not Instrument.objects.filter(clinic=clinic).exists()


QUESTIONNAIRE = {
    "resourceType": "Questionnaire",
    "url": "https://example.org/Questionnaire/made-up-back-index",
    "status": "active",
    "title": "A made-up back index",
    "item": [
        {
            "linkId": f"s{n}",
            "type": "choice",
            "text": f"Made-up section {n}",
            "answerOption": [
                {"valueCoding": {"code": str(v), "display": f"Level {v}"}} for v in range(6)
            ],
        }
        for n in range(1, 11)
    ],
}


def upload(admin_client, body, name="Made-up back index", rule="percent"):
    return admin_client.post(
        reverse("series:measure_upload"),
        {
            "name": name,
            "rule": rule,
            "file": SimpleUploadedFile("q.json", body, "application/json"),
        },
    )


def test_a_licensed_questionnaire_loads_from_fhir_json(admin_client_of_clinic, clinic):
    upload(admin_client_of_clinic, json.dumps(QUESTIONNAIRE).encode())
    loaded = Instrument.objects.get(clinic=clinic, key="made-up-back-index")
    assert len(loaded.items) == 10 and loaded.items[0]["choices"][5]["value"] == 5
    assert loaded.mcid == 10 and loaded.bands[0] == {"upto": 20, "label": "Minimal"}
    assert loaded.questionnaire["url"] == QUESTIONNAIRE["url"]
    answers = {f"s{n}": 2 for n in range(1, 10)}  # section 10 skipped
    assert loaded.score(answers).value == 40.0


@pytest.mark.parametrize(
    "body, message",
    [
        (b"not json at all", "The file is not JSON"),
        (b'{"resourceType": "Patient"}', "not a FHIR Questionnaire"),
        (b'{"resourceType": "Questionnaire", "item": "none"}', "does not follow the FHIR R4"),
        (b'{"resourceType": "Questionnaire", "status": "active"}', "has no questions"),
        (b" " * 200_001, "larger than 200 KB"),
        (
            b'{"resourceType": "Questionnaire", "status": "active", "item": [{"linkId": "1",'
            b' "type": "choice", "answerOption": [{"valueString": "yes"}]}]}',
            "without a number",
        ),
    ],
)
def test_an_upload_that_is_not_a_usable_questionnaire_is_refused(
    admin_client_of_clinic, clinic, body, message
):
    page = upload(admin_client_of_clinic, body)
    assert page.status_code == 200 and message in text_of(page)
    assert 'value="Made-up back index"' in text_of(page)
    assert not Instrument.objects.filter(clinic=clinic).exists()


def test_the_report_counts_plans_that_reached_the_mcid(admin_client_of_clinic, plan, clinic):
    sessions = factories.completed_sessions(plan, [(6, 4)] * 10)
    submit(plan, sessions[0], "nprs", pains(7, 4, 6))
    submit(plan, sessions[9], "nprs", pains(3, 1, 2))
    submit(plan, sessions[0], "psfs", activities(4, 4, 4))
    plan.complete()
    page = words(admin_client_of_clinic.get(reverse("care:outcomes")))
    assert f"{plan.lead} · {plan.series.name}" in page and "1 completed plan" in page
    assert "Pain rating (0–10) 1 of 1 1 of 1" in page
    assert "Functional scale (your own activities) 0 of 1 0 of 0" in page


# Exports --------------------------------------------------------------------------------


def test_the_client_export_carries_each_response_as_a_fhir_questionnaire_response(plan):
    sessions = factories.completed_sessions(plan, [(6, 4)])
    submit(plan, sessions[0], "nprs", pains(7, 4, 6))
    submit(plan, sessions[0], "psfs", activities(4, 5, 6))
    measures = json.loads(json.dumps(client_record(plan.client), default=str))["outcome_measures"]
    assert [m["measure"] for m in measures] == [
        "Functional scale (your own activities)",
        "Pain rating (0–10)",
    ]
    for measure in measures:
        QuestionnaireResponse.model_validate(measure["fhir"])
    nprs = measures[1]["fhir"]
    assert nprs["status"] == "completed"
    assert nprs["item"][-1]["answer"] == [{"valueDecimal": 5.7}]
    assert nprs["item"][-1]["definition"] == "http://loinc.org|72514-3"
    assert measures[0]["fhir"]["item"][0]["text"] == "Lifting the baby"


@pytest.mark.parametrize(
    "items",
    [
        [
            {
                "id": "1",
                "text": "Q",
                "choices": [{"label": "a", "value": 0}, {"label": "b", "value": 0}],
            }
        ],
        [{"id": str(n), "text": "Q", "min": 0, "max": 10} for n in range(60)],
    ],
)
def test_any_questionnaire_shape_charts_without_error(practitioner_client, plan, clinic, items):
    own = Instrument.objects.create(clinic=clinic, key="own", name="Own", rule="sum", items=items)
    sessions = factories.completed_sessions(plan, [(5, 4)] * 2)
    for session in sessions:
        Response(client=plan.client, plan=plan, session=session, instrument=own).save_answers(
            {item["id"]: 0 for item in items}, plan.lead.user, submit=True
        )
    page = practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))
    assert "Session 2: 0 ·" in words(page)


def test_the_printable_record_lists_the_measures(practitioner_client, plan):
    sessions = factories.completed_sessions(plan, [(6, 4)])
    submit(plan, sessions[0], "nprs", pains(7, 4, 6))
    page = words(practitioner_client.get(reverse("clients:export_page", args=[plan.client.pk])))
    assert "Pain rating (0–10) , " in page and "session 1: score 5.7" in page
