"""A practitioner builds a home program from the library, then revises it."""

import pytest
from playwright.sync_api import expect

from sessions.models import HomeProgram
from tests.browser.helpers import assert_accessible, force_sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def add(page, name):
    page.get_by_role("button", name=f"Add {name}", exact=True).click()
    expect(page.locator("#program-items")).to_contain_text(name)


def test_practitioner_builds_and_revises_a_program(page, live_server, practitioner, client_record):
    force_sign_in(page, live_server, practitioner.user)
    page.goto(f"{live_server.url}/clients/{client_record.pk}/program/")
    page.get_by_role("button", name="Build a program").click()
    assert_accessible(page)

    page.get_by_label("Search by name or muscle").fill("psoas self-release")
    expect(page.locator("#library-results")).to_contain_text("Psoas self-release")
    add(page, "Psoas self-release with a soft ball")
    page.get_by_label("Search by name or muscle").fill("dead bug")
    add(page, "Dead bug, arms only")
    page.get_by_role("button", name="Move up Dead bug, arms only").click()
    expect(page.locator(".builder-item").first).to_contain_text("Dead bug")

    first = page.locator(".builder-item").first
    first.locator("summary", has_text="Dose").click()
    first.get_by_label("Sets").fill("-2")
    first.get_by_role("button", name="Save dose", exact=False).click()
    expect(page.locator(".builder-item").first).to_contain_text(
        "Enter a whole number from 1 to 20."
    )
    assert_accessible(page)
    first = page.locator(".builder-item").first
    first.get_by_label("Sets").fill("3")
    first.get_by_role("button", name="Save dose", exact=False).click()
    expect(page.locator(".builder-item").first).to_contain_text("3 ×")

    page.get_by_label("Note for the client").fill("Mornings are best. Go gently.")
    page.get_by_role("button", name="Give version 1").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Home program")
    expect(page.locator(".program-items li")).to_have_count(2)
    assert_accessible(page)

    page.get_by_role("button", name="Revise the program").click()
    page.get_by_role("button", name="Remove Dead bug, arms only").click()
    expect(page.locator(".builder-item")).to_have_count(1)
    page.get_by_role("button", name="Give version 2").click()
    expect(page.get_by_text("All versions")).to_be_visible()

    versions = HomeProgram.objects.filter(client=client_record).order_by("version")
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].replaced_at is not None and versions[1].is_current
    assert [i.exercise.name for i in versions[0].items.all()][0].startswith("Dead bug")
    assert versions[0].items.get(exercise__name__startswith="Dead bug").sets == 3
    assert versions[1].items.count() == 1
    page.get_by_role("link", name="Version 1").click()
    expect(page.locator(".program-items li")).to_have_count(2)
