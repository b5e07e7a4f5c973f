from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from clinic.models import Clinic, User
from tests import factories
from tests.helpers import check_sign_in

PASSWORD = "Harbour-tide-2026"

pytestmark = pytest.mark.django_db


def create_clinic(*extra, **overrides):
    options = {
        "name": "Thames Bodywork",
        "slug": "thames",
        "time_zone": "Europe/London",
        "admin_email": "Owner@Thames.example",
        "admin_name": "Ada Okoro",
    }
    options.update(overrides)
    args = [f"--{key.replace('_', '-')}={value}" for key, value in options.items()]
    out = StringIO()
    call_command("create_clinic", *args, *extra, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv("CLINIC_ADMIN_PASSWORD", PASSWORD)


@pytest.fixture
def typed_passwords(monkeypatch):
    """Answers the command's password prompts, in order, with the given strings."""

    def answer(*answers):
        remaining = list(answers)
        monkeypatch.setattr("getpass.getpass", lambda prompt="": remaining.pop(0))
        return remaining

    return answer


def test_create_clinic_makes_a_clinic_admin_who_can_sign_in(password_env):
    output = create_clinic("--no-input", stretch_word="range of motion")

    clinic = Clinic.objects.get(slug="thames")
    assert clinic.name == "Thames Bodywork"
    assert clinic.time_zone == "Europe/London"
    assert clinic.stretch_word == "range of motion"
    admin = check_sign_in("owner@thames.example", PASSWORD)
    assert admin is not None
    assert admin.full_name == "Ada Okoro"
    assert admin.is_clinic_admin
    assert admin.clinic == clinic
    assert "Thames Bodywork" in output
    assert "/accounts/login/" in output


def test_create_clinic_asks_for_the_password_twice(typed_passwords):
    typed_passwords(PASSWORD, PASSWORD)

    create_clinic()

    assert check_sign_in("owner@thames.example", PASSWORD).is_clinic_admin


def test_create_clinic_asks_again_when_passwords_differ_or_are_too_weak(typed_passwords):
    remaining = typed_passwords(
        "one-password-2026", "another-2026", "12345", "12345", PASSWORD, PASSWORD
    )

    create_clinic()

    assert remaining == []
    assert check_sign_in("owner@thames.example", PASSWORD) is not None
    assert check_sign_in("owner@thames.example", "one-password-2026") is None


def test_create_clinic_without_input_needs_the_password_variable(monkeypatch):
    monkeypatch.delenv("CLINIC_ADMIN_PASSWORD", raising=False)

    with pytest.raises(CommandError, match="CLINIC_ADMIN_PASSWORD"):
        create_clinic("--no-input")

    assert not Clinic.objects.exists()
    assert not User.objects.exists()


def test_create_clinic_refuses_a_weak_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("CLINIC_ADMIN_PASSWORD", "password")

    with pytest.raises(CommandError, match="refused"):
        create_clinic("--no-input")

    assert not Clinic.objects.exists()


def test_create_clinic_rejects_a_slug_already_taken(password_env):
    factories.ClinicFactory(slug="thames")

    with pytest.raises(CommandError, match="already exists"):
        create_clinic("--no-input")

    assert Clinic.objects.count() == 1
    assert not User.objects.filter(email="owner@thames.example").exists()


def test_a_new_clinic_gives_its_admin_an_account_of_its_own_beside_one_elsewhere(
    password_env,
):
    elsewhere = factories.PractitionerFactory(user__email="owner@thames.example")

    create_clinic("--no-input")

    thames = Clinic.objects.get(slug="thames")
    accounts = User.objects.filter(email="owner@thames.example")
    assert {account.clinic for account in accounts} == {elsewhere.clinic, thames}


def test_create_clinic_rejects_an_unknown_time_zone(password_env):
    with pytest.raises(CommandError, match="time zone"):
        create_clinic("--no-input", time_zone="Europe/Atlantis")

    assert not Clinic.objects.exists()
