"""Booking: the client's portal, the practitioner's calendar, the mail, the reminder links,
the calendar feed and no double booking."""

import datetime
import re
import threading
import zoneinfo

import icalendar
import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from sessions import booking
from sessions.booking_mail import enqueue_due_reminders, link_token
from sessions.models import CalendarFeed, ConsentChoice, Reminder, TreatmentSession
from sessions.slots import parse_key
from tests import factories
from tests.booking_helpers import settings_of, smt_practitioner, work_every_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(clinic, practitioner, portal_client):
    work_every_day(practitioner)
    settings_of(clinic, phone="(555) 010-2000", earliest_hours=2)
    # Session reminders go to clients who asked for them.
    ConsentChoice.objects.create(client=portal_client, kind="reminders", granted=True)
    return factories.PlanFactory(client=portal_client, lead=practitioner, series__clinic=clinic)


@pytest.fixture
def portal(client, portal_client):
    client.force_login(portal_client.user)
    return client


def first_slot(response):
    keys = [key for key in response.context["offer"].days for key in key[1]]
    return keys[0]


def test_a_client_books_the_next_session_of_their_plan(
    portal, plan, practitioner, django_capture_on_commit_callbacks
):
    page = portal.get(reverse("portal:sessions"))
    assert "Book session 1 of 10" in page.text
    slot = first_slot(page)
    with django_capture_on_commit_callbacks(execute=True):
        done = portal.post(reverse("portal:book"), {"slot": slot.key}, follow=True)
    session = TreatmentSession.objects.get(plan=plan)
    assert (session.number, session.practitioner, session.scheduled_at) == (
        1,
        practitioner,
        slot.starts,
    )
    assert session.duration_minutes == 90  # the first visit's length
    assert "Booked: session 1" in done.text
    assert "Book session 2 of 10" in done.text
    sent = mail.outbox[-1]
    assert sent.subject == f"Your session at {plan.client.clinic.name} is booked"
    assert practitioner.user.full_name in sent.body
    assert plan.client.main_complaint not in sent.body
    assert sent.alternatives[0].mimetype == "text/html"
    name, data, kind = sent.attachments[0]
    assert (name, kind) == ("session.ics", "text/calendar")
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert event.start == slot.starts


def test_a_slot_cannot_be_booked_twice(portal, plan, practitioner, clinic):
    slot = first_slot(portal.get(reverse("portal:sessions")))
    other = factories.PlanFactory(client__clinic=clinic, lead=practitioner, series=plan.series)
    booking.book(other, practitioner, slot.starts, 60)
    answer = portal.post(reverse("portal:book"), {"slot": slot.key}, follow=True)
    assert "no longer free" in answer.text
    assert not plan.sessions.exists()


def test_a_forged_slot_outside_working_hours_is_refused(portal, plan, practitioner):
    at = (timezone.now() + datetime.timedelta(days=3)).replace(hour=5, minute=0)
    key = f"{practitioner.pk}@{at.astimezone(datetime.UTC):%Y%m%dT%H%MZ}"
    answer = portal.post(reverse("portal:book"), {"slot": key}, follow=True)
    assert "no longer free" in answer.text
    assert not plan.sessions.exists()


def test_only_practitioners_whose_credential_covers_the_session_are_offered(
    clinic, portal, portal_client
):
    level_1 = smt_practitioner(clinic, 3, "Lee Level-One")
    level_2 = smt_practitioner(clinic, 6, "Sam Level-Two")
    for person in (level_1, level_2):
        work_every_day(person)
    series = factories.SeriesFactory(clinic=clinic, method="smt", session_count=6)
    plan = factories.PlanFactory(client=portal_client, lead=level_1, series=series)
    factories.completed_sessions(plan, [(5, 4), (5, 4), (4, 3)])
    page = portal.get(reverse("portal:sessions"))
    assert "Book session 4 of 6" in page.text
    offer = page.context["offer"]
    assert offer.practitioners == [level_2]
    assert "Lee Level-One" not in page.text
    # A slot of Lee's, forged, is refused too.
    slot = offer.days[1][1][0]
    forged = f"{level_1.pk}@{slot.key.split('@')[1]}"
    portal.post(reverse("portal:book"), {"slot": forged})
    assert not plan.sessions.filter(number=4).exists()
    with pytest.raises(booking.ScopeError):
        booking.book(plan, level_1, slot.starts)


def test_with_anyone_each_free_time_is_offered_once_and_a_named_practitioner_shows_theirs(
    clinic, portal, portal_client
):
    lee = smt_practitioner(clinic, 6, "Lee Early")
    sam = smt_practitioner(clinic, 6, "Sam Late")
    work_every_day(lee, (datetime.time(9), datetime.time(13)))
    work_every_day(sam, (datetime.time(11), datetime.time(15)))
    series = factories.SeriesFactory(clinic=clinic, method="smt", session_count=6)
    plan = factories.PlanFactory(client=portal_client, lead=lee, series=series)
    page = portal.get(reverse("portal:sessions"))
    day = page.context["offer"].days[1][1]  # first visits take 90 minutes
    assert [timezone.localtime(s.starts).strftime("%H:%M") for s in day] == [
        "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30"
    ]  # fmt: skip
    assert {s.practitioner for s in day} == {lee, sam}
    theirs = portal.get(reverse("portal:sessions"), {"practitioner": sam.pk})
    sams = theirs.context["offer"].days[1][1]
    assert [timezone.localtime(s.starts).strftime("%H:%M") for s in sams][0] == "11:00"
    # A time offered with anyone books the practitioner named on it.
    portal.post(reverse("portal:book"), {"slot": day[-1].key})
    assert plan.sessions.get().practitioner == sam


def test_move_and_cancel_before_the_cutoff_and_a_phone_number_after_it(
    portal, plan, practitioner, django_capture_on_commit_callbacks
):
    soon = factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=3)
    )
    later = factories.TreatmentSessionFactory(
        plan=plan, number=2, scheduled_at=timezone.now() + datetime.timedelta(days=4)
    )
    answer = portal.post(reverse("portal:session_cancel", args=[soon.pk]), follow=True)
    assert "Please call us on (555) 010-2000" in answer.text
    soon.refresh_from_db()
    assert soon.status == "planned"

    day = timezone.localdate() + datetime.timedelta(days=5)
    page = portal.get(reverse("portal:session_move", args=[later.pk]), {"from": day})
    slot = first_slot(page)
    with django_capture_on_commit_callbacks(execute=True):
        portal.post(reverse("portal:session_move", args=[later.pk]), {"slot": slot.key})
    later.refresh_from_db()
    assert later.scheduled_at == slot.starts
    assert "new time" in mail.outbox[-1].subject

    with django_capture_on_commit_callbacks(execute=True):
        portal.post(reverse("portal:session_cancel", args=[later.pk]))
    later.refresh_from_db()
    assert later.status == "cancelled"
    assert "cancelled" in mail.outbox[-1].subject
    data = mail.outbox[-1].attachments[0][1]
    assert icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["STATUS"] == "CANCELLED"


def test_another_client_cannot_move_or_cancel_my_session(client, plan, clinic):
    session = factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(days=3)
    )
    other = factories.PortalClientFactory(clinic=clinic)
    client.force_login(other.user)
    assert client.post(reverse("portal:session_cancel", args=[session.pk])).status_code == 404
    assert client.get(reverse("portal:session_move", args=[session.pk])).status_code == 404
    session.refresh_from_db()
    assert session.status == "planned"


def test_reminder_links_confirm_and_cancel_and_honour_the_cutoff(client, plan):
    session = factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=20)
    )
    assert enqueue_due_reminders() == 1  # the ImmediateBackend sends it at once
    reminder = Reminder.objects.get(session=session)
    assert reminder.sent_at is not None
    sent = mail.outbox[-1]
    assert sent.subject.startswith("See you soon")
    link = re.search(r"http://\S+(/book/link/\S+/)", sent.body).group(1)
    assert link.startswith(reverse("booking:link", args=["x"])[: -len("x/")])
    page = client.get(link)
    # 20 hours ahead is past the 24-hour cutoff: confirming only, and the phone number.
    assert "I will be there" in page.text and "Cancel this session" not in page.text
    assert "(555) 010-2000" in page.text
    client.post(link, {"answer": "confirm"})
    reminder.refresh_from_db()
    assert reminder.confirmed_at is not None
    client.post(link, {"answer": "cancel"})
    session.refresh_from_db()
    assert session.status == "planned"
    assert enqueue_due_reminders() == 0  # nothing goes out twice


def test_a_reminder_link_cancels_before_the_cutoff_and_breaks_when_the_session_moves(client, plan):
    settings_of(plan.client.clinic, reminder_hours=72)
    session = factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=48)
    )
    link = reverse("booking:link", args=[link_token(session)])
    client.post(link, {"answer": "cancel"})
    session.refresh_from_db()
    assert session.status == "cancelled"
    moved = factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=50)
    )
    old = reverse("booking:link", args=[link_token(moved)])
    moved.scheduled_at += datetime.timedelta(hours=1)
    moved.save()
    page = client.get(old)
    assert page.status_code == 404 and "no longer works" in page.text
    assert client.get(reverse("booking:link", args=["forged"])).status_code == 404


def test_the_practitioner_finds_the_booking_in_the_week_view_and_the_admin_sees_everyone(
    client, plan, practitioner, clinic, clinic_admin
):
    zone = zoneinfo.ZoneInfo(clinic.time_zone)
    at = timezone.localtime(timezone.now() + datetime.timedelta(days=2), zone).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    booking.book(plan, practitioner, at)
    client.force_login(practitioner.user)
    week = client.get(reverse("care:calendar_week"), {"week": at.date().isoformat()})
    assert f"10:00 {plan.client.full_name}" in week.text
    part = client.get(
        reverse("care:calendar_week"),
        {"week": at.date().isoformat(), "part": "week"},
        headers={"HX-Request": "true"},
    )
    assert "<html" not in part.text and plan.client.full_name in part.text
    other = factories.PractitionerFactory(clinic=clinic)
    assert client.get(reverse("care:calendar_week"), {"practitioner": other.pk}).status_code == 404
    client.force_login(clinic_admin.user)
    theirs = client.get(
        reverse("care:calendar_week"),
        {"week": at.date().isoformat(), "practitioner": practitioner.pk},
    )
    assert plan.client.full_name in theirs.text


def test_a_practitioner_books_a_client_into_a_free_slot(
    client, plan, practitioner, django_capture_on_commit_callbacks
):
    client.force_login(practitioner.user)
    day = timezone.localdate() + datetime.timedelta(days=3)
    page = client.get(reverse("care:calendar_day"), {"date": day.isoformat()})
    slot = page.context["days"][0]["free"][0]
    form = client.get(reverse("care:book_slot"), {"slot": slot.key})
    assert plan.client.full_name in form.text
    missing = client.post(reverse("care:book_slot"), {"slot": slot.key})
    assert "Please choose whose session" in missing.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("care:book_slot"), {"slot": slot.key, "plan": plan.pk})
    session = plan.sessions.get()
    assert session.scheduled_at == slot.starts and session.duration_minutes == 90
    again = client.get(reverse("care:calendar_day"), {"date": day.isoformat()})
    assert slot.key not in {s.key for s in again.context["days"][0]["free"]}


def test_the_calendar_feed_shows_first_names_and_numbers_and_can_be_revoked(
    client, plan, practitioner, clinic_admin
):
    booking.book(plan, practitioner, timezone.now() + datetime.timedelta(days=1), 60)
    client.force_login(practitioner.user)
    client.post(reverse("care:feed_renew"))
    feed = CalendarFeed.objects.live().get(owner=practitioner)
    client.logout()
    answer = client.get(reverse("booking:feed", args=[feed.token]))
    assert answer["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(answer.content)
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [f"{plan.client.first_name}: session 1"]
    assert plan.client.last_name not in answer.text
    assert plan.client.main_complaint not in answer.text
    client.force_login(practitioner.user)
    client.post(reverse("care:feed_renew"), {"revoke": "1"})
    client.logout()
    assert client.get(reverse("booking:feed", args=[feed.token])).status_code == 404

    client.force_login(clinic_admin.user)
    client.post(reverse("care:feed_renew"), {"scope": "clinic"})
    whole = CalendarFeed.objects.live().get(owner=clinic_admin, practitioner=None)
    events = icalendar.Calendar.from_ical(
        client.get(reverse("booking:feed", args=[whole.token])).content
    ).walk("VEVENT")
    assert len(events) == 1


def test_the_calendar_feed_escapes_and_folds_names_and_answers_304_when_unchanged(
    client, plan, practitioner
):
    plan.client.first_name = "Zoë-Éloïse, dite «Zézette»; \\ la très longue étoile du matin"
    plan.client.save()
    booking.book(plan, practitioner, timezone.now() + datetime.timedelta(days=1), 60)
    feed = CalendarFeed.objects.create(
        clinic=plan.client.clinic, owner=practitioner, practitioner=practitioner
    )
    answer = client.get(reverse("booking:feed", args=[feed.token]))
    lines = answer.content.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    event = icalendar.Calendar.from_ical(answer.content).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == f"{plan.client.first_name}: session 1"
    again = client.get(
        reverse("booking:feed", args=[feed.token]), HTTP_IF_NONE_MATCH=answer["ETag"]
    )
    assert again.status_code == 304 and not again.content
    booking.book(plan, practitioner, timezone.now() + datetime.timedelta(days=2), 60)
    changed = client.get(
        reverse("booking:feed", args=[feed.token]), HTTP_IF_NONE_MATCH=answer["ETag"]
    )
    assert changed.status_code == 200
    assert len(icalendar.Calendar.from_ical(changed.content).walk("VEVENT")) == 2


def test_sqlite_or_postgres_refuse_an_overlapping_session(plan, practitioner, clinic):
    at = timezone.now() + datetime.timedelta(days=1)
    booking.book(plan, practitioner, at, 60)
    other = factories.PlanFactory(client__clinic=clinic, lead=practitioner, series=plan.series)
    with pytest.raises(booking.SlotTaken):
        booking.book(other, practitioner, at + datetime.timedelta(minutes=30), 60)
    booking.book(other, practitioner, at + datetime.timedelta(minutes=60), 60)  # back to back


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite lets one transaction write at a time"
)
@pytest.mark.django_db(transaction=True)
def test_two_connections_book_one_slot_at_once_and_exactly_one_wins(clinic, practitioner):
    work_every_day(practitioner)
    plans = [
        factories.PlanFactory(client__clinic=clinic, lead=practitioner, series__clinic=clinic)
        for _ in range(2)
    ]
    at = timezone.now() + datetime.timedelta(days=2)
    barrier = threading.Barrier(2)
    results = []

    def book(plan):
        try:
            barrier.wait(10)
            booking.book(plan, practitioner, at, 60)
            results.append("won")
        except booking.SlotTaken:
            results.append(booking.SLOT_TAKEN)
        finally:
            connection.close()

    threads = [threading.Thread(target=book, args=(plan,)) for plan in plans]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == sorted(["won", booking.SLOT_TAKEN])
    assert TreatmentSession.objects.filter(practitioner=practitioner).count() == 1


def test_parse_key_refuses_junk():
    assert parse_key("x") is None and parse_key("1@2027") is None and parse_key(None) is None


def test_scheduling_by_hand_over_a_booked_session_says_so(client, plan, practitioner, clinic):
    at = timezone.now() + datetime.timedelta(days=2)
    other = factories.PlanFactory(client__clinic=clinic, lead=practitioner, series=plan.series)
    booking.book(other, practitioner, at, 60)
    client.force_login(practitioner.user)
    local = timezone.localtime(at, zoneinfo.ZoneInfo(clinic.time_zone))
    answer = client.post(
        reverse("care:session_schedule", args=[plan.pk]),
        {
            "date": local.date().isoformat(),
            "time": f"{local:%H:%M}",
            "duration_minutes": "60",
            "practitioner": practitioner.pk,
        },
    )
    assert answer.status_code == 200
    assert "already has a session booked at that time" in answer.text
    assert not plan.sessions.exists()
