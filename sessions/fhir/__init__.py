"""A client's record as FHIR R4 resources, built as plain dicts (the web workers never load
the pydantic models of fhir.resources; the tests validate what we write with them).

    responses.py  outcome-measure responses as QuestionnaireResponse
    ids.py        stable ids: urn:uuid fullUrls from a uuid5 of each row
    people.py     Patient, Practitioner, Organization (the clinic)
    care.py       Condition, a CarePlan per plan, an Encounter per session, Observations
    programs.py   a home program as a CarePlan with its activities
    bundle.py     the whole record as one Bundle of type "collection"
"""

from sessions.fhir.bundle import client_bundle, client_bundle_data
from sessions.fhir.responses import questionnaire_response

__all__ = ["client_bundle", "client_bundle_data", "questionnaire_response"]
