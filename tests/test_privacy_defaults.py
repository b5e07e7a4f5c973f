"""Privacy by default (Law 25): everything a client might share, or the clinic might do
with their information beyond their care, is off until they turn it on.

The choices, and where each one lives:
- posture photos: ConsentChoice "photos", given by the client (intake or "Your choices");
- email reminders of sessions: ConsentChoice "reminders"; the reminder mail is not sent
  without it;
- consent to treatment: Client.consent_given_on, empty until recorded;
- the portal: a client has no portal sign-in until the clinic invites them;
- the clinic's public booking page: BookingSettings.public_booking, off.
"""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from clinic.models import Client
from sessions.booking_mail import enqueue_due_reminders, send_reminder
from sessions.intake_forms import ConsentChoicesForm, ConsentStepForm
from sessions.models import BookingSettings, ConsentChoice, Reminder
from tests import factories


def test_a_new_client_has_given_nothing(clinic):
    client = Client.objects.create(clinic=clinic, first_name="Ada", last_name="Roy")
    assert client.consent_given_on is None
    assert client.user is None
    assert ConsentChoice.current(client) == {"photos": None, "reminders": None}
    assert not ConsentChoice.is_given(client, "photos")
    assert not ConsentChoice.is_given(client, "reminders")
    assert set(ConsentChoice.Kind) == {"photos", "reminders"}  # a new one needs a line here


def test_a_choice_records_exactly_what_the_client_said(clinic):
    assert not ConsentChoice._meta.get_field("granted").has_default()


@pytest.mark.parametrize("form_class", [ConsentChoicesForm, ConsentStepForm])
def test_the_consent_boxes_start_unticked(form_class):
    form = form_class()
    for name in ["photos", "reminders"]:
        assert not form.fields[name].initial
        assert "checked" not in str(form[name])


def test_the_clinic_booking_page_starts_off(clinic):
    assert BookingSettings.of(clinic).public_booking is False


@pytest.fixture
def tomorrow_session(clinic, portal_client):
    plan = factories.PlanFactory(client=portal_client, series__clinic=clinic)
    return factories.TreatmentSessionFactory(
        plan=plan, scheduled_at=timezone.now() + datetime.timedelta(hours=20)
    )


def test_no_session_reminder_goes_to_a_client_who_did_not_ask(tomorrow_session):
    assert enqueue_due_reminders() == 0
    assert not Reminder.objects.exists() and not mail.outbox


def test_a_client_who_asked_gets_the_reminder(tomorrow_session, portal_client):
    ConsentChoice.record_changes(portal_client, {"reminders": True}, portal_client.user)
    assert enqueue_due_reminders() == 1
    assert Reminder.objects.get().sent_at is not None and len(mail.outbox) == 1


def test_a_reminder_withdrawn_before_it_goes_is_skipped(tomorrow_session, portal_client):
    ConsentChoice.record_changes(portal_client, {"reminders": True}, portal_client.user)
    reminder = Reminder.objects.create(
        session=tomorrow_session, starts_at=tomorrow_session.scheduled_at
    )
    ConsentChoice.record_changes(portal_client, {"reminders": False}, portal_client.user)
    assert send_reminder.call(reminder.pk) == "skipped"
    assert not mail.outbox
