import re
import socket

import pytest
from django.core import mail
from django.urls import reverse

from clinic.models import Clinic, Credential, Method, Practitioner, User
from tests.factories import CredentialFactory, PractitionerFactory

pytestmark = pytest.mark.django_db


def test_admin_changes_the_clinic_wording_and_time_zone(admin_client_of_clinic, clinic):
    response = admin_client_of_clinic.post(
        reverse("team:settings"),
        {"name": "Harbour SI", "time_zone": "America/New_York", "stretch_word": "lengthening"},
        follow=True,
    )
    clinic.refresh_from_db()
    assert clinic.name == "Harbour SI"
    assert clinic.time_zone == "America/New_York"
    assert clinic.stretch_word == Clinic.StretchWord.LENGTHENING
    assert "Clinic settings saved." in response.text


def test_unknown_time_zone_is_refused_and_the_name_kept(admin_client_of_clinic, clinic):
    response = admin_client_of_clinic.post(
        reverse("team:settings"),
        {"name": "Renamed", "time_zone": "Mars/Olympus", "stretch_word": "stretch"},
    )
    assert "Select a valid choice." in response.text
    assert 'value="Renamed"' in response.text
    clinic.refresh_from_db()
    assert clinic.time_zone == "America/Chicago"


def invite(client, **overrides):
    data = {"full_name": "Rosa Delgado", "email": "Rosa@Example.com", "profession": "LMT"}
    return client.post(reverse("team:invite"), data | overrides, follow=True)


def test_admin_invites_a_practitioner_who_sets_a_password_from_the_email(
    admin_client_of_clinic, clinic, client
):
    response = invite(admin_client_of_clinic)
    user = User.objects.get(email="rosa@example.com")
    assert user.practitioner.clinic == clinic
    assert not user.has_usable_password()
    assert "Invitation sent to rosa@example.com" in response.text

    assert mail.outbox[0].to == ["rosa@example.com"]
    link = re.search(r"http://testserver(/invite/\S+)", mail.outbox[0].body).group(1)
    admin_client_of_clinic.post(reverse("logout"))
    form = client.get(link, follow=True)
    assert "Welcome, Rosa" in form.text
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "harbour-Tide-42", "new_password2": "harbour-Tide-42"},
        follow=True,
    )
    assert done.redirect_chain[-1][0] == reverse("care:dashboard")
    user.refresh_from_db()
    assert user.check_password("harbour-Tide-42")

    client.post(reverse("logout"))
    reused = client.get(link, follow=True)
    assert "This invitation no longer works" in reused.text


def test_invite_refuses_an_email_already_in_use_at_the_clinic(admin_client_of_clinic, practitioner):
    response = invite(admin_client_of_clinic, email=practitioner.user.email.upper())
    assert "Someone at your clinic already signs in with this email address." in response.text
    assert 'value="Rosa Delgado"' in response.text
    assert Practitioner.objects.count() == 2


def test_an_email_known_at_another_clinic_is_invited_like_any_other(
    admin_client_of_clinic, clinic, other_clinic
):
    PractitionerFactory(clinic=other_clinic, user__email="known@example.com")
    answers = [
        invite(admin_client_of_clinic, email=email)
        for email in ("known@example.com", "nobody@example.com")
    ]

    for answer, email in zip(answers, ["known@example.com", "nobody@example.com"], strict=True):
        assert f"Invitation sent to {email}. Now set what Rosa is credentialled" in answer.text
    assert [m.to for m in mail.outbox] == [["known@example.com"], ["nobody@example.com"]]
    assert User.objects.get(clinic=clinic, email="known@example.com").practitioner.clinic == clinic


def test_when_the_mail_server_is_down_no_practitioner_is_added(
    admin_client_of_clinic, clinic, settings
):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    smtp = {"host": "127.0.0.1", "port": port, "timeout": 5}
    settings.MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": smtp}
    }

    response = invite(admin_client_of_clinic)

    assert "The invitation could not be sent" in response.text
    assert 'value="Rosa Delgado"' in response.text
    assert not User.objects.filter(email="rosa@example.com").exists()


def test_admin_sets_credentials_for_a_practitioner(admin_client_of_clinic, clinic):
    practitioner = PractitionerFactory(clinic=clinic)
    url = reverse("team:edit", args=[practitioner.pk])
    data = {
        "full_name": "Pat Kim",
        "profession": "Licensed massage therapist",
        "credentials-TOTAL_FORMS": "1",
        "credentials-INITIAL_FORMS": "0",
        "credentials-0-method": Method.SMT,
        "credentials-0-title": "SMT Level 1",
        "credentials-0-max_session": "3",
    }
    admin_client_of_clinic.post(url, data)
    credential = practitioner.credentials.get()
    assert (credential.method, credential.max_session) == (Method.SMT, 3)
    practitioner.user.refresh_from_db()
    assert practitioner.user.full_name == "Pat Kim"
    team = admin_client_of_clinic.get(reverse("team:list"))
    assert "SMT Level 1: Synergetic Myofascial Therapy, sessions 1–3" in team.text


def test_credential_scope_of_zero_sessions_is_refused(admin_client_of_clinic, clinic):
    practitioner = PractitionerFactory(clinic=clinic)
    response = admin_client_of_clinic.post(
        reverse("team:edit", args=[practitioner.pk]),
        {
            "full_name": "Pat Kim",
            "credentials-TOTAL_FORMS": "1",
            "credentials-INITIAL_FORMS": "0",
            "credentials-0-method": Method.SMT,
            "credentials-0-max_session": "0",
        },
    )
    assert "Ensure this value is greater than or equal to 1." in response.text
    assert not Credential.objects.exists()


def test_two_credentials_for_the_same_method_are_refused(admin_client_of_clinic, clinic):
    practitioner = PractitionerFactory(clinic=clinic)
    data = {
        "full_name": "Pat Kim",
        "credentials-TOTAL_FORMS": "2",
        "credentials-INITIAL_FORMS": "0",
        "credentials-0-method": Method.SMT,
        "credentials-0-max_session": "3",
        "credentials-1-method": Method.SMT,
        "credentials-1-max_session": "6",
    }
    response = admin_client_of_clinic.post(reverse("team:edit", args=[practitioner.pk]), data)
    assert response.status_code == 200
    assert "Please correct the duplicate" in response.text
    assert not Credential.objects.exists()


def test_admin_cannot_remove_their_own_admin_role(admin_client_of_clinic, clinic_admin):
    response = admin_client_of_clinic.post(
        reverse("team:edit", args=[clinic_admin.pk]),
        {
            "full_name": clinic_admin.user.full_name,
            "credentials-TOTAL_FORMS": "0",
            "credentials-INITIAL_FORMS": "0",
        },
    )
    assert "You cannot remove your own admin role." in response.text
    clinic_admin.refresh_from_db()
    assert clinic_admin.is_clinic_admin


def test_resending_an_invitation_mails_a_fresh_link(admin_client_of_clinic, clinic):
    invite(admin_client_of_clinic)
    practitioner = Practitioner.objects.get(user__email="rosa@example.com")
    admin_client_of_clinic.post(reverse("team:resend", args=[practitioner.pk]))
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == ["rosa@example.com"]


def test_scope_for_reads_the_credential_of_the_method(clinic):
    smt = CredentialFactory(practitioner__clinic=clinic, method=Method.SMT, max_session=3)
    assert smt.practitioner.scope_for(Method.SMT) == 3
    assert smt.practitioner.scope_for(Method.STRUCTURAL_INTEGRATION) == 0
    si = CredentialFactory(practitioner__clinic=clinic, max_session=None)
    assert si.practitioner.scope_for(Method.STRUCTURAL_INTEGRATION) is None
