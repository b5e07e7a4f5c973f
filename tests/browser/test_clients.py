import datetime

import pytest
from playwright.sync_api import expect

from clinic.models import Client
from tests.browser.helpers import assert_accessible, force_sign_in
from tests.factories import ClientFactory


@pytest.fixture
def signed_in_page(page, live_server, practitioner):
    force_sign_in(page, live_server, practitioner.user)
    return page


def fill_client_form(page, **values):
    for name, value in values.items():
        field = page.locator(f'[name="{name}"]')
        if name == "activity_level":
            field.select_option(value)
        else:
            field.fill(value)


def test_practitioner_adds_a_client(signed_in_page, live_server, practitioner):
    page = signed_in_page
    today = datetime.date.today()
    page.goto(f"{live_server.url}/clients/new/")
    assert_accessible(page)

    fill_client_form(
        page,
        first_name="Ingrid",
        last_name="Solheim",
        date_of_birth="1979-03-14",
        email="ingrid@example.net",
        phone="(555) 010-2233",
        occupation="Carpenter",
        activity_level=Client.ActivityLevel.PHYSICAL,
        complaint_onset=(today - datetime.timedelta(days=60)).isoformat(),
        main_complaint="Right shoulder aches when lifting overhead.",
        consent_given_on=(today - datetime.timedelta(days=1)).isoformat(),
    )
    page.get_by_role("button", name="Save client").click()

    client = Client.objects.get(last_name="Solheim")
    expect(page).to_have_url(f"{live_server.url}/clients/{client.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Ingrid Solheim")
    expect(page.get_by_text("Right shoulder aches when lifting overhead.")).to_be_visible()
    assert client.clinic == practitioner.clinic
    assert client.date_of_birth == datetime.date(1979, 3, 14)
    assert client.activity_level == Client.ActivityLevel.PHYSICAL
    assert_accessible(page)


def test_a_date_of_birth_in_the_future_is_refused_and_the_form_kept(signed_in_page, live_server):
    page = signed_in_page
    next_year = (datetime.date.today() + datetime.timedelta(days=365)).isoformat()
    page.goto(f"{live_server.url}/clients/new/")

    fill_client_form(
        page,
        first_name="Ingrid",
        last_name="Solheim",
        date_of_birth=next_year,
        main_complaint="Right shoulder aches when lifting overhead.",
    )
    page.get_by_role("button", name="Save client").click()

    expect(page.get_by_text("The date of birth cannot be in the future.")).to_be_visible()
    expect(page.locator('[name="first_name"]')).to_have_value("Ingrid")
    expect(page.locator('[name="last_name"]')).to_have_value("Solheim")
    expect(page.locator('[name="date_of_birth"]')).to_have_value(next_year)
    expect(page.locator('[name="main_complaint"]')).to_have_value(
        "Right shoulder aches when lifting overhead."
    )
    assert not Client.objects.exists()
    assert_accessible(page)


@pytest.fixture
def two_clients(clinic):
    return [
        ClientFactory(clinic=clinic, first_name="Marguerite", last_name="Okafor"),
        ClientFactory(clinic=clinic, first_name="Tobias", last_name="Lindqvist"),
    ]


def test_typing_in_the_search_box_narrows_the_client_list(signed_in_page, live_server, two_clients):
    page = signed_in_page
    page.goto(f"{live_server.url}/clients/")
    results = page.locator("#client-results")
    expect(results).to_contain_text("Okafor")
    expect(results).to_contain_text("Lindqvist")
    assert_accessible(page)

    page.locator('input[name="q"]').press_sequentially("okaf")

    expect(results).not_to_contain_text("Lindqvist")
    expect(results.get_by_role("link", name="Okafor, Marguerite")).to_be_visible()
    assert_accessible(page)

    results.get_by_role("link", name="Okafor, Marguerite").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Marguerite Okafor")


@pytest.mark.parametrize("javascript", [True, False], ids=["with_js", "without_js"])
def test_pressing_enter_searches_the_client_list(
    make_page, live_server, practitioner, two_clients, javascript
):
    page = make_page(java_script_enabled=javascript)
    force_sign_in(page, live_server, practitioner.user)
    page.goto(f"{live_server.url}/clients/")

    page.locator('input[name="q"]').fill("Lindqvist")
    page.locator('input[name="q"]').press("Enter")

    results = page.locator("#client-results")
    expect(page).to_have_url(f"{live_server.url}/clients/?q=Lindqvist")
    expect(results).not_to_contain_text("Okafor")
    expect(results.get_by_role("link", name="Lindqvist, Tobias")).to_be_visible()
