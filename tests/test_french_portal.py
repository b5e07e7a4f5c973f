"""The client's side in French: every portal page and the public booking pages, read by a
French-speaking client or visitor, show no English interface text; the client chooses their
language in the portal; mail to a client is in that client's language."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from clinic.models import User
from sessions.booking_mail import mail_for
from sessions.intake_flow import steps_for
from sessions.models import ConsentChoice, Instrument
from sessions.reminders import send_intake_reminders
from tests import factories
from tests.booking_helpers import settings_of, work_every_day
from tests.french import english_left
from tests.intake_helpers import submitted_intake

pytestmark = pytest.mark.django_db

FRENCH = {"HTTP_ACCEPT_LANGUAGE": "fr-CA,fr;q=0.9"}


@pytest.fixture
def clinic(db):
    """A clinic whose default language is French, with French names throughout."""
    return factories.ClinicFactory(
        name="Clinique du Plateau",
        slug="plateau",
        language="fr-ca",
        time_zone="America/Toronto",
    )


@pytest.fixture
def practitioner(clinic):
    return factories.CredentialFactory(
        practitioner__clinic=clinic, practitioner__user__full_name="Marie Gagnon"
    ).practitioner


@pytest.fixture
def portal_client(clinic):
    return factories.PortalClientFactory(
        clinic=clinic, first_name="Sophie", last_name="Tremblay", email="sophie@example.org"
    )


@pytest.fixture
def bridge(clinic):
    return factories.ExerciseFactory(
        clinic=clinic,
        name="Pont fessier",
        summary="Renforce le bas du dos.",
        steps="Couchez-vous sur le dos, genoux pliés.\nSoulevez le bassin.\nRedescendez.",
        cautions="Arrêtez si le dos fait mal.",
        hold_seconds=5,
        repetitions=8,
        sets=2,
    )


@pytest.fixture
def program(portal_client, practitioner, bridge):
    return factories.ProgramFactory(
        client=portal_client,
        created_by=practitioner,
        note="Faites-les après votre marche.",
        exercises=[bridge],
    )


@pytest.fixture
def plan(clinic, practitioner, portal_client):
    work_every_day(practitioner)
    settings_of(clinic, phone="514 555-0100", earliest_hours=2)
    # Session reminders go to clients who asked for them.
    ConsentChoice.objects.create(client=portal_client, kind="reminders", granted=True)
    return factories.PlanFactory(
        client=portal_client, lead=practitioner, series__clinic=clinic, series__name="Série"
    )


@pytest.fixture
def booked(plan):
    return factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(days=5)
    )


@pytest.fixture
def portal(client, portal_client):
    client.force_login(portal_client.user)
    return client


def french_page(response):
    """The page's title and main part: what the portal's own templates show. The site
    header around it (templates/base.html) is checked with the rest of the site's frame."""
    assert response.status_code == 200
    html = response.content.decode()
    title = html[html.index("<title>") : html.index("</title>")]
    return title + html[html.index("<main") : html.index("</main>")]


# Every portal page --------------------------------------------------------------------


def test_the_program_page_is_in_french(portal, program):
    html = french_page(portal.get(reverse("portal:home")))
    assert "Fait aujourd’hui" in html
    assert "Maintien {round} sur {count}." in html  # the hold timer's words
    assert "Gardé sur ce téléphone" in html  # the offline script's words
    assert english_left(html) == []


def test_a_program_without_items_and_the_intake_card_are_in_french(portal, portal_client):
    html = french_page(portal.get(reverse("portal:home")))
    assert "Pas encore de programme à domicile" in html
    assert "Avant votre première visite" in html
    assert english_left(html) == []


def test_the_week_names_its_days_in_french(portal, program, portal_client):
    factories.AdherenceEntryFactory(
        item=program.items.get(), day=portal_client.clinic.today(), pain=3
    )
    html = french_page(portal.get(reverse("portal:week")))
    days = {"lun", "mar", "mer", "jeu", "ven", "sam", "dim"}
    assert sum(f">{day}" in html for day in days) == 6  # every day but today
    assert "Aujourd’hui" in html
    assert english_left(html) == []


def test_the_print_page_and_progress_are_in_french(portal, program):
    html = french_page(portal.get(reverse("portal:print")))
    assert "Programme à domicile de Sophie Tremblay" in html
    assert english_left(html) == []
    assert english_left(french_page(portal.get(reverse("portal:progress")))) == []


def test_the_sessions_page_and_its_slots_are_in_french(portal, plan, booked):
    html = french_page(portal.get(reverse("portal:sessions")))
    assert "Réserver la séance 2 sur" in html
    assert any(day in html for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi"))
    assert english_left(html) == []


def test_moving_a_session_is_in_french(portal, booked):
    html = french_page(portal.get(reverse("portal:session_move", args=[booked.pk])))
    assert "Déplacer la séance 1" in html
    assert english_left(html) == []


def test_booking_says_so_in_french(portal, plan, django_capture_on_commit_callbacks):
    page = portal.get(reverse("portal:sessions"))
    slot = [slot for _day, slots in page.context["offer"].days for slot in slots][0]
    with django_capture_on_commit_callbacks(execute=True):
        done = portal.post(reverse("portal:book"), {"slot": slot.key}, follow=True)
    assert "C’est réservé : séance 1" in done.text
    assert english_left(french_page(done)) == []
    assert mail.outbox[-1].subject == "Votre séance chez Clinique du Plateau est réservée"


def test_the_intake_steps_are_in_french(portal, clinic):
    for step in steps_for(clinic, questions=False):
        url = reverse("portal:intake_step", args=[step.slug])
        assert english_left(french_page(portal.get(url))) == [], step.slug


def test_the_finished_intake_and_the_consents_are_in_french(portal, portal_client):
    submitted_intake(
        portal_client,
        complaint="Mal au bas du dos après être resté assis.",
        better="Marcher",
        worse="Rester assis",
        history="Un épisode il y a deux ans.",
        goals="Travailler une journée sans douleur.",
    )
    ConsentChoice.record_changes(portal_client, {"photos": True}, portal_client.user)
    html = french_page(portal.get(reverse("portal:intake")))
    assert "Votre consentement" in html
    assert english_left(html) == []
    html = french_page(portal.get(reverse("portal:consents")))
    assert "Ce que vous avez choisi, et quand" in html
    assert english_left(html) == []


def test_a_measure_form_is_in_french(portal, plan, clinic):
    Instrument.objects.install_builtins(clinic)
    plan.series.measure_schedule = [{"measure": "nprs", "sessions": [1]}]
    plan.series.save()
    session = factories.TreatmentSessionFactory(
        plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(days=1)
    )
    nprs = Instrument.objects.get(clinic=clinic, key="nprs")
    html = french_page(portal.get(reverse("portal:measure", args=[session.pk, nprs.pk])))
    assert "Avant votre séance du" in html
    assert english_left(html) == []


# The client's language ----------------------------------------------------------------


def test_the_client_chooses_english_and_back_to_the_clinics(portal, portal_client):
    html = french_page(portal.get(reverse("portal:language")))
    assert "La langue de la clinique (Français)" in html
    assert english_left(html) == []
    answer = portal.post(reverse("portal:language"), {"language": "en"}, follow=True)
    assert "Your language is saved." in answer.text
    assert "This week" in answer.text
    assert User.objects.get(pk=portal_client.user.pk).language == "en"
    answer = portal.post(reverse("portal:language"), {"language": ""}, follow=True)
    assert "Votre langue est enregistrée." in answer.text
    assert User.objects.get(pk=portal_client.user.pk).language == ""


def test_a_language_that_is_not_offered_is_refused(portal, portal_client):
    answer = portal.post(reverse("portal:language"), {"language": "de"})
    assert answer.status_code == 200
    assert User.objects.get(pk=portal_client.user.pk).language == ""


# Mail in the recipient's language -----------------------------------------------------


def test_a_french_clients_reminder_is_in_french_and_an_english_clients_in_english(
    plan, booked, portal_client, clinic
):
    french = mail_for(booked, "reminder")
    assert french.subject == "À bientôt chez Clinique du Plateau"
    assert "Bonjour Sophie," in french.body and "Serez-vous là?" in french.body
    html = french.alternatives[0].content
    assert '<html lang="fr-ca">' in html and "Confirmer ou annuler cette séance" in html
    assert any(
        day in french.body
        for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    )

    portal_client.user.language = "en"
    portal_client.user.save()
    booked.refresh_from_db()
    english = mail_for(
        type(booked).objects.select_related("plan__client__user").get(pk=booked.pk), "reminder"
    )
    assert english.subject == "See you soon at Clinique du Plateau"
    assert "Will you be there?" in english.body


def test_the_booking_calendar_file_is_in_the_clients_language(booked):
    message = mail_for(booked, "booked")
    _name, data, _kind = message.attachments[0]
    text = data.decode() if isinstance(data, bytes) else data
    assert "SUMMARY:Séance 1 avec Marie" in text


def test_the_worker_sends_a_french_clients_reminder_in_french(booked, settings):
    from sessions.booking_mail import enqueue_due_reminders

    settings_of(booked.plan.client.clinic, reminder_hours=200)
    enqueue_due_reminders()
    sent = [m for m in mail.outbox if m.to == ["sophie@example.org"]]
    assert sent and sent[-1].subject == "À bientôt chez Clinique du Plateau"


def test_the_intake_reminder_is_in_the_clients_language(booked, portal_client):
    now = booked.scheduled_at - datetime.timedelta(days=1)
    assert send_intake_reminders("https://notes.example", now=now) == (1, 0)
    sent = mail.outbox[-1]
    assert sent.subject == "Avant votre première visite chez Clinique du Plateau"
    assert "Bonjour Sophie," in sent.body and "Hello" not in sent.body


# The public booking pages, for a visitor whose browser asks for French ----------------


@pytest.fixture
def public_url(clinic, practitioner):
    work_every_day(practitioner)
    series = factories.SeriesFactory(clinic=clinic, name="Première visite")
    settings_of(clinic, public_booking=True, first_visit_series=series)
    return reverse("booking:public", args=[clinic.slug])


def test_the_public_booking_page_follows_the_browser_into_french(client, public_url):
    html = french_page(client.get(public_url, **FRENCH))
    assert "Réserver une première visite chez Clinique du Plateau" in html
    assert "Prénom" in html
    assert english_left(html) == []


def test_a_french_visitor_books_and_gets_french_mail(
    client, public_url, django_capture_on_commit_callbacks
):
    page = client.get(public_url, **FRENCH)
    slot = [slot for _day, slots in page.context["offer"].days for slot in slots][0]
    data = {
        "first_name": "Luc",
        "last_name": "Bouchard",
        "email": "luc@example.org",
        "phone": "514 555-0199",
        "slot": slot.key,
    }
    with django_capture_on_commit_callbacks(execute=True):
        sent_page = client.post(public_url, data, **FRENCH)
    assert "Vérifiez vos courriels" in sent_page.text
    assert english_left(french_page(sent_page)) == []
    confirm = mail.outbox[-1]
    assert confirm.subject == "Votre première visite chez Clinique du Plateau"
    link = next(line for line in confirm.body.splitlines() if line.startswith("http"))
    html = french_page(client.get(urlsplit(link).path, **FRENCH))
    assert "Oui, réserver cette visite" in html
    assert english_left(html) == []
