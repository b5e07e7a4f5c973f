import datetime
import zoneinfo

import pytest
from playwright.sync_api import expect

from sessions.models import TreatmentSession
from tests.booking_helpers import settings_of, work_every_day
from tests.browser.helpers import assert_accessible, force_sign_in, sign_in
from tests.factories import PlanFactory


@pytest.fixture
def plan(clinic, practitioner, portal_client):
    work_every_day(practitioner)
    settings_of(clinic, earliest_hours=2)
    return PlanFactory(client=portal_client, lead=practitioner, series__clinic=clinic)


def test_a_client_books_on_a_phone_and_the_practitioner_finds_it_in_the_week_view(
    phone_page, make_page, live_server, portal_client, practitioner, plan
):
    page = phone_page
    sign_in(page, live_server, portal_client.user.email)
    page.get_by_role("link", name="Sessions").click()
    expect(page.get_by_role("heading", name="Book session 1 of 10")).to_be_visible()
    assert_accessible(page)

    # A later week, by htmx, then the first time of its first day.
    page.get_by_role("link", name="Later days").click()
    # Only a later page links back; until then the first page's slots are still there.
    expect(page.get_by_role("link", name="Earlier days")).to_be_visible()
    first_day = page.locator(".slot-day").first
    slot = first_day.locator("button.slot").first
    time = slot.inner_text().split()[0]
    slot.click()
    expect(page.get_by_text("Booked: session 1")).to_be_visible()
    session = TreatmentSession.objects.get(plan=plan)
    assert session.practitioner == practitioner
    local = session.scheduled_at.astimezone(zoneinfo.ZoneInfo(practitioner.clinic.time_zone))
    assert f"{local:%H:%M}" == time
    expect(page.get_by_role("heading", name="Book session 2 of 10")).to_be_visible()
    assert_accessible(page)

    desk = make_page()
    force_sign_in(desk, live_server, practitioner.user)
    # The week before, then on to the booking's week by htmx.
    day = local.date() - datetime.timedelta(days=7)
    desk.goto(f"{live_server.url}/calendar/?week={day:%Y-%m-%d}")
    desk.get_by_role("link", name="Next week").click()
    expect(desk.get_by_text(f"{time} {portal_client.full_name}")).to_be_visible()
    assert_accessible(desk)
    desk.get_by_role("link", name="Working hours").click()
    assert_accessible(desk)
    desk.goto(f"{live_server.url}/calendar/day/?date={local:%Y-%m-%d}")
    expect(desk.get_by_text(portal_client.full_name)).to_be_visible()
    assert_accessible(desk)


def test_the_public_page_the_reminder_link_and_the_feeds_are_accessible(
    page, make_page, live_server, clinic, practitioner, plan
):
    from django.utils import timezone

    from sessions.booking_mail import link_token
    from tests.factories import TreatmentSessionFactory

    settings_of(clinic, public_booking=True, first_visit_series=plan.series)
    page.goto(f"{live_server.url}/book/{clinic.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Book a first visit at {clinic.name}"
    )
    assert_accessible(page)
    session = TreatmentSessionFactory(
        plan=plan, scheduled_at=timezone.now() + datetime.timedelta(days=3)
    )
    page.goto(f"{live_server.url}/book/link/{link_token(session)}/")
    page.get_by_role("button", name="I will be there").click()
    expect(page.get_by_text("you are confirmed")).to_be_visible()
    assert_accessible(page)

    desk = make_page()
    force_sign_in(desk, live_server, practitioner.user)
    desk.goto(f"{live_server.url}/calendar/feeds/")
    desk.get_by_role("button", name="Make a feed address").click()
    expect(desk.get_by_label("Feed address")).to_have_value(
        f"{live_server.url}/book/calendar/"
        + desk.get_by_label("Feed address").input_value().split("/book/calendar/")[1]
    )
    assert_accessible(desk)
