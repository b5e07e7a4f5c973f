"""Writes the demo data of sessions/demo/data.py: demo clinics, practitioners and clients
for trying the app out.

Running it again adds only what is missing: records that are already there, including any
edits made to them in the app, are left as they are.
Later features add their demo data with more `seed_*` functions called from `seed_demo`.

Plans and sessions follow the same rule: a plan is looked up by its client and series, and
a plan that already has sessions gets no more. Dates are counted from the clinic's today,
so the dashboard always has a day's work on it.
"""

import datetime
import random
import unicodedata
import zoneinfo

from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone, translation

from clinic.models import (
    AuthenticatorApp,
    Client,
    Clinic,
    Credential,
    Method,
    Practitioner,
    User,
)
from sessions.demo import montreal
from sessions.demo.booking import seed_booking
from sessions.demo.clips import seed_clips
from sessions.demo.data import (
    BAYOU_CLIENTS,
    BAYOU_PLANS,
    BAYOU_PORTAL_CLIENT,
    EMAIL_DOMAINS,
    HARBOUR_CLIENTS,
    HARBOUR_PLANS,
    HARBOUR_PORTAL_CLIENT,
    PASSWORD,
    SEED,
)
from sessions.demo.intake import seed_intakes
from sessions.demo.measures import seed_measures
from sessions.demo.photos import seed_photos
from sessions.demo.privacy import seed_privacy
from sessions.demo.programs import seed_montreal_program, seed_programs
from sessions.demo.second_factor import DEMO_TOTP_SECRET, MFA_EMAIL
from sessions.models import PainRegion, Plan, Series, Technique, TreatmentSession


def seed_demo():
    """Writes the demo data, all of it or none. Returns the sign-ins to print, as
    (email, role)."""
    # The demo's English goes to the English columns, whichever language was active.
    with transaction.atomic(), translation.override("en"):
        sign_ins = seed_harbour() + seed_bayou()
        seed_programs(Clinic.objects.get(slug="harbour"), Clinic.objects.get(slug="bayou"))
        seed_intakes(Clinic.objects.get(slug="harbour"), Clinic.objects.get(slug="bayou"))
        seed_measures(Clinic.objects.get(slug="harbour"), Clinic.objects.get(slug="bayou"))
        seed_booking(Clinic.objects.get(slug="harbour"), Clinic.objects.get(slug="bayou"))
        seed_privacy(Clinic.objects.get(slug="harbour"), Clinic.objects.get(slug="bayou"))
        seed_clips(Clinic.objects.get(slug="harbour"))
        sign_ins += seed_montreal()
        seed_montreal_program(Clinic.objects.get(slug=montreal.SLUG))
        seed_photos(Clinic.objects.get(slug="harbour"))
    return sign_ins


def seed_harbour():
    """The SI clinic: an admin, SI and SMT practitioners, and a full client list."""
    rng = random.Random(f"{SEED}-harbour")
    clinic = ensure_clinic(
        "harbour",
        name="Harbour Structural Integration",
        time_zone="America/Los_Angeles",
        stretch_word=Clinic.StretchWord.STRETCH,
    )
    admin = ensure_practitioner(
        clinic,
        "admin@harbour.example",
        "Helen Marsh",
        "Clinic director, physiotherapist and Certified Structural Integration practitioner",
        is_clinic_admin=True,
    )
    ensure_credential(admin, Method.STRUCTURAL_INTEGRATION, "Certified Structural Integration")
    # She leads the clinic's physiotherapy episodes, so she needs a credential that covers them.
    ensure_credential(admin, Method.PHYSIOTHERAPY, "Registered physiotherapist")
    si = ensure_practitioner(
        clinic,
        "si@harbour.example",
        "Theo Lindgren",
        "Certified Structural Integration practitioner",
    )
    ensure_credential(si, Method.STRUCTURAL_INTEGRATION, "Certified Structural Integration")
    smt1 = ensure_practitioner(
        clinic, "smt1@harbour.example", "Maya Castillo", "Licensed massage therapist"
    )
    ensure_credential(smt1, Method.SMT, "SMT Level 1", max_session=3)
    smt2 = ensure_practitioner(
        clinic, "smt2@harbour.example", "Samuel Okonkwo", "Licensed massage therapist"
    )
    ensure_credential(smt2, Method.SMT, "SMT Level 2", max_session=6)

    seed_clients_and_plans(
        clinic, rng, "206", HARBOUR_PORTAL_CLIENT, HARBOUR_CLIENTS, HARBOUR_PLANS
    )
    mfa = ensure_second_factor_practitioner(clinic)

    return [
        ("admin@harbour.example", "Harbour clinic admin, SI practitioner"),
        ("si@harbour.example", "Harbour SI practitioner"),
        ("smt1@harbour.example", "Harbour massage therapist, SMT Level 1 (sessions 1–3)"),
        ("smt2@harbour.example", "Harbour massage therapist, SMT Level 2 (sessions 1–6)"),
        ("client@harbour.example", "Harbour client with a portal sign-in"),
        (
            mfa.user.email,
            f"Harbour massage therapist with an authenticator app: add the key {DEMO_TOTP_SECRET}",
        ),
    ]


def seed_bayou():
    """The Louisiana clinic: one massage therapist who runs it, and a smaller client list."""
    rng = random.Random(f"{SEED}-bayou")
    clinic = ensure_clinic(
        "bayou",
        name="Bayou Bodywork",
        time_zone="America/Chicago",
        # Louisiana massage therapists may not call it stretching.
        stretch_word=Clinic.StretchWord.LENGTHENING,
    )
    owner = ensure_practitioner(
        clinic,
        "practitioner@bayou.example",
        "Celeste Doucet",
        "Licensed massage therapist",
        is_clinic_admin=True,
    )
    ensure_credential(owner, Method.SMT, "SMT Level 2", max_session=6)

    seed_clients_and_plans(clinic, rng, "337", BAYOU_PORTAL_CLIENT, BAYOU_CLIENTS, BAYOU_PLANS)

    return [
        ("practitioner@bayou.example", "Bayou clinic admin, SMT Level 2 (sessions 1–6)"),
        ("client@bayou.example", "Bayou client with a portal sign-in"),
    ]


def seed_montreal():
    """The Montréal clinic, which works in French: a practitioner who runs it and one client
    with a portal sign-in, a plan charted in French and a home program."""
    rng = random.Random(f"{SEED}-montreal")
    clinic = ensure_clinic(
        montreal.SLUG,
        name=montreal.NAME,
        time_zone=montreal.TIME_ZONE,
        language="fr-ca",
        stretch_word=Clinic.StretchWord.STRETCH,
    )
    owner = ensure_practitioner(
        clinic,
        montreal.PRACTITIONER,
        "Geneviève Tremblay",
        "Physiothérapeute et praticienne certifiée en intégration structurale",
        is_clinic_admin=True,
    )
    ensure_credential(owner, Method.STRUCTURAL_INTEGRATION, "Intégration structurale certifiée")
    ensure_credential(owner, Method.PHYSIOTHERAPY, "Physiothérapeute")

    seed_clients_and_plans(clinic, rng, "514", montreal.PORTAL_CLIENT, [], montreal.PLANS)

    return [
        (montreal.PRACTITIONER, "Montréal clinic admin, SI practitioner (French)"),
        (montreal.CLIENT, "Montréal client with a portal sign-in (French)"),
    ]


def seed_clients_and_plans(clinic, rng, area_code, portal_client, clients, plans):
    """The clinic's clients, the first with a portal sign-in at client@<clinic>.example,
    the standard series, and the clients' plans."""
    phones = phone_numbers(rng, area_code, len(clients) + 1)
    portal_user = ensure_user(clinic, f"client@{clinic.slug}.example", portal_client.full_name)
    ensure_client(clinic, portal_client, rng, phones.pop(), user=portal_user)
    for demo in clients:
        ensure_client(clinic, demo, rng, phones.pop())
    Series.objects.install_defaults(clinic)
    seed_plans(clinic, plans)


def ensure_clinic(slug, **fields):
    clinic, _ = Clinic.objects.get_or_create(slug=slug, defaults=fields)
    return clinic


def ensure_user(clinic, email, full_name):
    """The clinic's demo user with this email; a new one gets the demo password, an
    existing one keeps whatever password it has now."""
    user = User.objects.filter(clinic=clinic, email=email).first()
    if user is None:
        return User.objects.create_user(email, PASSWORD, clinic=clinic, full_name=full_name)
    if user.full_name != full_name:
        user.full_name = full_name
        user.save(update_fields=["full_name"])
    return user


def ensure_practitioner(clinic, email, full_name, profession, is_clinic_admin=False):
    practitioner, _ = Practitioner.objects.get_or_create(
        user=ensure_user(clinic, email, full_name),
        defaults={
            "clinic": clinic,
            "profession": profession,
            "is_clinic_admin": is_clinic_admin,
        },
    )
    return practitioner


def ensure_credential(practitioner, method, title, max_session=None):
    credential, _ = Credential.objects.get_or_create(
        practitioner=practitioner,
        method=method,
        defaults={"title": title, "max_session": max_session},
    )
    return credential


def ensure_client(clinic, demo, rng, phone, user=None):
    """Creates one client unless it exists, so edits made in the app survive a re-run.
    The random draws happen in the same order on every run: the data comes out the same."""
    today = timezone.localdate()
    born = datetime.date(demo.born, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
    onset = today - datetime.timedelta(days=demo.onset_days_ago)
    consent_days_ago = rng.randint(0, min(demo.onset_days_ago, 180))
    archived_days_ago = rng.randint(20, 120)
    if user is not None:
        email = user.email
    else:
        email = email_address(demo, rng.choice(EMAIL_DOMAINS))

    client, _ = Client.objects.get_or_create(
        clinic=clinic,
        first_name=demo.first_name,
        last_name=demo.last_name,
        defaults={
            "user": user,
            "date_of_birth": born,
            "email": email,
            "phone": phone,
            "occupation": demo.occupation,
            "activity_level": demo.activity_level,
            "complaint_onset": onset,
            "main_complaint": demo.main_complaint,
            "consent_given_on": (
                today - datetime.timedelta(days=consent_days_ago) if demo.consent else None
            ),
            "archived_at": (
                timezone.now() - datetime.timedelta(days=archived_days_ago)
                if demo.archived
                else None
            ),
        },
    )
    return client


def phone_numbers(rng, area_code, count):
    """Distinct numbers from the 555-0100 to 555-0199 block, which is kept for fiction."""
    return [f"({area_code}) 555-01{n:02d}" for n in rng.sample(range(100), count)]


def email_address(demo, domain):
    local = f"{demo.first_name}.{demo.last_name}".lower()
    local = "".join(c for c in ascii_fold(local) if c.isalnum() or c in ".-")
    return f"{local}@{domain}"


def ascii_fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def seed_plans(clinic, specs):
    for spec in specs:
        seed_plan(clinic, spec)


def seed_plan(clinic, spec):
    """Creates the plan unless its client already has one in this series, and gives it
    sessions only while it has none."""
    lead = Practitioner.objects.get(clinic=clinic, user__email=spec.lead)
    plan = ensure_plan(clinic, spec, lead)
    if plan.sessions.exists():
        return plan
    for number, visit in enumerate(spec.visits, start=1):
        chart_visit(plan, number, visit, lead)
    for number, booking in enumerate(spec.bookings, start=len(spec.visits) + 1):
        add_session(plan, number, at(clinic, booking.day, booking.hour), lead)
    return plan


def ensure_plan(clinic, spec, lead):
    first_name, last_name = spec.client.split(" ", 1)
    client = Client.objects.get(clinic=clinic, first_name=first_name, last_name=last_name)
    series = Series.objects.get(clinic=clinic, name=spec.series)
    plan, _ = Plan.objects.get_or_create(
        client=client,
        series=series,
        defaults={
            "lead": lead,
            "started_on": days_from_today(clinic, spec.started),
            "status": spec.status,
            "stop_reason": spec.stop_reason,
            "ended_on": None if spec.ended is None else days_from_today(clinic, spec.ended),
        },
    )
    return plan


def add_session(plan, number, scheduled_at, practitioner, **fields):
    """Saves a session once the practitioner's credential is known to cover it, as the
    booking form does."""
    session = TreatmentSession(
        plan=plan, number=number, practitioner=practitioner, scheduled_at=scheduled_at, **fields
    )
    session.check_scope(practitioner)
    session.save()
    return session


def chart_visit(plan, number, visit, practitioner):
    """A given session with its notes, body map and techniques; signed last, because a
    signed session cannot be saved again."""
    before, after = visit.pain
    session = add_session(
        plan,
        number,
        at(plan.client.clinic, visit.day, visit.hour),
        practitioner,
        status=TreatmentSession.Status.COMPLETED,
        pain_before=before,
        pain_after=after,
        subjective=visit.subjective,
        objective=visit.objective,
        assessment=visit.assessment,
        treatment=visit.treatment,
        next_focus=visit.next_focus,
        **visit.posture,
    )
    PainRegion.objects.bulk_create(
        PainRegion(
            session=session,
            region=region,
            intensity=intensity,
            kind=PainRegion.Kind.REFERRED if source else PainRegion.Kind.LOCAL,
            source=source,
        )
        for region, intensity, source in visit.regions
    )
    session.techniques.set(shared_techniques(visit.techniques))
    if visit.signed:
        sign(session, practitioner)
    return session


def sign(session, practitioner):
    """Signs the note half an hour after the session ended, as if written up straight away."""
    session.signed_at = session.scheduled_at + datetime.timedelta(
        minutes=session.duration_minutes + 30
    )
    session.signed_by = practitioner
    session.save()


def shared_techniques(names):
    techniques = list(Technique.objects.filter(clinic__isnull=True, name__in=names))
    missing = set(names) - {t.name for t in techniques}
    if missing:
        raise CommandError(f"Shared techniques missing: {', '.join(sorted(missing))}.")
    return techniques


def days_from_today(clinic, days):
    return clinic.today() + datetime.timedelta(days=days)


def at(clinic, days, hour):
    """`hour` o'clock local time at the clinic, `days` from its today."""
    moment = datetime.datetime.combine(days_from_today(clinic, days), datetime.time(hour, 0))
    return timezone.make_aware(moment, zoneinfo.ZoneInfo(clinic.time_zone))


def ensure_second_factor_practitioner(clinic):
    """A practitioner whose sign-in asks for a code from an authenticator app, with a fixed
    key that seed_demo prints, so a tester can add it to their app."""
    practitioner = ensure_practitioner(
        clinic, MFA_EMAIL, "Iris Nakamura", "Licensed massage therapist"
    )
    ensure_credential(practitioner, Method.SMT, "SMT Level 1", max_session=3)
    AuthenticatorApp.objects.get_or_create(
        user=practitioner.user, defaults={"secret": DEMO_TOTP_SECRET}
    )
    return practitioner
