"""Posture photos as a practitioner sees them on a phone: taking them from the chart,
comparing two sessions and switching the guides on from the keyboard."""

import re

from playwright.sync_api import expect

from sessions.demo.figures import standing_figure
from sessions.models import Photo
from tests import factories
from tests.browser.helpers import assert_accessible, force_sign_in
from tests.photo_helpers import give_photo_consent, take_photo


def test_a_practitioner_photographs_a_session_and_compares_it_with_the_first(
    phone_page, live_server, tmp_path
):
    practitioner = factories.CredentialFactory().practitioner
    client = factories.PortalClientFactory(clinic=practitioner.clinic, first_name="Ines")
    give_photo_consent(client)
    plan = factories.PlanFactory(client=client, lead=practitioner)
    first = factories.completed_sessions(plan, [(7, 5)])[0]
    take_photo(first, "front")
    take_photo(first, "right")
    today = factories.TreatmentSessionFactory(plan=plan, number=2, practitioner=practitioner)
    front, side = tmp_path / "front.jpg", tmp_path / "side.jpg"
    front.write_bytes(standing_figure("front", 1))
    side.write_bytes(standing_figure("right", 1))
    page = phone_page
    # One photo request at a time: the test server's threads share one in-memory SQLite
    # connection, which concurrent requests would trip over (production has one each).
    page.route("**/photos/*/", lambda route: route.fulfill(response=route.fetch()))
    force_sign_in(page, live_server, practitioner.user)

    page.goto(f"{live_server.url}/sessions/{today.pk}/chart/")
    card = page.locator("#photo-card")
    expect(card.get_by_role("heading", name="Posture photos")).to_be_visible()
    card.get_by_label("Front").set_input_files(front)
    card.get_by_label("Right side").set_input_files(side)
    card.get_by_role("button", name="Save the photos").click()

    expect(card.get_by_text("Photos saved: Front, Right side.")).to_be_visible()
    expect(card.get_by_role("img", name="Front photo of Ines")).to_be_visible()
    assert set(Photo.objects.filter(session=today).values_list("view", flat=True)) == {
        "front",
        "right",
    }
    assert_accessible(page)

    page.goto(f"{live_server.url}/plans/{plan.pk}/photos/")
    expect(page.get_by_role("img", name="Front, session 1")).to_be_visible()
    expect(page.get_by_role("img", name="Front, session 2")).to_be_visible()
    pair = page.locator("[data-pair]").first.bounding_box()
    assert pair["width"] <= 390
    grid = page.get_by_label("Horizontal grid")
    grid.focus()
    page.keyboard.press("Space")
    expect(grid).to_be_checked()
    expect(page.locator("[data-photo-compare]")).to_have_class(re.compile("show-grid"))
    page.keyboard.press("p")
    expect(page.locator("[data-photo-compare]")).to_have_class(re.compile("show-plumb"))
    page.get_by_label("Lay one over the other").check()
    fade = page.get_by_label("Fade from the first session to the second")
    fade.fill("60")
    expect(page.locator(".compare-second img").first).to_have_css("opacity", "0.6")
    assert_accessible(page)
