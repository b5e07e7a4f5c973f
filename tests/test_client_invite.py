import datetime
import re
import socket

import pytest
from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse

from clinic.models import User
from tests.factories import ClientFactory, PortalClientFactory, PractitionerFactory, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "bayou-Heron-77"


def text_of(response):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


def invite(client, person):
    return client.post(reverse("clients:invite", args=[person.pk]), follow=True)


def link_in(message):
    return re.search(r"http://testserver(/invite/\S+)", message.body).group(1)


def accept(client, link, password=NEW_PASSWORD):
    """Opens the invitation link and chooses a password; the response after the redirects."""
    form = client.get(link, follow=True)
    return client.post(
        form.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
        follow=True,
    )


@pytest.fixture
def maren(clinic):
    return ClientFactory(clinic=clinic, first_name="Maren", last_name="Okafor", email="Maren@X.org")


def test_invite_creates_the_sign_in_and_mails_a_link(practitioner_client, practitioner, maren):
    response = invite(practitioner_client, maren)

    maren.refresh_from_db()
    user = maren.user
    assert user.email == "maren@x.org"
    assert user.full_name == "Maren Okafor"
    assert not user.has_usable_password()
    assert response.redirect_chain[-1][0] == reverse("clients:detail", args=[maren.pk])
    assert "Invitation sent to maren@x.org." in text_of(response)

    (message,) = mail.outbox
    assert message.to == ["maren@x.org"]
    assert message.subject == f"Your sign-in for {maren.clinic.name}"
    assert f"{practitioner.user.full_name} at {maren.clinic.name}" in message.body
    assert "tick off what you did each day" in message.body
    assert "The link works once and expires in 3 days." in message.body


def test_the_link_sets_a_password_and_lands_on_the_portal(practitioner_client, client, maren):
    invite(practitioner_client, maren)
    link = link_in(mail.outbox[0])

    form = client.get(link, follow=True)
    assert "Welcome, Maren" in text_of(form)
    done = accept(client, link)

    assert done.redirect_chain[-1][0] == reverse("portal:home")
    assert "Hello, Maren" in text_of(done)
    maren.refresh_from_db()
    assert maren.user.check_password(NEW_PASSWORD)


def test_the_link_works_only_once(practitioner_client, client, maren):
    invite(practitioner_client, maren)
    link = link_in(mail.outbox[0])
    accept(client, link)
    client.post(reverse("logout"))

    again = client.get(link, follow=True)
    assert "This invitation no longer works" in text_of(again)


def test_the_link_expires(practitioner_client, client, maren, monkeypatch):
    invite(practitioner_client, maren)
    link = link_in(mail.outbox[0])
    later = datetime.datetime.now() + datetime.timedelta(
        seconds=settings.PASSWORD_RESET_TIMEOUT + 60
    )
    monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: later)

    response = client.get(link, follow=True)
    assert "This invitation no longer works" in text_of(response)
    maren.refresh_from_db()
    assert not maren.user.has_usable_password()


def test_resending_mails_a_fresh_link_to_the_same_sign_in(practitioner_client, client, maren):
    invite(practitioner_client, maren)
    response = invite(practitioner_client, maren)

    assert "A new invitation was sent to maren@x.org." in text_of(response)
    assert User.objects.filter(email="maren@x.org").count() == 1
    assert len(mail.outbox) == 2
    accept(client, link_in(mail.outbox[1]))
    maren.refresh_from_db()
    assert maren.user.check_password(NEW_PASSWORD)


def test_resending_after_the_address_was_corrected_goes_to_the_new_address(
    practitioner_client, maren
):
    invite(practitioner_client, maren)
    maren.email = "maren.okafor@y.org"
    maren.save()
    invite(practitioner_client, maren)

    maren.refresh_from_db()
    assert maren.user.email == "maren.okafor@y.org"
    assert mail.outbox[1].to == ["maren.okafor@y.org"]


def test_a_client_with_a_password_is_not_invited_again(practitioner_client, portal_client):
    response = invite(practitioner_client, portal_client)
    assert f"{portal_client.first_name} has already chosen a password and can sign in." in (
        text_of(response)
    )
    assert not mail.outbox


def test_a_client_without_email_cannot_be_invited(practitioner_client, clinic):
    person = ClientFactory(clinic=clinic, first_name="Ines", email="")
    response = invite(practitioner_client, person)

    assert "Add an email address for Ines first, then send the invite." in text_of(response)
    assert response.redirect_chain[-1][0] == reverse("clients:detail", args=[person.pk])
    person.refresh_from_db()
    assert person.user is None
    assert not mail.outbox


def test_an_email_already_used_by_another_account_of_the_clinic_is_refused(
    practitioner_client, clinic, maren
):
    UserFactory(clinic=clinic, email="maren@x.org")
    response = invite(practitioner_client, maren)

    assert "Someone else at your clinic already signs in with maren@x.org" in text_of(response)
    maren.refresh_from_db()
    assert maren.user is None
    assert not mail.outbox


def test_an_email_known_at_another_clinic_gets_an_invitation_like_any_other(client, other_clinic):
    """Bayou learns nothing of Harbour's clients: the answer, the page and the mail read
    as for an address nobody uses, and the person gets a sign-in of Bayou's own."""
    harbour_client = PortalClientFactory(email="known@x.org")
    bayou = PractitionerFactory(clinic=other_clinic)
    client.force_login(bayou.user)
    alike = {"clinic": other_clinic, "first_name": "Ana", "last_name": "Ito", "phone": "555 0100"}
    known = ClientFactory(email="known@x.org", **alike)
    unknown = ClientFactory(email="nobody@x.org", **alike)

    answers = [text_of(invite(client, person)) for person in (known, unknown)]
    pages = [text_of(client.get(reverse("clients:detail", args=[p.pk]))) for p in (known, unknown)]

    def blank(text):
        return re.sub(r"known@x\.org|nobody@x\.org", "EMAIL", re.sub(r"/\d+/", "/N/", text))

    assert blank(answers[0]) == blank(answers[1])
    assert "Invitation sent to known@x.org." in answers[0]
    assert blank(pages[0]) == blank(pages[1])
    assert [m.to for m in mail.outbox] == [["known@x.org"], ["nobody@x.org"]]
    known.refresh_from_db()
    assert known.user.clinic == other_clinic
    assert known.user != harbour_client.user


def test_when_the_mail_server_is_down_the_invitation_changes_nothing(
    practitioner_client, maren, settings
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": closed_port(), "timeout": 5},
        }
    }
    response = invite(practitioner_client, maren)

    assert "The invitation could not be sent: the mail server did not accept it." in (
        text_of(response)
    )
    assert "Nothing was changed." in text_of(response)
    maren.refresh_from_db()
    assert maren.user is None
    assert not User.objects.filter(email="maren@x.org").exists()

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    again = invite(practitioner_client, maren)
    assert "Invitation sent to maren@x.org." in text_of(again)


def closed_port():
    """A port on this machine where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_another_clinics_client_answers_404(practitioner_client, other_clinic):
    person = ClientFactory(clinic=other_clinic)
    response = practitioner_client.post(reverse("clients:invite", args=[person.pk]))
    assert response.status_code == 404
    assert not mail.outbox


def test_an_archived_client_answers_404(practitioner_client, maren):
    maren.archive()
    assert practitioner_client.post(reverse("clients:invite", args=[maren.pk])).status_code == 404


def test_invite_is_post_only(practitioner_client, maren):
    assert practitioner_client.get(reverse("clients:invite", args=[maren.pk])).status_code == 405


def test_a_client_cannot_invite(client, portal_client, maren):
    client.force_login(portal_client.user)
    assert client.post(reverse("clients:invite", args=[maren.pk])).status_code == 404


# The block on the client page -----------------------------------------------------------


def access_block(person, html=False):
    block = render_to_string("portal/includes/portal_access.html", {"client": person})
    return block if html else re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block))


def test_access_block_asks_for_an_email_first(clinic):
    block = access_block(ClientFactory(clinic=clinic, first_name="Ines", email=""))
    assert "No email" in block
    assert "Add an email address" in block
    assert "Invite" not in block


def test_access_block_offers_the_invite(maren):
    block = access_block(maren)
    assert "Not invited" in block
    assert "Invite Maren to the portal" in block


def test_access_block_shows_a_waiting_invitation_with_resend(practitioner_client, maren):
    invite(practitioner_client, maren)
    maren.refresh_from_db()
    block = access_block(maren)
    assert "Waiting for Maren to choose a password." in block
    assert "Send the invitation again" in block


def test_access_block_shows_an_active_sign_in_and_last_visit(clinic):
    person = PortalClientFactory(clinic=clinic)
    person.user.last_login = datetime.datetime(2026, 3, 4, 15, tzinfo=datetime.UTC)
    block = access_block(person)
    assert f"Active Signs in as {person.user.email}. Last signed in Mar 4, 2026." in block
    assert "<form" not in access_block(person, html=True)
