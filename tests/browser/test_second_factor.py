"""Passkeys made and used in real Chromium through its virtual authenticator (the
DevTools WebAuthn domain), checked by py_webauthn on the server; and the app's code."""

import pyotp
from playwright.sync_api import expect

from clinic.models import AuthenticatorApp, Passkey
from tests.browser.helpers import assert_accessible, sign_in


def add_virtual_authenticator(page):
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return cdp


def test_a_practitioner_adds_a_passkey_and_signs_in_with_it(page, live_server, practitioner):
    add_virtual_authenticator(page)
    sign_in(page, live_server, practitioner.user.email)
    page.get_by_role("link", name="Security").click()
    expect(page.get_by_role("heading", level=1, name="Security")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Add a passkey").click()
    assert_accessible(page)
    page.get_by_label("A name for this passkey").fill("Treatment room laptop")
    page.get_by_role("button", name="Make the passkey").click()

    expect(page.get_by_text("now guards your account")).to_be_visible()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.get_by_role("button", name="Remove Treatment room laptop")).to_be_visible()
    assert Passkey.objects.get(user=practitioner.user).name == "Treatment room laptop"
    assert_accessible(page)

    page.get_by_role("button", name="Sign out", exact=True).click()
    sign_in(page, live_server, practitioner.user.email)
    expect(page.get_by_role("heading", level=1, name="One more step")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Use my passkey").click()

    expect(page).to_have_url(f"{live_server.url}/dashboard/")
    assert Passkey.objects.get(user=practitioner.user).last_used_at is not None


def test_a_code_from_the_app_signs_in(page, live_server, practitioner):
    secret = pyotp.random_base32()
    AuthenticatorApp.objects.create(user=practitioner.user, secret=secret)
    sign_in(page, live_server, practitioner.user.email)
    page.get_by_label("Code").fill("123456" if pyotp.TOTP(secret).now() != "123456" else "654321")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert")).to_contain_text("That did not work")
    assert_accessible(page)

    page.get_by_label("Code").fill(pyotp.TOTP(secret).now())
    page.get_by_label("Remember this browser for 30 days").check()
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(f"{live_server.url}/dashboard/")


def test_the_app_setup_page_shows_a_qr_code(page, live_server, practitioner):
    sign_in(page, live_server, practitioner.user.email)
    page.goto(f"{live_server.url}/account/security/app/")
    expect(page.locator(".qr svg")).to_be_visible()
    assert_accessible(page)
    secret = page.locator(".secret").inner_text()
    page.get_by_label("The six-digit code your app shows").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Add the app").click()
    expect(page.get_by_text("Set up on")).to_be_visible()
