import datetime

from django.utils import timezone
from playwright.sync_api import expect

from sessions.models import Instrument, Response
from tests import factories
from tests.browser.helpers import assert_accessible, force_sign_in, sign_in


def test_the_client_answers_on_a_phone_and_the_practitioner_sees_the_chart(
    phone_page, make_page, live_server, portal_client, practitioner, clinic_admin
):
    clinic = portal_client.clinic
    Instrument.objects.install_builtins(clinic)
    series = factories.SeriesFactory(
        clinic=clinic,
        measure_schedule=[
            {"measure": "nprs", "sessions": [1, 5]},
            {"measure": "psfs", "sessions": [1, 5]},
        ],
    )
    plan = factories.PlanFactory(client=portal_client, series=series, lead=practitioner)
    sessions = factories.completed_sessions(plan, [(7, 5), (6, 5), (6, 4), (5, 4)])
    for key, answers in [
        ("nprs", {"worst": 8, "least": 5, "usual": 7}),
        (
            "psfs",
            {"activities": [{"name": n, "rating": 3} for n in ("Lifting", "Walking", "Sitting")]},
        ),
    ]:
        Response(
            client=portal_client,
            plan=plan,
            session=sessions[0],
            instrument=Instrument.objects.get(clinic=clinic, key=key),
        ).save_answers(answers, practitioner.user, submit=True)
    fifth = factories.TreatmentSessionFactory(
        plan=plan, number=5, scheduled_at=timezone.now() + datetime.timedelta(days=1)
    )

    page = phone_page
    sign_in(page, live_server, portal_client.user.email)
    card = page.get_by_role("region", name="Before your next session")
    expect(card).to_be_visible()
    assert_accessible(page)

    card.get_by_role("link", name="Pain rating (0–10)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Pain rating (0–10)")
    page.get_by_label("Your worst pain over the last week").fill("5")
    page.get_by_label("Your usual pain over the last week").fill("3")
    page.get_by_role("button", name="Submit the answers").click()
    # One number missing: said plainly, and what was typed is still there.
    expect(page.get_by_text("Give all three pain numbers")).to_be_visible()
    expect(page.get_by_label("Your worst pain over the last week")).to_have_value("5")
    assert_accessible(page)
    page.get_by_label("Your least pain over the last week").fill("2")
    page.get_by_role("button", name="Submit the answers").click()
    expect(page.get_by_text("Your answers to “Pain rating (0–10)” are in.")).to_be_visible()

    page.get_by_role("link", name="Functional scale (your own activities)").click()
    # The same activities as last time come back to be rated.
    expect(page.get_by_label("Activity 1", exact=True)).to_have_value("Lifting")
    for n, rating in enumerate(["6", "7", "6"], start=1):
        page.get_by_label(f"How well you can do it now (0–10), activity {n}").fill(rating)
    assert_accessible(page)
    page.get_by_role("button", name="Submit the answers").click()
    expect(page.get_by_role("region", name="Before your next session")).to_have_count(0)
    assert Response.objects.filter(session=fifth, status="submitted").count() == 2

    page.get_by_role("link", name="My progress").click()
    expect(
        page.get_by_text("Your daily-activity score is 3.3 points better than at session 1.")
    ).to_be_visible()
    assert_accessible(page)

    desk = make_page(viewport={"width": 1280, "height": 900})
    force_sign_in(desk, live_server, practitioner.user)
    desk.goto(f"{live_server.url}/plans/{plan.pk}/progress/")
    pain = desk.get_by_role("region", name="Pain rating (0–10)")
    expect(pain.get_by_text("Session 5: 3.3 · Meaningful improvement", exact=True)).to_be_visible()
    expect(pain.locator("svg rect.mcid-band")).to_have_count(1)
    function = desk.get_by_role("region", name="Functional scale (your own activities)")
    expect(
        function.get_by_text("Session 5: 6.3 · Meaningful improvement", exact=True)
    ).to_be_visible()
    assert_accessible(desk)

    admin = make_page(viewport={"width": 1280, "height": 900})
    force_sign_in(admin, live_server, clinic_admin.user)
    for path in [
        "/series/measures/",
        "/series/measures/new/",
        "/series/measures/upload/",
        "/outcomes/",
    ]:
        admin.goto(f"{live_server.url}{path}")
        assert_accessible(admin)
    admin.goto(f"{live_server.url}/sessions/{fifth.pk}/measures/")
    expect(admin.get_by_text("submitted, score 3.3")).to_be_visible()
    assert_accessible(admin)
