"""The people of a record: the client as Patient, the practitioners, the clinic."""

from sessions.fhir.ids import ref, row_uuid


def organization(clinic):
    return {
        "resourceType": "Organization",
        "id": row_uuid("clinic", clinic.pk),
        "identifier": [{"system": "urn:bodywork-notes:clinic", "value": clinic.slug}],
        "active": True,
        "name": clinic.name,
    }


def patient(client):
    resource = {
        "resourceType": "Patient",
        "id": row_uuid("client", client.pk),
        "active": client.archived_at is None,
        "name": [{"use": "official", "family": client.last_name, "given": [client.first_name]}],
        "managingOrganization": ref("clinic", client.clinic_id, client.clinic.name),
    }
    telecom = []
    if client.phone:
        telecom.append({"system": "phone", "value": client.phone})
    if client.email:
        telecom.append({"system": "email", "value": client.email})
    if telecom:
        resource["telecom"] = telecom
    if client.date_of_birth:
        resource["birthDate"] = client.date_of_birth.isoformat()
    return resource


def practitioner(person):
    resource = {
        "resourceType": "Practitioner",
        "id": row_uuid("practitioner", person.pk),
        "active": person.user.is_active,
        "name": [{"text": person.user.full_name}],
    }
    qualifications = [
        {"code": {"text": credential.title or credential.get_method_display()}}
        for credential in person.credentials.all()
    ]
    if person.profession:
        qualifications.insert(0, {"code": {"text": person.profession}})
    if qualifications:
        resource["qualification"] = qualifications
    return resource
