import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible, sign_in
from tests.factories import PASSWORD


def test_sign_in_page_is_accessible(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/")

    expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize(
    ("role", "landing_page"),
    [
        ("clinic_admin", "/dashboard/"),
        ("practitioner", "/dashboard/"),
        ("portal_client", "/portal/"),
    ],
)
def test_each_role_lands_on_its_own_home_page(page, live_server, request, role, landing_page):
    person = request.getfixturevalue(role)

    sign_in(page, live_server, person.user.email, PASSWORD)

    expect(page).to_have_url(live_server.url + landing_page)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    assert_accessible(page)


def test_wrong_password_shows_an_error_and_keeps_the_email(page, live_server, practitioner):
    sign_in(page, live_server, practitioner.user.email, "not-the-password")

    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("alert")).to_contain_text("That email and password do not match")
    expect(page.get_by_label("Email")).to_have_value(practitioner.user.email)
    expect(page.get_by_label("Password")).to_have_value("")
    assert_accessible(page)


def test_sign_out_returns_to_the_sign_in_page(page, live_server, practitioner):
    sign_in(page, live_server, practitioner.user.email, PASSWORD)

    page.get_by_role("button", name="Sign out").click()

    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
    page.goto(f"{live_server.url}/dashboard/")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/?next=/dashboard/")
