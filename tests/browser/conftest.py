"""Browser tests: Playwright drives the system Chromium against pytest-django's live_server.

Fixtures:
- `browser`: one Chromium for the whole run.
- `page` (1280x900 desktop) and `phone_page` (390x844, touch): a fresh context per test.
- `make_page(**context_options)`: more pages, e.g. a second user or JavaScript off.
- `browser_errors`: the console errors and uncaught exceptions seen so far.

Every page is watched: a console error (which includes a Content-Security-Policy
violation and a failed resource load) or an uncaught exception fails the test.
A test that expects one asserts on `browser_errors` and then clears it.
On failure, a screenshot of each open page goes to test-artifacts/.
"""

import importlib
import os
import re
import threading
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.staticfiles.handlers import StaticFilesHandler
from playwright.sync_api import expect, sync_playwright
from pytest_django.live_server_helper import LiveServer

# The sync Playwright API keeps an event loop running in the main thread, which
# makes Django refuse database calls from test code without this.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


class OneRequestAtATime(StaticFilesHandler):
    """On SQLite the server's threads share the test's one in-memory connection, which two
    requests must not use at once (a page loading its photos together did)."""

    lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            return super().__call__(environ, start_response)


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, answering one request at a time."""
    server = LiveServer(os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost", start=False)
    server.thread.static_handler = OneRequestAtATime
    server.start()
    yield server
    server.stop()


CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}

HERE = Path(__file__).parent
reports_key = pytest.StashKey[dict]()
errors_key = pytest.StashKey[list]()
pages_key = pytest.StashKey[list]()

expect.set_options(timeout=TIMEOUT_MS)


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Fails a test that passed but left errors in a page's console."""
    yield
    for page in item.stash.get(pages_key, []):
        if not page.is_closed():
            page.evaluate("0")  # a round trip delivers any console events still on the way
    errors = item.stash.get(errors_key, [])
    if errors:
        pytest.fail("The browser reported errors:\n" + "\n".join(errors), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.stash.setdefault(reports_key, {})[report.when] = report
    errors = item.stash.get(errors_key, [])
    if report.failed and report.when == "call" and errors:
        report.sections.append(("browser errors", "\n".join(errors)))
    return report


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_errors(request):
    return request.node.stash.setdefault(errors_key, [])


@pytest.fixture
def make_page(browser, browser_errors, request):
    """Opens a page in a new browser context; keyword arguments go to `new_context`."""
    contexts = []
    pages = request.node.stash.setdefault(pages_key, [])

    def make(**context_options):
        context = browser.new_context(**{**DESKTOP, **context_options})
        context.set_default_timeout(TIMEOUT_MS)
        context.on("console", lambda message: _record_console_error(message, browser_errors))
        context.on("weberror", lambda error: browser_errors.append(f"uncaught: {error.error}"))
        contexts.append(context)
        page = context.new_page()
        pages.append(page)
        return page

    yield make

    reports = request.node.stash.get(reports_key, {})
    if any(report.failed for report in reports.values()):
        _save_screenshots(request.node, pages)
    for context in contexts:
        context.close()


@pytest.fixture
def page(make_page):
    return make_page()


@pytest.fixture
def phone_page(make_page):
    return make_page(**PHONE)


def _record_console_error(message, errors):
    location = message.location
    # Chromium asks for /favicon.ico by itself, once per run, when a page links no icon.
    if message.type == "error" and not location["url"].endswith("/favicon.ico"):
        errors.append(
            f"console error on {message.page.url if message.page else '?'}: {message.text}"
            f" (at {location['url']}:{location['lineNumber']})"
        )


def _save_screenshots(item, pages):
    folder = item.config.rootpath / "test-artifacts"
    folder.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", item.nodeid)
    for number, page in enumerate(pages, start=1):
        if page.is_closed():
            continue
        path = folder / (f"{name}.png" if len(pages) == 1 else f"{name}-{number}.png")
        try:
            page.screenshot(path=path, full_page=True)
        except Exception as error:  # a crashed page must not hide the real failure
            print(f"Could not save a screenshot of {page.url}: {error}")
        else:
            print(f"Screenshot of {page.url} saved to {path}")


# Rows that data migrations add: the shared exercise library and techniques.
DATA_MIGRATIONS = [
    ("clinic.migrations.0003_shared_exercises", "load_library"),
    ("clinic.migrations.0009_shared_exercise_drawings", "load_library_with_drawings"),
    ("sessions.migrations.0002_shared_techniques", "add_techniques"),
]


@pytest.fixture(autouse=True)
def shared_rows(transactional_db):
    """Browser tests empty the database after each test, which takes the rows the data
    migrations loaded with it; loading them again gives every test the same start."""
    for module, function in DATA_MIGRATIONS:
        getattr(importlib.import_module(module), function)(apps, None)
