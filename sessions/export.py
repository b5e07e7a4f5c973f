"""Data portability: a whole clinic moved to another server, and one client's own record.

A clinic export (`export_clinic`, `import_clinic`) is a JSON document:

    {"format": "bodywork-notes/clinic-export", "version": 2, "clinic": "<slug>",
     "exported_at": "<ISO time>", "migrations": {"clinic": "<last>", "care": "<last>"},
     "objects": [<Django serializer rows: {"model", "pk", "fields"}>, ...],
     "files_folder": "<folder beside the JSON>",
     "files": [{"model", "pk", "field", "name", "size", "sha256"}, ...]}

`objects` holds every row of the clinic in dependency order (see `clinic_tables`), with
primary keys, password hashes and timestamps exactly as stored. Rows of the shared library
are not copied: a program item's shared exercise is written as its slug, `["<slug>"]`, and a
shared technique as its name, `["<name>"]`; the import looks them up in the target's library.
Uploaded files (posture photos, exercise pictures, any file field of an exported row) are
copied into a folder beside the JSON and checked against their checksums on import
(sessions/export_files.py). Version 1 exports, without files, still load.

The import keeps the primary keys, so it goes into a database that has none of these rows
yet: a freshly migrated one, or one holding only other clinics exported from the same
source. It refuses when the clinic, an email address or any primary key is already taken,
and it writes everything in one transaction. Django's deserializer saves through
`Model.save_base(raw=True)`, not our `save()` overrides, so signed sessions and the
append-only audit trail load as they were without their locks getting in the way.

A client record (`client_record`) is the one client's data in plain words for the client
or another practitioner: see that function for its structure.
"""

import datetime
import json

from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.functional import Promise

from clinic.library.models import Exercise
from clinic.models import (
    AuditEvent,
    AuthenticatorApp,
    Client,
    Clinic,
    Credential,
    Passkey,
    Practitioner,
    RecoveryCode,
    RememberedDevice,
)
from clinic.privacy.models import Incident, PrivacyOfficer
from sessions.booking_export import booking_record, booking_tables
from sessions.export_files import FileProblem, check_files, copy_in, listed_files, remove
from sessions.fhir import questionnaire_response
from sessions.models import (
    AdherenceEntry,
    Amendment,
    Clip,
    ConsentChoice,
    ConsentText,
    HomeProgram,
    Instrument,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    PainRegion,
    Plan,
    PlanMeasure,
    ProgramItem,
    Response,
    ScreenReview,
    Series,
    SeriesStep,
    SignedConsent,
    Technique,
    TreatmentSession,
)
from sessions.photo_export import photo_record, photo_tables

CLINIC_FORMAT = "bodywork-notes/clinic-export"
CLIENT_FORMAT = "bodywork-notes/client-record"
VERSION = 1
# Version 2 of the clinic export lists the uploaded files it carries (sessions/export_files.py).
CLINIC_VERSION = 2
READABLE_VERSIONS = {1, 2}
MIGRATION_APPS = ["clinic", "care"]
# Accounts keep their password hash; groups and permissions are the operator's, not the clinic's.
USER_FIELDS = [
    "clinic",
    "password",
    "last_login",
    "is_superuser",
    "email",
    "full_name",
    "is_staff",
    "is_active",
    "date_joined",
]


class ExportError(Exception):
    """The clinic's rows point outside the clinic in a way the export cannot carry."""


class ImportRefused(Exception):
    """The file cannot go into this database; nothing was written."""


def clinic_tables(clinic):
    """Every row that belongs to `clinic`, table by table, parents before children."""
    User = get_user_model()
    audit = AuditEvent.objects.filter(clinic=clinic)
    users = User.objects.filter(
        Q(clinic=clinic) | Q(pk__in=audit.filter(actor__isnull=False).values("actor_id"))
    ).distinct()
    sessions = TreatmentSession.objects.filter(plan__client__clinic=clinic)
    tables = [
        (Clinic, Clinic.objects.filter(pk=clinic.pk)),
        (User, users),
        # The second step of the clinic's own accounts; sessions and failed tries are not
        # kept: an import signs everyone out.
        (AuthenticatorApp, AuthenticatorApp.objects.filter(user__clinic=clinic)),
        (Passkey, Passkey.objects.filter(user__clinic=clinic)),
        (RecoveryCode, RecoveryCode.objects.filter(user__clinic=clinic)),
        (RememberedDevice, RememberedDevice.objects.filter(user__clinic=clinic)),
        (Practitioner, Practitioner.objects.filter(clinic=clinic)),
        (Credential, Credential.objects.filter(practitioner__clinic=clinic)),
        # Law 25: the person in charge, and the register of incidents (kept five years).
        (PrivacyOfficer, PrivacyOfficer.objects.filter(clinic=clinic)),
        (Incident, Incident.objects.filter(clinic=clinic)),
        (Client, Client.objects.filter(clinic=clinic)),
        (Exercise, Exercise.objects.filter(clinic=clinic)),
        (Series, Series.objects.filter(clinic=clinic)),
        (SeriesStep, SeriesStep.objects.filter(series__clinic=clinic)),
        (Technique, Technique.objects.filter(clinic=clinic)),
        (Instrument, Instrument.objects.filter(clinic=clinic)),
        (Plan, Plan.objects.filter(client__clinic=clinic)),
        (
            TreatmentSession,
            sessions.prefetch_related(
                Prefetch("techniques", queryset=Technique.objects.only("pk").order_by("pk"))
            ),
        ),
        *booking_tables(clinic, sessions),
        (PainRegion, PainRegion.objects.filter(session__in=sessions)),
        (Amendment, Amendment.objects.filter(session__in=sessions)),
        *photo_tables(clinic, sessions),
        (HomeProgram, HomeProgram.objects.filter(client__clinic=clinic)),
        (ProgramItem, ProgramItem.objects.filter(program__client__clinic=clinic)),
        (AdherenceEntry, AdherenceEntry.objects.filter(item__program__client__clinic=clinic)),
        (Clip, Clip.objects.filter(client__clinic=clinic)),
        *intake_tables(clinic),
        (Response, Response.objects.filter(client__clinic=clinic)),
        (AuditEvent, audit),
    ]
    return [(model, queryset.order_by("pk")) for model, queryset in tables]


def intake_tables(clinic):
    """The intake's rows of `clinic`, parents first."""
    return [
        (IntakeQuestion, IntakeQuestion.objects.filter(clinic=clinic)),
        (ConsentText, ConsentText.objects.filter(clinic=clinic)),
        (Intake, Intake.objects.filter(client__clinic=clinic)),
        (IntakeAmendment, IntakeAmendment.objects.filter(intake__client__clinic=clinic)),
        (ScreenReview, ScreenReview.objects.filter(intake__client__clinic=clinic)),
        (SignedConsent, SignedConsent.objects.filter(client__clinic=clinic)),
        (ConsentChoice, ConsentChoice.objects.filter(client__clinic=clinic)),
    ]


MODELS = [model for model, _ in clinic_tables(Clinic(pk=0))]
LABELS = {model._meta.label_lower: model for model in MODELS}


# Clinic export ------------------------------------------------------------------------


def export_clinic(clinic, using=DEFAULT_DB_ALIAS):
    """The clinic as a JSON-ready dict, read from one consistent snapshot of the database
    (a repeatable-read transaction on PostgreSQL; on SQLite the transaction holds off
    writers for the second or so the reads take)."""
    connection = connections[using]
    outermost = not connection.in_atomic_block
    with transaction.atomic(using=using):
        if outermost and connection.vendor == "postgresql":
            # One snapshot for all the queries, so no row points at one left out.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return _export_rows(clinic, using)


def _export_rows(clinic, using):
    shared_exercises = dict(
        Exercise.objects.using(using).filter(clinic__isnull=True).values_list("pk", "slug")
    )
    shared_techniques = dict(
        Technique.objects.using(using).filter(clinic__isnull=True).values_list("pk", "name")
    )
    objects = []
    own = {}
    for model, queryset in clinic_tables(clinic):
        fields = USER_FIELDS if model is get_user_model() else None
        rows = serializers.serialize("python", queryset.using(using), fields=fields)
        own[model] = {row["pk"] for row in rows}
        objects.extend(rows)
    for row in objects:
        fields = row["fields"]
        if row["model"] == "care.programitem":
            fields["exercise"] = _reference(
                fields["exercise"], own[Exercise], shared_exercises, "exercise", row
            )
        elif row["model"] == "care.treatmentsession":
            fields["techniques"] = [
                _reference(pk, own[Technique], shared_techniques, "technique", row)
                for pk in fields["techniques"]
            ]
    return {
        "format": CLINIC_FORMAT,
        "version": CLINIC_VERSION,
        "clinic": clinic.slug,
        "exported_at": timezone.now(),
        "migrations": _migrations(using),
        "objects": objects,
        "files": listed_files(objects, LABELS),
    }


def _reference(pk, own, shared, what, row):
    if pk in own:
        return pk
    if pk in shared:
        return [shared[pk]]
    raise ExportError(
        f"{row['model']} {row['pk']} uses {what} {pk}, which is neither the clinic's own "
        "nor in the shared library."
    )


def _migrations(using):
    applied = MigrationRecorder(connections[using]).applied_migrations()
    latest = {}
    for app, name in applied:
        if app in MIGRATION_APPS:
            latest[app] = max(latest.get(app, name), name)
    return latest


def dumps(data, **options):
    """JSON text of an export. Times keep their microseconds, so a round trip is exact."""
    return json.dumps(data, default=_json_value, ensure_ascii=False, **options)


def _json_value(value):
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, Promise):  # a translated label, or text we wrote in two languages
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


# Clinic import ------------------------------------------------------------------------


def import_clinic(data, using=DEFAULT_DB_ALIAS, folder=None):
    """Loads an export made by `export_clinic`, its files from `folder`. Returns the clinic,
    or raises ImportRefused."""
    _check_document(data, using)
    files = _checked_files(data, folder)
    objects = [dict(row, fields=dict(row["fields"])) for row in data["objects"]]
    _resolve_shared(objects, using)
    written = []
    try:
        with transaction.atomic(using=using):
            _check_conflicts(objects, using)
            written = copy_in(files, folder, objects)
            clinic = _load_rows(data, objects, using)
            # The summaries are not exported: they follow from the responses.
            PlanMeasure.objects.using(using).refresh(
                Plan.objects.using(using).filter(client__clinic=clinic)
            )
    except BaseException:
        remove(written)
        raise
    return clinic


def _checked_files(data, folder):
    files = data.get("files", [])
    if not files:
        return []
    if folder is None:
        raise ImportRefused(
            f"The export carries {len(files)} uploaded files, but no folder of files was given."
        )
    try:
        check_files(files, folder)
    except FileProblem as problem:
        raise ImportRefused(str(problem)) from None
    return files


def _load_rows(data, objects, using):
    for obj in serializers.deserialize("python", objects, using=using):
        obj.save(using=using)
    clinic = Clinic.objects.using(using).get(slug=data["clinic"])
    # Exports made before accounts named their clinic: the people's roles say it.
    get_user_model().objects.using(using).filter(clinic=None).filter(
        Q(practitioner__clinic=clinic) | Q(client_profile__clinic=clinic)
    ).update(clinic=clinic)
    _reset_sequences(using)
    return clinic


def _check_document(data, using):
    if not isinstance(data, dict) or data.get("format") != CLINIC_FORMAT:
        raise ImportRefused("This is not a clinic export made by export_clinic.")
    if data.get("version") not in READABLE_VERSIONS:
        raise ImportRefused(
            f"The export is format version {data.get('version')}; this app reads versions "
            f"{', '.join(map(str, sorted(READABLE_VERSIONS)))}."
        )
    applied = MigrationRecorder(connections[using]).applied_migrations()
    missing = [
        f"{app}.{name}"
        for app, name in sorted(data.get("migrations", {}).items())
        if (app, name) not in applied
    ]
    if missing:
        raise ImportRefused(
            "The export comes from a newer version of the app (migration "
            f"{', '.join(missing)} is not applied here). Update the app and run migrate first."
        )
    unknown = {row.get("model") for row in data.get("objects", [])} - LABELS.keys()
    if unknown:
        raise ImportRefused(f"The export holds rows this import does not take: {sorted(unknown)}.")
    clinics = [row for row in data.get("objects", []) if row["model"] == "clinic.clinic"]
    if len(clinics) != 1 or clinics[0]["fields"].get("slug") != data.get("clinic"):
        raise ImportRefused("The export does not hold exactly the one clinic it names.")


def _resolve_shared(objects, using):
    """Turns the slugs and names of shared library rows into this database's keys."""
    exercises = dict(
        Exercise.objects.using(using).filter(clinic__isnull=True).values_list("slug", "pk")
    )
    techniques = dict(
        Technique.objects.using(using).filter(clinic__isnull=True).values_list("name", "pk")
    )
    missing = set()

    def resolve(value, table, what):
        if not isinstance(value, list):
            return value
        key = value[0]
        if key not in table:
            missing.add(f"{what} “{key}”")
            return None
        return table[key]

    for row in objects:
        fields = row["fields"]
        if row["model"] == "care.programitem":
            fields["exercise"] = resolve(fields["exercise"], exercises, "shared exercise")
        elif row["model"] == "care.treatmentsession":
            fields["techniques"] = [
                resolve(value, techniques, "shared technique") for value in fields["techniques"]
            ]
    if missing:
        raise ImportRefused(
            "The shared library here lacks what the clinic uses: " + ", ".join(sorted(missing))
        )


def _check_conflicts(objects, using):
    slug = next(row["fields"]["slug"] for row in objects if row["model"] == "clinic.clinic")
    if Clinic.objects.using(using).filter(slug=slug).exists():
        raise ImportRefused(f"This database already has the clinic “{slug}”.")
    User = get_user_model()
    # A clinic's accounts come with the new clinic; the site's own (an operator who read
    # the clinic's records) must not be there already.
    emails = [
        row["fields"]["email"]
        for row in objects
        if row["model"] == "clinic.user" and row["fields"].get("clinic") is None
    ]
    taken = _existing(User.objects.using(using).filter(clinic=None), "email", emails)
    if taken:
        raise ImportRefused(
            f"These accounts already exist here: {', '.join(sorted(taken)[:10])}. "
            "Import into an empty database."
        )
    clashes = []
    for label, model in LABELS.items():
        pks = [row["pk"] for row in objects if row["model"] == label]
        count = len(_existing(model._base_manager.using(using), "pk", pks))
        if count:
            clashes.append(f"{count} {model._meta.verbose_name_plural}")
    if clashes:
        raise ImportRefused(
            "Rows with the same ids are already here ("
            + ", ".join(clashes)
            + "). The import keeps ids, so it needs an empty database."
        )


def _existing(queryset, field, values, chunk=500):
    found = set()
    for start in range(0, len(values), chunk):
        part = values[start : start + chunk]
        found.update(queryset.filter(**{f"{field}__in": part}).values_list(field, flat=True))
    return found


def _reset_sequences(using):
    """PostgreSQL hands out ids from sequences, which explicit ids do not advance."""
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), MODELS)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


# One client's record ------------------------------------------------------------------


def client_record(client):
    """One client's own record as plain data, in words rather than codes.

    {"format": "bodywork-notes/client-record", "version": 1, "exported_at", "clinic",
     "client": {"first_name", "last_name", "date_of_birth", "email", "phone",
                "occupation", "activity_level", "main_complaint", "complaint_onset",
                "consent_given_on", "portal_sign_in" (email or null), "created_at",
                "archived_at"},
     "plans": [{"series", "method", "lead", "started_on", "status", "ended_on",
                "stop_reason", "session_count",
                "sessions": [{"number", "number_label" ("Session 2 of 10"),
                              "scheduled_at", "duration_minutes", "status",
                              "practitioner", "pain_before", "pain_after" (0–10),
                              "pain_regions": [{"region", "label", "intensity", "kind",
                                                "source"}],
                              "posture": {"pelvic_tilt", "lumbar_lordosis",
                                          "thoracic_curve", "head_position", "hamstrings",
                                          "abdominals": wording or "",
                                          "other_findings": text as amended},
                              "techniques": [names],
                              "notes": {subjective, objective, assessment, treatment,
                                        next_focus: text as amended},
                              "original_notes": {field: text as signed, amended fields only},
                              "signed_at", "signed_by",
                              "amendments": [{"field", "field_label", "old_text",
                                              "new_text", "reason", "author",
                                              "created_at"}]}]}],
     "home_programs": [{"version", "status" (current, replaced, draft), "note",
                        "prescribed_by", "created_at", "published_at", "replaced_at",
                        "items": [{"exercise", "kind", "dose", "sets", "repetitions",
                                   "hold_seconds", "side", "frequency", "per",
                                   "dose_notes",
                                   "adherence": [{"day", "pain", "comment"}]}]}],
     "intake": null or {"submitted_at", "entered_by", "answers": {field: text as amended},
                "onset", "pregnancy", "activity_level", "pain_now", "regions": [labels],
                "warning_signs": [{"question", "answer"}], "clinic_questions": [{"wording",
                "answer"}], "amendments": [...], "screen_reviews": [{"decision", "reason",
                "by", "at"}]},
     "consents": [{"version", "text", "full_name", "signed_at", "drawn_signature" (strokes
                   of [x, y] points in a 600 × 200 box), "entered_by"}],
     "optional_consents": [{"consent", "given", "at"}] (every grant and withdrawal),
     "clips": [{"exercise", "filmed_at", "filmed_by", "seconds", "type", "note", "file"}],
     "outcome_measures": [{"series", "session", "measure", "status", "answers", "score",
                           "details", "submitted_at",
                           "fhir": a FHIR R4 QuestionnaireResponse}]}

    Codes are given in words ("Completed", "Referred"); dates and times are ISO 8601, times
    in UTC. Sessions run oldest first, programs by version.
    """
    clinic = client.clinic
    plans = (
        Plan.objects.filter(client=client)
        .select_related("series", "lead__user")
        .prefetch_related(
            Prefetch(
                "sessions",
                queryset=TreatmentSession.objects.select_related(
                    "practitioner__user", "signed_by__user"
                ).order_by("scheduled_at", "number", "pk"),
            ),
            "sessions__techniques",
            "sessions__pain_regions",
            Prefetch(
                "sessions__amendments", queryset=Amendment.objects.select_related("author__user")
            ),
        )
        .order_by("started_on", "pk")
    )
    programs = (
        HomeProgram.objects.filter(client=client)
        .select_related("created_by__user")
        .prefetch_related(
            Prefetch("items", queryset=ProgramItem.objects.select_related("exercise")),
            Prefetch("items__entries", queryset=AdherenceEntry.objects.order_by("day")),
        )
        .order_by("version")
    )
    return {
        "format": CLIENT_FORMAT,
        "version": VERSION,
        "exported_at": timezone.now(),
        "clinic": clinic.name,
        "client": _client_facts(client),
        "plans": [_plan(plan) for plan in plans],
        "home_programs": [_program(program, clinic) for program in programs],
        "clips": _clips(client),
        "outcome_measures": outcome_measures(client),
        **_intake_record(client),
        **booking_record(client),
        **photo_record(client),
    }


def _clips(client):
    """The clips filmed of the client, oldest first; the videos are files of their own."""
    clips = Clip.objects.filter(client=client).select_related("exercise", "uploaded_by__user")
    return [
        {
            "exercise": client.clinic.worded(clip.exercise.name),
            "filmed_at": clip.created_at,
            "filmed_by": str(clip.uploaded_by),
            "seconds": round(clip.duration, 1),
            "type": clip.content_type,
            "note": clip.note,
            "file": clip.file.name,
        }
        for clip in clips.order_by("created_at", "pk")
    ]


def _intake_record(client):
    """The intake as the client gave it (with amendments), the screen and its reviews, the
    consents signed and the optional consents given and withdrawn."""
    intake = (
        Intake.objects.filter(client=client)
        .prefetch_related(
            Prefetch("amendments", queryset=IntakeAmendment.objects.select_related("author__user")),
            Prefetch("reviews", queryset=ScreenReview.objects.select_related("reviewed_by__user")),
        )
        .first()
    )
    consents = (
        SignedConsent.objects.filter(client=client).select_related("text").order_by("signed_at")
    )
    choices = ConsentChoice.objects.filter(client=client).order_by("created_at", "pk")
    return {
        "intake": _intake(intake) if intake else None,
        "consents": [
            {
                "version": consent.text.version,
                "text": consent.text.body,
                "full_name": consent.full_name,
                "signed_at": consent.signed_at,
                "drawn_signature": consent.strokes,
                "entered_by": str(consent.entered_by) if consent.entered_by else None,
            }
            for consent in consents
        ],
        "optional_consents": [
            {"consent": choice.get_kind_display(), "given": choice.granted, "at": choice.created_at}
            for choice in choices
        ],
    }


def _intake(intake):
    return {
        "submitted_at": intake.submitted_at,
        "entered_by": str(intake.entered_by) if intake.entered_by else None,
        "answers": {row["field"]: row["text"] for row in intake.answers()},
        "onset": intake.onset,
        "pregnancy": intake.get_pregnancy_display(),
        "activity_level": intake.get_activity_level_display(),
        "pain_now": intake.pain_now,
        "regions": intake.region_labels,
        "warning_signs": [
            {"question": sign["text"], "answer": sign["answer"]}
            for group in intake.screen_rows()
            for sign in group["signs"]
        ],
        "clinic_questions": intake.custom_rows(),
        "amendments": [
            {
                "field": a.get_field_display(),
                "old_text": a.old_text,
                "new_text": a.new_text,
                "reason": a.reason,
                "author": str(a.author),
                "created_at": a.created_at,
            }
            for a in intake.amendments.all()
        ],
        "screen_reviews": [
            {
                "decision": r.get_decision_display(),
                "reason": r.reason,
                "by": str(r.reviewed_by),
                "at": r.created_at,
            }
            for r in intake.reviews.all()
        ],
    }


def _client_facts(client):
    return {
        "first_name": client.first_name,
        "last_name": client.last_name,
        "date_of_birth": client.date_of_birth,
        "email": client.email,
        "phone": client.phone,
        "occupation": client.occupation,
        "activity_level": client.get_activity_level_display(),
        "main_complaint": client.main_complaint,
        "complaint_onset": client.complaint_onset,
        "consent_given_on": client.consent_given_on,
        "portal_sign_in": client.user.email if client.user else None,
        "created_at": client.created_at,
        "archived_at": client.archived_at,
    }


def _plan(plan):
    return {
        "series": plan.series.name,
        "method": plan.series.get_method_display(),
        "lead": str(plan.lead),
        "started_on": plan.started_on,
        "status": plan.get_status_display(),
        "ended_on": plan.ended_on,
        "stop_reason": plan.stop_reason,
        "session_count": plan.session_count,
        "sessions": [_session(session, plan) for session in plan.sessions.all()],
    }


def _session(session, plan):
    session.plan = plan
    amendments = list(session.amendments.all())
    amended = {amendment.field for amendment in amendments}
    posture = {
        field: getattr(session, f"get_{field}_display")()
        for field in TreatmentSession.POSTURE_FIELDS
    }
    posture["other_findings"] = session.current_text("posture_notes")
    return {
        "number": session.number,
        "number_label": session.number_label,
        "scheduled_at": session.scheduled_at,
        "duration_minutes": session.duration_minutes,
        "status": session.get_status_display(),
        "practitioner": str(session.practitioner),
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "pain_regions": [
            {
                "region": region.region,
                "label": region.label,
                "intensity": region.intensity,
                "kind": region.get_kind_display(),
                "source": region.source,
            }
            for region in session.pain_regions.all()
        ],
        "posture": posture,
        "techniques": [technique.name for technique in session.techniques.all()],
        "notes": {field: session.current_text(field) for field in session.NOTE_FIELDS},
        "original_notes": {
            field: getattr(session, field) for field in session.AMENDABLE_FIELDS if field in amended
        },
        "signed_at": session.signed_at,
        "signed_by": str(session.signed_by) if session.signed_by else None,
        "amendments": [
            {
                "field": amendment.field,
                "field_label": amendment.get_field_display(),
                "old_text": amendment.old_text,
                "new_text": amendment.new_text,
                "reason": amendment.reason,
                "author": str(amendment.author),
                "created_at": amendment.created_at,
            }
            for amendment in amendments
        ],
    }


def _program(program, clinic):
    if program.is_draft:
        status = "draft"
    elif program.is_current:
        status = "current"
    else:
        status = "replaced"
    return {
        "version": program.version,
        "status": status,
        "note": clinic.worded(program.note),
        "prescribed_by": str(program.created_by),
        "created_at": program.created_at,
        "published_at": program.published_at,
        "replaced_at": program.replaced_at,
        "items": [
            {
                "exercise": clinic.worded(item.exercise.name),
                "kind": str(clinic.kind_label(item.exercise.kind)),
                "dose": clinic.worded(item.dose_text),
                **{field: getattr(item, field) for field in ProgramItem.DOSE_FIELDS},
                "adherence": [
                    {"day": entry.day, "pain": entry.pain, "comment": entry.comment}
                    for entry in item.entries.all()
                ],
            }
            for item in program.items.all()
        ],
    }


def outcome_measures(client):
    responses = (
        Response.objects.filter(client=client)
        .select_related("instrument", "session", "plan__series", "client")
        .order_by("plan__started_on", "session__number", "instrument__name", "pk")
    )
    return [
        {
            "series": response.plan.series.name,
            "session": response.session.number,
            "measure": response.instrument.name,
            "status": response.get_status_display(),
            "answers": response.answers,
            "score": response.score,
            "details": response.parts,
            "submitted_at": response.submitted_at,
            "fhir": questionnaire_response(response),
        }
        for response in responses
    ]
