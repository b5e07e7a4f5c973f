"""The Montréal demo clinic, which works in French."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from clinic.models import Client, Clinic, Credential, User
from sessions.models import HomeProgram, PainRegion, TreatmentSession
from tests.helpers import check_sign_in

ROOT = Path(__file__).resolve().parent.parent


def seed():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, settings):
    settings.DEBUG = True
    return seed()


def test_the_montreal_clinic_works_in_french_in_quebecs_time_zone(seeded):
    clinic = Clinic.objects.get(slug="montreal")
    assert clinic.name == "Clinique Corps en équilibre, Montréal"
    assert (clinic.language, clinic.time_zone) == ("fr-ca", "America/Toronto")
    for email in ("practitioner@montreal.example", "client@montreal.example"):
        user = User.objects.get(email=email)
        assert user.clinic == clinic and user.preferred_language() == "fr-ca"
        assert check_sign_in(email, "demo-pass-2026")
    practitioner = User.objects.get(email="practitioner@montreal.example").practitioner
    assert practitioner.is_clinic_admin
    assert Credential.objects.filter(practitioner=practitioner).exists()


def test_the_montreal_client_has_a_plan_charted_in_french_and_a_home_program(seeded):
    person = Client.objects.get(user__email="client@montreal.example")
    plan = person.plans.get()
    charted = TreatmentSession.objects.filter(
        plan=plan, status=TreatmentSession.Status.COMPLETED
    ).order_by("number")
    assert charted.count() == 3 and all(s.signed_at for s in charted)
    assert charted[0].subjective.startswith("Douleur au bas du dos")
    assert all(s.pain_before is not None for s in charted)
    assert PainRegion.objects.filter(session__plan=plan).count() >= 3
    program = HomeProgram.objects.get(client=person)
    items = list(program.items.select_related("exercise"))
    assert 4 <= len(items) <= 6
    with translation.override("fr-ca"):
        assert items[0].exercise.name == "Auto-relâchement du psoas du bout des doigts"
    assert all(item.dose_notes == (item.exercise.dose_notes_fr_ca or "") for item in items)


def test_seed_demo_lists_the_montreal_sign_ins_and_adds_nothing_when_run_again(seeded):
    assert "practitioner@montreal.example" in seeded and "client@montreal.example" in seeded
    counts = (TreatmentSession.objects.count(), HomeProgram.objects.count(), User.objects.count())
    seed()
    assert (
        TreatmentSession.objects.count(),
        HomeProgram.objects.count(),
        User.objects.count(),
    ) == counts


def test_the_demo_with_montreal_seeds_on_a_fresh_sqlite_file(tmp_path):
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
        "DJANGO_DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
    }

    def manage(*args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    manage("migrate", "-v0")
    first = manage("seed_demo")
    again = manage("seed_demo")
    assert "client@montreal.example" in first and "client@montreal.example" in again
