import shutil
import zoneinfo
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count

from clinic.library.models import Exercise
from clinic.models import Client, Clinic, Credential, Practitioner, User
from clinic.security.models import SignedInSession
from sessions.models import (
    AdherenceEntry,
    BookingSettings,
    CalendarFeed,
    Clip,
    ConsentChoice,
    DayChange,
    HomeProgram,
    Intake,
    PainRegion,
    Photo,
    Plan,
    ProgramItem,
    ProgramReminder,
    Response,
    Series,
    SharedComparison,
    SignedConsent,
    TreatmentSession,
    WorkingHours,
)
from sessions.outcomes import outcomes_report
from sessions.scale.writer import BulkWriter, row_writer
from tests.factories import ClinicFactory
from tests.helpers import check_sign_in
from tests.test_outcomes import figures, report_read_in_python

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


def test_most_clients_of_recent_plans_sent_an_intake_and_signed_the_consent(seeded):
    intakes = Intake.objects.exclude(client__email="bench-client@scale.example")
    assert intakes.submitted().count() > Client.objects.count() * 0.5
    assert intakes.filter(submitted_at__isnull=True).exists()  # some still in progress
    assert SignedConsent.objects.count() >= intakes.submitted().count()
    assert not intakes.submitted().filter(client__signed_consents__isnull=True).exists()
    kinds = set(ConsentChoice.objects.filter(granted=True).values_list("kind", flat=True))
    assert kinds == set(ConsentChoice.Kind.values)


def test_measures_due_at_completed_sessions_have_responses(seeded):
    responses = Response.objects.submitted().select_related("session__plan__series", "instrument")
    assert responses.count() > 30
    for response in responses:
        assert response.session.status == TreatmentSession.Status.COMPLETED
        assert response.instrument.key in response.session.due_measure_keys
        assert response.score is not None
    assert Plan.objects.exclude(measure_verdict=Plan.MeasureVerdict.NONE).exists()


def test_the_outcomes_report_reads_what_the_seeded_responses_say(seeded):
    for clinic in Clinic.objects.all():
        assert figures(outcomes_report(clinic)) == figures(report_read_in_python(clinic))


def test_photos_clips_and_reminders_have_their_consents_and_files(seeded):
    photos = Photo.objects.exclude(session__plan__client__email="bench-client@scale.example")
    assert photos.count() >= 4
    for photo in photos.select_related("session__plan__client"):
        assert ConsentChoice.is_given(photo.session.plan.client, ConsentChoice.Kind.PHOTOS)
        assert default_storage.exists(photo.image.name)
    assert Photo.objects.values("image").distinct().count() == Photo.objects.count()
    assert SharedComparison.objects.exists()
    if shutil.which("ffmpeg"):
        clip = Clip.objects.get()
        assert default_storage.exists(clip.file.name)
        assert ProgramItem.objects.filter(
            program__client=clip.client, exercise=clip.exercise
        ).exists()
    reminders = ProgramReminder.objects.select_related("client")
    assert reminders.exists()
    for reminder in reminders:
        assert reminder.client.user_id
        assert HomeProgram.objects.current().filter(client=reminder.client).exists()


def test_every_clinic_books_and_every_practitioner_has_working_hours(seeded):
    assert BookingSettings.objects.count() == 2
    assert not Practitioner.objects.filter(working_hours__isnull=True).exists()
    assert CalendarFeed.objects.exists() or DayChange.objects.exists()


def test_one_clinic_in_five_works_in_french(seeded):
    french = Clinic.objects.get(language="fr-ca")
    assert french.time_zone == "America/Toronto"
    users = User.objects.filter(clinic=french)
    assert users.exists()
    assert set(users.values_list("language", flat=True)) == {"fr-ca"}
    own = Exercise.objects.filter(clinic=french)
    assert own.exists()
    assert not own.filter(name_fr_ca__isnull=True).exists()
    assert not own.filter(steps_fr_ca__isnull=True).exists()
    assert Exercise.objects.filter(clinic__language="en", name_fr_ca__isnull=True).exists()


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


def test_flush_works_after_the_bench_accounts_have_signed_in(seeded, client):
    client.post(
        "/accounts/login/", {"username": "bench-practitioner@scale.example", "password": PASSWORD}
    )
    assert SignedInSession.objects.filter(user__email="bench-practitioner@scale.example").exists()

    out = seed("--flush")

    assert "Deleted the scale data of 2 clinics" in out
    assert not SignedInSession.objects.exists()
    assert User.objects.filter(email="bench-practitioner@scale.example").count() == 1


def test_flush_deletes_the_files_too(seeded):
    files = [photo.image.name for photo in Photo.objects.all()]
    files += [clip.file.name for clip in Clip.objects.all()]
    models = [Intake, SignedConsent, Response, Photo, Clip, ProgramReminder, BookingSettings]
    models += [WorkingHours, DayChange, CalendarFeed, ConsentChoice]
    with_rows = [model for model in models if model.objects.exists()]
    from sessions.scale.seeder import flush_scale_data

    flush_scale_data(StringIO())
    assert not [model for model in with_rows if model.objects.exists()]
    assert with_rows
    assert files
    assert not [name for name in files if default_storage.exists(name)]


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


def test_bench_history_clients_have_what_the_benchmark_compares(seeded):
    long = Client.objects.get(user__email="bench-long@scale.example")
    ten = Client.objects.get(user__email="bench-ten@scale.example")
    full = Client.objects.get(user__email="bench-client-full@scale.example")
    practitioner = Practitioner.objects.get(user__email="bench-practitioner@scale.example")
    for client in (long, ten):
        plan = client.plans.get(status=Plan.Status.ACTIVE)
        assert plan.lead == practitioner and plan.completed_count == plan.sessions.count() - 1
    assert ten.plans.count() == 1
    # A tenth of the 300 sessions of this small data set, over years.
    sessions = TreatmentSession.objects.filter(plan__client=long)
    assert 20 < sessions.count() <= 30 and long.plans.count() > 2
    first, last = sessions.order_by("scheduled_at")[:: sessions.count() - 1]
    assert (last.scheduled_at - first.scheduled_at).days > 3 * 365
    assert long.responses.filter(status="submitted").exists()
    assert HomeProgram.objects.current().get(client=full).items.count() == 11


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
