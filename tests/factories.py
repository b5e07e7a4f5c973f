import datetime

import factory
from django.utils import timezone

from clinic.models import Client, Clinic, Credential, Method, Practitioner, User
from sessions.models import (
    Amendment,
    PainRegion,
    Plan,
    Series,
    SeriesStep,
    Technique,
    TreatmentSession,
)

PASSWORD = "a-test-password-2026"


class ClinicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Clinic

    name = factory.Sequence(lambda n: f"Clinic {n}")
    slug = factory.Sequence(lambda n: f"clinic-{n}")
    time_zone = "America/Chicago"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.com")
    full_name = factory.Faker("name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class PractitionerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practitioner

    clinic = factory.SubFactory(ClinicFactory)
    user = factory.SubFactory(UserFactory, clinic=factory.SelfAttribute("..clinic"))
    profession = "Structural Integration practitioner"


class ClinicAdminFactory(PractitionerFactory):
    is_clinic_admin = True


class CredentialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Credential

    practitioner = factory.SubFactory(PractitionerFactory)
    method = Method.STRUCTURAL_INTEGRATION
    title = "Certified Structural Integration practitioner"
    max_session = None


class ClientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Client

    clinic = factory.SubFactory(ClinicFactory)
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(
        lambda c: f"{c.first_name}.{c.last_name}@example.net".lower().replace(" ", "")
    )
    phone = factory.Sequence(lambda n: f"(555) 010-{n % 10000:04d}")
    date_of_birth = datetime.date(1980, 5, 17)
    occupation = "Software developer"
    activity_level = Client.ActivityLevel.MOSTLY_SITTING
    complaint_onset = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=200)
    )
    main_complaint = "Low back pain after long days at the desk."
    consent_given_on = factory.LazyFunction(timezone.localdate)


class PortalClientFactory(ClientFactory):
    """A client who can sign in to the portal."""

    user = factory.SubFactory(
        UserFactory,
        clinic=factory.SelfAttribute("..clinic"),
        email=factory.LazyAttribute(lambda u: u.factory_parent.email),
        full_name=factory.LazyAttribute(
            lambda u: f"{u.factory_parent.first_name} {u.factory_parent.last_name}"
        ),
    )


# Care ---------------------------------------------------------------------------------


class SeriesFactory(factory.django.DjangoModelFactory):
    """A series with one step per session."""

    class Meta:
        model = Series
        skip_postgeneration_save = True

    clinic = factory.SubFactory(ClinicFactory)
    name = factory.Sequence(lambda n: f"Structural Integration — 10 sessions ({n})")
    method = Method.STRUCTURAL_INTEGRATION
    session_count = 10

    @factory.post_generation
    def steps(series, create, extracted, **kwargs):
        if create:
            SeriesStep.objects.bulk_create(
                SeriesStep(series=series, number=n, title=f"Step {n}", focus=f"Focus of step {n}")
                for n in range(1, (series.session_count or 2) + 1)
            )


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    client = factory.SubFactory(ClientFactory)
    series = factory.SubFactory(SeriesFactory, clinic=factory.SelfAttribute("..client.clinic"))
    lead = factory.SubFactory(PractitionerFactory, clinic=factory.SelfAttribute("..client.clinic"))


def next_free_time(session):
    """Now, or the end of the practitioner's planned session in the way: like a real
    diary, one practitioner never has two planned sessions at once (on PostgreSQL the
    database refuses it)."""
    at = timezone.now()
    if session.status != TreatmentSession.Status.PLANNED or session.practitioner.pk is None:
        return at
    booked = TreatmentSession.objects.filter(
        practitioner=session.practitioner, status=TreatmentSession.Status.PLANNED
    ).order_by("scheduled_at")
    length = datetime.timedelta(minutes=session.duration_minutes)
    for starts, minutes in booked.values_list("scheduled_at", "duration_minutes"):
        if starts < at + length and at < starts + datetime.timedelta(minutes=minutes):
            at = starts + datetime.timedelta(minutes=minutes)
    return at


class TreatmentSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TreatmentSession

    plan = factory.SubFactory(PlanFactory)
    number = 1
    practitioner = factory.SelfAttribute("plan.lead")
    status = TreatmentSession.Status.PLANNED
    duration_minutes = 60
    scheduled_at = factory.LazyAttribute(next_free_time)


class TechniqueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Technique

    name = factory.Sequence(lambda n: f"Technique {n}")


class PainRegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PainRegion

    session = factory.SubFactory(TreatmentSessionFactory)
    region = "low_back"
    intensity = 6


class AmendmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Amendment

    session = factory.SubFactory(TreatmentSessionFactory)
    author = factory.SelfAttribute("session.practitioner")
    field = "subjective"
    old_text = ""
    new_text = "Corrected."
    reason = "Typo"


def completed_sessions(plan, pains, signed=True):
    """Sessions 1..n of `plan`, completed with the given (before, after) pain scores."""
    sessions = []
    for number, (before, after) in enumerate(pains, start=1):
        session = TreatmentSessionFactory(
            plan=plan,
            number=number,
            status=TreatmentSession.Status.COMPLETED,
            pain_before=before,
            pain_after=after,
            scheduled_at=timezone.now() - datetime.timedelta(days=7 * (len(pains) - number + 1)),
        )
        if signed:
            session.signed_at = timezone.now()
            session.signed_by = plan.lead
            session.save()
        sessions.append(session)
    plan.refresh_from_db()  # the counts the sessions just kept on the plan's row
    return sessions


# Exercise library ---------------------------------------------------------------------


class ExerciseFactory(factory.django.DjangoModelFactory):
    """A clinic's own library entry; pass clinic=None for a shared one."""

    class Meta:
        model = "clinic.Exercise"

    clinic = factory.SubFactory(ClinicFactory)
    name = factory.Sequence(lambda n: f"Practice exercise {n}")
    slug = factory.Sequence(lambda n: f"practice-exercise-{n}")
    kind = "strengthen"
    summary = "Builds steady support around the low back."
    target_muscles = "transversus abdominis, obliques"
    regions = "abdomen, low back"
    steps = "Lie on your back with knees bent.\nDraw your navel gently toward your spine.\nBreathe."
    cautions = "Stop if your back aches."
    sets = 2
    repetitions = 10


# Home programs ------------------------------------------------------------------------


class ProgramFactory(factory.django.DjangoModelFactory):
    """A published home program (draft=True for a draft); exercises=[...] adds an item each."""

    class Meta:
        model = "care.HomeProgram"
        skip_postgeneration_save = True

    class Params:
        draft = factory.Trait(published_at=None)

    client = factory.SubFactory(PortalClientFactory)
    version = factory.Sequence(lambda n: n + 1)
    created_by = factory.SubFactory(
        PractitionerFactory, clinic=factory.SelfAttribute("..client.clinic")
    )
    note = "A few minutes every day does more than one long go at the weekend."
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def exercises(program, create, extracted, **kwargs):
        if create and extracted:
            for position, exercise in enumerate(extracted):
                ProgramItemFactory(program=program, exercise=exercise, position=position)


class ProgramItemFactory(factory.django.DjangoModelFactory):
    """An item of a program, with its exercise's default dose."""

    class Meta:
        model = "care.ProgramItem"

    program = factory.SubFactory(ProgramFactory)
    exercise = factory.SubFactory(
        ExerciseFactory, clinic=factory.SelfAttribute("..program.client.clinic")
    )
    position = factory.Sequence(lambda n: n)
    sets = factory.SelfAttribute("exercise.sets")
    repetitions = factory.SelfAttribute("exercise.repetitions")
    hold_seconds = factory.SelfAttribute("exercise.hold_seconds")
    side = factory.SelfAttribute("exercise.side")
    frequency = factory.SelfAttribute("exercise.frequency")
    per = factory.SelfAttribute("exercise.per")
    dose_notes = factory.SelfAttribute("exercise.dose_notes")


class AdherenceEntryFactory(factory.django.DjangoModelFactory):
    """The item done on a day: today at the client's clinic unless told."""

    class Meta:
        model = "care.AdherenceEntry"

    item = factory.SubFactory(ProgramItemFactory)
    day = factory.LazyAttribute(lambda entry: entry.item.program.client.clinic.today())
