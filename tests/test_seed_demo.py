import datetime
import zoneinfo
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from clinic.models import Client, Clinic, Credential, Method, Practitioner, User
from sessions.models import (
    PainRegion,
    Plan,
    Series,
    SignedSessionError,
    TreatmentSession,
)
from tests.helpers import check_sign_in

PASSWORD = "demo-pass-2026"


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, settings):
    settings.DEBUG = True
    return seed()


def table_counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Clinic,
            User,
            Practitioner,
            Credential,
            Client,
            Series,
            Plan,
            TreatmentSession,
            PainRegion,
        )
    }


def plan_of(email, series_name):
    return Plan.objects.get(client__user__email=email, series__name=series_name)


def plan_led_by(email, **filters):
    return Plan.objects.get(lead__user__email=email, **filters)


def local_date(session):
    clinic = session.plan.client.clinic
    return timezone.localtime(session.scheduled_at, zoneinfo.ZoneInfo(clinic.time_zone)).date()


def planned_today(email):
    practitioner = Practitioner.objects.get(user__email=email)
    sessions = TreatmentSession.objects.filter(
        practitioner=practitioner, status=TreatmentSession.Status.PLANNED
    )
    return sorted(
        (s for s in sessions if local_date(s) == practitioner.clinic.today()),
        key=lambda s: s.scheduled_at,
    )


@pytest.mark.django_db
def test_seed_demo_refuses_to_run_in_production_without_force(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        seed()

    assert not Clinic.objects.exists()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_seed_demo_runs_in_production_with_force(settings):
    settings.DEBUG = False

    seed("--force")

    assert Clinic.objects.filter(slug="harbour").exists()


@pytest.mark.parametrize(
    "email",
    [
        "admin@harbour.example",
        "si@harbour.example",
        "smt1@harbour.example",
        "smt2@harbour.example",
        "client@harbour.example",
        "practitioner@bayou.example",
        "client@bayou.example",
    ],
)
def test_every_demo_user_can_sign_in_with_the_demo_password(seeded, email):
    user = check_sign_in(email, PASSWORD)

    assert user is not None
    assert user.email == email
    assert user.full_name


def test_harbour_has_an_admin_and_practitioners_with_their_credentials(seeded):
    admin = User.objects.get(email="admin@harbour.example")
    si = User.objects.get(email="si@harbour.example")
    smt1 = User.objects.get(email="smt1@harbour.example")
    smt2 = User.objects.get(email="smt2@harbour.example")

    assert admin.is_clinic_admin
    assert [u.is_clinic_admin for u in (si, smt1, smt2)] == [False, False, False]
    assert all(u.is_practitioner and u.clinic.slug == "harbour" for u in (admin, si, smt1, smt2))
    si_method = Method.STRUCTURAL_INTEGRATION
    assert admin.practitioner.scope_for(si_method) is None
    assert si.practitioner.scope_for(si_method) is None
    assert smt1.practitioner.scope_for(Method.SMT) == 3
    assert smt2.practitioner.scope_for(Method.SMT) == 6
    assert smt1.practitioner.credentials.get().title == "SMT Level 1"
    assert smt2.practitioner.credentials.get().title == "SMT Level 2"


def test_bayou_is_run_by_an_smt_level_2_admin_and_says_lengthening(seeded):
    bayou = Clinic.objects.get(slug="bayou")
    owner = User.objects.get(email="practitioner@bayou.example")

    assert bayou.name == "Bayou Bodywork"
    assert bayou.time_zone == "America/Chicago"
    assert bayou.stretch_word == "lengthening"
    assert Clinic.objects.get(slug="harbour").stretch_word == "stretch"
    assert owner.is_clinic_admin
    assert owner.clinic == bayou
    assert owner.practitioner.scope_for(Method.SMT) == 6


@pytest.mark.parametrize(
    ("email", "slug"),
    [("client@harbour.example", "harbour"), ("client@bayou.example", "bayou")],
)
def test_portal_clients_sign_in_as_clients_of_their_clinic(seeded, email, slug):
    user = check_sign_in(email, PASSWORD)

    assert user.is_client
    assert not user.is_practitioner
    assert user.clinic.slug == slug
    assert user.client_profile.email == email
    assert user.client_profile.full_name == user.full_name


def test_each_clinic_has_its_demo_clients(seeded):
    harbour = Client.objects.filter(clinic__slug="harbour")
    bayou = Client.objects.filter(clinic__slug="bayou")

    assert harbour.count() == 31
    assert harbour.archived().count() == 2
    # The portal clients, and those the demo intakes invited (sessions/demo/intake.py).
    assert harbour.filter(user__isnull=False).count() == 3
    assert bayou.count() == 13
    assert bayou.filter(user__isnull=False).count() == 2


def test_demo_clients_have_realistic_varied_records(seeded):
    clients = list(Client.objects.all())
    today = timezone.localdate()

    assert len({c.full_name for c in clients}) == len(clients)
    assert len({c.phone for c in clients if c.clinic.slug == "harbour"}) == 31
    assert all(c.main_complaint and c.occupation and c.activity_level for c in clients)
    assert all(1950 <= c.date_of_birth.year <= 2004 for c in clients)
    domains = {"example.com", "example.net", "example.org"}
    domains |= {"harbour.example", "bayou.example", "montreal.example"}
    assert {c.email.split("@")[1] for c in clients} == domains
    chronic = [c for c in clients if c.is_chronic()]
    acute = [c for c in clients if c.is_chronic() is False]
    assert 0 < len(acute) < len(chronic)
    assert any(c.consent_given_on is None for c in clients)
    assert sum(c.consent_given_on is not None for c in clients) > len(clients) * 3 / 4
    for c in clients:
        c.full_clean()  # dates in the past, onset after birth
        assert c.complaint_onset <= today


def test_running_seed_demo_twice_creates_nothing_new(seeded):
    before = table_counts()
    phones = dict(Client.objects.values_list("last_name", "phone"))

    seed()

    assert table_counts() == before
    assert dict(Client.objects.values_list("last_name", "phone")) == phones


def test_seeding_again_keeps_a_demo_users_changed_password(seeded):
    user = User.objects.get(email="si@harbour.example")
    user.set_password("a-new-secret-2026")
    user.save()

    seed()

    assert check_sign_in("si@harbour.example", "a-new-secret-2026")
    assert check_sign_in("si@harbour.example", PASSWORD) is None


def test_seed_demo_prints_the_sign_ins_and_password(seeded):
    assert "admin@harbour.example" in seeded
    assert "practitioner@bayou.example" in seeded
    assert "client@bayou.example" in seeded
    assert PASSWORD in seeded


def test_each_demo_clinic_has_the_standard_series(seeded):
    for slug in ("harbour", "bayou"):
        names = set(Series.objects.filter(clinic__slug=slug).values_list("name", flat=True))
        assert "Structural Integration — 10 sessions" in names
        assert "SMT Level 2 — 6 sessions" in names
        assert "Physiotherapy episode" in names


def test_portal_client_has_six_signed_si_sessions_and_the_seventh_today(seeded):
    plan = plan_of("client@harbour.example", "Structural Integration — 10 sessions")
    sessions = list(plan.sessions.order_by("number"))
    given, booked = sessions[:6], sessions[6:]

    assert plan.lead.user.email == "si@harbour.example"
    assert plan.is_active
    assert [s.number for s in given] == [1, 2, 3, 4, 5, 6]
    assert all(s.is_signed and s.signed_by == plan.lead for s in given)
    assert all(s.status == TreatmentSession.Status.COMPLETED for s in given)
    assert [s.pain_before for s in given] == [7, 6, 6, 5, 4, 3]
    assert all(s.pain_after < s.pain_before for s in given)
    assert [s.pelvic_tilt for s in given] == ["anterior"] * 4 + ["neutral"] * 2
    assert all(s.subjective and s.assessment and s.next_focus for s in given)
    assert all(s.techniques.exists() and s.pain_regions.exists() for s in given)
    low_back = given[0].pain_regions.get(region="low_back")
    assert low_back.kind == PainRegion.Kind.REFERRED
    assert low_back.source == "Iliopsoas trigger point"
    [seventh] = booked
    assert seventh.number == 7
    assert seventh.status == TreatmentSession.Status.PLANNED
    assert local_date(seventh) == plan.client.clinic.today()


def test_level_1_practitioners_plan_stops_at_session_3(seeded):
    plan = plan_led_by("smt1@harbour.example")

    assert plan.series.name == "SMT Level 2 — 6 sessions"
    assert plan.completed_count == 3
    assert all(s.signed_by == plan.lead for s in plan.sessions.all())
    assert not plan.sessions.filter(number=4).exists()
    assert plan.next_number() == 4
    assert plan.lead.scope_for(Method.SMT) == 3


def test_only_the_plan_without_a_drop_in_pain_is_flagged_for_reassessment(seeded):
    flagged = list(Plan.objects.needing_reassessment())

    assert len(flagged) == 1
    [plan] = flagged
    assert plan.lead.user.email == "si@harbour.example"
    assert plan.series.name == "Structural Integration — 10 sessions"
    given = plan.sessions.filter(status=TreatmentSession.Status.COMPLETED).order_by("number")
    assert [s.pain_before for s in given] == [6, 6, 7, 6, 6]
    assert all(s.is_signed for s in given)
    assert plan.needs_reassessment
    assert not plan_of("client@harbour.example", plan.series.name).needs_reassessment


def test_si_practitioner_has_three_sessions_today_and_a_note_to_sign(seeded):
    today = planned_today("si@harbour.example")
    clinic = Clinic.objects.get(slug="harbour")
    hours = [
        timezone.localtime(s.scheduled_at, zoneinfo.ZoneInfo(clinic.time_zone)).hour for s in today
    ]

    assert hours == [9, 11, 15]
    assert len({s.plan_id for s in today}) == 3
    drafts = TreatmentSession.objects.filter(
        practitioner__user__email="si@harbour.example",
        status=TreatmentSession.Status.COMPLETED,
        signed_at__isnull=True,
    )
    [draft] = drafts
    assert local_date(draft) == clinic.today() - datetime.timedelta(days=1)


def test_other_practitioners_have_work_today_and_in_the_coming_days(seeded):
    clinic = Clinic.objects.get(slug="harbour")
    upcoming = [
        s
        for s in TreatmentSession.objects.filter(
            plan__client__clinic=clinic, status=TreatmentSession.Status.PLANNED
        )
        if clinic.today() < local_date(s) <= clinic.today() + datetime.timedelta(days=7)
    ]

    assert len(planned_today("smt2@harbour.example")) == 1
    assert len(planned_today("practitioner@bayou.example")) == 1
    assert len(upcoming) >= 3


def test_finished_plans_say_how_they_ended(seeded):
    completed = plan_led_by("smt2@harbour.example", status=Plan.Status.COMPLETED)
    stopped = Plan.objects.get(status=Plan.Status.STOPPED)

    assert completed.series.name == "SMT Level 1 — 3 sessions"
    assert completed.completed_count == 3
    assert completed.ended_on < completed.client.clinic.today()
    assert stopped.stop_reason
    assert stopped.ended_on
    assert not stopped.sessions.filter(status=TreatmentSession.Status.PLANNED).exists()


def test_physiotherapy_episode_is_open_ended_with_two_signed_visits(seeded):
    plan = plan_led_by("admin@harbour.example")

    assert plan.series.name == "Physiotherapy episode"
    assert plan.session_count is None
    assert plan.is_active
    assert plan.sessions.signed().count() == 2


def test_bayou_portal_client_has_two_signed_sessions_and_one_today(seeded):
    plan = plan_of("client@bayou.example", "SMT Level 2 — 6 sessions")

    assert plan.lead.user.email == "practitioner@bayou.example"
    assert plan.sessions.signed().count() == 2
    [today] = planned_today("practitioner@bayou.example")
    assert today.plan == plan
    assert today.number == 3


def test_every_seeded_session_is_valid_and_within_its_practitioners_credential(seeded):
    for session in TreatmentSession.objects.select_related("plan__series"):
        session.full_clean()
        session.check_scope(session.practitioner)
        if session.is_signed:
            assert session.signed_by == session.practitioner
            assert session.signed_at > session.scheduled_at
            assert session.signed_at < timezone.now()


def test_every_seeded_signed_session_is_locked(seeded):
    signed = list(TreatmentSession.objects.signed())

    assert len(signed) > 20
    for session in signed:
        assert session.is_locked
        with pytest.raises(SignedSessionError):
            session.save()


def test_harbour_portal_client_has_version_2_with_version_1_kept_and_two_weeks_logged(seeded):
    from sessions.models import AdherenceEntry, HomeProgram

    programs = HomeProgram.objects.filter(client__user__email="client@harbour.example")
    assert [(p.version, p.is_current) for p in programs.order_by("version")] == [
        (1, False),
        (2, True),
    ]
    current = programs.get(version=2)
    assert current.session.number == 5
    days = set(AdherenceEntry.objects.filter(item__program=current).values_list("day", flat=True))
    assert len(days) >= 10
    assert max(days) - min(days) >= datetime.timedelta(days=13)


def test_bayou_program_includes_what_its_clients_see_as_lengthening(seeded):
    from sessions.models import HomeProgram

    program = HomeProgram.objects.current().get(client__user__email="client@bayou.example")
    assert program.items.filter(exercise__kind="stretch").exists()
    assert program.client.clinic.worded("AIS {stretch}") == "AIS lengthening"


def test_the_demo_has_intakes_at_each_stage(seeded):
    from sessions.models import Intake, SignedConsent

    harbour = Client.objects.filter(clinic__slug="harbour")
    priya = harbour.get(user__email="client@harbour.example")
    assert priya.intake.is_submitted and SignedConsent.objects.filter(client=priya).exists()
    [waiting] = Intake.objects.filter(client__clinic__slug="harbour").needing_review()
    assert waiting.client.plans.get().lead.user.email == "si@harbour.example"
    invited = harbour.get(first_name="Jonah")
    assert not invited.user.has_usable_password() and not Intake.objects.filter(client=invited)
    [started] = Intake.objects.filter(client__clinic__slug="bayou")
    assert not started.is_submitted and started.steps_done == ["pain"]
