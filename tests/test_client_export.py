import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from clinic.models import AuditEvent
from sessions.models import TreatmentSession
from tests import factories


@pytest.fixture
def charted_client(practitioner):
    """A portal client with a signed, amended session and a program revised once."""
    client = factories.PortalClientFactory(
        clinic=practitioner.clinic, first_name="Ruth", last_name="Okafor"
    )
    plan = factories.PlanFactory(client=client, lead=practitioner)
    session = factories.TreatmentSessionFactory(
        plan=plan,
        status=TreatmentSession.Status.COMPLETED,
        pain_before=7,
        pain_after=4,
        pelvic_tilt="anterior",
        subjective="Back stiff every morning.",
        treatment="Released the lumbar fascia.",
    )
    session.techniques.add(factories.TechniqueFactory(clinic=practitioner.clinic, name="Skin roll"))
    factories.PainRegionFactory(session=session, region="low_back", intensity=6)
    factories.PainRegionFactory(
        session=session, region="hamstring_l", intensity=3, kind="referred", source="sacrum"
    )
    session.sign(practitioner)
    factories.AmendmentFactory(
        session=session,
        field="subjective",
        old_text="Back stiff every morning.",
        new_text="Back stiff every morning, easier after a walk.",
        reason="Left out the walk",
    )
    exercise = factories.ExerciseFactory(clinic=practitioner.clinic, name="Pelvic tilts")
    old = factories.ProgramFactory(
        client=client, version=1, created_by=practitioner, replaced_at=timezone.now()
    )
    factories.ProgramItemFactory(program=old, exercise=exercise)
    current = factories.ProgramFactory(client=client, version=2, created_by=practitioner)
    item = factories.ProgramItemFactory(program=current, exercise=exercise, sets=3)
    factories.AdherenceEntryFactory(
        item=item, day=datetime.date(2026, 3, 2), pain=2, comment="Felt loose after."
    )
    return client


def test_json_export_holds_the_whole_record(practitioner_client, charted_client):
    response = practitioner_client.get(reverse("clients:export_json", args=[charted_client.pk]))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="ruth-okafor-record-')
    record = json.loads(response.content)
    assert record["format"] == "bodywork-notes/client-record"
    assert record["client"]["last_name"] == "Okafor"
    assert record["client"]["date_of_birth"] == "1980-05-17"
    assert record["client"]["portal_sign_in"] == charted_client.user.email
    [plan] = record["plans"]
    [session] = plan["sessions"]
    assert session["status"] == "Completed"
    assert (session["pain_before"], session["pain_after"]) == (7, 4)
    assert session["notes"]["subjective"] == "Back stiff every morning, easier after a walk."
    assert session["original_notes"] == {"subjective": "Back stiff every morning."}
    assert session["notes"]["treatment"] == "Released the lumbar fascia."
    assert session["posture"]["pelvic_tilt"] == "Anterior"
    assert session["techniques"] == ["Skin roll"]
    assert session["signed_by"] == str(charted_client.plans.get().lead)
    assert [
        (r["label"], r["intensity"], r["kind"], r["source"]) for r in session["pain_regions"]
    ] == [
        ("Back of left thigh", 3, "Referred", "sacrum"),
        ("Low back", 6, "Local", ""),
    ]
    [amendment] = session["amendments"]
    assert amendment["reason"] == "Left out the walk"
    assert amendment["old_text"] == "Back stiff every morning."
    assert [(p["version"], p["status"]) for p in record["home_programs"]] == [
        (1, "replaced"),
        (2, "current"),
    ]
    [item] = record["home_programs"][1]["items"]
    assert item["exercise"] == "Pelvic tilts"
    assert item["sets"] == 3
    assert item["adherence"] == [{"day": "2026-03-02", "pain": 2, "comment": "Felt loose after."}]


def test_printable_record_shows_the_client_and_their_sessions(practitioner_client, charted_client):
    response = practitioner_client.get(reverse("clients:export_page", args=[charted_client.pk]))

    page = response.content.decode()
    assert "Client record: Ruth Okafor" in page
    assert "Session 1 of 10" in page
    assert "Back stiff every morning, easier after a walk." in page
    assert "Left out the walk" in page
    assert "Back of left thigh 3/10, referred (from sacrum)" in page
    assert "Pelvic tilts" in page
    assert "Mar 2, 2026 (pain 2)" in page
    assert reverse("clients:export_json", args=[charted_client.pk]) in page


def test_client_page_links_to_both_exports(practitioner_client, client_record):
    page = practitioner_client.get(reverse("clients:detail", args=[client_record.pk])).content
    assert reverse("clients:export_page", args=[client_record.pk]).encode() in page
    assert reverse("clients:export_json", args=[client_record.pk]).encode() in page


@pytest.mark.parametrize("name", ["clients:export_json", "clients:export_page"])
def test_each_export_is_written_to_the_audit_trail(
    practitioner_client, practitioner, charted_client, name
):
    practitioner_client.get(reverse(name, args=[charted_client.pk]))

    event = AuditEvent.objects.get()
    assert event.action == AuditEvent.Action.EXPORT
    assert event.client == charted_client
    assert event.actor == practitioner.user
    assert event.clinic == practitioner.clinic
    assert event.summary == ("JSON" if name == "clients:export_json" else "printable page")


@pytest.mark.parametrize("name", ["clients:export_json", "clients:export_page"])
def test_another_clinics_client_is_not_found(practitioner_client, other_clinic, name):
    stranger = factories.ClientFactory(clinic=other_clinic)

    response = practitioner_client.get(reverse(name, args=[stranger.pk]))

    assert response.status_code == 404
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize("name", ["clients:export_json", "clients:export_page"])
def test_clients_cannot_export_even_their_own_record(client, charted_client, name):
    client.force_login(charted_client.user)

    response = client.get(reverse(name, args=[charted_client.pk]))

    assert response.status_code == 404
    assert not AuditEvent.objects.exists()


def test_export_queries_do_not_grow_with_the_record(
    practitioner_client, charted_client, practitioner, django_assert_max_num_queries
):
    plan = charted_client.plans.get()
    for number in range(2, 6):
        session = factories.TreatmentSessionFactory(plan=plan, number=number)
        factories.PainRegionFactory(session=session)
    url = reverse("clients:export_json", args=[charted_client.pk])

    # The record's reads, one a table: the care, the intake and consents, the measures, the
    # bookings, the clips, the program reminders, the photos.
    with django_assert_max_num_queries(21):
        practitioner_client.get(url)
