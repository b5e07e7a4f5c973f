"""A home program as a CarePlan: each exercise an activity, its dose the description.
A newer version of the program replaces the one before it."""

from django.utils.translation import gettext as _

from sessions.fhir.ids import ref, row_uuid


def home_program(program, clinic, replaces=None):
    current = program.is_current
    resource = {
        "resourceType": "CarePlan",
        "id": row_uuid("program", program.pk),
        "status": "active" if current else "completed",
        "intent": "plan",
        "category": [{"text": _("Home program")}],
        "title": _("Home program, version %(version)s") % {"version": program.version},
        "subject": ref("client", program.client_id),
        "period": {"start": program.published_at.isoformat()},
        "created": program.published_at.isoformat(),
        "author": ref("practitioner", program.created_by_id, str(program.created_by)),
        "activity": [
            {
                "detail": {
                    "code": {"text": clinic.worded(item.exercise.name)},
                    "status": "in-progress" if current else "completed",
                    "description": clinic.worded(item.dose_text),
                }
            }
            for item in program.items.all()
        ],
    }
    if program.replaced_at:
        resource["period"]["end"] = program.replaced_at.isoformat()
    if program.note:
        resource["description"] = clinic.worded(program.note)
    if replaces is not None:
        resource["replaces"] = [ref("program", replaces.pk)]
    if not resource["activity"]:
        del resource["activity"]
    return resource
