"""Every URL the project defines, opened by every role with every method it accepts.

The URL patterns are read from the URL configuration, so a new URL cannot escape: it fails
`test_every_url_pattern_has_a_row_in_the_table` (and its own walk) until it gets a row in
TABLE below. Each cell of the table is the one outcome a role must get:

    "ok"     200, or a redirect to a page other than the sign-in page
    "login"  a redirect to the sign-in page (anonymous users)
    "404"    not found: a forbidden object looks exactly like a missing one
    "405"    method not allowed

Forbidden requests ("404", "login", "405") and every GET must change nothing in the
database (see `fingerprint`); a forbidden request must not even write an audit event. Every
page a signed-in role opens is sent with `Cache-Control: no-store`.
"""

import datetime
import hashlib
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client as Browser
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from clinic.library.models import Exercise
from clinic.models import (
    AuditEvent,
    AuthenticatorApp,
    Client,
    Clinic,
    Credential,
    Passkey,
    Practitioner,
    RememberedDevice,
    User,
)
from clinic.privacy.models import Incident, PrivacyOfficer
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
    ProgramItem,
    Response,
    ScreenReview,
    Series,
    SeriesStep,
    SignedConsent,
    Technique,
    TreatmentSession,
)
from tests import booking_walk, factories, photo_walk, privacy_helpers
from tests.intake_helpers import submitted_intake

ROLES = ("anonymous", "client_a1", "client_a2", "practitioner_b", "practitioner_a", "admin_a")
FORBIDDEN = {"404", "login", "405"}

# Patterns that are not walked, and why. Everything else needs a row in TABLE.
SKIPPED_PREFIXES = {
    "admin/": "Django's admin site: its own staff-only sign-in, tested by Django",
    "static/": "static files, public by design",
    "media/": "uploads are never served from MEDIA_URL; the image views check who asks",
}
SKIPPED_NAMES = {
    "login": "the sign-in page is public by design (tested in test_sign_in.py)",
    "logout": "signing out is public by design",
    "password_reset": "asking for a reset link is public by design",
    "password_reset_done": "public page after asking for a reset link",
    "password_reset_confirm": "public, guarded by the one-time token in the URL",
    "password_reset_complete": "public page after choosing a new password",
    "accept_invite": "public, guarded by the one-time token in the URL",
    "set_language": "Django's language switch, public by design: it only sets a cookie",
}

# Methods: "GET" for pages, "POST" for actions (require_POST: a GET must answer 405 for
# everyone), "GET POST" for forms. One row per URL name; every cell written out.
# fmt: off
TABLE = {
    # url name                  methods     anonymous client_a1 client_a2 pract_b pract_a admin_a
    "home":                     ("GET",      "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    # Public by design: the load balancer's health check and the benchmark's floor.
    "healthz":                  ("GET",      "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "hello":                    ("GET",      "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "password_change":          ("GET POST", "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "password_change_done":     ("GET",      "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    # Clients (clinic app). practitioner_b is a clinic admin of clinic B: pages without
    # an object are their own clinic's, so "ok"; clinic A's objects are "404".
    "clients:list":              ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "clients:create":            ("GET POST", "login", "404", "404", "ok",  "ok",  "ok"),
    "clients:edit":              ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "clients:archive":           ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:restore":           ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:detail":            ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:invite":            ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:export_json":       ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:export_page":       ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:export_fhir":       ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    # Clinic administration.
    "team:settings":          ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "team:audit_log":                ("GET",      "login", "404", "404", "ok",  "404", "ok"),
    "team:list":        ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "team:invite":      ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "team:edit":        ("GET POST", "login", "404", "404", "404", "404", "ok"),
    "team:resend": ("POST",   "login", "404", "404", "404", "404", "ok"),
    # Exercise library.
    "library:index":                  ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "library:create":          ("GET POST", "login", "404", "404", "ok",  "ok",  "ok"),
    "library:detail":          ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "library:edit":            ("GET POST", "login", "404", "404", "404", "404", "ok"),
    "library:image":           ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    # Client portal: clients only; client_a2 sees their own pages, never A1's items.
    "portal:home":                   ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:week":              ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:print":             ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:log_done":          ("POST",     "login", "ok",  "404", "404", "404", "404"),
    "portal:log_undo":          ("POST",     "login", "ok",  "404", "404", "404", "404"),
    "portal:exercise_image":    ("GET",      "login", "ok",  "404", "404", "404", "404"),
    "portal:clip":              ("GET",      "login", "ok",  "404", "404", "404", "404"),
    "portal:intake":            ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:intake_step":       ("GET POST", "login", "ok",  "ok",  "404", "404", "404"),
    "portal:consents":          ("GET POST", "login", "ok",  "ok",  "404", "404", "404"),
    # The intake, for practitioners; its settings, for clinic admins.
    "clients:intake":           ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:intake_fill":      ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "clients:intake_review":    ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "clients:intake_amend":     ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "clients:consent_signed":   ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "care:consent_text":        ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "care:intake_questions":    ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "care:intake_question_edit": ("GET POST", "login", "404", "404", "404", "404", "ok"),
    "portal:measure":           ("GET POST", "login", "ok",  "404", "404", "404", "404"),
    "portal:progress":          ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:language":          ("GET POST", "login", "ok",  "ok",  "404", "404", "404"),
    "portal:sync":              ("POST",     "login", "ok",  "404", "404", "404", "404"),
    # The installable app's pieces hold nothing of anyone's: public, like static files.
    "portal:manifest":          ("GET",      "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "portal:icon":              ("GET",      "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "portal:service_worker":    ("GET",      "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    # Care: plans and sessions.
    "care:dashboard":                ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "clients:plan_create":              ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:plan_detail":              ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "care:plan_progress":            ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "care:plan_stop":                ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "care:plan_complete":            ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "care:session_schedule":         ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:session_detail":           ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "care:session_chart":            ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:session_amend":            ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:session_cancel":           ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "care:session_no_show":          ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    # Care: outcome measures.
    "care:session_measures":         ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "care:measure_entry":            ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:outcomes":                 ("GET",      "login", "404", "404", "ok",  "404", "ok"),
    "series:measures":               ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "series:measure_create":         ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "series:measure_upload":         ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    # Care: home programs.
    "clients:program":           ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_print":            ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_start":            ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_builder":          ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_add":              ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_item_update":      ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_item_up":          ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_item_down":        ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_item_remove":      ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_publish":          ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:program_discard":          ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:clips":                    ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:clip_new":                 ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "clients:clip_video":               ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "clients:clip_delete":              ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    # Care: series templates and techniques.
    "series:list":              ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "series:technique_add":            ("POST",     "login", "404", "404", "ok",  "404", "ok"),
    "series:create":            ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "series:edit":              ("GET POST", "login", "404", "404", "404", "404", "ok"),
    "series:install_defaults":  ("POST",     "login", "404", "404", "ok",  "404", "ok"),
    # Account security. The second step's pages answer a half signed-in session only
    # (tests/test_second_factor.py): everyone else goes to the sign-in page.
    "account:second_step":       ("GET POST", "login", "login", "login", "login", "login", "login"),
    "account:second_step_setup": ("GET POST", "login", "login", "login", "login", "login", "login"),
    "account:security":               ("GET",      "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "account:authenticator_add":      ("GET POST", "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "account:authenticator_remove":   ("POST",     "login", "404", "404", "404", "ok",  "404"),
    "account:passkey_add":            ("GET POST", "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "account:passkey_remove":         ("POST",     "login", "404", "404", "404", "ok",  "404"),
    "account:recovery_codes_new":     ("POST",     "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "account:sign_out_others":        ("POST",     "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "account:language":               ("POST",     "login", "ok",  "ok",  "ok",  "ok",  "ok"),
    "account:device_forget":          ("POST",     "login", "404", "404", "404", "ok",  "404"),
    "team:sign_out":                  ("POST",     "login", "404", "404", "404", "404", "ok"),
    # Booking: the client's sessions (client_a2 has no plan to book into).
    "portal:sessions":          ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:book":              ("POST",     "login", "ok",  "404", "404", "404", "404"),
    "portal:session_move":      ("GET POST", "login", "ok",  "404", "404", "404", "404"),
    "portal:session_cancel":    ("POST",     "login", "ok",  "404", "404", "404", "404"),
    "portal:reminders":         ("GET POST", "login", "ok",  "ok",  "404", "404", "404"),
    # Booking: the practitioner's calendar, hours and feeds; the clinic's settings.
    "care:calendar_week":       ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "care:calendar_day":        ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "care:book_slot":           ("GET POST", "login", "404", "404", "ok",  "ok",  "ok"),
    "care:availability":        ("GET POST", "login", "404", "404", "ok",  "ok",  "ok"),
    "care:day_change_delete":   ("POST",     "login", "404", "404", "404", "ok",  "404"),
    "care:feeds":               ("GET",      "login", "404", "404", "ok",  "ok",  "ok"),
    "care:feed_renew":          ("POST",     "login", "404", "404", "ok",  "ok",  "ok"),
    "care:booking_settings":    ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "care:series_lengths":      ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    # Public by design, guarded by what the URL carries: a signed reminder link, a feed's
    # secret token, the clinic's booking page (on for clinic A), a signed hold link.
    "booking:link":             ("GET POST", "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "booking:feed":             ("GET",      "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "booking:public":           ("GET POST", "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    "booking:public_confirm":   ("GET POST", "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    # Law 25: the client's privacy page and record; the clinic admins' pages (practitioner_b
    # is clinic B's admin: their own clinic's pages, never clinic A's incidents).
    "portal:privacy":           ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:record_fhir":       ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:record":            ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "privacy:officer":          ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "privacy:incidents":        ("GET",      "login", "404", "404", "ok",  "404", "ok"),
    "privacy:incident_create":  ("GET POST", "login", "404", "404", "ok",  "404", "ok"),
    "privacy:incident_correct": ("GET POST", "login", "404", "404", "404", "404", "ok"),
    # The one-click link of a home-program reminder: signed, works signed out.
    "portal:reminders_stop":    ("GET POST", "ok",    "ok",  "ok",  "ok",  "ok",  "ok"),
    **photo_walk.TABLE,
}
# fmt: on

METHODS = {name: row[0].split() for name, row in TABLE.items()}
EXPECTED = {name: dict(zip(ROLES, row[1:], strict=True)) for name, row in TABLE.items()}

# The URL's parameters, per URL name: clinic A's objects, and client A1's.
KWARGS = {
    "clients:edit": lambda w: {"pk": w.client_a1},
    "clients:archive": lambda w: {"pk": w.client_a1},
    "clients:restore": lambda w: {"pk": w.archived_client},
    "clients:detail": lambda w: {"pk": w.client_a1},
    "clients:invite": lambda w: {"pk": w.client_a1},
    "clients:export_json": lambda w: {"pk": w.client_a1},
    "clients:export_page": lambda w: {"pk": w.client_a1},
    "clients:export_fhir": lambda w: {"pk": w.client_a1},
    "privacy:incident_correct": lambda w: {"pk": w.incident},
    "team:edit": lambda w: {"pk": w.practitioner_a},
    "team:resend": lambda w: {"pk": w.practitioner_a},
    "library:detail": lambda w: {"pk": w.exercise},
    "library:edit": lambda w: {"pk": w.exercise},
    "library:image": lambda w: {"pk": w.exercise},
    "portal:log_done": lambda w: {"item_key": w.current_item_key},
    "portal:log_undo": lambda w: {"item_key": w.current_item_key},
    "portal:exercise_image": lambda w: {"item_key": w.current_item_key},
    "portal:clip": lambda w: {"clip_key": w.clip_key},
    "portal:sync": lambda w: {"item_key": w.current_item_key},
    "portal:icon": lambda w: {"size": 192},
    "clients:plan_create": lambda w: {"client_pk": w.client_a1},
    "care:plan_detail": lambda w: {"pk": w.plan},
    "care:plan_progress": lambda w: {"pk": w.plan},
    "care:plan_stop": lambda w: {"pk": w.plan},
    "care:plan_complete": lambda w: {"pk": w.plan},
    "care:session_schedule": lambda w: {"plan_pk": w.plan},
    "care:session_detail": lambda w: {"pk": w.signed_session},
    "care:session_amend": lambda w: {"pk": w.signed_session},
    "care:session_chart": lambda w: {"pk": w.planned_session},
    "care:session_cancel": lambda w: {"pk": w.planned_session},
    "care:session_no_show": lambda w: {"pk": w.planned_session},
    "clients:program": lambda w: {"pk": w.client_a1},
    "clients:program_print": lambda w: {"pk": w.client_a1},
    "clients:program_start": lambda w: {"pk": w.client_a1},
    "clients:program_builder": lambda w: {"pk": w.client_a1},
    "clients:program_add": lambda w: {"pk": w.client_a1},
    "clients:program_item_update": lambda w: {"pk": w.client_a1, "item_pk": w.draft_item},
    "clients:program_item_up": lambda w: {"pk": w.client_a1, "item_pk": w.draft_item},
    "clients:program_item_down": lambda w: {"pk": w.client_a1, "item_pk": w.draft_item},
    "clients:program_item_remove": lambda w: {"pk": w.client_a1, "item_pk": w.draft_item},
    "clients:program_publish": lambda w: {"pk": w.client_a1},
    "clients:program_discard": lambda w: {"pk": w.client_a1},
    "clients:clips": lambda w: {"pk": w.client_a1},
    "clients:clip_new": lambda w: {"pk": w.client_a1, "item_pk": w.current_item},
    "clients:clip_video": lambda w: {"pk": w.client_a1, "clip_pk": w.clip},
    "clients:clip_delete": lambda w: {"pk": w.client_a1, "clip_pk": w.clip},
    "series:edit": lambda w: {"pk": w.series},
    "portal:intake_step": lambda w: {"step": "pain"},
    "clients:intake": lambda w: {"pk": w.client_a1},
    "clients:intake_fill": lambda w: {"pk": w.client_a1, "step": "pain"},
    "clients:intake_review": lambda w: {"pk": w.client_a1},
    "clients:intake_amend": lambda w: {"pk": w.client_a1},
    "clients:consent_signed": lambda w: {"pk": w.client_a1, "consent_pk": w.signed_consent},
    "care:intake_question_edit": lambda w: {"pk": w.intake_question},
    "care:session_measures": lambda w: {"pk": w.planned_session},
    "care:measure_entry": lambda w: {"pk": w.planned_session, "instrument_pk": w.instrument},
    "portal:measure": lambda w: {"session_pk": w.planned_session, "instrument_pk": w.instrument},
    "account:passkey_remove": lambda w: {"pk": w.passkey},
    "account:device_forget": lambda w: {"pk": w.remembered_device},
    "team:sign_out": lambda w: {"pk": w.practitioner_a},
    "portal:session_move": lambda w: {"pk": w.planned_session},
    "portal:session_cancel": lambda w: {"pk": w.planned_session},
    "care:day_change_delete": lambda w: {"pk": w.day_change},
    "booking:link": lambda w: {"token": w.reminder_token},
    "booking:feed": lambda w: {"token": w.feed_token},
    "booking:public": lambda w: {"slug": w.clinic_slug},
    "booking:public_confirm": lambda w: {"token": "not-a-real-hold"},
    "portal:reminders_stop": lambda w: {"token": w.reminder_stop_token},
    **photo_walk.KWARGS,
}

# What a POST sends. A real change where it is cheap, so that "nothing changed" after a
# forbidden POST means something; empty where an empty form is enough.
POST_DATA = {
    "clients:create": lambda w: {"first_name": "Mallory", "last_name": "Intruder"},
    "clients:edit": lambda w: {"first_name": "Hijacked", "last_name": "Hijacked"},
    "team:settings": lambda w: {
        "name": "Taken over",
        "time_zone": "UTC",
        "stretch_word": "lengthening",
    },
    "team:invite": lambda w: {"full_name": "Mole", "email": "mole@example.org"},
    "privacy:officer": lambda w: {"name": "Mole", "title": "Mole", "email": "mole@example.org"},
    "privacy:incident_create": lambda w: privacy_helpers.INCIDENT_FORM,
    "privacy:incident_correct": lambda w: dict(privacy_helpers.INCIDENT_FORM, reason="Planted"),
    "team:edit": lambda w: {
        "full_name": "Renamed",
        "profession": "Renamed",
        "is_clinic_admin": "on",
        "credentials-TOTAL_FORMS": "0",
        "credentials-INITIAL_FORMS": "0",
    },
    "library:create": lambda w: exercise_data("Planted exercise"),
    "library:edit": lambda w: exercise_data("Renamed exercise"),
    "portal:log_done": lambda w: {"pain": "3", "comment": "Planted"},
    "portal:sync": lambda w: {
        "key": "6f1c2a8e-1b7e-4d55-9a53-0c7f4e2f9b10",
        "done_at": timezone.now().isoformat(),
        "pain": "3",
        "comment": "Planted",
    },
    "clients:plan_create": lambda w: {
        "series": w.series,
        "lead": w.practitioner_a,
        "started_on": timezone.localdate().isoformat(),
    },
    "care:plan_stop": lambda w: {"reason": "Hijacked"},
    "care:session_schedule": lambda w: {
        "date": timezone.localdate().isoformat(),
        "time": "10:00",
        "duration_minutes": "60",
        "practitioner": w.practitioner_a,
    },
    "care:session_chart": lambda w: {"pain_before": "4", "subjective": "Planted", "sign": "1"},
    "care:session_amend": lambda w: {"field": "subjective", "new_text": "Planted", "reason": "x"},
    "clients:program_add": lambda w: {"exercise": w.exercise},
    "clients:program_item_update": lambda w: {
        f"item-{w.draft_item}-{name}": value
        for name, value in {"sets": "5", "frequency": "1", "side": "both", "per": "day"}.items()
    },
    "clients:program_publish": lambda w: {"note": "Planted"},
    "clients:clip_delete": lambda w: {"reason": "Filmed the wrong side"},
    "series:create": lambda w: series_data("Planted series"),
    "series:edit": lambda w: series_data("Renamed series"),
    "series:technique_add": lambda w: {"name": "Planted technique"},
    "portal:intake_step": lambda w: {"complaint": "Planted", "continue": "1"},
    "portal:consents": lambda w: {"photos": "on"},
    "portal:language": lambda w: {"language": "fr-ca"},
    "clients:intake_fill": lambda w: {"complaint": "Planted", "continue": "1"},
    "clients:intake_review": lambda w: {"decision": "cleared", "reason": "Planted"},
    "clients:intake_amend": lambda w: {"field": "goals", "new_text": "Planted", "reason": "x"},
    "care:consent_text": lambda w: {"body": "Planted consent text, long enough to be accepted."},
    "care:intake_questions": lambda w: {"wording": "Planted?", "kind": "short", "position": "1"},
    "care:intake_question_edit": lambda w: {
        "wording": "Renamed?",
        "kind": "short",
        "position": "1",
    },
    "care:measure_entry": lambda w: {"item_worst": "3", "item_least": "1", "item_usual": "2"},
    "portal:measure": lambda w: {"item_worst": "9", "item_least": "9", "item_usual": "9"},
    "series:measure_create": lambda w: {
        "name": "Planted questionnaire",
        "rule": "sum",
        "questions": "One?",
        "choices": "0 = No\n1 = Yes",
    },
    "series:measure_upload": lambda w: {
        "name": "Planted upload",
        "rule": "sum",
        "file": SimpleUploadedFile(
            "q.json",
            b'{"resourceType": "Questionnaire", "status": "active", "item": [{"linkId": "1",'
            b' "type": "integer", "text": "How many?"}]}',
            content_type="application/json",
        ),
    },
    **photo_walk.POST_DATA,
}


def exercise_data(name):
    return {"name": name, "kind": "release", "steps": "One.", "frequency": "1", "side": "both"}


def series_data(name):
    return {
        "name": name,
        "method": "si",
        "session_count": "1",
        "is_active": "on",
        "steps-TOTAL_FORMS": "1",
        "steps-INITIAL_FORMS": "0",
        "steps-0-number": "1",
        "steps-0-title": "One",
        "steps-0-focus": "All of it",
    }


# Client A1's data must never show to these roles, whatever they open.
A1_SURNAME = "Quillfeather"
A1_NOTE = "Only for Quillfeather"
OUTSIDERS_OF_A1 = {"anonymous", "client_a2", "practitioner_b"}
# A 1×1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


# The walk ------------------------------------------------------------------------------


def walk(patterns, prefix="", namespace="", params=()):
    """(route, name, parameter names) of every URL pattern, resolvers followed."""
    for entry in patterns:
        route = prefix + str(entry.pattern)
        here = params + tuple(parameter_names(entry.pattern))
        if isinstance(entry, URLResolver):
            if skipped_prefix(route):
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, route, inner, here)
        elif isinstance(entry, URLPattern):
            if skipped_prefix(route):
                continue
            name = f"{namespace}{entry.name}" if entry.name else None
            yield SimpleNamespace(route=route, name=name, params=here)


def parameter_names(pattern):
    converters = getattr(pattern, "converters", None)
    if converters is not None:
        return list(converters)
    return list(pattern.regex.groupindex)


def skipped_prefix(route):
    return any(route.lstrip("^").startswith(prefix) for prefix in SKIPPED_PREFIXES)


ROUTES = [route for route in walk(get_resolver().url_patterns)]
WALKED = [route for route in ROUTES if route.name not in SKIPPED_NAMES]


def test_every_url_pattern_has_a_row_in_the_table():
    problems = []
    names = [route.name for route in WALKED]
    for route in WALKED:
        if route.name is None:
            problems.append(f"{route.route!r} has no name, so it cannot have a row in TABLE")
        elif route.name not in TABLE:
            problems.append(f"{route.name} ({route.route}) has no row in TABLE")
        elif names.count(route.name) > 1:
            problems.append(f"{route.name} names several patterns; give each its own name")
        if route.params and route.name not in KWARGS:
            problems.append(f"{route.name} takes {route.params} but has no entry in KWARGS")
    for name in TABLE.keys() - set(names):
        problems.append(f"TABLE row {name} matches no URL pattern any more")
    for name in KWARGS.keys() - {route.name for route in WALKED if route.params}:
        problems.append(f"KWARGS entry {name} matches no URL pattern with parameters")
    for name in SKIPPED_NAMES.keys() - {route.name for route in ROUTES}:
        problems.append(f"SKIPPED_NAMES entry {name} matches no URL pattern")
    for name in POST_DATA.keys() - {name for name, methods in METHODS.items() if "POST" in methods}:
        problems.append(f"POST_DATA entry {name} is for a URL that takes no POST")
    assert not problems, "\n".join(problems)


def test_the_table_rows_are_complete_and_use_known_outcomes():
    for name, row in TABLE.items():
        assert len(row) == 1 + len(ROLES), name
        assert set(METHODS[name]) <= {"GET", "POST"} and METHODS[name], name
        assert set(EXPECTED[name].values()) <= {"ok", "login", "404", "405"}, name


# The world every cell is tried against --------------------------------------------------


@pytest.fixture
def world(db):
    clinic_a = factories.ClinicFactory(name="Clinic A")
    clinic_b = factories.ClinicFactory(name="Clinic B")
    admin_a = factories.CredentialFactory(
        practitioner=factories.ClinicAdminFactory(clinic=clinic_a)
    ).practitioner
    practitioner_a = factories.CredentialFactory(practitioner__clinic=clinic_a).practitioner
    practitioner_b = factories.CredentialFactory(
        practitioner=factories.ClinicAdminFactory(clinic=clinic_b)
    ).practitioner
    factories.ClientFactory(clinic=clinic_b, last_name="Bclient")

    client_a1 = factories.PortalClientFactory(
        clinic=clinic_a, first_name="Ada", last_name=A1_SURNAME
    )
    client_a2 = factories.PortalClientFactory(clinic=clinic_a, first_name="Bo", last_name="Ashby")
    archived = factories.ClientFactory(clinic=clinic_a, archived_at=timezone.now())

    series = factories.SeriesFactory(
        clinic=clinic_a,
        session_count=10,
        measure_schedule=[{"measure": "nprs", "sessions": [1, 2]}],
    )
    Instrument.objects.install_builtins(clinic_a)
    plan = factories.PlanFactory(client=client_a1, series=series, lead=practitioner_a)
    signed = factories.completed_sessions(plan, [(6, 4)])[0]
    planned = factories.TreatmentSessionFactory(
        plan=plan, number=2, scheduled_at=timezone.now() + datetime.timedelta(days=1)
    )

    exercise = factories.ExerciseFactory(
        clinic=clinic_a,
        name="Clinic A band row",
        image=SimpleUploadedFile("band-row.png", PNG, content_type="image/png"),
    )
    shared = Exercise.objects.filter(clinic__isnull=True).first()
    current = factories.ProgramFactory(
        client=client_a1, created_by=practitioner_a, note=A1_NOTE, exercises=[exercise]
    )
    if shared:
        factories.ProgramItemFactory(program=current, exercise=shared, position=5)
    draft = HomeProgram.draft_for(client_a1, practitioner_a, session=signed)
    factories.ProgramFactory(client=client_a2, created_by=practitioner_a, exercises=[exercise])

    intake = submitted_intake(client_a1, flagged=["cancer"], goals=A1_NOTE)
    question = IntakeQuestion.objects.create(clinic=clinic_a, wording="Pressure you like?")
    # practitioner_a's second step and a remembered browser, for the account pages.
    AuthenticatorApp.objects.create(user=practitioner_a.user, secret="JBSWY3DPEHPK3PXP")
    passkey = Passkey.objects.create(
        user=practitioner_a.user, name="Tablet", credential_id="AAAA", public_key=b"-"
    )
    device = RememberedDevice.objects.create(
        user=practitioner_a.user, token="walk", expires_at=timezone.now() + datetime.timedelta(1)
    )
    booking_world = booking_walk.world(clinic_a, practitioner_a, series, planned)
    current_item = current.items.get(exercise=exercise)
    clip = Clip(
        client=client_a1,
        exercise=exercise,
        item=current_item,
        content_type="video/mp4",
        size=4,
        duration=2,
        uploaded_by=practitioner_a,
    )
    clip.file.save("clip.mp4", ContentFile(b"clip"), save=False)
    clip.save()
    photo_world = photo_walk.world(client_a1, practitioner_a, signed, planned)

    users = {
        "client_a1": client_a1.user,
        "client_a2": client_a2.user,
        "practitioner_b": practitioner_b.user,
        "practitioner_a": practitioner_a.user,
        "admin_a": admin_a.user,
    }
    return SimpleNamespace(
        users=users,
        client_a1=client_a1.pk,
        archived_client=archived.pk,
        practitioner_a=practitioner_a.pk,
        series=series.pk,
        plan=plan.pk,
        signed_session=signed.pk,
        planned_session=planned.pk,
        exercise=exercise.pk,
        current_item_key=current_item.key,
        current_item=current_item.pk,
        clip=clip.pk,
        clip_key=clip.key,
        draft_item=draft.items.order_by("position").first().pk,
        signed_consent=intake.client.signed_consents.get().pk,
        intake_question=question.pk,
        instrument=Instrument.objects.get(clinic=clinic_a, key="nprs").pk,
        passkey=passkey.pk,
        remembered_device=device.pk,
        incident=privacy_helpers.incident(clinic_a, admin_a.user).pk,
        **booking_world,
        **photo_world,
    )


# A cheap picture of everything a request could change --------------------------------

FINGERPRINTED = [
    User,
    Clinic,
    Practitioner,
    Credential,
    Client,
    Exercise,
    Series,
    SeriesStep,
    Technique,
    Plan,
    TreatmentSession,
    TreatmentSession.techniques.through,
    PainRegion,
    Amendment,
    HomeProgram,
    ProgramItem,
    AdherenceEntry,
    Clip,
    Intake,
    IntakeAmendment,
    ScreenReview,
    ConsentText,
    SignedConsent,
    ConsentChoice,
    IntakeQuestion,
    Instrument,
    Response,
    AuthenticatorApp,
    Passkey,
    RememberedDevice,
    Incident,
    PrivacyOfficer,
    *booking_walk.FINGERPRINTED,
    *photo_walk.FINGERPRINTED,
]


def fingerprint(with_audit):
    """A hash of every row of the main tables (all columns), and the mail sent.
    Allowed GETs may write the audit trail ("who viewed what"); forbidden requests may not."""
    digest = hashlib.sha256()
    # Translated columns read in the active language, which a request may have changed.
    with translation.override("en"):
        for model in FINGERPRINTED + ([AuditEvent] if with_audit else []):
            digest.update(repr(list(model.objects.order_by("pk").values_list())).encode())
    digest.update(str(len(getattr(mail, "outbox", []))).encode())
    return digest.hexdigest()


# The walk itself ------------------------------------------------------------------------


def outcome_of(response):
    if response.status_code == 302:
        if urlsplit(response["Location"]).path == reverse("login"):
            return "login"
        return "ok"
    if response.status_code == 200:
        return "ok"
    return str(response.status_code)


def try_cell(world, name, role, method):
    """Sends one request inside a savepoint that is rolled back, so that no cell
    changes what the next one sees. Returns a list of problems."""
    problems = []
    kwargs = KWARGS[name](world) if name in KWARGS else {}
    url = reverse(name, kwargs=kwargs)
    expected = EXPECTED[name][role] if method in METHODS[name] else "405"
    data = POST_DATA.get(name, lambda w: {})(world) if method == "POST" else None
    with transaction.atomic():
        browser = Browser()
        if role != "anonymous":
            browser.force_login(world.users[role])
        checked = expected in FORBIDDEN or method == "GET"
        with_audit = expected in FORBIDDEN
        before = fingerprint(with_audit) if checked else None
        try:
            if method == "GET":
                response = browser.get(url)
            else:
                response = browser.post(url, data)
        except Exception as error:  # the test client re-raises what became a 500
            problems.append(f"{method} {url} as {role}: 500 ({type(error).__name__}: {error})")
            transaction.set_rollback(True)
            return problems
        got = outcome_of(response)
        # Reading a file answer to its end closes it the way the test client expects
        # (calling close() here would close the database connection on PostgreSQL).
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if got != expected:
            where = f" -> {response['Location']}" if response.status_code == 302 else ""
            problems.append(
                f"{method} {url} as {role}: expected {expected}, got {got} "
                f"({response.status_code}{where})"
            )
        if role != "anonymous" and method == "GET" and response.status_code == 200:
            # Health data: no cache may keep it, nor the browser after signing out.
            cache_control = response.get("Cache-Control", "")
            if "no-store" not in cache_control:
                problems.append(f"GET {url} as {role}: Cache-Control is {cache_control!r}")
        if checked and fingerprint(with_audit) != before:
            what = "a forbidden request" if expected in FORBIDDEN else "a GET"
            problems.append(f"{method} {url} as {role}: {what} changed the database")
        if role in OUTSIDERS_OF_A1 and re.search(
            rf"{A1_SURNAME}|{A1_NOTE}".encode(), body, re.IGNORECASE
        ):
            problems.append(f"{method} {url} as {role}: the page shows client A1's data")
        transaction.set_rollback(True)
    return problems


@pytest.mark.parametrize("name", [route.name or route.route for route in WALKED])
def test_every_role_gets_the_expected_answer(world, name):
    assert name in TABLE, f"{name} has no row in TABLE: add one"
    problems = []
    for role in ROLES:
        for method in ("GET", "POST"):
            if method in METHODS[name] or METHODS[name] == ["POST"]:
                mail.outbox = []
                problems += try_cell(world, name, role, method)
    assert not problems, "\n".join(problems)
