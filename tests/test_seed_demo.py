from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.utils import timezone

from clinic.models import Client, Clinic, Credential, Method, Practitioner, User

PASSWORD = "demo-pass-2026"


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, settings):
    settings.DEBUG = True
    return seed()


def table_counts():
    return {
        model.__name__: model.objects.count()
        for model in (Clinic, User, Practitioner, Credential, Client)
    }


@pytest.mark.django_db
def test_seed_demo_refuses_to_run_in_production_without_force(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        seed()

    assert not Clinic.objects.exists()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_seed_demo_runs_in_production_with_force(settings):
    settings.DEBUG = False

    seed("--force")

    assert Clinic.objects.filter(slug="harbour").exists()


@pytest.mark.parametrize(
    "email",
    [
        "admin@harbour.example",
        "si@harbour.example",
        "smt1@harbour.example",
        "smt2@harbour.example",
        "client@harbour.example",
        "practitioner@bayou.example",
        "client@bayou.example",
    ],
)
def test_every_demo_user_can_sign_in_with_the_demo_password(seeded, email):
    user = authenticate(username=email, password=PASSWORD)

    assert user is not None
    assert user.email == email
    assert user.full_name


def test_harbour_has_an_admin_and_practitioners_with_their_credentials(seeded):
    admin = User.objects.get(email="admin@harbour.example")
    si = User.objects.get(email="si@harbour.example")
    smt1 = User.objects.get(email="smt1@harbour.example")
    smt2 = User.objects.get(email="smt2@harbour.example")

    assert admin.is_clinic_admin
    assert [u.is_clinic_admin for u in (si, smt1, smt2)] == [False, False, False]
    assert all(u.is_practitioner and u.clinic.slug == "harbour" for u in (admin, si, smt1, smt2))
    si_method = Method.STRUCTURAL_INTEGRATION
    assert admin.practitioner.scope_for(si_method) is None
    assert si.practitioner.scope_for(si_method) is None
    assert smt1.practitioner.scope_for(Method.SMT) == 3
    assert smt2.practitioner.scope_for(Method.SMT) == 6
    assert smt1.practitioner.credentials.get().title == "SMT Level 1"
    assert smt2.practitioner.credentials.get().title == "SMT Level 2"


def test_bayou_is_run_by_an_smt_level_2_admin_and_says_lengthening(seeded):
    bayou = Clinic.objects.get(slug="bayou")
    owner = User.objects.get(email="practitioner@bayou.example")

    assert bayou.name == "Bayou Bodywork"
    assert bayou.time_zone == "America/Chicago"
    assert bayou.stretch_word == "lengthening"
    assert Clinic.objects.get(slug="harbour").stretch_word == "stretch"
    assert owner.is_clinic_admin
    assert owner.clinic == bayou
    assert owner.practitioner.scope_for(Method.SMT) == 6


@pytest.mark.parametrize(
    ("email", "slug"),
    [("client@harbour.example", "harbour"), ("client@bayou.example", "bayou")],
)
def test_portal_clients_sign_in_as_clients_of_their_clinic(seeded, email, slug):
    user = authenticate(email=email, password=PASSWORD)

    assert user.is_client
    assert not user.is_practitioner
    assert user.clinic.slug == slug
    assert user.client_profile.email == email
    assert user.client_profile.full_name == user.full_name


def test_each_clinic_has_its_demo_clients(seeded):
    harbour = Client.objects.filter(clinic__slug="harbour")
    bayou = Client.objects.filter(clinic__slug="bayou")

    assert harbour.count() == 31
    assert harbour.archived().count() == 2
    assert harbour.filter(user__isnull=False).count() == 1
    assert bayou.count() == 13
    assert bayou.filter(user__isnull=False).count() == 1


def test_demo_clients_have_realistic_varied_records(seeded):
    clients = list(Client.objects.all())
    today = timezone.localdate()

    assert len({c.full_name for c in clients}) == len(clients)
    assert len({c.phone for c in clients if c.clinic.slug == "harbour"}) == 31
    assert all(c.main_complaint and c.occupation and c.activity_level for c in clients)
    assert all(1950 <= c.date_of_birth.year <= 2004 for c in clients)
    domains = {"example.com", "example.net", "example.org", "harbour.example", "bayou.example"}
    assert {c.email.split("@")[1] for c in clients} == domains
    chronic = [c for c in clients if c.is_chronic()]
    acute = [c for c in clients if c.is_chronic() is False]
    assert 0 < len(acute) < len(chronic)
    assert any(c.consent_given_on is None for c in clients)
    assert sum(c.consent_given_on is not None for c in clients) > len(clients) * 3 / 4
    for c in clients:
        c.full_clean()  # dates in the past, onset after birth
        assert c.complaint_onset <= today


def test_running_seed_demo_twice_creates_nothing_new(seeded):
    before = table_counts()
    phones = dict(Client.objects.values_list("last_name", "phone"))

    seed()

    assert table_counts() == before
    assert dict(Client.objects.values_list("last_name", "phone")) == phones


def test_seeding_again_keeps_a_demo_users_changed_password(seeded):
    user = User.objects.get(email="si@harbour.example")
    user.set_password("a-new-secret-2026")
    user.save()

    seed()

    assert authenticate(username="si@harbour.example", password="a-new-secret-2026")
    assert authenticate(username="si@harbour.example", password=PASSWORD) is None


def test_seed_demo_prints_the_sign_ins_and_password(seeded):
    assert "admin@harbour.example" in seeded
    assert "practitioner@bayou.example" in seeded
    assert "client@bayou.example" in seeded
    assert PASSWORD in seeded
