"""Every care URL answers 404 for another clinic's records and for clients."""

import pytest
from django.urls import reverse

from sessions.models import Plan, TreatmentSession
from tests.factories import PlanFactory, SeriesFactory, TreatmentSessionFactory, completed_sessions

pytestmark = pytest.mark.django_db


@pytest.fixture
def foreign(other_clinic):
    plan = PlanFactory(client__clinic=other_clinic, series__clinic=other_clinic)
    signed = completed_sessions(plan, [(5, 3)])[0]
    planned = TreatmentSessionFactory(plan=plan, number=2)
    return {
        "plan": plan,
        "signed": signed,
        "planned": planned,
        "client": plan.client,
        "series": plan.series,
    }


def urls(records):
    plan, signed, planned = records["plan"], records["signed"], records["planned"]
    return [
        ("get", reverse("clients:detail", args=[records["client"].pk])),
        ("post", reverse("clients:plan_create", args=[records["client"].pk])),
        ("get", reverse("care:plan_detail", args=[plan.pk])),
        ("get", reverse("care:plan_progress", args=[plan.pk])),
        ("post", reverse("care:plan_stop", args=[plan.pk])),
        ("post", reverse("care:plan_complete", args=[plan.pk])),
        ("post", reverse("care:session_schedule", args=[plan.pk])),
        ("get", reverse("care:session_detail", args=[signed.pk])),
        ("post", reverse("care:session_chart", args=[planned.pk])),
        ("post", reverse("care:session_amend", args=[signed.pk])),
        ("post", reverse("care:session_cancel", args=[planned.pk])),
        ("post", reverse("care:session_no_show", args=[planned.pk])),
        ("post", reverse("series:edit", args=[records["series"].pk])),
    ]


def assert_untouched(records):
    plan = Plan.objects.get(pk=records["plan"].pk)
    assert plan.status == Plan.Status.ACTIVE
    planned = TreatmentSession.objects.get(pk=records["planned"].pk)
    assert planned.status == TreatmentSession.Status.PLANNED
    assert planned.subjective == ""
    assert not records["signed"].amendments.exists()
    assert plan.sessions.count() == 2


def test_practitioner_of_another_clinic_gets_404_everywhere(admin_client_of_clinic, foreign):
    for method, url in urls(foreign):
        data = {
            "reason": "x",
            "subjective": "x",
            "field": "subjective",
            "new_text": "x",
            "name": "Hijacked",
        }
        response = getattr(admin_client_of_clinic, method)(url, data)
        assert response.status_code == 404, url
    assert_untouched(foreign)


def test_clients_get_404_even_for_their_own_care_records(client, clinic, portal_client):
    plan = PlanFactory(client=portal_client, series__clinic=clinic, lead__clinic=clinic)
    own = {
        "plan": plan,
        "signed": completed_sessions(plan, [(5, 3)])[0],
        "planned": TreatmentSessionFactory(plan=plan, number=2),
        "client": portal_client,
        "series": plan.series,
    }
    client.force_login(portal_client.user)
    for method, url in urls(own):
        assert getattr(client, method)(url).status_code == 404, url
    assert client.get(reverse("series:list")).status_code == 404
    assert client.get(reverse("care:dashboard")).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, foreign):
    for method, url in urls(foreign):
        response = getattr(client, method)(url)
        assert response.status_code in (302, 405), url
        if response.status_code == 302:
            assert response.headers["Location"].startswith(reverse("login"))
    assert_untouched(foreign)


def test_series_list_shows_only_the_own_clinics_series(practitioner_client, clinic, other_clinic):
    SeriesFactory(clinic=clinic, name="Ours")
    SeriesFactory(clinic=other_clinic, name="Theirs")
    response = practitioner_client.get(reverse("series:list"))
    assert "Ours" in response.text
    assert "Theirs" not in response.text


def test_plan_form_offers_only_the_own_clinics_series_and_practitioners(
    practitioner_client, clinic, other_clinic, client_record, practitioner
):
    SeriesFactory(clinic=clinic)
    theirs = SeriesFactory(clinic=other_clinic)
    response = practitioner_client.post(
        reverse("clients:plan_create", args=[client_record.pk]),
        {"series": theirs.pk, "lead": practitioner.pk, "started_on": "2026-11-01"},
    )
    assert "Select a valid choice." in response.text
    assert not client_record.plans.exists()
