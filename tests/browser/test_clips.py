"""A practitioner adds a clip on the desktop; the client watches it on a phone."""

import shutil

import pytest
from playwright.sync_api import expect

from clinic.models import AuditEvent
from sessions.demo.clips import film
from sessions.models import Clip, ConsentChoice
from tests.browser.helpers import assert_accessible, force_sign_in
from tests.factories import ExerciseFactory, ProgramFactory

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is needed")


def test_the_client_watches_the_clip_their_practitioner_filmed_on_a_phone(
    page, phone_page, live_server, portal_client, practitioner, tmp_path
):
    exercise = ExerciseFactory(clinic=portal_client.clinic, name="Bridge with a ball")
    program = ProgramFactory(client=portal_client, created_by=practitioner, exercises=[exercise])
    item = program.items.get()
    ConsentChoice.objects.create(
        client=portal_client, kind=ConsentChoice.Kind.PHOTOS, granted=True, by=portal_client.user
    )
    video = film(tmp_path / "bridge.mp4", seconds=3, size="160x120", rate=10)

    force_sign_in(page, live_server, practitioner.user)
    page.goto(f"{live_server.url}/clients/{portal_client.pk}/clips/")
    page.get_by_role("link", name="Film or add a clip of Bridge with a ball").click()
    page.get_by_label("Video").set_input_files(str(video))
    page.get_by_label("Note for the client").fill("Slow on the way down")
    page.get_by_role("button", name="Save the clip").click()
    expect(page.get_by_text("The clip is saved.")).to_be_visible()
    assert_accessible(page)
    clip = Clip.objects.get()

    phone = phone_page
    force_sign_in(phone, live_server, portal_client.user)
    phone.goto(f"{live_server.url}/portal/")
    player = phone.locator(f"#item-{item.pk}").get_by_label("Your clip: Bridge with a ball")
    player.scroll_into_view_if_needed()
    expect(player).to_be_visible()
    expect(phone.get_by_text("Slow on the way down")).to_be_visible()
    box = player.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # The player read the clip's length through the range-aware view, so it can seek.
    phone.wait_for_function(
        "el => el.readyState >= 1 && el.duration > 2", arg=player.element_handle()
    )
    player.evaluate("el => { el.currentTime = 2; }")
    phone.wait_for_function("el => !el.seeking && el.currentTime >= 2", arg=player.element_handle())
    assert_accessible(phone)
    assert AuditEvent.objects.filter(
        action="view", record_type="clip", record_id=str(clip.pk), actor=portal_client.user
    ).exists()
