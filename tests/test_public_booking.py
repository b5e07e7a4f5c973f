"""The public booking page: a new client books a first visit, confirms by the mailed link
and gets their portal invitation; unconfirmed holds are released; abuse limits."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from clinic.models import Client
from sessions.models import PublicHold, TreatmentSession
from tests import factories
from tests.booking_helpers import settings_of, work_every_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(clinic, practitioner):
    work_every_day(practitioner)
    series = factories.SeriesFactory(clinic=clinic)
    settings_of(clinic, public_booking=True, first_visit_series=series)
    return reverse("booking:public", args=[clinic.slug])


def details(slot, **changes):
    data = {
        "first_name": "Nora",
        "last_name": "Quist",
        "email": "nora@example.org",
        "phone": "(555) 010-3333",
        "website": "",
        "slot": slot.key,
    }
    return data | changes


def first_slot(client, page):
    offer = client.get(page).context["offer"]
    return next(slot for _, slots in offer.days for slot in slots)


def test_the_page_is_off_until_the_admin_turns_it_on(client, clinic):
    assert client.get(reverse("booking:public", args=[clinic.slug])).status_code == 404


def test_a_new_client_books_confirms_and_is_invited(
    client, page, practitioner, django_capture_on_commit_callbacks
):
    slot = first_slot(client, page)
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(page, details(slot))
    assert "Check your email" in answer.text
    session = TreatmentSession.objects.get(practitioner=practitioner)
    assert (session.number, session.scheduled_at, session.duration_minutes) == (1, slot.starts, 90)
    assert session.plan.client.email == "nora@example.org"
    assert PublicHold.objects.get(session=session).confirmed_at is None
    link = re.search(r"http://\S+/book/confirm/\S+/", mail.outbox[-1].body).group(0)
    # The time is taken while it is held.
    assert slot.key not in {
        s.key for _, slots in client.get(page).context["offer"].days for s in slots
    }

    path = link.split("127.0.0.1:8000")[-1]
    assert "Yes, book this visit" in client.get(path).text
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path)
    assert "your visit is booked" in done.text
    client_record = Client.objects.get(email="nora@example.org")
    assert client_record.user is not None and not client_record.user.has_usable_password()
    subjects = [m.subject for m in mail.outbox]
    assert any("Your sign-in for" in s for s in subjects)
    assert any(s.endswith("is booked") for s in subjects)


def test_an_unconfirmed_hold_is_released_after_30_minutes(
    client, page, django_capture_on_commit_callbacks
):
    slot = first_slot(client, page)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page, details(slot))
    hold = PublicHold.objects.get()
    hold.hold_until = timezone.now() - datetime.timedelta(minutes=1)
    hold.save()
    offered = {s.key for _, slots in client.get(page).context["offer"].days for s in slots}
    assert slot.key in offered
    hold.session.refresh_from_db()
    assert hold.session.status == "cancelled"
    assert hold.session.plan.client.is_archived


def test_known_and_unknown_addresses_get_the_same_answer(
    client, page, clinic, django_capture_on_commit_callbacks
):
    factories.ClientFactory(clinic=clinic, email="known@example.org")
    slot = first_slot(client, page)
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(page, details(slot, email="known@example.org"))
    assert "Check your email" in known.text
    assert "from your portal" in mail.outbox[-1].body
    assert not TreatmentSession.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post(page, details(slot, email="new@example.org"))

    def main(text):
        body = text.split('<main id="main"')[1].split("</main>")[0]
        return body.replace("known@example.org", "").replace("new@example.org", "")

    assert main(known.text) == main(unknown.text)


def test_the_honeypot_and_the_rate_limit_book_nothing_and_say_the_same(client, page, settings):
    slot = first_slot(client, page)
    trapped = client.post(page, details(slot, website="http://spam.example"))
    assert "Check your email" in trapped.text
    assert not TreatmentSession.objects.exists() and not mail.outbox
    for n in range(5):
        PublicHold.objects.create(
            session=factories.TreatmentSessionFactory(
                scheduled_at=timezone.now() - datetime.timedelta(days=n + 1)
            ),
            address="127.0.0.1",
            hold_until=timezone.now(),
            confirmed_at=timezone.now(),
        )
    limited = client.post(page, details(slot, email="sixth@example.org"))
    assert "Check your email" in limited.text
    assert not Client.objects.filter(email="sixth@example.org").exists()


def test_bad_input_keeps_what_was_typed(client, page):
    slot = first_slot(client, page)
    answer = client.post(page, details(slot, email="not-an-email"))
    assert answer.status_code == 200
    assert 'value="Nora"' in answer.text and "valid email" in answer.text
    missing = client.post(page, details(slot) | {"slot": ""})
    assert "Please choose one of the free times" in missing.text


def test_a_forged_confirmation_link_says_it_has_run_out(client):
    answer = client.get(reverse("booking:public_confirm", args=["forged"]))
    assert "This link has run out" in answer.text
