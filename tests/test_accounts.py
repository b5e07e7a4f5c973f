"""One email, several clinics: each clinic's account is its own."""

import pytest
from django.core import mail
from django.db import IntegrityError
from django.urls import reverse

from clinic.models import User
from tests.factories import PASSWORD, PortalClientFactory, PractitionerFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_a_person_with_accounts_at_two_clinics_signs_in_to_the_one_whose_password_they_type(
    client, clinic, other_clinic
):
    at_harbour = PractitionerFactory(clinic=clinic, user__email="sam@example.com")
    at_bayou = PortalClientFactory(clinic=other_clinic, email="sam@example.com")
    at_bayou.user.set_password("bayou-Heron-77")
    at_bayou.user.save()

    client.post(reverse("login"), {"username": "Sam@Example.com", "password": "bayou-Heron-77"})
    assert client.get(reverse("home")).url == reverse("portal:home")

    client.post(reverse("logout"))
    client.post(reverse("login"), {"username": "sam@example.com", "password": PASSWORD})
    assert client.get(reverse("home")).url == reverse("care:dashboard")
    assert int(client.session["_auth_user_id"]) == at_harbour.user.pk


def test_an_email_is_unique_within_a_clinic(clinic):
    UserFactory(clinic=clinic, email="sam@example.com")
    with pytest.raises(IntegrityError):
        UserFactory(clinic=clinic, email="sam@example.com")


def test_accounts_made_for_people_carry_their_clinic(clinic):
    assert PractitionerFactory(clinic=clinic).user.clinic == clinic
    assert PortalClientFactory(clinic=clinic).user.clinic == clinic
    assert User.objects.filter(clinic=None).count() == 0


def test_a_reset_for_an_email_with_accounts_at_two_clinics_mails_a_link_for_each(
    client, clinic, other_clinic
):
    PractitionerFactory(clinic=clinic, user__email="sam@example.com")
    PortalClientFactory(clinic=other_clinic, email="sam@example.com")

    client.post(reverse("password_reset"), {"email": "sam@example.com"})

    assert sorted(m.body.split(" at ", 1)[1].split(".")[0] for m in mail.outbox) == sorted(
        [clinic.name, other_clinic.name]
    )
    links = {line for m in mail.outbox for line in m.body.splitlines() if "/reset/" in line}
    assert len(links) == 2
