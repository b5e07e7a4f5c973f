"""The intake on a phone: a new client fills it in, answers the screen, signs with the
mouse and sends it; the practitioner then sees it, and the screen holds session 1."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sessions.models import Intake, SignedConsent
from tests import factories
from tests.browser.helpers import assert_accessible, force_sign_in, sign_in


@pytest.fixture
def booked(portal_client, practitioner):
    plan = factories.PlanFactory(
        client=portal_client, lead=practitioner, series__clinic=portal_client.clinic
    )
    return factories.TreatmentSessionFactory(plan=plan, number=1, scheduled_at=timezone.now())


def test_a_new_client_fills_in_the_intake_on_a_phone_and_the_practitioner_sees_it(
    phone_page, make_page, live_server, portal_client, practitioner, booked
):
    page = phone_page
    sign_in(page, live_server, portal_client.user.email)
    expect(page.get_by_role("heading", name="Before your first visit")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Start").click()

    # Step 1: the pain, and the body map by touch on the figure.
    expect(page.get_by_role("heading", name="Your pain")).to_be_visible()
    page.get_by_label("What brings you in? In your own words").fill("A dull ache low in my back.")
    page.get_by_label("When did it start?").fill("2026-06-01")
    page.locator('.region[data-region="low_back"]').tap()
    expect(page.get_by_label("Low back")).to_be_checked()
    page.get_by_label("Right buttock").check()  # by the list, as a keyboard would
    page.get_by_label("How much does it hurt right now, from 0 to 10?").fill("6")
    expect(page.get_by_text("Your answers are saved.")).to_be_visible()  # saved as typed
    assert_accessible(page)
    page.get_by_role("button", name="Save and continue").click()

    # Step 2: health. A reload loses nothing.
    page.get_by_label("What would you like these sessions to change for you?").fill("Sleep well")
    page.get_by_label("What work do you do?").fill("Teacher")
    expect(page.get_by_text("Your answers are saved.")).to_be_visible()
    page.reload()
    expect(
        page.get_by_label("What would you like these sessions to change for you?")
    ).to_have_value("Sleep well")
    assert_accessible(page)
    page.get_by_role("button", name="Save and continue").click()

    # Step 3: the screen. A "not sure" to a cauda equina sign shows the advice at once.
    expect(page.get_by_role("heading", name="Warning signs")).to_be_visible()
    for radio in page.locator("input[type=radio][value=no]").all():
        radio.check()
    page.locator("input[name=bladder][value=unsure]").check()
    expect(page.get_by_role("heading", name="Please get medical care today")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Save and continue").click()

    # Step 4: consent, signed with the typed name and a drawing made with the mouse.
    expect(page.get_by_role("heading", name="Consent")).to_be_visible()
    page.get_by_label("I have read the consent above and agree to it.").check()
    page.get_by_label("Your full name").fill("Ada Quill")
    canvas = page.locator("canvas.signature-canvas")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    page.mouse.move(box["x"] + 20, box["y"] + box["height"] * 0.7)
    page.mouse.down()
    for step in range(1, 12):
        page.mouse.move(
            box["x"] + 20 + step * 25, box["y"] + box["height"] * (0.3 + 0.4 * (step % 2))
        )
    page.mouse.up()
    page.get_by_label("Reminders of my sessions and home program may be sent by email.").check()
    assert_accessible(page)
    page.get_by_role("button", name="Sign and send").click()

    expect(page.get_by_role("heading", name="Your intake")).to_be_visible()
    expect(page.get_by_text("A dull ache low in my back.")).to_be_visible()
    assert_accessible(page)
    intake = Intake.objects.get(client=portal_client)
    assert intake.is_submitted and intake.regions == ["low_back", "buttock_r"]
    assert intake.screen["bladder"] == "unsure"
    consent = SignedConsent.objects.get(client=portal_client)
    assert consent.full_name == "Ada Quill" and len(consent.strokes[0]) >= 10

    # The practitioner's side.
    desk = make_page(viewport={"width": 1280, "height": 900})
    force_sign_in(desk, live_server, practitioner.user)
    desk.goto(f"{live_server.url}/dashboard/")
    expect(desk.get_by_text("Warning signs to review before session 1")).to_be_visible()
    assert_accessible(desk)
    desk.goto(f"{live_server.url}/clients/{portal_client.pk}/")
    intake_card = desk.locator("section", has=desk.get_by_role("heading", name="Intake"))
    expect(intake_card.get_by_text("A dull ache low in my back.")).to_be_visible()
    expect(intake_card.get_by_role("link", name="version 1")).to_be_visible()
    assert_accessible(desk)

    # Session 1 opens from the intake, and will not sign before the review.
    desk.goto(f"{live_server.url}/sessions/{booked.pk}/chart/")
    expect(desk.get_by_label("Pain before (0–10)")).to_have_value("6")
    expect(desk.get_by_label("Subjective")).to_contain_text("A dull ache low in my back.")
    desk.get_by_role("button", name="Sign and lock").click()
    expect(desk.get_by_text("Session 1 cannot be signed yet")).to_be_visible()

    desk.get_by_role("link", name="Review the screen").first.click()
    assert_accessible(desk)
    desk.get_by_label("Referred to a doctor").check()
    desk.get_by_label("Why").fill("Unsure about bladder control: sent to her doctor today.")
    desk.get_by_role("button", name="Record the decision").click()
    expect(desk.get_by_text("Your review is recorded.")).to_be_visible()
    assert_accessible(desk)
    desk.goto(f"{live_server.url}/clients/{portal_client.pk}/consents/{consent.pk}/")
    expect(desk.locator("svg.signature-drawn path")).to_have_count(1)
    assert_accessible(desk)


def test_without_javascript_the_typed_name_alone_signs(make_page, live_server, portal_client):
    page = make_page(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    force_sign_in(page, live_server, portal_client.user)
    page.goto(f"{live_server.url}/portal/intake/pain/")
    page.get_by_label("What brings you in? In your own words").fill("Stiff back")
    page.get_by_label("How much does it hurt right now, from 0 to 10?").fill("3")
    page.get_by_label("Low back").check()
    page.get_by_role("button", name="Save and continue").click()
    page.goto(f"{live_server.url}/portal/intake/screen/")
    for radio in page.locator("input[type=radio][value=no]").all():
        radio.check()
    page.locator("input[name=saddle_numbness][value=yes]").check()
    page.get_by_role("button", name="Save and continue").click()
    # Back on the screen, the saved answer brings the advice with the page.
    page.goto(f"{live_server.url}/portal/intake/screen/")
    expect(page.get_by_role("heading", name="Please get medical care today")).to_be_visible()
    page.goto(f"{live_server.url}/portal/intake/consent/")
    expect(page.locator("canvas")).to_be_hidden()
    page.get_by_label("I have read the consent above and agree to it.").check()
    page.get_by_label("Your full name").fill("Ada Quill")
    page.get_by_role("button", name="Sign and send").click()
    expect(page.get_by_role("heading", name="Your intake")).to_be_visible()
    assert SignedConsent.objects.get(client=portal_client).strokes == []


def test_the_admin_pages_for_the_intake_are_accessible(page, live_server, clinic_admin):
    force_sign_in(page, live_server, clinic_admin.user)
    page.goto(f"{live_server.url}/intake-settings/consent/")
    page.get_by_label("Consent to treatment").fill("Our own consent text, plain and long enough.")
    page.get_by_role("button", name="Save as a new version").click()
    expect(page.get_by_text("Saved as version 1.")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{live_server.url}/intake-settings/questions/")
    page.get_by_label("Question").fill("Which pressure do you like?")
    page.get_by_label("One of several choices").check()
    page.get_by_role("textbox", name="Choices").fill("Firm\nGentle")
    page.get_by_role("button", name="Add the question").click()
    expect(page.get_by_role("link", name="Which pressure do you like?")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Which pressure do you like?").click()
    assert_accessible(page)
