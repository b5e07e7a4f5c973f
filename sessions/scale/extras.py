"""What the scale data has beside the care itself (sessions/scale/seeder.py): French
clinics, intakes and consents, outcome measure responses, posture photos (photos.py), clips,
booking settings, day changes, calendar feeds and home-program reminders.

It reads back what the seeder wrote rather than keeping it in memory, draws from a random
generator of its own (so the care data is the same with or without it), and the bench
client is left to finish_bench_accounts, which gives it its own intake and photos.
"""

import datetime
import itertools
import random
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Max
from django.utils import timezone

from clinic.content import FRENCH, reads_french
from clinic.models import Client, Practitioner
from clinic.translation import ExerciseTranslation
from sessions import intake_questions
from sessions.demo.clips import film
from sessions.models import (
    BookingSettings,
    CalendarFeed,
    Clip,
    ConsentChoice,
    ConsentText,
    DayChange,
    HomeProgram,
    Instrument,
    Intake,
    IntakeAmendment,
    Plan,
    PlanMeasure,
    ProgramItem,
    ProgramReminder,
    ProgramReminderSend,
    Response,
    Rule,
    ScreenReview,
    SeriesLength,
    SignedConsent,
    TreatmentSession,
)
from sessions.scale.data import (
    AREA_CODES,
    CLINIC_KINDS_FR,
    CLIP_NOTES,
    DAY_CHANGE_NOTES,
    FRENCH_EVERY,
    INTAKE_BETTER,
    INTAKE_CONDITIONS,
    INTAKE_GOALS,
    INTAKE_HISTORY,
    INTAKE_MEDICATIONS,
    INTAKE_WORSE,
    PAIN_PATTERNS,
    PHYSIO,
    PSFS_ACTIVITIES,
    QUEBEC_PLACES,
    QUEBEC_TIME_ZONE,
    SCREEN_REVIEW_REASONS,
    SEED,
    SI_10,
    SIGNATURES,
    SLUG_PREFIX,
)
from sessions.scale.photos import seed_photos

FLUSH_STEPS = [
    (ProgramReminderSend, "reminder__client__clinic__in"),
    (ProgramReminder, "client__clinic__in"),
    (Clip, "client__clinic__in"),
]
# Of the clients who submitted an intake, the share who gave each optional consent.
CONSENT_SHARES = [(ConsentChoice.Kind.REMINDERS, 0.65), (ConsentChoice.Kind.PHOTOS, 0.3)]
SUBMITTED_STEPS = ["pain", "health", "screen", "consent"]
# The clinics moved their intakes and outcome measures to the app this long ago: clients
# whose latest plan started before then signed their consent on paper
# (Client.consent_given_on), and older sessions have no responses.
APP_YEARS = 2
CLIP_SECONDS = 1


def in_french(clinic, n, kind, suffix):
    """Makes the clinic about to be written one in Quebec that works in French."""
    place = QUEBEC_PLACES[(n // FRENCH_EVERY) % len(QUEBEC_PLACES)]
    clinic.name = f"{CLINIC_KINDS_FR[kind]} {place.replace('-', ' ')}{suffix}"
    clinic.slug = f"{SLUG_PREFIX}{n + 1:02d}-{place.lower()}{suffix.strip()}"
    clinic.time_zone = QUEBEC_TIME_ZONE
    clinic.language = FRENCH


def french_columns(own, exercise, clinic):
    """A French clinic's own exercise carries the library's French beside the English."""
    if not reads_french(clinic.language):
        return
    for name in ExerciseTranslation.fields:
        setattr(own, f"{name}_fr_ca", getattr(exercise, f"{name}_fr_ca"))
    place = [word for word in clinic.name.split() if not word.isdigit()][-1]
    own.name_fr_ca = f"{exercise.name_fr_ca} (façon {place})"
    own.name_en = f"{exercise.name_en} ({place} way)"  # the place comes last in French


def seed_extras(seeder):
    extras = Extras(seeder)
    consents = extras.seed_intakes()
    extras.seed_responses()
    photos = seed_photos(seeder, extras.rng, consents[ConsentChoice.Kind.PHOTOS])
    extras.seed_booking()
    current = set(
        HomeProgram.objects.current()
        .filter(client__clinic__in=extras.clinic_ids)
        .values_list("client_id", flat=True)
    )
    extras.seed_program_reminders(current)
    clips = extras.seed_clips(sorted(consents[ConsentChoice.Kind.PHOTOS].keys() & current))
    seeder.say(f"{photos} posture photos, {clips} clips")


def moment(day, hour, zone):
    return datetime.datetime.combine(day, datetime.time(hour), zone)


@dataclass
class ClientRow:
    """What the extras read of each client; the seeder keeps only ids."""

    pk: int
    clinic_id: int
    user_id: int | None
    first_name: str
    last_name: str
    main_complaint: str
    complaint_onset: object
    occupation: str
    activity_level: str

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()


class Extras:
    def __init__(self, seeder):
        self.seeder = seeder
        self.rng = random.Random(SEED + 1)
        self.now = timezone.now()
        self.clinics = {data.clinic.pk: data for data in seeder.clinics}
        self.clinic_ids = list(self.clinics)
        self.clients = [
            ClientRow(*row)
            for row in Client.objects.filter(clinic__in=self.clinic_ids)
            .exclude(pk=seeder.bench_client.pk)
            .order_by("pk")
            .values_list(*ClientRow.__dataclass_fields__)
            .iterator(chunk_size=seeder.batch_size)
        ]

    def insert(self, model, rows):
        return len(self.seeder.insert(model, rows))

    # Intakes and consents ----------------------------------------------------------------

    def seed_intakes(self):
        """Most clients of the last two years' plans sent an intake and signed the consent
        online; some are halfway through one; new clients without a plan yet are filling
        theirs in. Returns, by optional consent, the clients who gave it, with when."""
        rng = self.rng
        latest = dict(
            Plan.objects.filter(client__clinic__in=self.clinic_ids)
            .order_by()
            .values_list("client_id")
            .annotate(Max("started_on"))
        )
        texts = {pk: ConsentText.for_signing(data.clinic) for pk, data in self.clinics.items()}
        intakes, consents, choices = [], [], []
        given = {kind: {} for kind in ConsentChoice.Kind}
        for client in self.clients:
            data = self.clinics[client.clinic_id]
            started = latest.get(client.pk)
            if started and (data.today - started).days > 365 * APP_YEARS:
                continue
            roll = rng.random()
            submitted = roll < (0.85 if started else 0.35)
            if not submitted and roll >= (0.92 if started else 0.75):
                continue
            before = started or data.today
            day = min(data.today, before - datetime.timedelta(days=rng.randint(1, 6)))
            when = min(self.now, moment(day, rng.randint(7, 22), data.zone))
            intakes.append(self.intake(client, when if submitted else None))
            if not submitted:
                continue
            consents.append(
                SignedConsent(
                    client_id=client.pk,
                    text=texts[client.clinic_id],
                    full_name=client.full_name,
                    strokes=rng.choice(SIGNATURES),
                    signed_at=when,
                    entered_by_id=(
                        rng.choice(data.staff).practitioner_id if rng.random() < 0.2 else None
                    ),
                )
            )
            for kind, share in CONSENT_SHARES:
                if rng.random() < share:
                    choices.append(
                        ConsentChoice(
                            client_id=client.pk,
                            kind=kind,
                            granted=True,
                            by_id=client.user_id,
                            created_at=when,
                        )
                    )
                    given[kind][client.pk] = when
        intakes = self.seeder.insert(Intake, intakes)
        self.insert(SignedConsent, consents)
        self.insert(ConsentChoice, choices)
        reviews, amendments = self.reviews_and_amendments(intakes)
        self.seeder.say(
            f"{len(intakes)} intakes ({sum(i.submitted_at is None for i in intakes)} in "
            f"progress), {len(consents)} signed consents, {len(choices)} consent choices, "
            f"{reviews} screens reviewed, {amendments} amendments"
        )
        return given

    def intake(self, client, submitted_at):
        rng = self.rng
        steps = SUBMITTED_STEPS if submitted_at else SUBMITTED_STEPS[: rng.randint(0, 3)]
        intake = Intake(
            client_id=client.pk,
            clinic_id=client.clinic_id,
            complaint=client.main_complaint,
            onset=client.complaint_onset,
            occupation=client.occupation,
            activity_level=client.activity_level,
            steps_done=steps,
            submitted_at=submitted_at,
        )
        if "pain" in steps:
            intake.better = rng.choice(INTAKE_BETTER)
            intake.worse = rng.choice(INTAKE_WORSE)
            intake.goals = rng.choice(INTAKE_GOALS)
            intake.regions = [region for region, _ in rng.choice(PAIN_PATTERNS)]
            intake.pain_now = rng.randint(2, 8)
        if "health" in steps:
            intake.history = rng.choice(INTAKE_HISTORY)
            intake.conditions = rng.choice(INTAKE_CONDITIONS)
            intake.medications = rng.choice(INTAKE_MEDICATIONS)
            intake.pregnancy = Intake.Pregnancy.NOT_APPLICABLE
        if "screen" in steps:
            intake.screen = {code: intake_questions.NO for _, code, _ in intake_questions.ALL_SIGNS}
            if rng.random() < 0.08:
                _, code, _ = rng.choice(intake_questions.ALL_SIGNS)
                answer = intake_questions.YES if rng.random() < 0.3 else intake_questions.UNSURE
                intake.screen[code] = answer
        # What Intake.save() keeps, which bulk_create does not call.
        intake.screen_positive = intake_questions.is_positive(intake.screen)
        return intake

    def reviews_and_amendments(self, intakes):
        rng = self.rng
        reviews, amendments = [], []
        for intake in intakes:
            if intake.submitted_at is None:
                continue
            staff = self.clinics[self.seeder_clinic(intake.client_id)].staff
            later = min(self.now, intake.submitted_at + datetime.timedelta(days=1))
            if intake.screen_positive and rng.random() < 0.85:
                referred = rng.random() < 0.1
                reviews.append(
                    ScreenReview(
                        intake_id=intake.pk,
                        decision=(
                            ScreenReview.Decision.REFERRED
                            if referred
                            else ScreenReview.Decision.CLEARED
                        ),
                        reason=SCREEN_REVIEW_REASONS[2 if referred else rng.randint(0, 1)],
                        reviewed_by_id=rng.choice(staff).practitioner_id,
                        created_at=later,
                    )
                )
            if rng.random() < 0.03:
                amendments.append(
                    IntakeAmendment(
                        intake_id=intake.pk,
                        author_id=rng.choice(staff).practitioner_id,
                        field="medications",
                        old_text=intake.medications,
                        new_text="Ibuprofen, and paracetamol at night",
                        reason="Asked at session 1",
                        created_at=later,
                    )
                )
        return self.insert(ScreenReview, reviews), self.insert(IntakeAmendment, amendments)

    def seeder_clinic(self, client_id):
        if not hasattr(self, "_clinic_of"):
            self._clinic_of = dict(self.seeder.clients)
        return self._clinic_of[client_id]

    # Outcome measures ------------------------------------------------------------------

    def seed_responses(self):
        """Answers to the measures the series' schedules make due at the completed sessions
        of the last two years: most are answered, a note still unsigned may have a draft.
        Keeps each plan's measure verdict as the app does on submitting."""
        rng = self.rng
        due = {}  # series id -> (every session, the numbers when not every)
        for data in self.clinics.values():
            for series in data.series.values():
                if series.measure_schedule:
                    every = any(e.get("every") for e in series.measure_schedule)
                    numbers = {n for e in series.measure_schedule for n in e.get("sessions", [])}
                    due[series.pk] = (series, every, numbers)
        instruments = {
            (i.clinic_id, i.key): i for i in Instrument.objects.filter(clinic__in=self.clinic_ids)
        }
        users = dict(
            Practitioner.objects.filter(clinic__in=self.clinic_ids).values_list("pk", "user_id")
        )
        portal = {c.pk: c.user_id for c in self.clients if c.user_id}
        sessions = (
            TreatmentSession.objects.filter(
                plan__series__in=list(due),
                status=TreatmentSession.Status.COMPLETED,
                scheduled_at__gte=self.now - datetime.timedelta(days=365 * APP_YEARS),
            )
            .exclude(plan__client=self.seeder.bench_client)
            .order_by("plan_id", "number")
            .values_list(
                "pk",
                "plan_id",
                "plan__client_id",
                "plan__client__clinic_id",
                "plan__series_id",
                "number",
                "scheduled_at",
                "pain_before",
                "practitioner_id",
                "signed_at",
            )
        )
        verdicts = {}

        def responses():
            plan_state = None
            for (
                pk,
                plan_id,
                client_id,
                clinic_id,
                series_id,
                number,
                when,
                pain,
                by,
                signed,
            ) in sessions.iterator(chunk_size=self.seeder.batch_size):
                series, every, numbers = due[series_id]
                if not every and number not in numbers:
                    continue
                if plan_state is None or plan_state[0] != plan_id:
                    activities = rng.sample(PSFS_ACTIVITIES, 3)
                    plan_state = (plan_id, activities, {})
                    verdicts[plan_id] = Plan.MeasureVerdict.NONE
                if rng.random() < 0.15:
                    continue  # not answered that day
                draft = signed is None and rng.random() < 0.5
                entered_by = portal.get(client_id) if rng.random() < 0.6 else None
                for key in series.measures_due_at(number):
                    instrument = instruments[(clinic_id, key)]
                    answers = self.answers(instrument, pain, plan_state[1])
                    response = {
                        "client_id": client_id,
                        "plan_id": plan_id,
                        "session_id": pk,
                        "instrument_id": instrument.pk,
                        "answers": answers,
                        "entered_by_id": entered_by or users[by],
                    }
                    if not draft:
                        result = instrument.score(answers)
                        response |= {
                            "score": result.value,
                            "parts": result.parts,
                            "status": Response.Status.SUBMITTED,
                            "submitted_at": when - datetime.timedelta(minutes=10),
                        }
                        self.judge(verdicts, plan_id, plan_state[2], instrument, result.value)
                    yield response

        count = self.seeder.write(Response, responses(), keep=False)
        PlanMeasure.objects.refresh(Plan.objects.filter(client__clinic__in=self.clinic_ids))
        for verdict in [Plan.MeasureVerdict.IMPROVED, Plan.MeasureVerdict.NOT_IMPROVED]:
            plans = [pk for pk, v in verdicts.items() if v == verdict]
            for chunk in itertools.batched(plans, self.seeder.batch_size):
                Plan.objects.filter(pk__in=chunk).update(measure_verdict=verdict)
        self.seeder.say(f"{count} outcome measure responses")

    def answers(self, instrument, pain, activities):
        rng = self.rng
        usual = 5 if pain is None else pain
        if instrument.rule == Rule.NPRS:
            return {
                "worst": min(10, usual + rng.randint(1, 3)),
                "least": max(0, usual - rng.randint(1, 3)),
                "usual": usual,
            }
        rating = [min(10, max(0, 9 - usual + rng.randint(-2, 1))) for _ in activities]
        return {
            "activities": [
                {"name": n, "rating": r} for n, r in zip(activities, rating, strict=True)
            ]
        }

    @staticmethod
    def judge(verdicts, plan_id, first, instrument, score):
        """sessions.models.measures.refresh_measure_verdict, one response at a time."""
        if verdicts[plan_id] == Plan.MeasureVerdict.IMPROVED:
            return
        if instrument.pk not in first and not instrument.is_change_rating:
            first[instrument.pk] = score
            verdicts[plan_id] = verdicts[plan_id] or Plan.MeasureVerdict.NOT_IMPROVED
            return
        result = instrument.verdict(first.get(instrument.pk), score)
        if result == "improved":
            verdicts[plan_id] = Plan.MeasureVerdict.IMPROVED
        elif result is not None:
            verdicts[plan_id] = Plan.MeasureVerdict.NOT_IMPROVED

    # Booking ---------------------------------------------------------------------------

    def seed_booking(self):
        """Each clinic's booking settings, some with a public page for new clients; a day
        off or shorter hours for some practitioners on days they have nothing booked; the
        calendar feeds some practitioners and admins subscribed to."""
        rng = self.rng
        settings, feeds, changes = [], [], []
        for data in self.clinics.values():
            public = rng.random() < 0.35
            settings.append(
                BookingSettings(
                    clinic=data.clinic,
                    first_visit_minutes=rng.choice([60, 75, 90, 90]),
                    latest_weeks=rng.choice([4, 8, 8, 12]),
                    public_booking=public,
                    first_visit_series=data.series[rng.choice([SI_10, PHYSIO])] if public else None,
                    phone=f"({rng.choice(AREA_CODES)}) 555-{rng.randint(0, 9999):04d}",
                )
            )
            if data.staff and rng.random() < 0.5:
                admin = data.staff[0].practitioner_id  # the first practitioner runs the clinic
                feeds.append(CalendarFeed(clinic=data.clinic, owner_id=admin))
            for staff in data.staff:
                pk = staff.practitioner_id
                if rng.random() < 0.2:
                    feeds.append(CalendarFeed(clinic=data.clinic, practitioner_id=pk, owner_id=pk))
                if rng.random() < 0.3:
                    changes.extend(self.day_change(data, pk))
        settings = self.seeder.insert(BookingSettings, settings)
        lengths = [
            SeriesLength(settings=s, series=self.clinics[s.clinic_id].series[PHYSIO], minutes=45)
            for s in settings
            if rng.random() < 0.5
        ]
        self.insert(SeriesLength, lengths)
        # Feed tokens stay secret: the default, not the seeded generator, makes them.
        self.insert(CalendarFeed, feeds)
        self.insert(DayChange, changes)
        self.seeder.say(
            f"{len(settings)} booking settings, {len(changes)} day changes, {len(feeds)} feeds"
        )

    def day_change(self, data, practitioner_id):
        rng = self.rng
        for _ in range(10):
            day = data.today + datetime.timedelta(days=rng.randint(3, 30))
            if (practitioner_id, day) not in self.seeder.booked and day.weekday() < 6:
                break
        else:
            return []
        note = rng.choice(DAY_CHANGE_NOTES)
        if rng.random() < 0.6:
            return [DayChange(practitioner_id=practitioner_id, date=day, note=note)]
        return [
            DayChange(
                practitioner_id=practitioner_id,
                date=day,
                starts=datetime.time(9),
                ends=datetime.time(13),
                note=note,
            )
        ]

    # Home-program reminders and clips --------------------------------------------------

    def seed_program_reminders(self, with_program):
        """About a third of the portal clients with a program turned on reminders to do it
        (in the portal, which asks for no other consent); a few turned them off again. At
        least one, when any may, so that even a small data set has the pages to show."""
        rng = self.rng
        reminders = []
        able = [c for c in self.clients if c.user_id is not None and c.pk in with_program]
        chosen = [c for c in able if rng.random() < 0.35] or able[:1]
        for client in chosen:
            days = sorted(rng.sample(range(7), rng.randint(3, 7)))
            reminders.append(
                ProgramReminder(
                    client_id=client.pk,
                    enabled=rng.random() < 0.9,
                    weekdays="".join(str(d) for d in days),
                    at=datetime.time(rng.choice([7, 8, 12, 18, 19, 20])),
                    time_zone=self.clinics[client.clinic_id].clinic.time_zone,
                )
            )
        count = self.insert(ProgramReminder, reminders)
        self.seeder.say(f"{count} home-program reminders")

    def seed_clips(self, clients):
        """A clip of one exercise for about one in two hundred clients who gave photo
        consent (clips are filmed under it) and have a program: a one-second test video
        made once, stored once per clip, since deleting a clip deletes its file."""
        rng = self.rng
        if not clients or shutil.which("ffmpeg") is None:
            return 0
        wanted = max(1, round(len(self.clients) * 0.005))
        chosen = sorted(rng.sample(clients, min(wanted, len(clients))))
        programs = HomeProgram.objects.current().filter(client_id__in=chosen).order_by("client_id")
        first_items = {}
        items = ProgramItem.objects.filter(program__in=programs).order_by("program_id", "position")
        for item in items.select_related("program").only(
            "pk", "exercise_id", "program__client_id", "program__created_by_id"
        ):
            first_items.setdefault(item.program.client_id, item)
        with tempfile.TemporaryDirectory() as folder:
            path = film(Path(folder) / "clip.mp4", seconds=CLIP_SECONDS, size="64x64", rate=10)
            content = path.read_bytes()
        clips = []
        for client_id, item in first_items.items():
            key = uuid.UUID(int=rng.getrandbits(128), version=4)
            clinic_id = self.seeder_clinic(client_id)
            name = default_storage.save(f"clips/{clinic_id}/{key}.mp4", ContentFile(content))
            clips.append(
                Clip(
                    client_id=client_id,
                    exercise_id=item.exercise_id,
                    item=item,
                    key=key,
                    file=name,
                    content_type="video/mp4",
                    size=len(content),
                    duration=CLIP_SECONDS,
                    note=rng.choice(CLIP_NOTES),
                    uploaded_by_id=item.program.created_by_id,
                )
            )
        return self.insert(Clip, clips)


def delete_clip_files(clinics):
    """The files of the scale data's clips, before their rows go."""
    for name in Clip.objects.filter(client__clinic__in=clinics).values_list("file", flat=True):
        default_storage.delete(name)
