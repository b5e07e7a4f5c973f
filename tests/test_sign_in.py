import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, PractitionerFactory, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("login"), {"username": email, "password": password})


def test_practitioner_lands_on_the_dashboard(client, practitioner):
    response = sign_in(client, practitioner.user.email)
    assert response.headers["Location"] == reverse("home")
    assert client.get(reverse("home")).headers["Location"] == reverse("dashboard")


def test_client_lands_on_the_portal(client, portal_client):
    sign_in(client, portal_client.user.email)
    response = client.get(reverse("home"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("portal")
    assert f"Hello, {portal_client.first_name}" in response.text
    assert "not given you a home program yet" in response.text


def test_sign_in_ignores_the_case_of_the_email(client, practitioner):
    sign_in(client, practitioner.user.email.upper())
    assert client.get(reverse("dashboard")).status_code == 200


def test_wrong_password_shows_an_error_and_keeps_the_email(client, practitioner):
    response = sign_in(client, practitioner.user.email, "not-the-password")
    assert response.status_code == 200
    assert "do not match an account" in response.text
    assert f'value="{practitioner.user.email}"' in response.text
    assert "_auth_user_id" not in client.session


def test_sign_out_ends_the_session(practitioner_client):
    response = practitioner_client.post(reverse("logout"))
    assert response.headers["Location"] == reverse("login")
    assert practitioner_client.get(reverse("dashboard")).status_code == 302


def test_password_change_requires_the_old_password(practitioner_client, practitioner):
    response = practitioner_client.post(
        reverse("password_change"),
        {
            "old_password": "wrong",
            "new_password1": "a-fresh-Passw0rd",
            "new_password2": "a-fresh-Passw0rd",
        },
    )
    assert "Your old password was entered incorrectly" in response.text
    practitioner_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-fresh-Passw0rd",
            "new_password2": "a-fresh-Passw0rd",
        },
    )
    practitioner.user.refresh_from_db()
    assert practitioner.user.check_password("a-fresh-Passw0rd")


def test_password_reset_answers_the_same_for_known_and_unknown_emails(client, practitioner):
    known = client.post(reverse("password_reset"), {"email": practitioner.user.email})
    unknown = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.headers["Location"] == unknown.headers["Location"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [practitioner.user.email]
    assert "/accounts/reset/" in mail.outbox[0].body


def test_password_reset_link_sets_a_new_password(client, practitioner):
    client.post(reverse("password_reset"), {"email": practitioner.user.email})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/reset/" in line)
    path = link.split("testserver", 1)[1]
    form_page = client.get(path, follow=True)
    assert "Choose a new password" in form_page.text
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "another-Passw0rd!", "new_password2": "another-Passw0rd!"},
    )
    practitioner.user.refresh_from_db()
    assert practitioner.user.check_password("another-Passw0rd!")


def test_user_without_a_clinic_sees_an_explanation(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get(reverse("home"))
    assert "not linked to a clinic" in response.text


def test_inactive_practitioner_cannot_sign_in(client):
    practitioner = PractitionerFactory(user__is_active=False)
    response = sign_in(client, practitioner.user.email)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
