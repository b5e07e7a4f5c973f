"""No double booking, in the database: on PostgreSQL an exclusion constraint refuses a
second planned session of one practitioner over the same time, however it is written, and
a booking that loses the race gets the plain message, never an error page. The calendar's
pages are written to the audit trail like every view of clinical data."""

import datetime
import threading
from unittest import mock

import pytest
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from clinic.models import AuditEvent
from sessions import booking
from sessions.models import TreatmentSession
from tests import factories
from tests.booking_helpers import settings_of, work_every_day

pytestmark = pytest.mark.django_db
on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the exclusion constraint is PostgreSQL's"
)


@pytest.fixture
def plan(clinic, practitioner, portal_client):
    work_every_day(practitioner)
    settings_of(clinic, earliest_hours=2)
    return factories.PlanFactory(client=portal_client, lead=practitioner, series__clinic=clinic)


def another_plan(clinic, practitioner, plan):
    return factories.PlanFactory(client__clinic=clinic, lead=practitioner, series=plan.series)


@on_postgres
def test_the_database_refuses_an_overlap_whatever_writes_the_row(plan, practitioner, clinic):
    at = timezone.now() + datetime.timedelta(days=1)
    factories.TreatmentSessionFactory(plan=plan, scheduled_at=at, duration_minutes=60)
    other = another_plan(clinic, practitioner, plan)
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.TreatmentSessionFactory(
            plan=other, scheduled_at=at + datetime.timedelta(minutes=59)
        )
    # Back to back is fine, and so is the time of a cancelled session or another
    # practitioner's.
    factories.TreatmentSessionFactory(plan=other, scheduled_at=at + datetime.timedelta(hours=1))
    TreatmentSession.objects.filter(plan=plan).update(status="cancelled")
    third = another_plan(clinic, practitioner, plan)
    factories.TreatmentSessionFactory(plan=third, scheduled_at=at)
    colleague = factories.PractitionerFactory(clinic=clinic)
    factories.TreatmentSessionFactory(
        plan=another_plan(clinic, colleague, plan), practitioner=colleague, scheduled_at=at
    )
    assert TreatmentSession.objects.filter(status="planned").count() == 3


@on_postgres
def test_a_move_onto_a_booked_time_is_refused_by_the_database_too(plan, practitioner, clinic):
    at = timezone.now() + datetime.timedelta(days=1)
    booking.book(plan, practitioner, at, 60)
    mine = booking.book(
        another_plan(clinic, practitioner, plan), practitioner, at + datetime.timedelta(hours=2), 60
    )
    with (
        mock.patch.object(booking, "overlaps", return_value=False),
        pytest.raises(booking.SlotTaken),
    ):
        booking.move(mine, practitioner, at + datetime.timedelta(minutes=30))
    mine.refresh_from_db()
    assert mine.scheduled_at == at + datetime.timedelta(hours=2)


@on_postgres
def test_the_database_saying_no_reaches_the_client_as_the_plain_message(
    client, plan, practitioner, clinic
):
    client.force_login(plan.client.user)
    page = client.get(reverse("portal:sessions"))
    slot = [key for day in page.context["offer"].days for key in day[1]][0]
    rival = another_plan(clinic, practitioner, plan)

    def someone_else_books_first(*args, **kwargs):
        """Another booking writes the time between this one's check and its write."""
        factories.TreatmentSessionFactory(plan=rival, scheduled_at=slot.starts)
        return False

    with mock.patch.object(booking, "overlaps", side_effect=someone_else_books_first):
        answer = client.post(reverse("portal:book"), {"slot": slot.key}, follow=True)
    assert answer.status_code == 200
    assert "that time was taken a moment ago" in answer.text
    assert not plan.sessions.exists()


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_two_bookings_that_both_pass_the_check_end_with_one_session(clinic, practitioner):
    """Without the practitioner's lock, both connections check, find the time free, and
    only then write: the constraint alone decides (with an IntegrityError, or a deadlock
    error when both inserts are checked at once), and the loser is told plainly."""
    work_every_day(practitioner)
    plans = [
        factories.PlanFactory(client__clinic=clinic, lead=practitioner, series__clinic=clinic)
        for _ in range(2)
    ]
    at = timezone.now() + datetime.timedelta(days=2)
    checked = threading.Barrier(2)
    real_overlaps = booking.overlaps
    results = []

    def check_then_wait(*args, **kwargs):
        found = real_overlaps(*args, **kwargs)
        checked.wait(10)
        return found

    def book(plan):
        try:
            booking.book(plan, practitioner, at, 60)
            results.append("won")
        except booking.SlotTaken:
            results.append(booking.SLOT_TAKEN)
        finally:
            connection.close()

    with (
        mock.patch.object(booking, "hold"),
        mock.patch.object(booking, "overlaps", side_effect=check_then_wait),
    ):
        threads = [threading.Thread(target=book, args=(plan,)) for plan in plans]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(results) == sorted(["won", booking.SLOT_TAKEN])
    assert TreatmentSession.objects.filter(practitioner=practitioner).count() == 1


def test_the_calendar_pages_are_written_to_the_audit_trail(client, plan, practitioner):
    client.force_login(practitioner.user)
    day = timezone.localdate() + datetime.timedelta(days=3)
    client.get(reverse("care:calendar_week"), {"week": day.isoformat()})
    page = client.get(reverse("care:calendar_day"), {"date": day.isoformat()})
    slot = page.context["days"][0]["free"][0]
    client.get(reverse("care:book_slot"), {"slot": slot.key})
    client.post(reverse("care:book_slot"), {"slot": slot.key, "plan": plan.pk})
    rows = list(AuditEvent.objects.order_by("pk").values_list("action", "summary", "client"))
    monday = day - datetime.timedelta(days=day.weekday())
    assert rows[:3] == [
        ("view", f"calendar, week of {monday:%Y-%m-%d}", None),
        ("view", f"calendar, {day:%Y-%m-%d}", None),
        ("view", f"calendar, booking {slot.starts:%Y-%m-%d %H:%M}", None),
    ]
    assert rows[-1] == ("create", "booked", plan.client_id)
    assert all(e.actor == practitioner.user for e in AuditEvent.objects.all())
