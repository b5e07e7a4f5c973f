"""The client's program as an installed app: it opens, runs the timer and takes ticks with
no connection, sends them once when the connection returns, and leaves nothing behind."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as DjangoClient
from playwright.sync_api import expect

from bench.run import first_load_bytes, get
from sessions.models import AdherenceEntry
from tests.browser.helpers import assert_accessible, sign_in
from tests.factories import ExerciseFactory, PortalClientFactory, ProgramFactory

# A 1×1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)
KEPT = "Kept on this phone. It is sent as soon as you are back online."

# True once the service worker is in charge of the page and the client's cache holds it.
PAGE_IS_KEPT = """async () => {
  if (!navigator.serviceWorker.controller) return false;
  const name = (await caches.keys()).find((n) => n.startsWith("bodywork-client-"));
  return !!name && !!(await (await caches.open(name)).match("/portal/"));
}"""
PICTURE_IS_KEPT = """async () => {
  const name = (await caches.keys()).find((n) => n.startsWith("bodywork-client-"));
  const cache = name && (await caches.open(name));
  return !!cache && (await cache.keys()).some((request) => request.url.includes("/image/"));
}"""
WHAT_IS_KEPT = """async () => ({
  caches: await caches.keys(),
  databases: (await indexedDB.databases()).map((database) => database.name),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
})"""
QUEUE = """() => new Promise((resolve) => {
  const open = indexedDB.open("bodywork-offline");
  open.onsuccess = () => {
    const request = open.result.transaction("queue").objectStore("queue").getAll();
    request.onsuccess = () => { open.result.close(); resolve(request.result); };
  };
})"""
PUT_BACK = """(entries) => new Promise((resolve) => {
  const open = indexedDB.open("bodywork-offline");
  open.onsuccess = () => {
    const transaction = open.result.transaction("queue", "readwrite");
    entries.forEach((entry) => transaction.objectStore("queue").put(entry));
    transaction.oncomplete = () => { open.result.close(); resolve(); };
  };
})"""


@pytest.fixture
def program(portal_client):
    clinic = portal_client.clinic
    return ProgramFactory(
        client=portal_client,
        exercises=[
            ExerciseFactory(clinic=clinic, name="Slow dead bug", hold_seconds=3, repetitions=2),
            ExerciseFactory(clinic=clinic, name="Side-lying clam", hold_seconds=None),
            ExerciseFactory(clinic=clinic, name="Doorway chest opener", hold_seconds=None),
        ],
    )


def wait_until(page, script, arg=None):
    """Polls an async check in the page until it answers true (wait_for_function does not
    wait for a promise)."""
    for _ in range(100):
        if page.evaluate(script, arg):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"Still not true after 10 s: {script}")


def open_and_keep(page, live_server, email):
    sign_in(page, live_server, email)
    expect(page).to_have_url(f"{live_server.url}/portal/")
    wait_until(page, PAGE_IS_KEPT)


def test_the_program_works_offline_and_its_ticks_arrive_once(
    phone_page, live_server, portal_client, program
):
    page = phone_page
    bug, clam = (
        program.items.get(exercise__name=name) for name in ("Slow dead bug", "Side-lying clam")
    )
    bug_card, clam_card = page.locator(f"#item-{bug.pk}"), page.locator(f"#item-{clam.pk}")
    open_and_keep(page, live_server, portal_client.user.email)
    expect(page.get_by_text("Last updated")).to_be_visible()

    # No connection: the page comes back from the device, and the hold timer still runs.
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {portal_client.first_name}")
    expect(page.get_by_text("You are offline. Your program is all here")).to_be_visible()
    expect(page.get_by_text("Last updated")).to_be_visible()
    bug_card.get_by_role("button", name="Start a 3-second hold").click()
    expect(bug_card.locator(".hold-status")).to_have_text("Hold 1 of 2.")
    bug_card.get_by_role("button", name="Stop the hold").click()

    # Two ticks, one with a pain score; an Undo of a kept tick takes it back.
    bug_card.get_by_text("Add pain or a note (optional)").click()
    bug_card.get_by_label("Pain right now (0–10)").fill("4")
    bug_card.get_by_label("A note for your practitioner").fill("Easier on the left")
    bug_card.get_by_role("button", name="Done today: Slow dead bug").click()
    expect(bug_card.get_by_text("Done today · pain 4 of 10")).to_be_visible()
    expect(bug_card.get_by_text(KEPT)).to_be_visible()
    clam_card.get_by_role("button", name="Done today: Side-lying clam").click()
    clam_card.get_by_role("button", name="Undo: Side-lying clam").click()
    expect(clam_card.get_by_role("button", name="Done today: Side-lying clam")).to_be_focused()
    clam_card.get_by_role("button", name="Done today: Side-lying clam").click()
    expect(clam_card.get_by_text(KEPT)).to_be_visible()
    assert_accessible(page)

    # The kept ticks survive a reload on the device, and nothing has reached the server.
    page.reload()
    expect(bug_card.get_by_text("Done today · pain 4 of 10")).to_be_visible()
    expect(clam_card.get_by_text(KEPT)).to_be_visible()
    queued = page.evaluate(QUEUE)
    assert len(queued) == 2
    assert not AdherenceEntry.objects.exists()

    # Back online: both are sent, and the cards show what the server holds.
    page.context.set_offline(False)
    expect(page.get_by_text(KEPT)).to_have_count(0)
    expect(bug_card.get_by_role("button", name="Undo: Slow dead bug")).to_be_visible()
    assert page.evaluate(QUEUE) == []

    # As if both answers had been lost on the way: the device sends the same ticks again.
    page.evaluate(PUT_BACK, queued)
    page.reload()
    wait_until(page, f"() => ({QUEUE})().then((rows) => rows.length === 0)")
    entries = AdherenceEntry.objects.order_by("item__position")
    assert [(e.item_id, e.pain, e.comment) for e in entries] == [
        (bug.pk, 4, "Easier on the left"),
        (clam.pk, None, ""),
    ]
    assert {str(e.sync_key) for e in entries} == {entry["key"] for entry in queued}


def test_signing_out_empties_the_device_and_the_next_client_sees_only_their_own(
    page, live_server, portal_client, program, clinic
):
    other = PortalClientFactory(clinic=clinic, first_name="Noor", last_name="Haddad")
    ProgramFactory(client=other, exercises=[ExerciseFactory(clinic=clinic, name="Heel raise")])
    open_and_keep(page, live_server, portal_client.user.email)
    page.context.set_offline(True)
    page.locator(f"#item-{program.items.first().pk}").get_by_role(
        "button", name="Done today: Slow dead bug"
    ).click()
    expect(page.get_by_text(KEPT)).to_be_visible()
    page.context.set_offline(False)
    expect(page.get_by_text(KEPT)).to_have_count(0)

    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    assert page.evaluate(WHAT_IS_KEPT) == {"caches": [], "databases": [], "workers": 0}
    assert AdherenceEntry.objects.count() == 1  # sent before signing out

    open_and_keep(page, live_server, other.user.email)
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Noor")
    expect(page.get_by_role("heading", name="Heel raise")).to_be_visible()
    expect(page.get_by_text(portal_client.first_name)).to_have_count(0)
    expect(page.get_by_text("Slow dead bug")).to_have_count(0)
    kept = page.evaluate(WHAT_IS_KEPT)
    assert len([name for name in kept["caches"] if name.startswith("bodywork-client-")]) == 1
    assert page.evaluate(QUEUE) == []


def test_a_new_program_replaces_the_kept_one_and_says_so(
    page, live_server, portal_client, program, practitioner
):
    from sessions.models import HomeProgram

    open_and_keep(page, live_server, portal_client.user.email)
    draft = HomeProgram.draft_for(portal_client, practitioner)
    draft.items.filter(exercise__name="Side-lying clam").delete()
    draft.publish()

    page.reload()
    expect(page.get_by_text("Your program was updated on")).to_be_visible()
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", name="Slow dead bug")).to_be_visible()
    expect(page.get_by_role("heading", name="Side-lying clam")).to_have_count(0)


def test_a_tick_kept_for_an_exercise_since_removed_is_explained(
    page, live_server, portal_client, program, practitioner
):
    from sessions.models import HomeProgram

    clam = program.items.get(exercise__name="Side-lying clam")
    open_and_keep(page, live_server, portal_client.user.email)
    page.context.set_offline(True)
    page.locator(f"#item-{clam.pk}").get_by_role(
        "button", name="Done today: Side-lying clam"
    ).click()
    expect(page.get_by_text(KEPT)).to_be_visible()
    draft = HomeProgram.draft_for(portal_client, practitioner)
    draft.items.filter(exercise__name="Side-lying clam").delete()
    draft.publish()

    page.context.set_offline(False)
    expect(
        page.get_by_text(
            "“Side-lying clam” is no longer in your program, so that tick was not kept."
        )
    ).to_be_visible()
    assert not AdherenceEntry.objects.exists()
    assert page.evaluate(QUEUE) == []


def test_chromium_finds_the_app_installable(phone_page, live_server, portal_client, program):
    page = phone_page
    open_and_keep(page, live_server, portal_client.user.email)
    cdp = page.context.new_cdp_session(page)

    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []
    assert manifest["url"] == f"{live_server.url}/portal/manifest.webmanifest"
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # Playwright's browser contexts are private windows, where nothing installs.
    assert [error["errorId"] for error in errors if error["errorId"] != "in-incognito"] == []


def test_the_portal_home_first_load_stays_under_60_kb(live_server, portal_client, program):
    django_client = DjangoClient()
    django_client.force_login(portal_client.user)
    cookies = {
        settings.SESSION_COOKIE_NAME: django_client.cookies[settings.SESSION_COOKIE_NAME].value
    }

    status, body, headers = get(live_server.url, "/portal/", cookies)
    total, external = first_load_bytes(live_server.url, "/portal/", body, headers, cookies)

    assert status == 200 and b"offline-status" in body
    assert external == []
    assert total < 60 * 1024, f"{total} bytes"


def test_the_exercise_pictures_show_offline(phone_page, live_server, portal_client):
    page = phone_page
    exercise = ExerciseFactory(
        clinic=portal_client.clinic,
        name="Band pull-apart",
        image=SimpleUploadedFile("band.png", PNG, content_type="image/png"),
    )
    ProgramFactory(client=portal_client, exercises=[exercise])
    open_and_keep(page, live_server, portal_client.user.email)
    wait_until(page, PICTURE_IS_KEPT)

    page.context.set_offline(True)
    page.reload()
    picture = page.get_by_role("img", name="Picture of Band pull-apart")
    picture.scroll_into_view_if_needed()
    expect(picture).to_be_visible()
    wait_until(page, "() => document.querySelector('img.exercise-image').naturalWidth > 0")
