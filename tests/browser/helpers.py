"""Helpers for browser tests: signing in and checking accessibility."""

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client as DjangoClient

from tests.factories import PASSWORD

axe = Axe()


def sign_in(page, live_server, email, password=PASSWORD):
    """Signs in through the real form and waits for the page that follows."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def force_sign_in(page, live_server, user):
    """Signs `user` in without the form, for tests about what comes after signing in."""
    django_client = DjangoClient()
    django_client.force_login(user)
    cookie = django_client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": live_server.url, "httpOnly": True}]
    )


def assert_accessible(page):
    """Runs axe-core on the current page and fails with a list of the violations."""
    violations = axe.run(page).response["violations"]
    if violations:
        lines = [f"{len(violations)} accessibility violation(s) on {page.url}:"]
        for violation in violations:
            lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
            lines.append(f"  {violation['helpUrl']}")
            for node in violation["nodes"]:
                lines.append(f"    at {' '.join(map(str, node['target']))}")
        raise AssertionError("\n".join(lines))
