"""Credential scope: a practitioner logs and signs only the sessions their credential covers."""

import pytest
from django.urls import reverse

from clinic.models import Method
from sessions.models import ScopeError, TreatmentSession
from tests.factories import (
    CredentialFactory,
    PlanFactory,
    PractitionerFactory,
    SeriesFactory,
    TreatmentSessionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def smt_series(clinic):
    return SeriesFactory(
        clinic=clinic, name="SMT Level 2 — 6 sessions", method=Method.SMT, session_count=6
    )


def practitioner_with(clinic, method, max_session, name):
    credential = CredentialFactory(
        practitioner__clinic=clinic,
        practitioner__user__full_name=name,
        method=method,
        max_session=max_session,
    )
    return credential.practitioner


@pytest.mark.parametrize(
    ("max_session", "number", "allowed"),
    [(3, 3, True), (3, 4, False), (6, 6, True), (6, 7, False), (None, 10, True)],
)
def test_credential_covers_sessions_up_to_its_limit(clinic, max_session, number, allowed):
    series = SeriesFactory(clinic=clinic, method=Method.SMT, session_count=12)
    practitioner = practitioner_with(clinic, Method.SMT, max_session, "Pat Kim")
    session = TreatmentSession(
        plan=PlanFactory(series=series, lead=practitioner, client__clinic=clinic), number=number
    )
    if allowed:
        session.check_scope(practitioner)
    else:
        with pytest.raises(ScopeError):
            session.check_scope(practitioner)


def test_no_credential_for_the_method_covers_nothing(clinic, smt_series):
    si_only = practitioner_with(clinic, Method.STRUCTURAL_INTEGRATION, None, "Sam Si")
    session = TreatmentSession(plan=PlanFactory(series=smt_series, client__clinic=clinic), number=1)
    with pytest.raises(ScopeError, match="holds no credential for Synergetic"):
        session.check_scope(si_only)


def chart_data(**overrides):
    return {
        "pain_before": "6",
        "pain_after": "4",
        "subjective": "Sore after gardening.",
        **overrides,
    }


def test_level_1_practitioner_cannot_log_session_4(client, clinic, smt_series):
    level_1 = practitioner_with(clinic, Method.SMT, 3, "Lou Level-One")
    practitioner_with(clinic, Method.SMT, 6, "Dana Level-Two")
    plan = PlanFactory(series=smt_series, lead=level_1, client__clinic=clinic)
    session = TreatmentSessionFactory(plan=plan, number=4, practitioner=level_1)
    client.force_login(level_1.user)

    response = client.post(reverse("care:session_chart", args=[session.pk]), chart_data(sign="1"))

    assert response.status_code == 200
    assert "Session 4 of this SMT Level 2 — 6 sessions series is outside the credential" in (
        response.text
    )
    assert "covers sessions 1–3 only" in response.text
    assert "It can be given by Dana Level-Two." in response.text
    assert "Sore after gardening." in response.text
    session.refresh_from_db()
    assert session.status == TreatmentSession.Status.PLANNED
    assert not session.is_signed
    assert session.subjective == ""


def test_level_1_practitioner_can_sign_session_3(client, clinic, smt_series):
    level_1 = practitioner_with(clinic, Method.SMT, 3, "Lou Level-One")
    plan = PlanFactory(series=smt_series, lead=level_1, client__clinic=clinic)
    session = TreatmentSessionFactory(plan=plan, number=3, practitioner=level_1)
    client.force_login(level_1.user)
    client.post(reverse("care:session_chart", args=[session.pk]), chart_data(sign="1"))
    session.refresh_from_db()
    assert session.is_signed
    assert session.signed_by == level_1


def test_booking_session_4_for_a_level_1_practitioner_is_refused(client, clinic, smt_series):
    level_1 = practitioner_with(clinic, Method.SMT, 3, "Lou Level-One")
    plan = PlanFactory(series=smt_series, lead=level_1, client__clinic=clinic)
    for number in (1, 2, 3):
        TreatmentSessionFactory(plan=plan, number=number, practitioner=level_1)
    client.force_login(level_1.user)
    response = client.post(
        reverse("care:session_schedule", args=[plan.pk]),
        {
            "date": "2026-12-01",
            "time": "10:00",
            "duration_minutes": "60",
            "practitioner": level_1.pk,
        },
    )
    assert "covers sessions 1–3 only" in response.text
    assert plan.sessions.count() == 3


def test_a_practitioner_without_credential_cannot_lead_the_series(
    client, clinic, smt_series, client_record
):
    si_only = practitioner_with(clinic, Method.STRUCTURAL_INTEGRATION, None, "Sam Si")
    client.force_login(si_only.user)
    response = client.post(
        reverse("clients:plan_create", args=[client_record.pk]),
        {"series": smt_series.pk, "lead": si_only.pk, "started_on": "2026-11-01"},
    )
    assert "holds no credential for Synergetic Myofascial Therapy" in response.text
    assert not client_record.plans.exists()


def test_admin_signing_someone_elses_session_needs_their_own_credential(client, clinic, smt_series):
    admin = PractitionerFactory(clinic=clinic, is_clinic_admin=True)
    level_2 = practitioner_with(clinic, Method.SMT, 6, "Dana Level-Two")
    plan = PlanFactory(series=smt_series, lead=level_2, client__clinic=clinic)
    session = TreatmentSessionFactory(plan=plan, number=2, practitioner=level_2)
    client.force_login(admin.user)
    response = client.post(reverse("care:session_chart", args=[session.pk]), chart_data(sign="1"))
    assert "holds no credential" in response.text
    session.refresh_from_db()
    assert not session.is_signed
