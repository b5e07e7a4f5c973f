import re

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, force_sign_in


@pytest.fixture
def signed_in_page(page, live_server, practitioner):
    force_sign_in(page, live_server, practitioner.user)
    return page


def test_typing_in_the_library_search_narrows_the_list(signed_in_page, live_server):
    page = signed_in_page
    page.goto(f"{live_server.url}/library/")
    results = page.locator("#exercise-results")
    expect(results).to_contain_text("100 exercises")
    expect(results).to_contain_text("Bird dog")
    assert_accessible(page)

    page.get_by_label("Search by name, muscle or body region").press_sequentially("jackkn")

    expect(results).to_contain_text("2 exercises found")
    expect(results).not_to_contain_text("Bird dog")
    expect(page).to_have_url(f"{live_server.url}/library/?q=jackkn&kind=&muscle=")
    page.get_by_label("Kind").select_option(label="Strengthen")
    expect(results.get_by_role("link", name="Jackknife", exact=True)).to_be_visible()
    assert_accessible(page)

    results.get_by_role("link", name="Jackknife", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jackknife")
    expect(page.get_by_role("heading", name="How to do it")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile(r"^Jackknife Start: "))).to_be_visible()
    assert_accessible(page)


def test_the_muscle_filter_works_without_javascript(make_page, live_server, practitioner):
    page = make_page(java_script_enabled=False)
    force_sign_in(page, live_server, practitioner.user)
    page.goto(f"{live_server.url}/library/")

    page.get_by_label("Target muscle").select_option("piriformis")
    page.get_by_role("button", name="Search").click()

    results = page.locator("#exercise-results")
    expect(results.get_by_role("link", name="Piriformis AIS stretch")).to_be_visible()
    expect(results).not_to_contain_text("Chin tucks")


def test_the_add_exercise_form_is_accessible_with_and_without_errors(signed_in_page, live_server):
    page = signed_in_page
    page.goto(f"{live_server.url}/library/new/")
    assert_accessible(page)

    page.get_by_label("Name").fill("Wall sit with a ball")
    page.get_by_label("Sets").fill("-2")
    page.get_by_role("button", name="Save exercise").click()

    expect(page.get_by_text("Enter a whole number from 1 to 20.")).to_be_visible()
    expect(page.get_by_label("Name")).to_have_value("Wall sit with a ball")
    expect(page.get_by_label("Sets")).to_have_value("-2")
    assert_accessible(page)
