"""Fill the database with a large, varied data set: the one `make bench` measures.
`seed_scale()` is the whole run; the tables it draws from are in sessions/scale/data.py.

The numbers of clinics, practitioners, clients, treatment sessions and adherence entries
come out exactly as asked.

What it makes:
- clinics (slugs start with "scale-") in several time zones, some with the "lengthening"
  wording, each with the standard series and a few exercises of its own; one in five
  (the second, then every fifth) in Quebec and in French, its accounts reading French and
  its own exercises carrying French text;
- practitioners holding SI, SMT Level 1, SMT Level 2 and physiotherapy credentials;
- clients with varied names, contact details, ages and complaints, some archived, some
  without consent, some with a portal sign-in;
- plans in every status, each led by a practitioner whose credential covers it; their
  sessions are mostly completed and signed, with SOAP notes, techniques, pain before and
  after, pain regions on the body map and posture findings; cancelled and no-show visits;
  bookings over the next two weeks; now and then a note still waiting to be signed;
- home programs from the shared library, some revised (v1 replaced by v2), a few drafts;
- adherence entries, with a pain score or a comment now and then;
- (sessions/scale/extras.py) intakes, most submitted with the consent signed, some in
  progress, a few positive screens reviewed and answers amended; reminder and photo
  consents; responses to the measures each series makes due at completed sessions, and the
  plans' measure verdicts; booking settings for every clinic (some with a public page),
  a few day changes and calendar feeds; home-program reminders for some portal clients;
  one-second clips (when ffmpeg is installed) for a few clients with photo consent;
- (sessions/scale/photos.py) posture photos, front and side at the first and latest
  session, for about 2% of the clients (those with photo consent), some shared.

Two accounts are there for the benchmark to sign in as, with the password "bench-pass-2026":
bench-practitioner@scale.example (SI and physiotherapy, sessions booked today, plans with
progress, clients with programs) and bench-client@scale.example (their client: an active
SI plan, a revised program with a fortnight of logging, and a draft the practitioner is
working on). Every other account gets the same password: it is hashed once.

The data comes from a fixed random seed, so runs with the same numbers on the same day
make the same data (ids and calendar feed tokens aside, after a --flush), on SQLite and on
PostgreSQL alike. The big tables are made as plain rows and written in batches by
sessions/scale/writer.py: with COPY on PostgreSQL, with bulk_create elsewhere; the small
ones with bulk_create. All in one transaction: either the whole data set is written or none
of it (files aside: a failed run leaves its photos and clips in the storage). A database
that already has scale data is refused; `--flush` deletes that data first, with its files.
"""

import datetime
import itertools
import random
import re
import time
import uuid
import zoneinfo
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.core.management.base import CommandError
from django.db import models, reset_queries, transaction
from django.utils import timezone

from clinic.content import FRENCH, reads_french
from clinic.library.models import Exercise
from clinic.models import AuditEvent, Client, Clinic, Credential, Method, Practitioner, User
from sessions.demo.data import (
    BAYOU_CLIENTS,
    BAYOU_PLANS,
    BAYOU_PORTAL_CLIENT,
    HARBOUR_CLIENTS,
    HARBOUR_PLANS,
    HARBOUR_PORTAL_CLIENT,
)
from sessions.demo.programs import HARBOUR_LOG
from sessions.demo.seed import ascii_fold
from sessions.intake_questions import ALL_SIGNS
from sessions.models import (
    AdherenceEntry,
    Amendment,
    BookingSettings,
    CalendarFeed,
    ConsentChoice,
    ConsentText,
    DayChange,
    HomeProgram,
    Instrument,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    PainRegion,
    Plan,
    PlanMeasure,
    ProgramItem,
    PublicHold,
    Reminder,
    Response,
    ScreenReview,
    Series,
    SeriesLength,
    SeriesStep,
    SignedConsent,
    Technique,
    TreatmentSession,
    WorkingHours,
)
from sessions.scale.data import (
    AREA_CODES,
    BENCH_CLIENT,
    BENCH_CLIENT_FR,
    BENCH_PRACTITIONER,
    CLIENT_DOMAINS,
    CLINIC_KINDS,
    EMAIL_DOMAIN,
    EXTRA_COMPLAINTS,
    FIRST_NAMES,
    FRENCH_EVERY,
    LAST_NAMES,
    LEADS,
    MEASURE_SCHEDULES,
    MORE_ADHERENCE_COMMENTS,
    PAIN_PATTERNS,
    PASSWORD,
    PLACES,
    POSTURE_CHOICES,
    POSTURE_NOTES,
    PROFESSIONS,
    PROGRAM_NOTES,
    SECOND_CREDENTIAL,
    SEED,
    SI_10,
    SLUG_PREFIX,
    TIME_ZONES,
)
from sessions.scale.extras import (
    FLUSH_STEPS as EXTRA_FLUSH_STEPS,
)
from sessions.scale.extras import (
    delete_clip_files,
    french_columns,
    in_french,
    seed_extras,
)
from sessions.scale.history import seed_history_clients
from sessions.scale.photos import FLUSH_STEPS, delete_photo_files, seed_bench_photos
from sessions.scale.writer import row_writer

Status = TreatmentSession.Status
PlanStatus = Plan.Status

# The tables that name model choices, kept here so that data.py needs no Django.
NORMAL_POSTURE = {
    "pelvic_tilt": TreatmentSession.PelvicTilt.NEUTRAL,
    "lumbar_lordosis": TreatmentSession.Curve.NORMAL,
    "thoracic_curve": TreatmentSession.Curve.NORMAL,
    "head_position": TreatmentSession.HeadPosition.NEUTRAL,
    "hamstrings": TreatmentSession.Hamstrings.NORMAL,
    "abdominals": TreatmentSession.Abdominals.NORMAL,
}
CREDENTIALS = {
    "si": (Method.STRUCTURAL_INTEGRATION, "Certified Structural Integration", None),
    "smt1": (Method.SMT, "SMT Level 1", 3),
    "smt2": (Method.SMT, "SMT Level 2", 6),
    "physio": (Method.PHYSIOTHERAPY, "Registered physiotherapist", None),
}
ADHERENCE_COMMENTS = [comment for _, _, comment in HARBOUR_LOG if comment]
ADHERENCE_COMMENTS += MORE_ADHERENCE_COMMENTS


def seed_scale(counts, batch_size, flush, stdout):
    """Writes the data set of `counts` in one transaction, after deleting the scale data
    already there when `flush` is on. Returns the seconds it took."""
    existing = Clinic.objects.filter(slug__startswith=SLUG_PREFIX).exists()
    existing = existing or User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").exists()
    if existing and not flush:
        raise CommandError(
            "This database already has scale data (clinics whose slug starts with "
            f"'{SLUG_PREFIX}'). Run again with --flush to replace it."
        )
    seeder = Seeder(stdout, counts, batch_size)
    with transaction.atomic():
        if existing:
            flush_scale_data(stdout)
        seeder.run()
        seeder.writer.finish()
    return time.monotonic() - seeder.started


def demo_visits():
    """The charted visits of the demo data: notes, techniques, posture and pain that read
    like a real practitioner's, to be reused across the generated sessions."""
    return [visit for plan in HARBOUR_PLANS + BAYOU_PLANS for visit in plan.visits]


def demo_profiles():
    clients = [HARBOUR_PORTAL_CLIENT, BAYOU_PORTAL_CLIENT, *HARBOUR_CLIENTS, *BAYOU_CLIENTS]
    profiles = [(c.occupation, c.activity_level, c.main_complaint) for c in clients]
    profiles += [(c.occupation, c.activity_level, text) for c, text in
                 zip(clients, EXTRA_COMPLAINTS, strict=False)]  # fmt: skip
    return profiles


def email_part(text):
    """`text` as it may appear in a generated email address."""
    return re.sub(r"[^a-z0-9.-]", "", ascii_fold(text).lower())


def split(total, weights, minimum=0):
    """`total` shared out in proportion to `weights`, each share at least `minimum`."""
    shares = [minimum] * len(weights)
    rest = total - minimum * len(weights)
    whole = sum(weights)
    exact = [rest * w / whole for w in weights]
    for i, value in enumerate(exact):
        shares[i] += int(value)
    leftover = total - sum(shares)
    by_remainder = sorted(range(len(weights)), key=lambda i: exact[i] - int(exact[i]))
    for i in reversed(by_remainder[len(by_remainder) - leftover :]):
        shares[i] += 1
    return shares


def weighted(rng, options):
    names, weights = zip(*options, strict=True)
    return rng.choices(names, weights)[0]


@dataclass
class Staff:
    practitioner_id: int
    kinds: list  # credential kinds: "si", "smt1", "smt2", "physio"


@dataclass
class ClinicData:
    clinic: Clinic
    zone: zoneinfo.ZoneInfo
    today: datetime.date
    series: dict  # name -> Series
    staff: list = field(default_factory=list)
    bench_staff: Staff | None = None


@dataclass
class PlanSpec:
    """One plan to write: who, which series, how far it got, and when."""

    client_id: int
    clinic: ClinicData
    lead: Staff
    series: Series
    status: str
    length: int  # the sessions the plan runs to
    done: int  # completed sessions
    booked: bool  # a planned session after the completed ones
    misses: set  # session numbers that had a cancelled or no-show visit first
    end_day: int  # days from today: the booking (active plans) or the last visit
    current: bool  # the client's latest plan
    responder: bool = True
    unsigned_last: bool = False
    booking_hour: int | None = None
    pattern: tuple = ()  # the pain regions its sessions chart, from PAIN_PATTERNS

    @property
    def rows(self):
        return self.done + int(self.booked) + len(self.misses)


@dataclass
class ProgramSpec:
    client_id: int
    clinic: ClinicData
    lead_id: int
    sessions: list  # (session id, scheduled_at) of the plan's completed sessions, in order


class Seeder:
    def __init__(self, stdout, counts, batch_size):
        self.stdout = stdout
        self.counts = counts
        self.batch_size = batch_size
        self.rng = random.Random(SEED)
        self.password = make_password(PASSWORD)
        self.visits = demo_visits()
        self.profiles = demo_profiles()
        self.started = time.monotonic()
        self.booked = {}  # (practitioner id, date) -> [(start, end)] of planned sessions
        self.writer = row_writer(batch_size)
        self.write = self.writer.write

    # Output and inserts ---------------------------------------------------------------

    def say(self, text):
        elapsed = time.monotonic() - self.started
        self.stdout.write(f"[{elapsed:7.1f} s] {text}")
        self.stdout.flush()

    def insert(self, model, objs):
        """bulk_create in batches, for the small tables. Returns the created objects, with
        their ids. The big ones go in as rows with self.write (sessions/scale/writer.py)."""
        created = []
        for chunk in itertools.batched(objs, self.batch_size):
            created.extend(model.objects.bulk_create(chunk))
            reset_queries()  # DEBUG keeps every query's SQL otherwise
        return created

    # The whole run ---------------------------------------------------------------------

    def run(self):
        self.techniques = {
            t.name: t.pk for t in Technique.objects.filter(clinic__isnull=True).only("name")
        }
        self.library = list(Exercise.objects.filter(clinic__isnull=True).order_by("slug"))
        if not self.library:
            raise CommandError("The shared exercise library is empty: run migrate first.")
        self.seed_clinics()
        self.seed_practitioners()
        self.seed_clients()
        specs = self.plan_specs()
        programs = self.seed_plans(specs)
        versions = self.seed_programs(programs)
        self.seed_adherence(versions)
        seed_extras(self)
        self.finish_bench_accounts()

    def seed_clinics(self):
        rng = self.rng
        count = self.counts["clinics"]
        clinics = []
        for n in range(count):
            place = PLACES[n % len(PLACES)]
            lap = n // len(PLACES)
            kind = CLINIC_KINDS[0] if n == 0 else rng.choice(CLINIC_KINDS)
            suffix = f" {lap + 1}" if lap else ""
            word = Clinic.StretchWord.STRETCH
            if n > 0:
                word = weighted(
                    rng,
                    [
                        (Clinic.StretchWord.STRETCH, 7),
                        (Clinic.StretchWord.LENGTHENING, 2),
                        (Clinic.StretchWord.RANGE_OF_MOTION, 1),
                    ],
                )
            clinics.append(
                Clinic(
                    name=f"{place} {kind}{suffix}",
                    slug=f"{SLUG_PREFIX}{n + 1:02d}-{place.lower()}{suffix.strip()}",
                    time_zone=TIME_ZONES[0] if n == 0 else rng.choice(TIME_ZONES),
                    stretch_word=word,
                )
            )
            if n % FRENCH_EVERY == 1:
                in_french(clinics[-1], n, kind, suffix)
        clinics = self.insert(Clinic, clinics)
        self.clinics = []
        own = []
        for clinic in clinics:
            Series.objects.install_defaults(clinic)
            Instrument.objects.install_builtins(clinic)
            for name, schedule in MEASURE_SCHEDULES.items():
                Series.objects.filter(clinic=clinic, name=name).update(measure_schedule=schedule)
            zone = zoneinfo.ZoneInfo(clinic.time_zone)
            self.clinics.append(
                ClinicData(
                    clinic=clinic,
                    zone=zone,
                    today=timezone.localdate(timezone=zone),
                    series={s.name: s for s in Series.objects.filter(clinic=clinic)},
                )
            )
            for position, exercise in enumerate(rng.sample(self.library, 3)):
                own.append(self.own_exercise(clinic, exercise, position))
        self.insert(Exercise, own)
        # The bench clinic is three times the size of an average one.
        self.weights = [3.0] + [rng.uniform(0.5, 1.5) for _ in clinics[1:]]
        self.say(f"{len(clinics)} clinics with their series and {len(own)} own exercises")

    def own_exercise(self, clinic, exercise, position):
        own = Exercise(clinic=clinic, slug=f"{exercise.slug}-{clinic.pk}-{position}")
        for name in [
            "kind",
            "summary",
            "target_muscles",
            "regions",
            "steps",
            "cautions",
            "drawing",
            *ProgramItem.DOSE_FIELDS,
        ]:
            setattr(own, name, getattr(exercise, name))
        own.name = f"{exercise.name} ({clinic.name.split()[0]} way)"
        french_columns(own, exercise, clinic)
        return own

    def seed_practitioners(self):
        rng = self.rng
        total = self.counts["practitioners"]
        per_clinic = split(total, self.weights, minimum=1)
        users, roles = [], []
        for data, count in zip(self.clinics, per_clinic, strict=True):
            for n in range(count):
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                bench = data is self.clinics[0] and n == min(1, count - 1)
                if bench:
                    kinds = ["si", "physio"]
                    email = BENCH_PRACTITIONER
                else:
                    kind = weighted(rng, [("si", 3), ("smt1", 2), ("smt2", 2), ("physio", 3)])
                    kinds = [kind]
                    if rng.random() < 0.2:
                        kinds.append(SECOND_CREDENTIAL[kind])
                    email = f"{email_part(first)}.{email_part(last)}.p{len(users)}@{EMAIL_DOMAIN}"
                users.append(
                    self.user(data.clinic, email, f"{first} {last}", rng.randint(30, 2000))
                )
                roles.append((data, kinds, n == 0, bench))
        users = self.insert(User, users)
        practitioners = self.insert(
            Practitioner,
            (
                Practitioner(
                    user=user,
                    clinic=data.clinic,
                    profession=PROFESSIONS[kinds[0]],
                    # The bench practitioner also runs the clinic, to load the admins' pages.
                    is_clinic_admin=admin or bench,
                )
                for user, (data, kinds, admin, bench) in zip(users, roles, strict=True)
            ),
        )
        credentials = []
        for practitioner, (data, kinds, _, bench) in zip(practitioners, roles, strict=True):
            for kind in kinds:
                method, title, max_session = CREDENTIALS[kind]
                credentials.append(
                    Credential(
                        practitioner=practitioner,
                        method=method,
                        title=title,
                        max_session=max_session,
                    )
                )
            staff = Staff(practitioner.pk, kinds)
            data.staff.append(staff)
            if bench:
                data.bench_staff = staff
        self.insert(Credential, credentials)
        self.insert(WorkingHours, working_week(practitioners))
        self.say(f"{len(practitioners)} practitioners, {len(credentials)} credentials")

    def user(self, clinic, email, full_name, days_ago):
        return User(
            clinic=clinic,
            email=email,
            full_name=full_name,
            language=FRENCH if reads_french(clinic.language) else "",
            password=self.password,
            date_joined=timezone.now() - datetime.timedelta(days=days_ago),
        )

    def seed_clients(self):
        rng = self.rng
        per_clinic = split(self.counts["clients"], self.weights, minimum=1)
        now = timezone.now()
        clients, portal = [], []
        for data, count in zip(self.clinics, per_clinic, strict=True):
            area = rng.choice(AREA_CODES)
            for n in range(count):
                bench = data is self.clinics[0] and n == 0
                client = self.client(data, area, bench, now)
                if bench or (client["archived_at"] is None and rng.random() < 0.12):
                    if not bench:
                        local = email_part(f"{client['first_name']}.{client['last_name']}")
                        client["email"] = f"{local}.c{len(clients)}@{EMAIL_DOMAIN}"
                    days_ago = rng.randint(1, 700)
                    full_name = f"{client['first_name']} {client['last_name']}"
                    user = self.user(data.clinic, client["email"], full_name, days_ago)
                    portal.append((client, user))
                clients.append(client)
        users = self.insert(User, [user for _, user in portal])
        for (client, _), user in zip(portal, users, strict=True):
            client["user_id"] = user.pk
        clients = self.write(Client, clients)
        self.bench_client = Client.objects.get(pk=clients[0]["id"])
        self.clients = [(client["id"], client["clinic_id"]) for client in clients]
        self.say(f"{len(self.clients)} clients, {len(users)} with a portal sign-in")

    def client(self, data, area, bench, now):
        rng = self.rng
        today = data.today
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        occupation, activity, complaint = rng.choice(self.profiles)
        born = datetime.date(rng.randint(1940, 2007), 1, 1) + datetime.timedelta(
            days=rng.randint(0, 364)
        )
        onset = today - datetime.timedelta(days=rng.randint(10, 4000))
        onset = max(onset, born + datetime.timedelta(days=365 * 12))
        phone = f"({area}) 555-{rng.randint(0, 9999):04d}" if rng.random() < 0.92 else ""
        email = ""
        if bench:
            email = BENCH_CLIENT
        elif rng.random() < 0.9:
            local = email_part(f"{first}.{last}")
            email = f"{local}{rng.randint(1, 999)}@{rng.choice(CLIENT_DOMAINS)}"
        consent = bench or rng.random() < 0.88
        archived = not bench and rng.random() < 0.07
        return {
            "clinic_id": data.clinic.pk,
            "first_name": first,
            "last_name": last,
            "date_of_birth": born,
            "email": email,
            "phone": phone,
            "phone_digits": re.sub(r"\D", "", phone),
            "occupation": occupation,
            "activity_level": activity,
            "complaint_onset": min(onset, today),
            "main_complaint": complaint,
            "consent_given_on": (
                today - datetime.timedelta(days=rng.randint(0, 400)) if consent else None
            ),
            "archived_at": (
                now - datetime.timedelta(days=rng.randint(5, 700)) if archived else None
            ),
        }

    # Plans -----------------------------------------------------------------------------

    def plan_specs(self):
        """Which plans to write, so that their sessions add up to exactly --sessions."""
        rng = self.rng
        budget = self.counts["sessions"]
        by_clinic = {data.clinic.pk: data for data in self.clinics}
        bench = self.bench_spec()
        specs = [bench]
        total = bench.rows
        # How far back each client's earliest plan so far starts, in days from today.
        starts = {self.bench_client.pk: -80}
        people = [(pk, by_clinic[clinic_id]) for pk, clinic_id in self.clients[1:]]
        rng.shuffle(people)
        bench_bookings = 0
        for lap in itertools.count():
            added = 0
            for client_id, data in people:
                if total >= budget:
                    break
                if lap == 0 and rng.random() < 0.08:
                    continue  # new clients: no plan yet
                if lap > 0 and rng.random() < 0.4:
                    continue
                spec = self.plan_spec(client_id, data, current=lap == 0, starts=starts)
                if spec is None:
                    continue
                if spec.lead is data.bench_staff and spec.booked and bench_bookings < 5:
                    spec.end_day = 0  # the bench practitioner's day is full
                    bench_bookings += 1
                if total + spec.rows > budget:
                    self.trim(spec, budget - total)
                specs.append(spec)
                total += spec.rows
                added += spec.rows
            if total >= budget or not added:
                break
        if total < budget:
            raise CommandError(f"Could only place {total} of {budget} sessions.")
        statuses = {s: sum(spec.status == s for spec in specs) for s in PlanStatus.values}
        self.say(
            f"{len(specs)} plans to write: "
            + ", ".join(f"{n} {status}" for status, n in statuses.items())
        )
        return specs

    def bench_spec(self):
        """The benchmarked client's plan: SI 10-series, six sessions signed, the seventh
        booked for later today with the bench practitioner."""
        data = self.clinics[0]
        return PlanSpec(
            client_id=self.bench_client.pk,
            clinic=data,
            lead=data.bench_staff,
            series=data.series[SI_10],
            status=PlanStatus.ACTIVE,
            length=10,
            done=6,
            booked=True,
            misses=set(),
            end_day=0,
            current=True,
            booking_hour=17,
        )

    def plan_spec(self, client_id, data, current, starts):
        rng = self.rng
        lead = rng.choice(data.staff)
        kind = rng.choice(lead.kinds)
        series = data.series[weighted(rng, LEADS[kind])]
        length = series.session_count or rng.randint(3, 12)
        if current:
            status = weighted(
                rng, [(PlanStatus.ACTIVE, 55), (PlanStatus.COMPLETED, 30), (PlanStatus.STOPPED, 15)]
            )
        else:
            status = weighted(rng, [(PlanStatus.COMPLETED, 70), (PlanStatus.STOPPED, 30)])
        booked = False
        if status == PlanStatus.COMPLETED:
            done = length
        elif status == PlanStatus.STOPPED:
            done = rng.randint(1, max(1, length - 1))
        else:
            done = rng.randint(0, length - 1)
            booked = rng.random() < 0.95
        misses = {n for n in range(1, done + 1) if rng.random() < 0.06}
        if status == PlanStatus.ACTIVE:
            end_day = rng.randint(0, 13) if booked else -rng.randint(1, 10)
        elif client_id in starts:
            end_day = starts[client_id] - rng.randint(20, 300)
        else:
            end_day = -rng.randint(3, 900)
        span = (done + len(misses) + 1) * 8
        starts[client_id] = min(starts.get(client_id, 0), end_day - span)
        return PlanSpec(
            client_id=client_id,
            clinic=data,
            lead=lead,
            series=series,
            status=status,
            length=length,
            done=done,
            booked=booked,
            misses=misses,
            end_day=end_day,
            current=current,
            responder=rng.random() < 0.8,
            unsigned_last=status == PlanStatus.ACTIVE and done > 0 and rng.random() < 0.04,
        )

    def trim(self, spec, rows):
        """Shortens the last plan so the sessions come out exactly as asked."""
        spec.booked = False
        spec.done = min(rows, spec.length)
        spec.misses = set(range(1, rows - spec.done + 1))
        spec.status = PlanStatus.COMPLETED if spec.done == spec.length else PlanStatus.STOPPED
        spec.unsigned_last = False
        if spec.end_day >= 0:
            spec.end_day = -1

    def seed_plans(self, specs, chunk_size=2000):
        totals = {"plans": 0, "sessions": 0, "regions": 0, "techniques": 0}
        programs = []
        for chunk in itertools.batched(specs, chunk_size):
            plans = self.write(Plan, [self.plan_row(spec) for spec in chunk])
            rows = []  # (spec, session, visit) with visit None for bookings and misses
            for spec, plan in zip(chunk, plans, strict=True):
                rows.extend(self.session_rows(spec, plan["id"]))
            sessions = self.write(TreatmentSession, [session for _, session, _ in rows])
            Plan.objects.filter(pk__in=[plan["id"] for plan in plans]).refresh_progress()
            regions, links = [], []
            for spec, session, visit in rows:
                if visit is None:
                    continue
                regions.extend(self.pain_regions(spec, session))
                links.extend(
                    {"treatmentsession_id": session["id"], "technique_id": self.techniques[name]}
                    for name in visit.techniques
                    if name in self.techniques
                )
            totals["regions"] += self.write(PainRegion, regions, keep=False)
            totals["techniques"] += self.write(
                TreatmentSession.techniques.through, links, keep=False
            )
            totals["plans"] += len(plans)
            totals["sessions"] += len(sessions)
            programs.extend(self.program_candidates(chunk, rows))
            self.say(
                f"{totals['plans']} plans, {totals['sessions']} sessions, "
                f"{totals['regions']} pain regions, {totals['techniques']} technique links"
            )
        return programs

    def plan_row(self, spec):
        data = spec.clinic
        first_day = spec.end_day - (spec.rows + 1) * 8
        started = data.today + datetime.timedelta(days=first_day - self.rng.randint(0, 7))
        ended = None
        if spec.status != PlanStatus.ACTIVE:
            ended = data.today + datetime.timedelta(days=spec.end_day + self.rng.randint(0, 3))
        return {
            "client_id": spec.client_id,
            "series_id": spec.series.pk,
            "lead_id": spec.lead.practitioner_id,
            "session_count": spec.series.session_count,
            "started_on": started,
            "status": spec.status,
            "stop_reason": (
                self.rng.choice(
                    [
                        "Moved away.",
                        "Pain resolved before the series ended.",
                        "Referred to her doctor for imaging.",
                        "Could no longer fit sessions around work.",
                        "No change after five sessions; referred to a physiotherapist.",
                    ]
                )
                if spec.status == PlanStatus.STOPPED
                else ""
            ),
            "ended_on": ended,
        }

    def session_rows(self, spec, plan_id):
        """The plan's visits, oldest first, as (spec, session row, demo visit)."""
        rng = self.rng
        data = spec.clinic
        # Walk back from the last visit: the booking, then the completed sessions.
        slots = []  # (number, status, day)
        day = spec.end_day
        if spec.booked:
            slots.append((spec.done + 1, Status.PLANNED, day))
            day -= rng.randint(5, 10)
        for number in range(spec.done, 0, -1):
            slots.append((number, Status.COMPLETED, day))
            day -= rng.randint(2, 4)
            if number in spec.misses:
                status = Status.NO_SHOW if rng.random() < 0.4 else Status.CANCELLED
                slots.append((number, status, day))
            day -= rng.randint(4, 9)
        slots.reverse()

        start_pain = rng.randint(4, 8)
        drop = rng.uniform(0.3, 0.8)
        spec.pattern = rng.choice(PAIN_PATTERNS)
        posture = {
            name: rng.choices(values, weights)[0]
            for name, (values, weights) in POSTURE_CHOICES.items()
        }
        resolves = {name: rng.randint(3, 9) for name in posture}
        duration = 60 if spec.series.method != Method.PHYSIOTHERAPY else rng.choice([30, 45])
        hour = spec.booking_hour or rng.randint(8, 17)
        minute = rng.choice([0, 0, 30])
        rows = []
        for number, status, day in slots:
            when = datetime.datetime.combine(
                data.today + datetime.timedelta(days=day), datetime.time(hour, minute)
            ).replace(tzinfo=data.zone)
            if status == Status.PLANNED:
                when = self.free_time(spec.lead.practitioner_id, when, duration)
            session = {
                "plan_id": plan_id,
                "number": number,
                "practitioner_id": spec.lead.practitioner_id,
                "scheduled_at": when,
                "duration_minutes": duration,
                "status": status,
            }
            visit = None
            if status == Status.COMPLETED:
                visit = rng.choice(self.visits)
                self.chart(spec, session, visit, start_pain, drop, posture, resolves)
                last = number == spec.done
                if not (last and spec.unsigned_last):
                    session["signed_at"] = when + datetime.timedelta(minutes=duration + 30)
                    session["signed_by_id"] = spec.lead.practitioner_id
            rows.append((spec, session, visit))
            if rng.random() < 0.3:
                hour = rng.randint(8, 17)  # most clients keep their slot, some move it
        return rows

    def free_time(self, practitioner_id, when, minutes):
        """The first time from `when` on, by half hours from 8:00 to 18:00, that the
        practitioner has free, as a receptionist books: no two planned sessions of one
        practitioner overlap (on PostgreSQL the database refuses it)."""
        length = datetime.timedelta(minutes=minutes)
        while True:
            taken = self.booked.setdefault((practitioner_id, when.date()), [])
            if not any(start < when + length and when < end for start, end in taken):
                taken.append((when, when + length))
                return when
            when += datetime.timedelta(minutes=30)
            if when.hour >= 18:
                when = datetime.datetime.combine(
                    when.date() + datetime.timedelta(days=1), datetime.time(8), when.tzinfo
                )

    def chart(self, spec, session, visit, start_pain, drop, posture, resolves):
        rng = self.rng
        number = session["number"]
        if spec.responder:
            before = round(start_pain - drop * (number - 1) + rng.uniform(-1, 1))
        else:
            before = start_pain + rng.choice([-1, 0, 0, 1])
        before = min(10, max(0, before))
        session["pain_before"] = before
        session["pain_after"] = max(0, before - rng.randint(0, 3))
        for name, value in posture.items():
            resolved = spec.responder and number >= resolves[name]
            session[name] = NORMAL_POSTURE[name] if resolved else value
        if rng.random() < 0.25:
            session["posture_notes"] = rng.choice(POSTURE_NOTES)
        for name in TreatmentSession.NOTE_FIELDS:
            session[name] = getattr(visit, name)

    def pain_regions(self, spec, session):
        if self.rng.random() > 0.85 and spec.client_id != self.bench_client.pk:
            return []
        regions = []
        for position, (region, source) in enumerate(spec.pattern):
            before = session["pain_before"]
            intensity = min(10, max(0, before - position - self.rng.randint(0, 1)))
            if intensity == 0 and position:
                continue
            regions.append(
                {
                    "session_id": session["id"],
                    "region": region,
                    "intensity": intensity,
                    "kind": PainRegion.Kind.REFERRED if source else PainRegion.Kind.LOCAL,
                    "source": source,
                }
            )
        return regions

    def program_candidates(self, chunk, rows):
        completed = {}
        for spec, session, visit in rows:
            if spec.current and visit is not None and session.get("signed_at") is not None:
                completed.setdefault(spec.client_id, []).append(
                    (session["id"], session["scheduled_at"])
                )
        found = []
        for spec in chunk:
            sessions = completed.get(spec.client_id, [])
            if not spec.current or len(sessions) < 2:
                continue
            bench = spec.client_id == self.bench_client.pk
            if bench or self.rng.random() < 0.45:
                found.append(
                    ProgramSpec(spec.client_id, spec.clinic, spec.lead.practitioner_id, sessions)
                )
        return found

    # Home programs and adherence -------------------------------------------------------

    def seed_programs(self, candidates):
        """One or two published versions per client, a few drafts. Returns, for each
        published version, what the adherence log needs."""
        rng = self.rng
        programs, items_for, plans = [], [], []
        for spec in candidates:
            bench = spec.client_id == self.bench_client.pk
            sessions = spec.sessions
            first = sessions[1] if bench else rng.choice(sessions[: max(1, len(sessions) - 1)])
            later = [s for s in sessions if s[1] > first[1] + datetime.timedelta(days=10)]
            second = None
            if bench:
                second = sessions[4]
            elif later and rng.random() < 0.35:
                second = rng.choice(later)
            v1_exercises = rng.sample(self.library, rng.randint(3, 5))
            versions = [(first, v1_exercises)]
            if second:
                kept = rng.sample(v1_exercises, rng.randint(1, min(3, len(v1_exercises))))
                fresh = [e for e in rng.sample(self.library, 8) if e not in kept]
                versions.append((second, kept + fresh[: rng.randint(2, 3)]))
            for number, ((session_id, published), exercises) in enumerate(versions, start=1):
                replaced = None
                if number < len(versions):
                    replaced = versions[number][0][1] + datetime.timedelta(hours=1)
                programs.append(
                    {
                        "client_id": spec.client_id,
                        "version": number,
                        "created_by_id": spec.lead_id,
                        "session_id": session_id,
                        "note": rng.choice(PROGRAM_NOTES),
                        "published_at": published + datetime.timedelta(hours=1),
                        "replaced_at": replaced,
                    }
                )
                items_for.append(exercises)
                plans.append((spec, bench and number == len(versions)))
            if not bench and rng.random() < 0.03:
                programs.append(
                    {
                        "client_id": spec.client_id,
                        "version": len(versions) + 1,
                        "created_by_id": spec.lead_id,
                        "session_id": None,
                        "note": "",
                        "published_at": None,
                        "replaced_at": None,
                    }
                )
                items_for.append(versions[-1][1])
                plans.append((spec, False))
        programs = self.write(HomeProgram, programs)
        items = self.write(
            ProgramItem,
            (
                self.item(program["id"], exercise, position)
                for program, exercises in zip(programs, items_for, strict=True)
                for position, exercise in enumerate(exercises, start=1)
            ),
        )
        by_program = {}
        for item in items:
            by_program.setdefault(item["program_id"], []).append(item)
        versions = []
        for program, (spec, bench) in zip(programs, plans, strict=True):
            if program["published_at"] is None:
                continue
            data = spec.clinic
            first = timezone.localdate(program["published_at"], timezone=data.zone)
            last = data.today
            if program["replaced_at"]:
                last = timezone.localdate(program["replaced_at"], timezone=data.zone)
                last -= datetime.timedelta(days=1)
            versions.append((by_program[program["id"]], first, last, data.today, bench))
        drafts = sum(p["published_at"] is None for p in programs)
        self.say(f"{len(programs)} program versions ({drafts} drafts), {len(items)} items")
        return versions

    def item(self, program_id, exercise, position):
        dose = {name: getattr(exercise, name) for name in ProgramItem.DOSE_FIELDS}
        key = uuid.UUID(int=self.rng.getrandbits(128), version=4)  # same on every run
        return {
            "program_id": program_id,
            "exercise_id": exercise.pk,
            "position": position,
            **dose,
            "key": key,
        }

    def seed_adherence(self, versions):
        """Entries on the days each version was the client's program, until --adherence
        is reached: most clients log for a few weeks, then less or not at all."""
        rng = self.rng
        target = self.counts["adherence"]
        bench = [v for v in versions if v[4]]
        others = [v for v in versions if not v[4]]
        rng.shuffle(others)
        plans = []
        for items, first, last, today, is_bench in bench + others:
            days = (last - first).days + 1
            if days <= 0:
                continue
            rate = 0.8 if is_bench else rng.uniform(0.3, 0.95)
            length = days if is_bench else rng.randint(7, 90)
            plans.append([items, first, days, today, rate, min(days, length), is_bench])
        expected = sum(len(p[0]) * p[5] * p[4] * 0.8 for p in plans) or 1
        scale = min(1.0, 1.15 * target / expected)
        for p in plans:
            if not p[6]:
                p[5] = max(1, round(p[5] * scale))

        def entries():
            done = 0
            # First pass: each version for its (scaled) stretch of logging.
            for items, first, _days, today, rate, length, _ in plans:
                for offset in range(length):
                    day = first + datetime.timedelta(days=offset)
                    if rng.random() > rate:
                        continue
                    for entry in self.day_entries(items, day, today):
                        yield entry
                        done += 1
                        if done >= target:
                            return
            # Second pass, only when the first fell short: the days left in each window.
            for items, first, days, _today, _rate, length, _ in plans:
                for offset in range(length, days):
                    day = first + datetime.timedelta(days=offset)
                    for item in items:
                        yield self.entry(item, day, first_of_day=False)
                        done += 1
                        if done >= target:
                            return

        count = self.write(AdherenceEntry, entries(), keep=False)
        if count < target:
            self.say(f"only room for {count} adherence entries in the programs written")
        self.say(f"{count} adherence entries")

    def day_entries(self, items, day, today):
        first = True
        for item in items:
            if item["per"] == ProgramItem.Per.WEEK:
                chance = min(1.0, item["frequency"] / 7)
            else:
                chance = 0.85
            if day == today:
                chance /= 2
            if self.rng.random() < chance:
                yield self.entry(item, day, first)
                first = False

    def entry(self, item, day, first_of_day):
        rng = self.rng
        pain = rng.randint(0, 6) if first_of_day and rng.random() < 0.15 else None
        comment = rng.choice(ADHERENCE_COMMENTS) if first_of_day and rng.random() < 0.04 else ""
        return {"item_id": item["id"], "day": day, "pain": pain, "comment": comment}

    def finish_bench_accounts(self):
        """The draft the bench practitioner is building for the bench client, as the app
        starts one: a copy of the current version; and the practitioner's calendar feed."""
        client = self.bench_client
        practitioner = Practitioner.objects.get(user__email=BENCH_PRACTITIONER)
        HomeProgram.draft_for(client, practitioner)
        CalendarFeed.objects.create(
            clinic=client.clinic, practitioner=practitioner, owner=practitioner
        )
        seed_bench_intake(client, practitioner)
        seed_bench_photos(client)
        self.seed_bench_french_client(client)
        for other in seed_history_clients(self, client, practitioner):
            if not Intake.objects.filter(client=other).exists():
                seed_bench_intake(other, practitioner)
        self.say(
            f"Done. Sign in as {BENCH_PRACTITIONER} or {BENCH_CLIENT} "
            f"(client {client.pk}); every account's password is {PASSWORD}"
        )

    def seed_bench_french_client(self, client):
        """Another client of the bench clinic, signed in in French with a copy of the bench
        client's current program: the portal home in French is measured beside the English
        one. One of the clients seeded already, so the counts stay as asked."""
        twin = (
            Client.objects.filter(clinic=client.clinic, user__isnull=True, programs__isnull=True)
            .exclude(pk=client.pk)
            .order_by("pk")
            .first()
        )
        if twin is None:
            raise CommandError("The bench clinic needs a client without a program to read French.")
        user = self.user(client.clinic, BENCH_CLIENT_FR, twin.full_name, days_ago=30)
        user.language = "fr-ca"
        user.save()
        twin.user = user
        twin.save(update_fields=["user"])
        current = HomeProgram.objects.current().get(client=client)
        program = HomeProgram.objects.create(
            client=twin,
            version=1,
            created_by=current.created_by,
            note=current.note,
            published_at=current.published_at,
        )
        ProgramItem.objects.bulk_create(
            item.copy_to(program) for item in current.items.select_related("exercise")
        )


INTAKE_STEPS = [
    (ConsentChoice, "client__clinic__in"),
    (SignedConsent, "client__clinic__in"),
    (ScreenReview, "intake__client__clinic__in"),
    (IntakeAmendment, "intake__client__clinic__in"),
    (Intake, "client__clinic__in"),
    (ConsentText, "clinic__in"),
    (IntakeQuestion, "clinic__in"),
]


def seed_bench_intake(client, practitioner):
    """The bench client's intake, sent and signed, with a screen reviewed and one answer
    amended: the intake card and the intake pages show everything they can."""
    flagged = {code: "no" for _, code, _ in ALL_SIGNS} | {"age_onset": "unsure"}
    intake = Intake.objects.create(
        client=client,
        complaint=client.main_complaint or "Low back pain after long days sitting.",
        onset=client.complaint_onset,
        better="Walking, heat",
        worse="Sitting, bending forward",
        history="Two earlier episodes; physiotherapy helped.",
        conditions="None",
        medications="Ibuprofen when needed",
        goals="Sit through a workday without pain.",
        regions=["low_back", "groin_l", "groin_r", "buttock_l"],
        pain_now=5,
        screen=flagged,
        steps_done=["pain", "health", "screen", "consent"],
    )
    intake.submit()
    intake.review(practitioner, ScreenReview.Decision.CLEARED, "Pain began at 52 after a move.")
    intake.amend(practitioner, "medications", "Ibuprofen, and paracetamol at night", "At session 1")
    SignedConsent.objects.create(
        client=client,
        text=ConsentText.for_signing(client.clinic),
        full_name=client.full_name,
        strokes=[[[20, 150], [80, 60], [140, 140], [200, 70]], [[240, 110], [420, 100]]],
    )
    ConsentChoice.objects.create(client=client, kind="reminders", granted=True, by=client.user)


def working_week(practitioners):
    """09:00 to 17:00, Monday to Saturday, for every practitioner: the slot page and the
    week view have free times to show."""
    return (
        WorkingHours(
            practitioner=practitioner,
            weekday=day,
            starts=datetime.time(9),
            ends=datetime.time(17),
        )
        for practitioner in practitioners
        for day in range(6)
    )


def flush_scale_data(stdout):
    """Deletes the scale data: its clinics with everything in them, and its accounts.
    Raw deletes, because signed sessions and the audit trail refuse ordinary ones."""
    clinics = Clinic.objects.filter(slug__startswith=SLUG_PREFIX)
    steps = [
        *EXTRA_FLUSH_STEPS,
        *INTAKE_STEPS,
        (AdherenceEntry, "item__program__client__clinic__in"),
        (ProgramItem, "program__client__clinic__in"),
        (HomeProgram, "client__clinic__in"),
        (Amendment, "session__plan__client__clinic__in"),
        (PainRegion, "session__plan__client__clinic__in"),
        (PlanMeasure, "plan__client__clinic__in"),
        (Response, "client__clinic__in"),
        (TreatmentSession.techniques.through, "treatmentsession__plan__client__clinic__in"),
        (Reminder, "session__plan__client__clinic__in"),
        (PublicHold, "session__plan__client__clinic__in"),
        *FLUSH_STEPS,
        (TreatmentSession, "plan__client__clinic__in"),
        (Plan, "client__clinic__in"),
        (SeriesLength, "settings__clinic__in"),
        (BookingSettings, "clinic__in"),
        (CalendarFeed, "clinic__in"),
        (WorkingHours, "practitioner__clinic__in"),
        (DayChange, "practitioner__clinic__in"),
        (AuditEvent, "clinic__in"),
        (SeriesStep, "series__clinic__in"),
        (Series, "clinic__in"),
        (Instrument, "clinic__in"),
        (Technique, "clinic__in"),
        (Exercise, "clinic__in"),
        (Client, "clinic__in"),
        (Credential, "practitioner__clinic__in"),
        (Practitioner, "clinic__in"),
    ]
    delete_photo_files(clinics)
    delete_clip_files(clinics)
    for model, lookup in steps:
        model.objects.filter(**{lookup: clinics})._raw_delete(model.objects.db)
    deleted = clinics._raw_delete(Clinic.objects.db)
    users = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}")
    # What hangs on the accounts themselves once someone has signed in as them: passkeys,
    # signed-in browsers, recovery codes.
    for relation in User._meta.related_objects:
        if relation.on_delete is models.CASCADE:
            rows = relation.related_model._base_manager.filter(
                **{relation.field.name + "__in": users}
            )
            rows._raw_delete(User.objects.db)
    users._raw_delete(User.objects.db)
    stdout.write(f"Deleted the scale data of {deleted} clinics.")
