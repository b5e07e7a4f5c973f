import re

from playwright.sync_api import expect

from clinic.library.models import Exercise
from tests.browser.helpers import assert_accessible, sign_in
from tests.factories import ProgramFactory

SLUGS = [
    "prone-psoas-ball-release",
    "ais-psoas-side-lying",
    "ais-hamstring-straight-leg-strap",
    "kneeling-hip-flexor-hold",
    "navel-to-spine-breathing",
    "dead-bug-heel-taps",
    "bird-dog",
    "bridge",
    "cat-cow",
    "ais-low-back-seated-curl",
    "side-lying-leg-lift",
    "desk-sitting-reset",
]


def test_a_client_on_a_phone_sees_each_exercise_drawn(phone_page, live_server, portal_client):
    exercises = [Exercise.objects.get(clinic=None, slug=slug) for slug in SLUGS]
    program = ProgramFactory(client=portal_client, exercises=exercises)
    page = phone_page
    sign_in(page, live_server, portal_client.user.email)

    for item in program.items.select_related("exercise"):
        card = page.locator(f"#item-{item.pk}")
        drawing = card.get_by_role("img", name=portal_client.clinic.worded(item.exercise.name))
        drawing.scroll_into_view_if_needed()
        expect(drawing).to_be_visible()
        box = drawing.bounding_box()
        # Readable on a 390-pixel phone: wide, and inside the screen.
        assert box["width"] > 250 and box["x"] >= 0 and box["x"] + box["width"] <= 390
        # Its name is the exercise's name and what the picture shows.
        said = page.locator(f"#drawing-{item.pk}-d").text_content()
        assert said.startswith("Start: ")
        expect(drawing).to_have_accessible_name(re.compile(re.escape(said)))
    assert_accessible(page)

    # The hold timer still counts on a drawn exercise.
    held = program.items.get(exercise__slug="bird-dog")
    card = page.locator(f"#item-{held.pk}")
    card.get_by_role("button", name="Start a 3-second hold").click()
    expect(card.locator(".hold-status")).to_have_text("Hold 1 of 8.")
