"""Outcome-measure responses as FHIR R4 QuestionnaireResponse resources (plain dicts,
checked against fhir.resources in the tests)."""

from sessions.fhir.ids import ref, row_uuid
from sessions.models import Rule

LOINC = "http://loinc.org"


def questionnaire_response(response):
    instrument = response.instrument
    items = answer_items(response)
    score_item = {
        "linkId": "score",
        "text": f"Score ({instrument.get_rule_display().lower()})",
        "answer": [{"valueDecimal": response.score}],
    }
    if instrument.loinc:
        score_item["definition"] = f"{LOINC}|{instrument.loinc}"
    if response.score is not None:
        items.append(score_item)
    resource = {
        "resourceType": "QuestionnaireResponse",
        "id": f"response-{response.pk}",
        "questionnaire": questionnaire_reference(instrument),
        "status": "completed" if response.is_submitted else "in-progress",
        "subject": {"display": response.client.full_name},
        "authored": (response.submitted_at or response.updated_at).isoformat(),
        "item": items,
    }
    if not items:
        del resource["item"]
    return resource


def linked_response(response):
    """The response as an entry of a client's bundle: its subject and session are references
    to the bundle's Patient and Encounter."""
    resource = questionnaire_response(response)
    resource["id"] = row_uuid("response", response.pk)
    resource["subject"] = ref("client", response.client_id, response.client.full_name)
    resource["encounter"] = ref("session", response.session_id)
    return resource


def questionnaire_reference(instrument):
    loaded = instrument.questionnaire or {}
    return loaded.get("url") or f"urn:bodywork-notes:questionnaire:{instrument.key}"


def answer_items(response):
    answers = response.answers
    if response.instrument.rule == Rule.PSFS:
        return [
            {
                "linkId": f"activity-{n}",
                "text": row["name"],
                "answer": [{"valueInteger": row["rating"]}],
            }
            for n, row in enumerate(answers.get("activities", []), start=1)
            if row.get("name") and row.get("rating") is not None
        ]
    return [
        {"linkId": item["id"], "text": item["text"], "answer": [{"valueInteger": value}]}
        for item in response.instrument.items
        if (value := answers.get(item["id"])) is not None
    ]
