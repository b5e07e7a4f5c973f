"""Stable identities. Each entry's fullUrl is a urn:uuid made from a uuid5 of its table and
primary key, so that the same row gets the same id in every export, and references between
entries are these urns."""

import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://bodywork-notes.example/fhir")


def row_uuid(kind, pk):
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{pk}"))


def full_url(kind, pk):
    return f"urn:uuid:{row_uuid(kind, pk)}"


def ref(kind, pk, display=None):
    reference = {"reference": full_url(kind, pk)}
    if display:
        reference["display"] = display
    return reference
