"""The staff side of care in French: each page of a French-speaking practitioner shows no
English interface text. The data is French, as a Montréal clinic would write it."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from sessions.models import Amendment, HomeProgram, Instrument, TreatmentSession
from tests import factories
from tests.french import english_left
from tests.intake_helpers import submitted_intake

MAIN = re.compile(r"<main\b.*?</main>", re.S)


def main_part(html):
    """The page's own content. The header and menus come from the shared base template."""
    return MAIN.search(html)[0]


def others_text():
    """Text these pages show from other parts of the app, whose French their own tests check:
    the red-flag questions, doses and exercise kinds, a client's activity level, the built-in
    measures' names. The portal's card and handout are left out below for the same reason."""
    from clinic.library.models import Exercise
    from clinic.models import Client
    from sessions import intake_questions as screen
    from sessions.instruments import BUILTINS
    from sessions.models import ProgramItem

    texts = [str(text) for _, _, text in screen.ALL_SIGNS]
    texts += [str(title) for title in screen.GROUP_TITLES.values()]
    texts += [str(item.dose_text) for item in ProgramItem.objects.all()]
    texts += [str(label) for _, label in Exercise.Kind.choices]
    texts += [str(label) for _, label in Client.ActivityLevel.choices]
    for builtin in BUILTINS:
        parts = ("name", "plain_name", "intro", "mcid_source", "bands_source")
        texts += [str(builtin.get(part, "")) for part in parts]
        texts += [str(band.get("label", "")) for band in builtin.get("bands", [])]
        for item in builtin.get("items", []):
            texts.append(str(item.get("text", "")))
            texts += [str(option.get("label", "")) for option in item.get("options", [])]
    texts += [str(label) for label in screen.ANSWER_LABELS.values()]
    texts = [text for text in texts if text]
    texts.append("STarT Back")  # the questionnaire's own name, the same in French
    return sorted(set(texts), key=len, reverse=True)


@pytest.fixture
def montreal(db):
    return factories.ClinicFactory(
        name="Clinique du Plateau", slug="plateau", time_zone="America/Toronto", language="fr-ca"
    )


@pytest.fixture
def praticienne(montreal):
    person = factories.CredentialFactory(
        practitioner__clinic=montreal,
        practitioner__is_clinic_admin=True,
        practitioner__user__full_name="Geneviève Lavoie",
        title="Intégration structurale",
    ).practitioner
    person.user.language = "fr-ca"
    person.user.save()
    return person


@pytest.fixture
def signed_in(client, praticienne):
    client.force_login(praticienne.user)
    return client


@pytest.fixture
def dossier(montreal, praticienne):
    """A client in a plan with two signed sessions, a booked third, a home program and an
    intake with a warning sign."""
    personne = factories.ClientFactory(
        clinic=montreal,
        first_name="Élise",
        last_name="Tremblay",
        email="elise.tremblay@exemple.ca",
        occupation="Enseignante",
        main_complaint="Douleur au bas du dos en position assise.",
        complaint_onset=timezone.localdate() - datetime.timedelta(days=200),
    )
    series = factories.SeriesFactory(
        clinic=montreal, name="Intégration structurale — dix séances", session_count=10
    )
    series.steps.update(title="Étape", focus="Libérer la respiration", goals="Respirer mieux")
    series.measure_schedule = [{"measure": "nprs", "sessions": [1, 3]}]
    series.save()
    Instrument.objects.install_builtins(montreal)
    technique = factories.TechniqueFactory(clinic=montreal, name="Relâchement myofascial")
    plan = factories.PlanFactory(client=personne, series=series, lead=praticienne)
    sessions = factories.completed_sessions(plan, [(7, 5), (6, 4)], signed=False)
    first = sessions[0]
    TreatmentSession.objects.filter(pk=first.pk).update(
        subjective="Se sent raide le matin.",
        objective="Bassin en antéversion.",
        assessment="Psoas tendu.",
        treatment="Travail du fascia superficiel.",
        next_focus="Travailler le psoas gauche.",
        pelvic_tilt="anterior",
    )
    first.techniques.add(technique)
    factories.PainRegionFactory(session=first, region="low_back", intensity=6)
    factories.PainRegionFactory(
        session=first, region="hamstring_l", intensity=3, kind="referred", source="sacrum"
    )
    for session in sessions:
        session.refresh_from_db()
        session.signed_at, session.signed_by = timezone.now(), praticienne
        session.save()
    Amendment.objects.create(
        session=first,
        author=praticienne,
        field="subjective",
        old_text="Se sent raide le matin.",
        new_text="Se sent raide le matin et le soir.",
        reason="Oubli",
    )
    planned = factories.TreatmentSessionFactory(
        plan=plan, number=3, scheduled_at=timezone.now() + datetime.timedelta(hours=2)
    )
    exercise = factories.ExerciseFactory(
        clinic=montreal,
        name="Bascule du bassin",
        summary="Renforce le soutien du bas du dos.",
        target_muscles="transverse de l’abdomen",
        regions="abdomen",
        steps="Couchez-vous sur le dos.",
        cautions="Arrêtez si le dos fait mal.",
    )
    program = factories.ProgramFactory(
        client=personne, created_by=praticienne, note="Quelques minutes chaque jour."
    )
    factories.ProgramItemFactory(program=program, exercise=exercise)
    submitted_intake(
        personne,
        flagged=["fever"],
        complaint="Douleur au bas du dos.",
        better="Marcher",
        worse="Rester assise",
        history="Un épisode il y a deux ans.",
        goals="Travailler sans douleur.",
    )
    return {
        "client": personne,
        "plan": plan,
        "signed": first,
        "planned": planned,
        "series": series,
        "program": program,
    }


def french_page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return main_part(response.text)


def assert_french(client, url):
    page = french_page(client, url)
    # The portal's own card on the client page: the portal's French is checked with the portal.
    ours = re.sub(r'<section class="card portal-access".*?</section>', "", page, flags=re.S)
    ours = re.sub(r'<article class="handout">.*?</article>', "", ours, flags=re.S)
    # What a text box holds is data (here the default consent, content of its own).
    ours = re.sub(r"(<textarea[^>]*>).*?</textarea>", r"\1</textarea>", ours, flags=re.S)
    for text in others_text():
        ours = re.sub(rf"(?<!\w){re.escape(text)}(?!\w)", "", ours)
    assert english_left(ours) == [], url
    return page


def test_the_dashboard_and_the_client_page_read_in_french(signed_in, dossier):
    page = assert_french(signed_in, reverse("care:dashboard"))
    assert "Bonjour" in page
    page = assert_french(signed_in, reverse("clients:detail", args=[dossier["client"].pk]))
    assert "Plans de traitement" in page and "Programme à domicile" in page


def test_a_plan_its_progress_and_its_booking_read_in_french(signed_in, dossier):
    plan = dossier["plan"]
    page = assert_french(signed_in, reverse("care:plan_detail", args=[plan.pk]))
    assert "Séance 2 sur 10" in page
    page = assert_french(signed_in, reverse("care:plan_progress", args=[plan.pk]))
    assert "Douleur avant et après chaque séance" in page
    # The chart's own words, which a screen reader reads from the drawing.
    assert "Séance 1, avant : 7" in page and "axe horizontal : numéro de séance" in page
    # The drawing's coordinates keep their decimal point: "78,4" is no SVG number.
    assert 'cy="78.4"' in page and 'cy="78,4"' not in page
    assert_french(signed_in, reverse("clients:plan_create", args=[dossier["client"].pk]))


def test_charting_a_session_and_its_note_read_in_french(signed_in, dossier):
    page = assert_french(signed_in, reverse("care:session_chart", args=[dossier["planned"].pk]))
    assert "Signer et verrouiller" in page and "Bas du dos" in page
    signed = dossier["signed"]
    page = assert_french(signed_in, reverse("care:session_detail", args=[signed.pk]))
    assert "Corrigée 1 fois" in page and "Antérieure" in page
    assert_french(signed_in, reverse("care:session_amend", args=[signed.pk]) + "?field=objective")
    planned = dossier["planned"]
    page = assert_french(signed_in, reverse("care:session_measures", args=[planned.pk]))
    assert "Mesures de résultats à cette séance" in page
    nprs = Instrument.objects.get(clinic=planned.plan.client.clinic, key="nprs")
    assert_french(signed_in, reverse("care:measure_entry", args=[planned.pk, nprs.pk]))


def test_the_home_program_pages_read_in_french(signed_in, dossier):
    client = dossier["client"]
    page = assert_french(signed_in, reverse("clients:program", args=[client.pk]))
    assert "Imprimer le document" in page
    assert_french(signed_in, reverse("clients:program_print", args=[client.pk]))
    signed_in.post(reverse("clients:program_start", args=[client.pk]))
    assert HomeProgram.objects.filter(client=client, published_at=None).exists()
    # Searched, so the results are the clinic's own French exercise, not the shared library.
    builder = reverse("clients:program_builder", args=[client.pk]) + "?q=Bascule"
    page = assert_french(signed_in, builder)
    assert "Ajouter depuis la bibliothèque" in page
    # The dose form's fields are the shared dose's (clinic/models.py), translated with it.


def test_series_and_measures_read_in_french(signed_in, dossier):
    page = assert_french(signed_in, reverse("series:list"))
    assert "Séries" in page
    assert_french(signed_in, reverse("series:edit", args=[dossier["series"].pk]))
    assert_french(signed_in, reverse("series:create"))
    assert_french(signed_in, reverse("series:measures"))
    assert_french(signed_in, reverse("series:measure_create"))
    assert_french(signed_in, reverse("series:measure_upload"))
    assert_french(signed_in, reverse("care:outcomes"))


def test_the_intake_pages_for_staff_read_in_french(signed_in, dossier):
    client = dossier["client"]
    page = assert_french(signed_in, reverse("clients:intake", args=[client.pk]))
    assert "Signaux d’alerte" in page
    assert_french(signed_in, reverse("clients:intake_amend", args=[client.pk]) + "?field=goals")
    consent = client.signed_consents.get()
    assert_french(signed_in, reverse("clients:consent_signed", args=[client.pk, consent.pk]))
    assert_french(signed_in, reverse("clients:intake_review", args=[client.pk]))
    newcomer = factories.ClientFactory(
        clinic=client.clinic, first_name="Mathis", last_name="Gagnon", occupation="Menuisier"
    )
    for step in ("pain", "health", "screen", "consent"):
        assert_french(signed_in, reverse("clients:intake_fill", args=[newcomer.pk, step]))
    assert_french(signed_in, reverse("care:intake_questions"))
    assert_french(signed_in, reverse("care:consent_text"))


def test_the_calendar_and_booking_pages_read_in_french(signed_in, dossier):
    page = assert_french(signed_in, reverse("care:calendar_week"))
    assert "Semaine du" in page
    assert_french(signed_in, reverse("care:calendar_day"))
    assert_french(signed_in, reverse("care:availability"))
    assert_french(signed_in, reverse("care:booking_settings"))
    assert_french(signed_in, reverse("care:feeds"))


def test_the_printable_record_reads_in_french(signed_in, dossier):
    page = assert_french(signed_in, reverse("clients:export_page", args=[dossier["client"].pk]))
    assert "Plans de traitement et séances" in page


def test_an_english_practitioner_still_reads_english(client, dossier, praticienne):
    praticienne.user.language = "en"
    praticienne.user.save()
    client.force_login(praticienne.user)
    page = french_page(client, reverse("care:plan_detail", args=[dossier["plan"].pk]))
    assert "Session 2 of 10" in page and "Séance" not in page
