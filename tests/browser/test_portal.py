import re

import pytest
from playwright.sync_api import expect

from sessions.models import AdherenceEntry
from tests.browser.helpers import assert_accessible, sign_in
from tests.factories import ExerciseFactory, ProgramFactory


@pytest.fixture
def program(portal_client):
    clinic = portal_client.clinic
    return ProgramFactory(
        client=portal_client,
        note="Little and often is best.",
        exercises=[
            ExerciseFactory(clinic=clinic, name="Slow dead bug", hold_seconds=3, repetitions=2),
            ExerciseFactory(clinic=clinic, name="Side-lying clam", hold_seconds=None),
        ],
    )


def test_client_follows_the_program_on_a_phone(phone_page, live_server, portal_client, program):
    page = phone_page
    item = program.items.get(exercise__name="Slow dead bug")
    card = page.locator(f"#item-{item.pk}")
    sign_in(page, live_server, portal_client.user.email)

    expect(page).to_have_url(f"{live_server.url}/portal/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {portal_client.first_name}")
    expect(page.get_by_text("Little and often is best.")).to_be_visible()
    expect(card.get_by_role("heading", level=2)).to_have_text("Slow dead bug")
    expect(card.get_by_text("Hold for 3 seconds, 2 times.")).to_be_visible()
    assert_accessible(page)

    # The hold timer counts down on screen.
    card.get_by_role("button", name="Start a 3-second hold").click()
    count = card.locator(".hold-count")
    expect(card.locator(".hold-status")).to_have_text("Hold 1 of 2.")
    expect(count).to_have_text("3")
    expect(count).to_have_text("2")
    expect(count).to_have_text("1")
    expect(card.locator(".hold-status")).to_have_text("Come back out and rest.")
    card.get_by_role("button", name="Stop the hold").click()
    expect(card.get_by_role("button", name="Start a 3-second hold")).to_be_visible()

    # Done today, with a pain score, swaps in place: no page load.
    page.evaluate("window.stillTheSamePage = true")
    card.get_by_text("Add pain or a note (optional)").click()
    card.get_by_label("Pain right now (0–10)").fill("4")
    card.get_by_label("A note for your practitioner").fill("Easier today")
    card.get_by_role("button", name="Done today: Slow dead bug").click()

    expect(card.get_by_text("Done today · pain 4 of 10")).to_be_visible()
    undo = card.get_by_role("button", name="Undo: Slow dead bug")
    expect(undo).to_be_focused()
    assert page.evaluate("window.stillTheSamePage") is True
    entry = AdherenceEntry.objects.get()
    assert (entry.item_id, entry.pain, entry.comment) == (item.pk, 4, "Easier today")

    undo.click()
    expect(card.get_by_role("button", name="Done today: Slow dead bug")).to_be_focused()
    assert not AdherenceEntry.objects.exists()
    assert page.evaluate("window.stillTheSamePage") is True


def test_a_pain_score_out_of_range_is_explained_in_place(
    phone_page, live_server, portal_client, program
):
    page = phone_page
    card = page.locator(f"#item-{program.items.get(position=0).pk}")
    sign_in(page, live_server, portal_client.user.email)

    card.get_by_text("Add pain or a note (optional)").click()
    card.get_by_label("Pain right now (0–10)").fill("12")
    card.get_by_role("button", name=re.compile("^Done today")).click()

    expect(card.get_by_text("Pain is a whole number from 0 to 10.")).to_be_visible()
    expect(card.get_by_label("Pain right now (0–10)")).to_have_value("12")
    assert not AdherenceEntry.objects.exists()
    assert_accessible(page)


def test_the_week_and_print_views_are_accessible(phone_page, live_server, portal_client, program):
    page = phone_page
    sign_in(page, live_server, portal_client.user.email)
    page.get_by_role("button", name="Done today: Side-lying clam").click()
    expect(page.get_by_role("button", name="Undo: Side-lying clam")).to_be_visible()

    page.get_by_role("link", name="This week").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your week")
    clam_row = page.get_by_role("row", name=re.compile("Side-lying clam"))
    expect(clam_row.get_by_role("cell").last).to_have_text("✓Done")
    assert_accessible(page)

    page.get_by_role("link", name="Print").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Home program for {portal_client.full_name}"
    )
    assert_accessible(page)
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.get_by_role("heading", name="Slow dead bug")).to_be_visible()


def test_without_javascript_the_hold_shows_as_text_and_done_still_works(
    make_page, live_server, portal_client, program
):
    page = make_page(java_script_enabled=False)
    card = page.locator(f"#item-{program.items.get(position=0).pk}")
    sign_in(page, live_server, portal_client.user.email)

    expect(card.get_by_text("Hold for 3 seconds, 2 times.")).to_be_visible()
    expect(card.get_by_role("button", name="Start a 3-second hold")).to_be_hidden()
    card.get_by_role("button", name="Done today: Slow dead bug").click()

    expect(page).to_have_url(re.compile(r"/portal/#item-\d+$"))
    expect(card.get_by_text("Done today")).to_be_visible()
    assert AdherenceEntry.objects.count() == 1
