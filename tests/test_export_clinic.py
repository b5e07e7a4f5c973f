"""A clinic exported from one database and imported into an empty one comes back row for row."""

import datetime
import json

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from clinic.library.models import Exercise
from clinic.models import AuditEvent, AuthenticatorApp, Clinic, Passkey, RememberedDevice, User
from clinic.privacy.models import PrivacyOfficer
from clinic.security.factors import new_recovery_codes
from sessions.export import MODELS, export_clinic
from sessions.export_files import file_fields
from sessions.models import (
    ConsentChoice,
    ConsentText,
    HomeProgram,
    Instrument,
    IntakeQuestion,
    PlanMeasure,
    Response,
    SharedComparison,
    SignedSessionError,
    Technique,
    TreatmentSession,
)
from tests import factories
from tests.booking_helpers import booking_rows
from tests.intake_helpers import submitted_intake
from tests.photo_helpers import take_photo
from tests.privacy_helpers import correction, incident
from tests.test_access_walk import PNG

SESSION_TECHNIQUES = TreatmentSession.techniques.through


def seed(clinic, tag):
    """A working clinic: a team, clients, a signed and amended session, a revised program."""
    lead = factories.CredentialFactory(
        practitioner__clinic=clinic, practitioner__user__email=f"lead@{tag}.example"
    ).practitioner
    admin = factories.ClinicAdminFactory(clinic=clinic)
    factories.CredentialFactory(practitioner=admin, method="smt", max_session=3)
    portal_client = factories.PortalClientFactory(clinic=clinic, email=f"ruth@{tag}.example")
    factories.ClientFactory(clinic=clinic, archived_at=timezone.now())

    own_technique = factories.TechniqueFactory(clinic=clinic, name=f"{tag} skin rolling")
    shared_technique = Technique.objects.filter(clinic__isnull=True).first()
    own_exercise = factories.ExerciseFactory(
        clinic=clinic,
        slug="pelvic-tilts",
        image=SimpleUploadedFile("pelvic-tilts.png", PNG, content_type="image/png"),
    )
    shared_exercise = Exercise.objects.filter(clinic__isnull=True).first()

    plan = factories.PlanFactory(client=portal_client, lead=lead)
    signed, draft = factories.completed_sessions(plan, [(7, 4), (5, 3)], signed=False)
    signed.techniques.set([own_technique, shared_technique])
    signed.subjective = "Stiff every morning."
    signed.pelvic_tilt = TreatmentSession.PelvicTilt.ANTERIOR
    signed.save()
    factories.PainRegionFactory(session=signed, region="low_back", intensity=6)
    factories.PainRegionFactory(
        session=signed, region="hamstring_l", intensity=3, kind="referred", source="sacrum"
    )
    signed.sign(lead)
    factories.AmendmentFactory(
        session=signed, old_text="Stiff every morning.", new_text="Stiff on waking."
    )
    draft.techniques.set([shared_technique])
    Instrument.objects.install_builtins(clinic)
    nprs = Instrument.objects.get(clinic=clinic, key="nprs")
    Response(client=portal_client, plan=plan, session=signed, instrument=nprs).save_answers(
        {"worst": 7, "least": 3, "usual": 5}, lead.user, submit=True
    )
    own = Instrument.objects.create(
        clinic=clinic, key="own", name=f"{tag} check", rule="sum", items=[{"id": "1", "text": "Q"}]
    )
    Response(client=portal_client, plan=plan, session=draft, instrument=own).save_answers(
        {"1": 2}, admin.user, submit=False
    )
    booked = factories.TreatmentSessionFactory(
        plan=plan, number=3, scheduled_at=timezone.now() + datetime.timedelta(days=7)
    )
    booking_rows(clinic, lead, plan.series, booked)

    first = HomeProgram.draft_for(portal_client, lead, session=signed)
    factories.ProgramItemFactory(program=first, exercise=own_exercise, position=0)
    factories.ProgramItemFactory(program=first, exercise=shared_exercise, position=1)
    first.publish()
    second = HomeProgram.draft_for(portal_client, lead)
    second.note = "Add the second one now."
    second.save()
    second.publish()
    for item in second.items.all():
        factories.AdherenceEntryFactory(item=item, day=datetime.date(2026, 3, 2), pain=2)
    factories.AdherenceEntryFactory(
        item=first.items.first(), day=datetime.date(2026, 2, 20), comment="Easy."
    )

    intake = submitted_intake(portal_client, flagged=["cancer"])
    intake.review(lead, "cleared", "Treated long ago.")
    intake.amend(lead, "goals", "Walk the dog", "Said at session 1")
    ConsentChoice.record_changes(portal_client, {"photos": True}, portal_client.user)
    photo_rows(plan, signed, draft, lead)
    ConsentText.publish(clinic, f"The {tag} consent, a second version.", lead)
    IntakeQuestion.objects.create(clinic=clinic, wording=f"{tag}: firm or gentle?")
    # Law 25: the person in charge, and an incident corrected once.
    PrivacyOfficer.objects.create(
        clinic=clinic, name=f"{tag} officer", title="Director", email=f"privacy@{tag}.example"
    )
    correction(incident(clinic, admin.user), admin.user, people_count=14)
    # The admin's second step and a browser remembered for it.
    AuthenticatorApp.objects.create(user=admin.user, secret="JBSWY3DPEHPK3PXP", last_step=9)
    Passkey.objects.create(
        user=admin.user, name="Tablet", credential_id=f"{tag}-key", public_key=b"\x00\xffkey"
    )
    new_recovery_codes(admin.user)
    RememberedDevice.objects.create(
        user=admin.user,
        token=f"{tag}-token",
        device="Firefox on Linux",
        expires_at=timezone.now() + datetime.timedelta(days=30),
    )

    for action in [AuditEvent.Action.VIEW, AuditEvent.Action.SIGN, AuditEvent.Action.AMEND]:
        AuditEvent.objects.create(
            clinic=clinic,
            actor=lead.user,
            actor_name=lead.user.full_name,
            action=action,
            client=portal_client,
            record_type="treatment session",
            record_id=str(signed.pk),
            ip_address="192.0.2.7",
        )
    return lead


def photo_rows(plan, signed, draft, lead):
    """A front photo of each session, one removed with a reason, and the pair shared."""
    take_photo(signed, "front", by=lead)
    take_photo(draft, "front", 1, by=lead)
    take_photo(draft, "left", 1, by=lead).remove(lead, "Blurred")
    SharedComparison.objects.create(plan=plan, first=signed, second=draft, shared_by=lead)


def stored_files():
    """Every file the rows name, with its content."""
    files = {}
    for model in MODELS:
        for field in file_fields(model):
            for name in model._base_manager.exclude(**{field.name: ""}).values_list(
                field.name, flat=True
            ):
                with default_storage.open(name, "rb") as file:
                    files[name] = file.read()
    return files


def snapshot():
    """Every row of both apps' tables, field by field. Rows of tables that join sessions and
    techniques, and the plans' measure summaries (rebuilt, not exported), get new ids on
    import, so those are keyed by what they hold."""
    rows = {}
    for app in ["clinic", "care"]:
        for model in apps.get_app_config(app).get_models(include_auto_created=True):
            for values in model._base_manager.values():
                if model._meta.auto_created or model is PlanMeasure:
                    values.pop("id")
                    key = (model._meta.label, tuple(sorted(values.items())))
                else:
                    key = (model._meta.label, values["id"])
                rows[key] = values
    return rows


def wipe():
    """Empties the clinics' tables around the model locks (signed sessions, audit trail),
    and deletes their files; the shared library rows stay, as in a freshly migrated
    database."""
    for name in stored_files():
        default_storage.delete(name)
    SESSION_TECHNIQUES.objects.all()._raw_delete(SESSION_TECHNIQUES.objects.db)
    PlanMeasure.objects.all()._raw_delete(PlanMeasure.objects.db)  # not exported: derived
    for model in reversed(MODELS):
        rows = model._base_manager.all()
        if model in (Exercise, Technique):
            rows = rows.filter(clinic__isnull=False)
        rows._raw_delete(rows.db)


@pytest.fixture
def two_clinics(clinic):
    seed(clinic, "harbour")
    only_harbour = snapshot()
    seed(factories.ClinicFactory(name="Bayou Bodywork", slug="bayou"), "bayou")
    return only_harbour, snapshot()


def export_file(tmp_path, slug):
    path = tmp_path / f"{slug}.json"
    call_command("export_clinic", slug, output=str(path))
    return path


@pytest.mark.storage
def test_a_clinic_comes_back_row_for_row_in_an_empty_database(two_clinics, tmp_path):
    only_harbour, both = two_clinics
    files = stored_files()
    harbour_file = export_file(tmp_path, "harbour")
    bayou_file = export_file(tmp_path, "bayou")
    assert len(both) > len(only_harbour)
    assert (tmp_path / "harbour-files").is_dir()

    wipe()
    assert not TreatmentSession.objects.exists()
    call_command("import_clinic", str(harbour_file))

    assert snapshot() == only_harbour

    call_command("import_clinic", str(bayou_file))

    assert snapshot() == both
    assert stored_files() == files
    assert len(files) == 6  # each clinic: an exercise picture and two photos kept


@pytest.mark.storage
def test_an_import_refuses_a_file_that_does_not_match_its_checksum(clinic, tmp_path):
    seed(clinic, "harbour")
    harbour_file = export_file(tmp_path, "harbour")
    data = json.loads(harbour_file.read_text())
    photo = next(entry for entry in data["files"] if entry["model"] == "care.photo")
    damaged = tmp_path / "harbour-files" / photo["name"]
    damaged.write_bytes(damaged.read_bytes()[:-10] + b"0123456789")
    wipe()

    with pytest.raises(CommandError, match="does not match its checksum"):
        call_command("import_clinic", str(harbour_file))

    assert not TreatmentSession.objects.exists()
    assert not stored_files()


def test_an_import_refuses_a_file_name_outside_its_folder(clinic, tmp_path):
    seed(clinic, "harbour")
    harbour_file = export_file(tmp_path, "harbour")
    data = json.loads(harbour_file.read_text())
    data["files"][0]["name"] = "../../etc/passwd"
    harbour_file.write_text(json.dumps(data))
    wipe()

    with pytest.raises(CommandError, match="outside its folder"):
        call_command("import_clinic", str(harbour_file))


def test_the_export_lists_shared_library_rows_by_name_and_keeps_password_hashes(clinic, tmp_path):
    lead = seed(clinic, "harbour")
    data = json.loads(export_file(tmp_path, "harbour").read_text())

    assert data["format"] == "bodywork-notes/clinic-export"
    assert data["clinic"] == "harbour"
    rows = {(row["model"], row["pk"]): row["fields"] for row in data["objects"]}
    assert rows[("clinic.user", lead.user.pk)]["password"] == lead.user.password
    assert "groups" not in rows[("clinic.user", lead.user.pk)]
    shared_exercise = Exercise.objects.filter(clinic__isnull=True).first()
    items = [row for row in data["objects"] if row["model"] == "care.programitem"]
    assert [shared_exercise.slug] in [item["fields"]["exercise"] for item in items]
    assert not any(
        row["model"] == "clinic.exercise" and row["fields"]["clinic"] is None
        for row in data["objects"]
    )
    shared_technique = Technique.objects.filter(clinic__isnull=True).first()
    signed = TreatmentSession.objects.signed().get()
    techniques = rows[("care.treatmentsession", signed.pk)]["techniques"]
    assert [shared_technique.name] in techniques
    image = rows[("clinic.exercise", Exercise.objects.get(slug="pelvic-tilts").pk)]["image"]
    assert image.startswith("exercises/pelvic-tilts")
    assert {"model": "clinic.exercise", "field": "image", "name": image} in [
        {key: entry[key] for key in ("model", "field", "name")} for entry in data["files"]
    ]


def test_people_sign_in_with_their_passwords_after_the_import(two_clinics, tmp_path, client, rf):
    harbour_file = export_file(tmp_path, "harbour")
    wipe()
    call_command("import_clinic", str(harbour_file))

    def sign_in(email):
        return authenticate(rf.post("/"), username=email, password=factories.PASSWORD)

    assert sign_in("lead@harbour.example").is_practitioner
    assert sign_in("ruth@harbour.example").is_client
    client.post(
        reverse("login"), {"username": "lead@harbour.example", "password": factories.PASSWORD}
    )
    assert (
        "Harbour Structural Integration" in client.get(reverse("care:dashboard")).content.decode()
    )


def test_imported_signed_sessions_and_audit_events_stay_locked(two_clinics, tmp_path):
    harbour_file = export_file(tmp_path, "harbour")
    wipe()
    call_command("import_clinic", str(harbour_file))

    signed = TreatmentSession.objects.signed().get()
    signed.subjective = "Rewritten"
    with pytest.raises(SignedSessionError):
        signed.save()
    assert AuditEvent.objects.count() == 3
    factories.ClientFactory(clinic=signed.plan.client.clinic)  # new ids do not collide


def test_import_refuses_a_database_that_already_has_the_clinic(clinic, tmp_path):
    seed(clinic, "harbour")
    harbour_file = export_file(tmp_path, "harbour")
    before = snapshot()

    with pytest.raises(CommandError, match="already has the clinic “harbour”"):
        call_command("import_clinic", str(harbour_file))

    assert snapshot() == before


def test_import_refuses_rows_whose_ids_are_taken(clinic, tmp_path):
    seed(clinic, "harbour")
    harbour_file = export_file(tmp_path, "harbour")
    wipe()
    factories.ClinicFactory(pk=clinic.pk, slug="somebody-else")

    with pytest.raises(CommandError, match="same ids are already here"):
        call_command("import_clinic", str(harbour_file))

    assert not TreatmentSession.objects.exists()


def test_an_account_with_the_same_email_elsewhere_does_not_block_the_import(clinic, tmp_path):
    seed(clinic, "harbour")
    harbour_file = export_file(tmp_path, "harbour")
    wipe()
    elsewhere = factories.PractitionerFactory(user__email="lead@harbour.example")

    call_command("import_clinic", str(harbour_file))

    harbour = Clinic.objects.get(slug="harbour")
    imported = User.objects.get(clinic=harbour, email="lead@harbour.example")
    assert imported.practitioner.clinic == harbour
    assert imported != elsewhere.user


def test_import_refuses_a_site_account_that_already_exists(clinic, tmp_path):
    seed(clinic, "harbour")
    operator = factories.UserFactory(clinic=None, email="operator@example.org", is_staff=True)
    AuditEvent.objects.create(
        clinic=clinic, actor=operator, actor_name="Operator", action="view", record_type="x"
    )
    harbour_file = export_file(tmp_path, "harbour")
    wipe()
    factories.UserFactory(clinic=None, email="operator@example.org")

    with pytest.raises(CommandError, match="operator@example.org"):
        call_command("import_clinic", str(harbour_file))


def test_import_refuses_a_shared_exercise_this_library_lacks(clinic, tmp_path):
    seed(clinic, "harbour")
    harbour_file = export_file(tmp_path, "harbour")
    data = json.loads(harbour_file.read_text())
    for row in data["objects"]:
        if row["model"] == "care.programitem" and isinstance(row["fields"]["exercise"], list):
            row["fields"]["exercise"] = ["no-such-exercise"]
    harbour_file.write_text(json.dumps(data))
    wipe()

    with pytest.raises(CommandError, match="no-such-exercise"):
        call_command("import_clinic", str(harbour_file))

    assert not AuditEvent.objects.exists()


def test_export_writes_to_stdout_with_the_files_in_a_folder(clinic, capsys, tmp_path):
    seed(clinic, "harbour")
    with pytest.raises(CommandError, match="uploaded files. Give --output FILE"):
        call_command("export_clinic", "harbour")

    call_command("export_clinic", "harbour", files=str(tmp_path / "uploads"))

    data = json.loads(capsys.readouterr().out)
    assert data["clinic"] == "harbour"
    assert len(list((tmp_path / "uploads").rglob("*.*"))) == len(data["files"]) == 3


def test_export_of_an_unknown_clinic_is_refused(db):
    with pytest.raises(CommandError, match="no clinic with the slug “nowhere”"):
        call_command("export_clinic", "nowhere")


def test_export_reads_in_a_bounded_number_of_queries(clinic, django_assert_max_num_queries):
    seed(clinic, "harbour")

    # One read a table, whatever the data: 25 for the care and the clinic, 7 for the intake,
    # 2 for the outcome measures, 4 for the second factor, 9 for booking, 2 for Law 25,
    # 2 for photos.
    with django_assert_max_num_queries(51):
        export_clinic(clinic)


def test_with_fhir_the_export_writes_one_bundle_per_client_beside_it(clinic, tmp_path):
    seed(clinic, "harbour")
    path = tmp_path / "harbour.json"
    call_command("export_clinic", "harbour", output=str(path), fhir=True)
    bundles = sorted((tmp_path / "harbour-fhir").iterdir())
    assert len(bundles) == clinic.clients.count() == 2
    kinds = [json.loads(bundle.read_text())["resourceType"] for bundle in bundles]
    assert kinds == ["Bundle", "Bundle"]
    assert json.loads(path.read_text())["clinic"] == "harbour"


def test_fhir_bundles_need_a_file_to_sit_beside(clinic):
    with pytest.raises(CommandError, match="--output"):
        call_command("export_clinic", clinic.slug, fhir=True)
