"""Checks of the browser-test machinery itself."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import assert_accessible

INLINE_SCRIPT = """
const script = document.createElement("script");
script.textContent = "window.ranInline = true";
document.body.append(script);
"""


def test_chromium_loads_the_health_check(page, live_server):
    page.goto(f"{live_server.url}/healthz")

    expect(page.locator("body")).to_have_text("ok")


@pytest.mark.parametrize("page_fixture", ["page", "phone_page"])
def test_desktop_and_phone_pages_open(request, live_server, page_fixture):
    page = request.getfixturevalue(page_fixture)
    page.goto(f"{live_server.url}/healthz")

    expect(page.locator("body")).to_have_text("ok")


def test_a_missing_page_is_a_browser_error(page, live_server, browser_errors):
    page.goto(f"{live_server.url}/no-such-page/")
    page.evaluate("0")

    assert any("404" in error for error in browser_errors), browser_errors
    browser_errors.clear()


def test_a_content_security_policy_violation_is_a_browser_error(page, live_server, browser_errors):
    page.goto(f"{live_server.url}/accounts/login/")
    page.evaluate(INLINE_SCRIPT)

    assert page.evaluate("window.ranInline") is None
    assert any("Content Security Policy" in error for error in browser_errors), browser_errors
    browser_errors.clear()


def test_an_uncaught_exception_is_a_browser_error(page, live_server, browser_errors):
    page.goto(f"{live_server.url}/accounts/login/")
    page.evaluate("setTimeout(() => { throw new Error('boom') })")
    page.wait_for_timeout(50)

    assert any("boom" in error for error in browser_errors), browser_errors
    browser_errors.clear()


def test_assert_accessible_lists_each_violation_with_its_elements(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/")
    page.evaluate("document.querySelector('main').append(document.createElement('img'))")

    with pytest.raises(AssertionError) as failure:
        assert_accessible(page)

    assert "- image-alt (critical): Images must have alternative text" in str(failure.value)
    assert "\n    at img" in str(failure.value)
