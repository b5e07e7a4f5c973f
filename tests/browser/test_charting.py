"""Charting a session in the browser: pain, the body map by mouse and keyboard, signing."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from clinic.models import Method
from sessions.models import PainRegion, TreatmentSession
from tests.browser.helpers import assert_accessible, force_sign_in
from tests.factories import (
    CredentialFactory,
    PlanFactory,
    SeriesFactory,
    TreatmentSessionFactory,
    completed_sessions,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def si_session(clinic):
    practitioner = CredentialFactory(practitioner__clinic=clinic).practitioner
    plan = PlanFactory(lead=practitioner, client__clinic=clinic, series__clinic=clinic)
    return TreatmentSessionFactory(plan=plan, number=1, scheduled_at=timezone.now())


def test_practitioner_charts_and_signs_a_session(page, live_server, si_session):
    force_sign_in(page, live_server, si_session.practitioner.user)
    page.goto(f"{live_server.url}/sessions/{si_session.pk}/chart/")
    assert_accessible(page)

    page.get_by_label("Pain before (0–10)").fill("7")
    page.get_by_label("Pain after (0–10)").fill("4")

    # By mouse: a click on the figure ticks the region and moves to its intensity.
    page.locator("#region-low_back").click()
    expect(page.get_by_label("Low back", exact=True)).to_be_checked()
    expect(page.locator("#region-low_back")).to_have_class("region selected")
    page.get_by_label("Low back: intensity (0–10)").fill("6")
    page.get_by_label("Low back: local or referred").select_option("referred")
    page.get_by_label("Low back: thought to come from").fill("Iliopsoas trigger point")

    # By keyboard: the region list is a set of checkboxes.
    page.get_by_label("Abdomen", exact=True).focus()
    page.keyboard.press("Space")
    expect(page.locator("#region-abdomen")).to_have_class("region selected")
    page.keyboard.press("Tab")
    page.keyboard.type("3")

    page.get_by_role("group", name="Pelvic tilt").get_by_label("Anterior").check()
    page.get_by_label("Subjective").fill("Low back aches after long drives.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status").filter(has_text="Draft saved at")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Sign and lock").click()
    expect(page.get_by_text("Signed by")).to_be_visible()
    assert_accessible(page)

    session = TreatmentSession.objects.get(pk=si_session.pk)
    assert session.is_signed
    assert (session.pain_before, session.pain_after, session.pelvic_tilt) == (7, 4, "anterior")
    regions = {r.region: r for r in session.pain_regions.all()}
    assert regions["low_back"].kind == PainRegion.Kind.REFERRED
    assert regions["low_back"].source == "Iliopsoas trigger point"
    assert regions["abdomen"].intensity == 3


def test_level_1_practitioner_is_stopped_at_session_4(page, live_server, clinic):
    level_1 = CredentialFactory(
        practitioner__clinic=clinic, method=Method.SMT, title="SMT Level 1", max_session=3
    ).practitioner
    series = SeriesFactory(clinic=clinic, method=Method.SMT, session_count=6)
    plan = PlanFactory(lead=level_1, series=series, client__clinic=clinic)
    completed_sessions(plan, [(6, 4), (5, 4), (5, 3)])
    fourth = TreatmentSessionFactory(plan=plan, number=4, practitioner=level_1)

    force_sign_in(page, live_server, level_1.user)
    page.goto(f"{live_server.url}/sessions/{fourth.pk}/chart/")
    page.get_by_label("Subjective").fill("Feels looser in the hips.")
    page.get_by_role("button", name="Sign and lock").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Session 4 of this")
    expect(alert).to_contain_text("covers sessions 1–3 only")
    expect(page.get_by_label("Subjective")).to_have_value("Feels looser in the hips.")
    assert_accessible(page)
    fourth.refresh_from_db()
    assert not fourth.is_signed
