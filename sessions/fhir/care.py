"""The care itself: the complaint as a Condition, each plan as a CarePlan, each session as
an Encounter, and the pain scores as Observations.

A plan is a CarePlan rather than an EpisodeOfCare: it is a course of treatment with an
intent, a planned number of sessions and a lead practitioner, which is what CarePlan
describes; EpisodeOfCare is the administrative side (who is responsible, for billing).
Each session is one of the plan's activities, its outcome the session's Encounter.
"""

import datetime

from django.utils.translation import gettext as _

from sessions.fhir.ids import ref, row_uuid

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
PAIN_SCORE = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
SURVEY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
AMBULATORY = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "code": "AMB",
    "display": "ambulatory",
}
# SNOMED CT body structures for the body map's regions, where one fits without doubt. The
# side (left, right) and front or back stay in the text, which every region carries.
BODY_SITES = {
    "head": ("69536005", "Head structure"),
    "neck": ("45048000", "Neck structure"),
    "shoulder": ("16982005", "Shoulder region structure"),
    "chest": ("51185008", "Thoracic structure"),
    "abdomen": ("113345001", "Abdominal structure"),
    "low_back": ("37822005", "Lower back structure"),
    "buttock": ("46862004", "Buttock structure"),
    "thigh": ("68367000", "Thigh structure"),
    "hamstring": ("68367000", "Thigh structure"),
    "knee": ("72696002", "Knee region structure"),
    "foot": ("56459004", "Foot structure"),
}
PLAN_STATUS = {"active": "active", "completed": "completed", "stopped": "revoked"}
# Encounter (R4) has no "no-show": a session the client missed did not take place.
ENCOUNTER_STATUS = {
    "planned": "planned",
    "completed": "finished",
    "cancelled": "cancelled",
    "no_show": "cancelled",
}
ACTIVITY_STATUS = {
    "planned": "scheduled",
    "completed": "completed",
    "cancelled": "cancelled",
    "no_show": "cancelled",
}


def has_condition(client):
    return bool(client.main_complaint or client.complaint_onset)


def condition(client):
    resource = {
        "resourceType": "Condition",
        "id": row_uuid("complaint", client.pk),
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": "active",
                }
            ]
        },
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-category",
                        "code": "problem-list-item",
                    }
                ]
            }
        ],
        "code": {"text": client.main_complaint or _("Current complaint")},
        "subject": ref("client", client.pk),
        "recordedDate": client.created_at.date().isoformat(),
    }
    if client.complaint_onset:
        resource["onsetDateTime"] = client.complaint_onset.isoformat()
    return resource


def care_plan(plan, sessions, condition_ref):
    resource = {
        "resourceType": "CarePlan",
        "id": row_uuid("plan", plan.pk),
        "status": PLAN_STATUS[plan.status],
        "intent": "plan",
        "title": plan.series.name,
        "description": plan.series.get_method_display(),
        "subject": ref("client", plan.client_id),
        "period": {"start": plan.started_on.isoformat()},
        "author": ref("practitioner", plan.lead_id, str(plan.lead)),
        "activity": [
            {
                "outcomeReference": [ref("session", session.pk)],
                "detail": {
                    "status": ACTIVITY_STATUS[session.status],
                    "description": session.number_label,
                    "performer": [ref("practitioner", session.practitioner_id)],
                },
            }
            for session in sessions
        ],
    }
    if plan.ended_on:
        resource["period"]["end"] = plan.ended_on.isoformat()
    if condition_ref:
        resource["addresses"] = [condition_ref]
    if plan.stop_reason:
        resource["note"] = [{"text": plan.stop_reason}]
    if not resource["activity"]:
        del resource["activity"]
    return resource


def ends_at(session):
    return session.scheduled_at + datetime.timedelta(minutes=session.duration_minutes)


def encounter(session, plan, condition_ref):
    resource = {
        "resourceType": "Encounter",
        "id": row_uuid("session", session.pk),
        "status": ENCOUNTER_STATUS[session.status],
        "class": AMBULATORY,
        "type": [{"text": f"{plan.series.name}: {session.number_label}"}],
        "subject": ref("client", plan.client_id),
        "participant": [
            {"individual": ref("practitioner", session.practitioner_id, str(session.practitioner))}
        ],
        "period": {
            "start": session.scheduled_at.isoformat(),
            "end": ends_at(session).isoformat(),
        },
        "serviceProvider": ref("clinic", plan.client.clinic_id),
    }
    if condition_ref:
        resource["reasonReference"] = [condition_ref]
    return resource


def pain_observations(session, plan):
    """Pain before and after the session, then one per painful region of the body map."""
    readings = [
        ("pain-before", session.pain_before, session.scheduled_at, _("Pain before the session")),
        ("pain-after", session.pain_after, ends_at(session), _("Pain after the session")),
    ]
    observations = [
        _pain(session, plan, f"{kind}/{session.pk}", value, when, text)
        for kind, value, when, text in readings
        if value is not None
    ]
    for region in session.pain_regions.all():
        observation = _pain(
            session,
            plan,
            f"pain-region/{region.pk}",
            region.intensity,
            session.scheduled_at,
            _("Pain: %(region)s") % {"region": region.label},
        )
        observation["bodySite"] = body_site(region)
        if region.kind == region.Kind.REFERRED:
            note = _("Referred pain")
            if region.source:
                note = _("Referred pain, thought to come from: %(source)s") % {
                    "source": region.source
                }
        else:
            note = _("Local pain")
        observation["note"] = [{"text": note}]
        observations.append(observation)
    return observations


def body_site(region):
    site = {"text": region.label}
    for prefix, (code, display) in BODY_SITES.items():
        if region.region.startswith(prefix):
            site["coding"] = [{"system": SNOMED, "code": code, "display": display}]
            break
    return site


def _pain(session, plan, row, value, when, text):
    kind, pk = row.split("/")
    return {
        "resourceType": "Observation",
        "id": row_uuid(kind, pk),
        "status": "final" if session.signed_at else "preliminary",
        "category": [SURVEY],
        "code": {"coding": [PAIN_SCORE], "text": text},
        "subject": ref("client", plan.client_id),
        "encounter": ref("session", session.pk),
        "effectiveDateTime": when.isoformat(),
        "valueInteger": value,
    }
