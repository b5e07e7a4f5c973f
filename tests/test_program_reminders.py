"""Home-program reminders: off until the client turns them on in the portal; on the days
and at the time they chose, in their time zone; one email per due moment, text and HTML,
with nothing clinical in it and a one-click way to stop them (RFC 8058)."""

import datetime
import re
import zoneinfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from sessions.models import ProgramReminder, ProgramReminderSend
from sessions.program_reminders import enqueue_program_reminders, stop_token
from tests import factories

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def program(portal_client):
    found = factories.ProgramFactory(client=portal_client)
    factories.ProgramItemFactory(program=found, exercise__name="Psoas release on a ball")
    return found


def reminder_for(client, at, zone=PARIS, weekdays="0123456", enabled=True):
    return ProgramReminder.objects.create(
        client=client, enabled=enabled, weekdays=weekdays, at=at, time_zone=zone.key
    )


def moment(day, hour, minute=0, zone=PARIS):
    return datetime.datetime.combine(day, datetime.time(hour, minute), zone)


def test_reminders_are_off_until_the_client_turns_them_on(client, portal_client, clinic):
    client.force_login(portal_client.user)
    page = client.get(reverse("portal:reminders"))
    form = page.context["form"]
    assert form["enabled"].value() is False
    assert form["time_zone"].value() == clinic.time_zone
    assert not ProgramReminder.objects.exists()  # opening the page stores nothing

    answer = client.post(
        reverse("portal:reminders"),
        {"enabled": "on", "days": ["0", "3"], "at": "07:30", "time_zone": "Europe/Paris"},
        follow=True,
    )
    assert "Your reminders are on" in answer.text
    chosen = ProgramReminder.objects.get(client=portal_client)
    assert (chosen.enabled, chosen.days, chosen.at, chosen.time_zone) == (
        True,
        [0, 3],
        datetime.time(7, 30),
        "Europe/Paris",
    )
    again = client.get(reverse("portal:reminders"))
    assert 'value="0" id="id_days_0" checked' in again.text
    assert 'value="07:30"' in again.text


def test_turning_them_on_without_a_day_says_so_and_keeps_what_was_typed(client, portal_client):
    client.force_login(portal_client.user)
    answer = client.post(
        reverse("portal:reminders"),
        {"enabled": "on", "at": "06:45", "time_zone": "Europe/Paris"},
    )
    assert answer.status_code == 200
    assert "Choose at least one day" in answer.text
    assert 'value="06:45"' in answer.text
    assert not ProgramReminder.objects.exists()
    junk = client.post(
        reverse("portal:reminders"),
        {"enabled": "on", "days": ["9"], "at": "25:00", "time_zone": "Mars/Olympus"},
    )
    assert junk.status_code == 200 and not ProgramReminder.objects.exists()


def test_a_reminder_goes_out_once_at_its_time_in_the_clients_zone(portal_client, program):
    monday = datetime.date(2027, 3, 1)
    reminder_for(portal_client, datetime.time(18, 0), weekdays="0")
    assert enqueue_program_reminders(moment(monday, 17, 59)) == 0
    # 18:00 in Paris is 11:00 in Chicago, the clinic's zone.
    assert enqueue_program_reminders(moment(monday, 18, 5)) == 1
    assert enqueue_program_reminders(moment(monday, 18, 10)) == 0
    assert len(mail.outbox) == 1
    send = ProgramReminderSend.objects.get()
    assert send.due_at == moment(monday, 18) and send.sent_at is not None
    # Tuesday is not a chosen day; next Monday is.
    assert enqueue_program_reminders(moment(monday + datetime.timedelta(days=1), 18, 5)) == 0
    assert enqueue_program_reminders(moment(monday + datetime.timedelta(days=7), 18, 5)) == 1
    assert len(mail.outbox) == 2


def test_the_mail_has_both_parts_the_clinic_a_link_and_nothing_clinical(
    client, portal_client, program, clinic
):
    portal_client.main_complaint = "Low back pain after sitting"
    portal_client.save()
    now = timezone.now()
    reminder = reminder_for(
        portal_client, (now - datetime.timedelta(minutes=3)).astimezone(PARIS).time()
    )
    reminder.at = reminder.at.replace(second=0, microsecond=0)
    reminder.save()
    assert enqueue_program_reminders(now) == 1
    sent = mail.outbox[0]
    html = sent.alternatives[0].content
    assert clinic.name in sent.subject and clinic.name in sent.body and clinic.name in html
    assert sent.to == [portal_client.email]
    for text in (sent.body, html):
        assert reverse("portal:home") in text
        assert "Psoas" not in text and "back pain" not in text
    stop_url = re.search(r"<(http\S+)>", sent.extra_headers["List-Unsubscribe"]).group(1)
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert stop_url in sent.body and stop_url in html

    # The mail program's one-click POST: signed out, no CSRF token, plain form body.
    client.logout()
    path = stop_url.removeprefix("http://127.0.0.1:8000")
    answer = client.post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert answer.status_code == 200
    reminder.refresh_from_db()
    assert reminder.enabled is False
    assert "will not send you any more" in answer.text


def test_the_stop_link_asks_first_when_opened_and_refuses_a_forged_token(client, portal_client):
    reminder = reminder_for(portal_client, datetime.time(8))
    page = client.get(reverse("portal:reminders_stop", args=[stop_token(reminder)]))
    assert "Stop the reminders" in page.text
    reminder.refresh_from_db()
    assert reminder.enabled  # a link scanner that opens it changes nothing
    forged = client.post(reverse("portal:reminders_stop", args=[f"{reminder.pk}:forged"]))
    assert forged.status_code == 404 and "This link does not work" in forged.text
    reminder.refresh_from_db()
    assert reminder.enabled


def test_nothing_goes_out_when_off_changed_late_or_without_a_program(portal_client, program):
    monday = datetime.date(2027, 3, 1)
    other = factories.PortalClientFactory(clinic=portal_client.clinic)  # no program
    reminder_for(other, datetime.time(9), weekdays="0")
    reminder_for(
        factories.PortalClientFactory(clinic=portal_client.clinic),
        datetime.time(9),
        weekdays="0",
        enabled=False,
    )
    mine = reminder_for(portal_client, datetime.time(9), weekdays="0")
    # The server was down: three hours late is too late for today's reminder.
    assert enqueue_program_reminders(moment(monday, 12, 0)) == 0
    # Queued, then the client moves the time before the worker gets to it: skipped.
    ProgramReminderSend.objects.create(
        reminder=mine, due_at=moment(monday + datetime.timedelta(7), 9)
    )
    mine.at = datetime.time(10)
    mine.save()
    enqueue_program_reminders(moment(monday + datetime.timedelta(7), 9, 5))
    assert mail.outbox == []
    assert set(ProgramReminderSend.objects.values_list("skipped", flat=True)) == {True}


def test_a_reminder_follows_the_clients_zone_across_a_clock_change(portal_client, program):
    # Paris moves its clocks forward on 28 March 2027: 08:00 is 07:00 UTC before, 06:00 after.
    reminder_for(portal_client, datetime.time(8), weekdays="56")  # Saturday and Sunday
    saturday, sunday = datetime.date(2027, 3, 27), datetime.date(2027, 3, 28)
    assert enqueue_program_reminders(moment(saturday, 8, 1)) == 1
    assert enqueue_program_reminders(moment(sunday, 8, 1)) == 1
    due = list(ProgramReminderSend.objects.values_list("due_at", flat=True))
    assert [d.astimezone(datetime.UTC).hour for d in due] == [7, 6]


def test_the_mail_is_in_the_clients_language(portal_client, program, clinic):
    portal_client.user.language = "fr-ca"
    portal_client.user.save()
    monday = datetime.date(2027, 3, 1)
    reminder_for(portal_client, datetime.time(18), weekdays="0")
    enqueue_program_reminders(moment(monday, 18, 1))
    assert '<html lang="fr-ca">' in mail.outbox[0].alternatives[0].content


def test_a_reminder_set_in_the_hour_the_clocks_skip_goes_out_an_hour_later(portal_client, program):
    reminder_for(portal_client, datetime.time(2, 30), weekdays="6")  # Sundays at 02:30
    sunday = datetime.date(2027, 3, 28)  # Paris skips from 02:00 to 03:00
    assert enqueue_program_reminders(moment(sunday, 3, 35)) == 1
    assert len(mail.outbox) == 1
