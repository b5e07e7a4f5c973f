"""A client's record as a FHIR R4 Bundle: valid (checked with fhir.resources' R4B models,
the closest it ships to R4; the resources used here are the same in both), complete against
the database, its references resolving inside it, and downloaded by the right people only."""

import json

import pytest
from django.db import connection
from django.test import Client as Browser
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from clinic.models import AuditEvent
from sessions.fhir import client_bundle
from sessions.models import Instrument, PainRegion, ProgramItem, Response, TreatmentSession
from tests import factories


@pytest.fixture
def record(clinic, practitioner, portal_client):
    """A client with a complaint, two plans, charted sessions, a measure, two program versions."""
    client = portal_client
    client.main_complaint = "Low back pain after long days at the desk"
    client.complaint_onset = timezone.localdate().replace(year=2025, month=9, day=1)
    client.save()
    Instrument.objects.install_builtins(clinic)
    nprs = Instrument.objects.get(clinic=clinic, key="nprs")
    plan = factories.PlanFactory(client=client, lead=practitioner)
    sessions = factories.completed_sessions(plan, [(7, 4), (5, 3), (4, None)], signed=False)
    factories.PainRegionFactory(session=sessions[1], region="low_back", intensity=6)
    factories.PainRegionFactory(
        session=sessions[1], region="groin_r", intensity=3, kind="referred", source="Psoas"
    )
    sessions[0].sign(practitioner)
    factories.TreatmentSessionFactory(plan=plan, number=4)
    response = Response(client=client, plan=plan, session=sessions[0], instrument=nprs)
    response.save_answers({"worst": 7, "least": 2, "usual": 5}, practitioner.user, submit=True)
    other_lead = factories.PractitionerFactory(clinic=clinic)
    other_plan = factories.PlanFactory(client=client, lead=other_lead)
    factories.TreatmentSessionFactory(
        plan=other_plan, practitioner=other_plan.lead, status="cancelled"
    )
    exercise = factories.ExerciseFactory(clinic=clinic, name="Psoas release")
    old = factories.ProgramFactory(
        client=client, version=1, created_by=practitioner, replaced_at=timezone.now()
    )
    factories.ProgramItemFactory(program=old, exercise=exercise)
    current = factories.ProgramFactory(client=client, version=2, created_by=practitioner)
    factories.ProgramItemFactory(program=current, exercise=exercise, sets=3, repetitions=10)
    factories.ProgramItemFactory(program=current, exercise=factories.ExerciseFactory(clinic=clinic))
    return client


def resources(bundle, kind=None):
    found = [entry["resource"] for entry in bundle["entry"]]
    return [r for r in found if kind is None or r["resourceType"] == kind]


def test_the_bundle_and_each_entry_are_valid_fhir(record):
    bundle = json.loads(json.dumps(client_bundle(record)))
    Bundle.model_validate(bundle)
    for resource in resources(bundle):
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    assert bundle["type"] == "collection"


def test_the_bundle_holds_as_many_resources_as_the_database(record):
    bundle = client_bundle(record)
    sessions = TreatmentSession.objects.filter(plan__client=record)
    pain_readings = (
        sessions.filter(pain_before__isnull=False).count()
        + sessions.filter(pain_after__isnull=False).count()
    )
    regions = PainRegion.objects.filter(session__plan__client=record).count()
    assert len(resources(bundle, "Patient")) == 1
    assert len(resources(bundle, "Organization")) == 1
    assert len(resources(bundle, "Practitioner")) == 2
    assert len(resources(bundle, "Condition")) == 1
    assert len(resources(bundle, "Encounter")) == sessions.count() == 5
    assert len(resources(bundle, "Observation")) == pain_readings + regions == 7
    assert len(resources(bundle, "QuestionnaireResponse")) == Response.objects.count() == 1
    plans = [r for r in resources(bundle, "CarePlan") if "category" not in r]
    programs = [r for r in resources(bundle, "CarePlan") if "category" in r]
    assert len(plans) == record.plans.count() == 2
    assert len(programs) == record.programs.count() == 2
    activities = sum(len(program.get("activity", [])) for program in programs)
    assert activities == ProgramItem.objects.filter(program__client=record).count() == 3


def test_every_reference_resolves_inside_the_bundle(record):
    bundle = client_bundle(record)
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(urls) == len(set(urls))
    assert all(url.startswith("urn:uuid:") for url in urls)

    def references(value):
        if isinstance(value, dict):
            if "reference" in value:
                yield value["reference"]
            for item in value.values():
                yield from references(item)
        elif isinstance(value, list):
            for item in value:
                yield from references(item)

    found = list(references(bundle))
    assert len(found) > 20
    assert set(found) <= set(urls)


def test_the_ids_are_the_same_in_every_export(record):
    first, second = client_bundle(record), client_bundle(record)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]


def test_pain_is_scored_with_loinc_at_its_session_and_regions_carry_their_body_site(record):
    bundle = client_bundle(record)
    observations = resources(bundle, "Observation")
    assert {o["code"]["coding"][0]["code"] for o in observations} == {"72514-3"}
    first = observations[0]
    encounter = resources(bundle, "Encounter")[0]
    assert first["valueInteger"] == 7
    assert first["encounter"]["reference"] == f"urn:uuid:{encounter['id']}"
    assert first["effectiveDateTime"] == encounter["period"]["start"]
    sites = {o["bodySite"]["text"]: o["bodySite"] for o in observations if "bodySite" in o}
    assert sites["Low back"]["coding"][0] == {
        "system": "http://snomed.info/sct",
        "code": "37822005",
        "display": "Lower back structure",
    }
    assert "coding" not in sites["Right groin and front of hip"]
    assert sorted(o["valueInteger"] for o in observations if "bodySite" in o) == [3, 6]


def test_sessions_plans_and_programs_say_their_state(record):
    bundle = client_bundle(record)
    statuses = [e["status"] for e in resources(bundle, "Encounter")]
    assert statuses == ["finished", "finished", "finished", "planned", "cancelled"]
    condition = resources(bundle, "Condition")[0]
    assert condition["onsetDateTime"] == "2025-09-01"
    programs = [r for r in resources(bundle, "CarePlan") if "category" in r]
    assert [p["status"] for p in programs] == ["completed", "active"]
    assert programs[1]["replaces"][0]["reference"] == f"urn:uuid:{programs[0]['id']}"
    assert programs[1]["activity"][0]["detail"]["code"]["text"] == "Psoas release"
    assert programs[1]["activity"][0]["detail"]["description"].startswith("3 × 10")


def test_a_practitioner_downloads_the_bundle_and_it_is_audited(practitioner_client, record):
    response = practitioner_client.get(reverse("clients:export_fhir", args=[record.pk]))
    assert response["Content-Type"] == "application/fhir+json"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert json.loads(response.content)["resourceType"] == "Bundle"
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT)
    assert event.client == record and event.summary == "FHIR R4 bundle"


def test_the_client_page_links_to_the_bundle(practitioner_client, record):
    page = practitioner_client.get(reverse("clients:detail", args=[record.pk])).content.decode()
    assert reverse("clients:export_fhir", args=[record.pk]) in page


def test_another_clinics_client_answers_404(practitioner_client, other_clinic):
    stranger = factories.ClientFactory(clinic=other_clinic)
    response = practitioner_client.get(reverse("clients:export_fhir", args=[stranger.pk]))
    assert response.status_code == 404
    assert not AuditEvent.objects.exists()


def test_the_bundle_reads_a_fixed_number_of_queries(practitioner_client, portal_client, record):
    """12 for a practitioner: the session, the account, the client, the audit row, then one
    read per table (plans, sessions, regions, programs, items, responses, practitioners and
    their credentials). The same after four more charted sessions; 11 for the client."""
    practitioner_url = reverse("clients:export_fhir", args=[record.pk])
    portal = Browser()
    portal.force_login(portal_client.user)
    portal_url = reverse("portal:record_fhir")
    assert queries(practitioner_client, practitioner_url) == 12
    assert queries(portal, portal_url) == 11
    plan = record.plans.first()
    for number in range(5, 9):
        session = factories.TreatmentSessionFactory(
            plan=plan, number=number, status="completed", pain_before=3, pain_after=2
        )
        factories.PainRegionFactory(session=session, region="neck_back", intensity=2)
    assert queries(practitioner_client, practitioner_url) == 12
    assert queries(portal, portal_url) == 11


def queries(browser, url):
    browser.get(url)  # the first request fills per-process caches
    with CaptureQueriesContext(connection) as captured:
        assert browser.get(url).status_code == 200
    return len(captured)
