import datetime
import threading

import pytest
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from clinic.models import Method
from sessions.models import Plan, Series, TreatmentSession
from sessions.progress import pain_chart
from tests.factories import (
    ClientFactory,
    PainRegionFactory,
    PlanFactory,
    SeriesFactory,
    TreatmentSessionFactory,
    completed_sessions,
)
from tests.intake_helpers import submitted_intake

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(clinic, practitioner, client_record):
    return PlanFactory(client=client_record, lead=practitioner, series__clinic=clinic)


def test_practitioner_starts_a_plan_from_a_series(
    practitioner_client, clinic, practitioner, client_record
):
    Series.objects.install_defaults(clinic)
    series = Series.objects.get(clinic=clinic, name="Structural Integration — 10 sessions")
    response = practitioner_client.post(
        reverse("clients:plan_create", args=[client_record.pk]),
        {"series": series.pk, "lead": practitioner.pk, "started_on": "2026-11-02"},
        follow=True,
    )
    plan = client_record.plans.get()
    assert plan.session_count == 10
    assert "Session 0 of 10" in response.text
    assert "Next: session 1, Feet and lower legs" in response.text


def test_standard_series_have_a_step_per_session(clinic):
    Series.objects.install_defaults(clinic)
    Series.objects.install_defaults(clinic)  # adds nothing the second time
    counts = {s.name: (s.session_count, s.steps.count()) for s in Series.objects.all()}
    assert counts == {
        "Structural Integration — 10 sessions": (10, 10),
        "Structural Integration — 12 sessions": (12, 12),
        "SMT Level 1 — 3 sessions": (3, 3),
        "SMT Level 2 — 6 sessions": (6, 6),
        "Physiotherapy episode": (None, 2),
    }


def test_plan_page_says_where_the_client_is(practitioner_client, plan):
    completed_sessions(plan, [(7, 5), (6, 4), (6, 3)])
    response = practitioner_client.get(reverse("care:plan_detail", args=[plan.pk]))
    assert "Session 3 of 10" in response.text
    assert "Next: session 4, Step 4" in response.text
    assert "Focus of step 4" in response.text


def test_booking_takes_the_next_free_number(practitioner_client, plan, practitioner):
    completed_sessions(plan, [(7, 5)])
    practitioner_client.post(
        reverse("care:session_schedule", args=[plan.pk]),
        {
            "date": "2026-12-03",
            "time": "14:30",
            "duration_minutes": "60",
            "practitioner": practitioner.pk,
        },
    )
    booked = plan.sessions.get(status=TreatmentSession.Status.PLANNED)
    assert booked.number == 2
    assert timezone.localtime(booked.scheduled_at, datetime.UTC).hour in range(24)


def test_booking_past_the_last_session_is_refused(practitioner_client, clinic, practitioner):
    series = SeriesFactory(clinic=clinic, method=Method.STRUCTURAL_INTEGRATION, session_count=2)
    plan = PlanFactory(series=series, lead=practitioner, client__clinic=clinic)
    completed_sessions(plan, [(5, 4), (4, 3)], signed=False)
    response = practitioner_client.post(
        reverse("care:session_schedule", args=[plan.pk]),
        {
            "date": "2026-12-03",
            "time": "14:30",
            "duration_minutes": "60",
            "practitioner": practitioner.pk,
        },
    )
    assert "All 2 sessions of this plan are booked or given." in response.text


def test_booking_far_in_the_future_is_refused(practitioner_client, plan, practitioner):
    response = practitioner_client.post(
        reverse("care:session_schedule", args=[plan.pk]),
        {
            "date": "2031-01-01",
            "time": "09:00",
            "duration_minutes": "60",
            "practitioner": practitioner.pk,
        },
    )
    assert "within two years of today" in response.text
    assert not plan.sessions.exists()


def test_stopping_a_plan_early_needs_a_reason(practitioner_client, plan):
    practitioner_client.post(reverse("care:plan_stop", args=[plan.pk]), {"reason": ""})
    plan.refresh_from_db()
    assert plan.status == Plan.Status.ACTIVE
    practitioner_client.post(reverse("care:plan_stop", args=[plan.pk]), {"reason": "Moved away."})
    plan.refresh_from_db()
    assert plan.status == Plan.Status.STOPPED
    assert plan.stop_reason == "Moved away."
    response = practitioner_client.get(reverse("care:plan_detail", args=[plan.pk]))
    assert "Stopped early" in response.text
    assert "Moved away." in response.text


def test_no_drop_in_pain_by_session_5_flags_the_plan(practitioner_client, plan):
    completed_sessions(plan, [(6, 5), (6, 4), (7, 5), (6, 5), (6, 5)])
    assert list(Plan.objects.needing_reassessment()) == [plan]
    assert plan.needs_reassessment
    response = practitioner_client.get(reverse("care:plan_detail", args=[plan.pk]))
    assert "Time to reassess." in response.text
    progress = practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))
    assert "Time to reassess." in progress.text and "(6/10 then, 6/10 now)" in progress.text
    assert "5 of 10 sessions done" in progress.text
    dashboard = practitioner_client.get(reverse("care:dashboard"))
    assert "Reassess: no drop in pain by session 5" in dashboard.text
    assert plan.client.full_name in dashboard.text


def test_a_drop_in_pain_by_session_5_does_not_flag(practitioner_client, plan):
    completed_sessions(plan, [(7, 5), (6, 4), (5, 4), (5, 3), (4, 2)])
    assert not plan.needs_reassessment
    progress = practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))
    assert "Time to reassess." not in progress.text
    assert not Plan.objects.needing_reassessment().exists()


def test_four_sessions_without_change_are_not_flagged_yet(plan):
    completed_sessions(plan, [(6, 6)] * 4)
    assert not plan.needs_reassessment


def test_the_plan_keeps_its_progress_as_sessions_are_given_changed_and_undone(plan):
    def progress():
        plan.refresh_from_db()
        return plan.completed_count, plan.first_pain, plan.latest_pain

    assert progress() == (0, None, None)
    first, second = completed_sessions(plan, [(7, 5), (6, 4)], signed=False)
    booked = TreatmentSessionFactory(plan=plan, number=3)
    assert progress() == (2, 7, 6)
    second.pain_before = 3
    second.save()
    assert progress() == (2, 7, 3)
    booked.status = TreatmentSession.Status.COMPLETED
    booked.pain_before = 2
    booked.save(update_fields=["status", "pain_before"])
    assert progress() == (3, 7, 2)
    TreatmentSession.objects.filter(pk=booked.pk).update(status=TreatmentSession.Status.NO_SHOW)
    assert progress() == (2, 7, 3)
    first.delete()
    assert progress() == (1, 3, 3)
    TreatmentSession.objects.filter(plan=plan).delete()
    assert progress() == (0, None, None)


def test_progress_page_charts_pain_and_tabulates_posture_and_regions(practitioner_client, plan):
    sessions = completed_sessions(plan, [(8, 6), (6, 4), (4, 2)], signed=False)
    sessions[0].pelvic_tilt = "anterior"
    sessions[2].pelvic_tilt = "neutral"
    for session in sessions:
        session.save()
    PainRegionFactory(session=sessions[0], region="low_back", intensity=8)
    PainRegionFactory(session=sessions[2], region="low_back", intensity=3)
    response = practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))
    assert response.text.count('class="dot-before"') == 3
    assert "Session 1, before: 8" in response.text
    assert "Session 3, after: 2" in response.text
    posture = {row["label"]: row["cells"] for row in response.context["posture_rows"]}
    assert posture["Pelvic tilt"] == ["Anterior", "—", "Neutral"]
    regions = response.context["region_rows"]
    assert regions[0]["label"] == "Low back"
    assert [r and r.intensity for r in regions[0]["cells"]] == [8, None, 3]


def test_pain_chart_places_worse_pain_higher():
    sessions = [TreatmentSession(number=1, pain_before=8, pain_after=2)]
    chart = pain_chart(sessions)
    assert chart["before"]["points"][0]["y"] < chart["after"]["points"][0]["y"]


@pytest.mark.parametrize("count", [2, 9])
def test_plan_and_progress_pages_do_not_grow_queries_with_sessions(
    practitioner_client, plan, count, django_assert_max_num_queries
):
    sessions = completed_sessions(plan, [(6, 4)] * count, signed=False)
    for session in sessions:
        PainRegionFactory(session=session)
    TreatmentSessionFactory(plan=plan, number=count + 1)
    with django_assert_max_num_queries(10):
        practitioner_client.get(reverse("care:plan_detail", args=[plan.pk]))
    with django_assert_max_num_queries(8):
        practitioner_client.get(reverse("care:plan_progress", args=[plan.pk]))


@pytest.mark.parametrize("count", [1, 8])
def test_dashboard_queries_do_not_grow_with_the_agenda(
    practitioner_client, clinic, practitioner, count, django_assert_max_num_queries
):
    for _ in range(count):
        # Every list of the page gets a row per plan: a plan to reassess, a note to sign, a
        # session coming up, a client without consent and a warning sign to review.
        client = ClientFactory(clinic=clinic, consent_given_on=None)
        plan = PlanFactory(lead=practitioner, client=client, series__clinic=clinic)
        completed_sessions(plan, [(6, 6)] * 5, signed=False)
        TreatmentSessionFactory(plan=plan, number=6)  # the practitioner's next free hour
        submitted_intake(client, flagged=["cancer"], sign=False)
    with django_assert_max_num_queries(9):
        response = practitioner_client.get(reverse("care:dashboard"))
    assert len(response.context["to_reassess"]) == count
    assert len(response.context["overdue_drafts"]) == min(5 * count, 10)
    assert len(response.context["screens_to_review"]) == count
    assert len(response.context["without_consent"]) == min(count, 6)


def test_dashboard_lists_todays_sessions_with_a_link_to_chart(practitioner_client, plan):
    session = TreatmentSessionFactory(plan=plan, number=1, scheduled_at=timezone.now())
    response = practitioner_client.get(reverse("care:dashboard"))
    assert reverse("care:session_chart", args=[session.pk]) in response.text
    assert plan.client.full_name in response.text


def test_a_busy_week_shows_the_next_ten_sessions_and_sends_to_the_week_view(
    practitioner_client, clinic, practitioner
):
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    for hour in range(12):
        plan = PlanFactory(lead=practitioner, series__clinic=clinic)
        TreatmentSessionFactory(
            plan=plan, number=1, scheduled_at=tomorrow.replace(hour=8 + hour, minute=0)
        )
    response = practitioner_client.get(reverse("care:dashboard"))
    assert len(response.context["upcoming"]) == 10
    assert "More this week: see the week view" in response.text
    assert reverse("care:calendar_week") in response.text


def test_a_quiet_week_shows_every_session_coming_up(practitioner_client, plan):
    TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(days=2)
    )
    response = practitioner_client.get(reverse("care:dashboard"))
    assert len(response.context["upcoming"]) == 1
    assert "More this week" not in response.text


def test_client_page_lists_plans_and_sessions(practitioner_client, plan):
    completed_sessions(plan, [(7, 5)])
    response = practitioner_client.get(reverse("clients:detail", args=[plan.client.pk]))
    assert plan.series.name in response.text
    assert "1 of 10 sessions done" in response.text
    assert "7 → 5" in response.text


def test_dashboard_links_to_all_active_clients(practitioner_client, clinic):
    ClientFactory.create_batch(3, clinic=clinic)
    response = practitioner_client.get(reverse("care:dashboard"))
    assert "All 3 active clients" in response.text


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite lets one transaction write at a time"
)
def test_two_sessions_of_one_plan_given_at_once_are_both_counted(plan):
    sessions = [TreatmentSessionFactory(plan=plan, number=n) for n in (1, 2)]
    first_saved, let_first_commit = threading.Event(), threading.Event()

    def give(session, hold):
        try:
            with transaction.atomic():
                session.status = TreatmentSession.Status.COMPLETED
                session.pain_before = 5
                session.save()
                if hold:
                    first_saved.set()
                    let_first_commit.wait(10)
        finally:
            connection.close()

    first = threading.Thread(target=give, args=(sessions[0], True))
    first.start()
    assert first_saved.wait(10)
    second = threading.Thread(target=give, args=(sessions[1], False))
    second.start()
    second.join(0.5)  # its save now waits for the first transaction
    let_first_commit.set()
    first.join()
    second.join()
    plan.refresh_from_db()
    assert plan.completed_count == 2
