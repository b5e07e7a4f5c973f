"""One client's whole record as a FHIR R4 Bundle.

The bundle is a "collection", not a "document": a document needs a Composition as its first
entry and stands for one attested clinical document, whereas this is everything the clinic
holds about the client, for them to take elsewhere. Every entry's fullUrl is a urn:uuid (see
ids.py) and every reference points at an entry of the same bundle. The queries are a fixed
number however many sessions the record holds.
"""

import json

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import Promise

from clinic.models import Practitioner
from sessions.fhir import care, people, programs
from sessions.fhir.ids import full_url, ref, row_uuid
from sessions.fhir.responses import linked_response
from sessions.models import HomeProgram, Plan, ProgramItem, Response, TreatmentSession

CONTENT_TYPE = "application/fhir+json"


def client_bundle_data(client):
    """The rows a bundle is made of, read in a fixed number of queries."""
    plans = list(
        Plan.objects.filter(client=client)
        .select_related("series", "lead__user")
        .prefetch_related(
            Prefetch(
                "sessions",
                queryset=TreatmentSession.objects.select_related("practitioner__user").order_by(
                    "scheduled_at", "number", "pk"
                ),
            ),
            "sessions__pain_regions",
        )
        .order_by("started_on", "pk")
    )
    program_list = list(
        HomeProgram.objects.filter(client=client, published_at__isnull=False)
        .select_related("created_by__user")
        .prefetch_related(
            Prefetch("items", queryset=ProgramItem.objects.select_related("exercise"))
        )
        .order_by("version")
    )
    responses = list(
        Response.objects.filter(client=client)
        .select_related("instrument", "client")
        .order_by("session__scheduled_at", "instrument__name", "pk")
    )
    practitioner_ids = {plan.lead_id for plan in plans}
    practitioner_ids |= {s.practitioner_id for plan in plans for s in plan.sessions.all()}
    practitioner_ids |= {program.created_by_id for program in program_list}
    practitioners = (
        Practitioner.objects.filter(pk__in=practitioner_ids)
        .select_related("user")
        .prefetch_related("credentials")
        .order_by("pk")
    )
    return {
        "plans": plans,
        "programs": program_list,
        "responses": responses,
        "practitioners": list(practitioners),
    }


def client_bundle(client):
    """The record as a Bundle (a plain dict)."""
    data = client_bundle_data(client)
    clinic = client.clinic
    resources = [people.patient(client), people.organization(clinic)]
    resources += [people.practitioner(person) for person in data["practitioners"]]
    condition_ref = None
    if care.has_condition(client):
        resources.append(care.condition(client))
        condition_ref = ref("complaint", client.pk)
    for plan in data["plans"]:
        plan.client = client
        sessions = list(plan.sessions.all())
        resources.append(care.care_plan(plan, sessions, condition_ref))
        for session in sessions:
            session.plan = plan
            resources.append(care.encounter(session, plan, condition_ref))
            resources += care.pain_observations(session, plan)
    resources += [linked_response(response) for response in data["responses"]]
    previous = None
    for program in data["programs"]:
        resources.append(programs.home_program(program, clinic, replaces=previous))
        previous = program
    return plain(
        {
            "resourceType": "Bundle",
            "id": row_uuid("bundle", client.pk),
            "type": "collection",
            "timestamp": timezone.now().isoformat(),
            "entry": [
                {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
                for resource in resources
            ],
        }
    )


def plain(value):
    """Labels read from models are lazy translations: the bundle holds their text."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return str(value) if isinstance(value, Promise) else value


def dumps(bundle):
    return json.dumps(bundle, ensure_ascii=False, indent=1)


__all__ = ["CONTENT_TYPE", "client_bundle", "client_bundle_data", "dumps", "full_url"]
