import zoneinfo
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count

from clinic.models import Client, Clinic, Credential, Practitioner, User
from sessions.models import (
    AdherenceEntry,
    HomeProgram,
    PainRegion,
    Plan,
    ProgramItem,
    Series,
    TreatmentSession,
)
from sessions.scale.writer import BulkWriter, row_writer
from tests.factories import ClinicFactory
from tests.helpers import check_sign_in

PASSWORD = "bench-pass-2026"
TINY = ["--clinics", "2", "--practitioners", "4", "--clients", "40"]
TINY += ["--sessions", "300", "--adherence", "500"]


def seed(*args):
    out = StringIO()
    call_command("seed_scale", *TINY, *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, settings):
    settings.DEBUG = True
    return seed()


def scale_counts():
    return {
        "clinics": Clinic.objects.filter(slug__startswith="scale-").count(),
        "practitioners": Practitioner.objects.count(),
        "clients": Client.objects.count(),
        "sessions": TreatmentSession.objects.count(),
        "adherence": AdherenceEntry.objects.count(),
    }


def test_makes_exactly_the_numbers_asked_for(seeded):
    assert scale_counts() == {
        "clinics": 2,
        "practitioners": 4,
        "clients": 40,
        "sessions": 300,
        "adherence": 500,
    }
    assert "Scale data ready" in seeded


def test_plans_in_every_status_and_sessions_in_every_status(seeded):
    assert set(Plan.objects.values_list("status", flat=True)) == set(Plan.Status.values)
    statuses = set(TreatmentSession.objects.values_list("status", flat=True))
    assert statuses == set(TreatmentSession.Status.values)


def test_signed_sessions_carry_pain_regions_posture_and_notes(seeded):
    signed = TreatmentSession.objects.signed()
    assert signed.count() > 200
    assert not signed.exclude(status=TreatmentSession.Status.COMPLETED).exists()
    assert not signed.filter(pain_before__isnull=True).exists()
    assert not signed.filter(pelvic_tilt="").exists()
    assert not signed.filter(subjective="").exists()
    with_regions = signed.filter(pain_regions__isnull=False).distinct().count()
    assert with_regions > signed.count() * 0.7
    assert PainRegion.objects.filter(kind=PainRegion.Kind.REFERRED).exists()
    assert signed.filter(techniques__isnull=False).exists()


def test_constraints_hold(seeded):
    live = TreatmentSession.objects.filter(
        status__in=[TreatmentSession.Status.PLANNED, TreatmentSession.Status.COMPLETED]
    )
    assert not live.values("plan", "number").annotate(n=Count("id")).filter(n__gt=1).exists()
    current = HomeProgram.objects.current().values("client").annotate(n=Count("id"))
    assert not current.filter(n__gt=1).exists()
    entries = AdherenceEntry.objects.values("item", "day").annotate(n=Count("id"))
    assert not entries.filter(n__gt=1).exists()
    # Every session is given by a practitioner whose credential covers it.
    for session in TreatmentSession.objects.select_related("plan__series", "practitioner"):
        limit = session.practitioner.scope_for(session.plan.series.method)
        assert limit is None or (limit and session.number <= limit), session


def test_some_programs_were_revised(seeded):
    assert HomeProgram.objects.filter(version=2, replaced_at__isnull=True).exists()
    assert HomeProgram.objects.filter(version=1, replaced_at__isnull=False).exists()
    assert ProgramItem.objects.filter(program__client__clinic__slug__startswith="scale-").exists()


def test_practitioners_hold_a_mix_of_credentials(db, settings):
    settings.DEBUG = True
    call_command(
        "seed_scale",
        "--clinics=2",
        "--practitioners=20",
        "--clients=40",
        "--sessions=300",
        "--adherence=100",
        stdout=StringIO(),
    )
    titles = set(Credential.objects.values_list("title", flat=True))
    assert {"SMT Level 1", "SMT Level 2"} <= titles
    assert {"Certified Structural Integration", "Registered physiotherapist"} <= titles


def test_bench_accounts_sign_in_and_have_what_the_benchmark_loads(seeded):
    practitioner_user = check_sign_in("bench-practitioner@scale.example", PASSWORD)
    client_user = check_sign_in("bench-client@scale.example", PASSWORD)
    assert practitioner_user and practitioner_user.is_practitioner
    assert client_user and client_user.is_client
    client = client_user.client_profile
    practitioner = practitioner_user.practitioner
    assert client.clinic_id == practitioner.clinic_id
    plan = Plan.objects.get(client=client, status=Plan.Status.ACTIVE)
    assert plan.lead == practitioner
    assert plan.sessions.filter(status=TreatmentSession.Status.PLANNED).get().number == 7
    assert HomeProgram.objects.current().get(client=client).version == 2
    assert HomeProgram.objects.drafts().get(client=client).items.exists()
    assert AdherenceEntry.objects.filter(item__program__client=client).count() >= 10
    today = practitioner.clinic.today()
    zone = zoneinfo.ZoneInfo(practitioner.clinic.time_zone)
    booked = TreatmentSession.objects.filter(
        practitioner=practitioner, status=TreatmentSession.Status.PLANNED
    )
    assert any(s.scheduled_at.astimezone(zone).date() == today for s in booked)


def test_every_account_shares_one_hashed_password(seeded):
    users = User.objects.filter(email__endswith="@scale.example")
    assert users.count() > 4
    assert users.values("password").distinct().count() == 1


def test_refuses_a_second_run_without_flush(seeded):
    before = scale_counts()
    with pytest.raises(CommandError, match="--flush"):
        seed()
    assert scale_counts() == before


def test_flush_replaces_the_data(seeded):
    out = seed("--flush")
    assert "Deleted the scale data of 2 clinics" in out
    assert scale_counts()["sessions"] == 300
    assert Clinic.objects.filter(slug__startswith="scale-").count() == 2


def test_refuses_when_debug_is_off_unless_forced(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        seed()
    seed("--force")
    assert scale_counts()["clients"] == 40


def test_same_numbers_make_the_same_data(seeded):
    first = list(Client.objects.order_by("id").values_list("last_name", "phone")[:20])
    seed("--flush")
    second = list(Client.objects.order_by("id").values_list("last_name", "phone")[:20])
    assert first == second


def test_the_row_writer_writes_what_bulk_create_writes(db):
    """On PostgreSQL the rows go in by COPY: defaults and JSON as Django writes them."""
    clinic = ClinicFactory()
    row = {"clinic_id": clinic.pk, "method": "si", "measure_schedule": [{"measure": "nprs"}]}
    writer = row_writer(batch_size=10)
    copied = writer.write(Series, [dict(row, name="By rows"), dict(row, name="Another")])
    writer.finish()
    (created,) = BulkWriter(batch_size=10).write(Series, [dict(row, name="By bulk_create")])
    assert [r["id"] for r in copied] == sorted(r["id"] for r in copied)
    first, second, third = Series.objects.filter(clinic=clinic).order_by("pk")
    assert (first.pk, second.pk, third.pk) == (copied[0]["id"], copied[1]["id"], created["id"])
    fields = [
        f.attname for f in Series._meta.concrete_fields if f.attname[:4] not in {"id", "name"}
    ]
    assert {f: getattr(first, f) for f in fields} == {f: getattr(third, f) for f in fields}
    assert first.measure_schedule == [{"measure": "nprs"}]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_every_foreign_key_is_back_after_seeding(db, settings):
    """The COPY writer drops the foreign keys of the tables it fills and adds them back, so
    PostgreSQL checks all the rows at once."""

    def foreign_keys():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2"
            )
            return cursor.fetchall()

    settings.DEBUG = True
    before = foreign_keys()
    assert any(table == "care_adherenceentry" for table, _, _ in before)
    seed()
    seed("--flush")
    assert foreign_keys() == before
