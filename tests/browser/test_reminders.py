from playwright.sync_api import expect

from sessions.models import ProgramReminder, SeriesLength
from sessions.program_reminders import stop_token
from tests.browser.helpers import assert_accessible, force_sign_in, sign_in
from tests.factories import SeriesFactory


def test_a_client_turns_on_exercise_reminders_on_a_phone_and_stops_them_from_the_mail(
    phone_page, make_page, live_server, portal_client
):
    page = phone_page
    sign_in(page, live_server, portal_client.user.email)
    page.get_by_role("link", name="Reminders").click()
    expect(page.get_by_label("Email me a reminder to do my exercises")).not_to_be_checked()
    assert_accessible(page)
    page.get_by_label("Email me a reminder to do my exercises").check()
    page.get_by_role("button", name="Save my reminders").click()
    expect(page.get_by_text("Choose at least one day")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Tuesday").check()
    page.get_by_label("Thursday").check()
    page.get_by_label("At this time").fill("07:15")
    page.get_by_role("button", name="Save my reminders").click()
    expect(page.get_by_text("Your reminders are on")).to_be_visible()
    chosen = ProgramReminder.objects.get(client=portal_client)
    assert chosen.enabled and chosen.days == [1, 3] and f"{chosen.at:%H:%M}" == "07:15"

    mail_reader = make_page()
    mail_reader.goto(f"{live_server.url}/portal/reminders/stop/{stop_token(chosen)}/")
    assert_accessible(mail_reader)
    mail_reader.get_by_role("button", name="Stop the reminders").click()
    expect(mail_reader.get_by_text("will not send you any more exercise reminders")).to_be_visible()
    assert_accessible(mail_reader)
    chosen.refresh_from_db()
    assert not chosen.enabled


def test_an_admin_sets_a_series_length(page, live_server, clinic, clinic_admin):
    series = SeriesFactory(clinic=clinic, name="SI 10-series")
    force_sign_in(page, live_server, clinic_admin.user)
    page.goto(f"{live_server.url}/clinic-booking/")
    page.get_by_role("link", name="Session lengths for each series").click()
    assert_accessible(page)
    page.get_by_label("SI 10-series").fill("75")
    page.get_by_role("button", name="Save the lengths").click()
    expect(page.get_by_text("The session lengths are saved.")).to_be_visible()
    assert_accessible(page)
    assert SeriesLength.objects.get(series=series).minutes == 75
