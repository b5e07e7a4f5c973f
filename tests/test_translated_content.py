"""The content we ship in French: the library, its drawings, the series, the built-in
measures, the red-flag screen and the consent, and the clinic's word for stretches in both
languages."""

import html
import re

import pytest
from django.urls import reverse
from django.utils import translation

from clinic.content import fill_stretch
from clinic.library.data import EXERCISES
from clinic.library.data_fr import EXERCISES_FR, MUSCLES_FR, REGIONS_FR
from clinic.library.drawing import describe, describe_in_french, render
from clinic.library.drawing_fr import POSES_FR, THEN_FR
from clinic.library.models import Exercise
from clinic.library.poses import DRAWINGS, POSES
from clinic.models import Clinic
from sessions import intake_questions as screen
from sessions import scoring
from sessions.defaults import DEFAULT_SERIES
from sessions.instruments import BUILTINS
from sessions.models import Instrument, Series, SeriesStep
from sessions.models.intake import DEFAULT_CONSENT, ConsentText
from tests import factories
from tests.french import english_left

pytestmark = pytest.mark.django_db

STRETCH_WORDS = {
    Clinic.StretchWord.STRETCH: "étirement",
    Clinic.StretchWord.LENGTHENING: "allongement",
    Clinic.StretchWord.RANGE_OF_MOTION: "amplitude de mouvement",
}


def lines(text):
    return [line for line in (text or "").splitlines() if line.strip()]


def french_texts(exercise):
    return [exercise.name_fr_ca, exercise.summary_fr_ca, exercise.steps_fr_ca]


def fragments(html, *patterns):
    """The parts of a page that hold library content, by the regular expressions given."""
    found = [m for pattern in patterns for m in re.findall(pattern, html, re.DOTALL)]
    assert found, "the page has none of the content looked for"
    return "".join(found)


@pytest.fixture(autouse=True)
def _english_after(db):
    """A French page leaves French active in the test's thread; the next test starts in
    English."""
    yield
    translation.deactivate()


@pytest.fixture
def montreal(db):
    return factories.ClinicFactory(
        name="Clinique du Plateau", slug="plateau", language="fr-ca", time_zone="America/Toronto"
    )


@pytest.fixture
def french_practitioner(client, montreal):
    practitioner = factories.CredentialFactory(practitioner__clinic=montreal).practitioner
    client.force_login(practitioner.user)
    return client


# Every row and constant has its French --------------------------------------------------


def test_every_shared_exercise_has_french_in_each_column_the_english_has():
    shared = list(Exercise.objects.filter(clinic=None))
    assert len(shared) == len(EXERCISES) == len(EXERCISES_FR) == 100
    for exercise in shared:
        assert all(french_texts(exercise)), exercise.slug
        assert len(lines(exercise.steps_fr_ca)) == len(lines(exercise.steps_en)), exercise.slug
        assert len(lines(exercise.cautions_fr_ca)) == len(lines(exercise.cautions_en))
        assert bool(exercise.dose_notes_fr_ca) == bool(exercise.dose_notes_en), exercise.slug
        assert exercise.target_muscles_fr_ca.count(",") == exercise.target_muscles_en.count(",")
        assert exercise.regions_fr_ca.count(",") == exercise.regions_en.count(",")
        assert exercise.name_fr_ca != exercise.name_en


def test_french_library_text_never_says_stretch_outside_the_name_placeholder():
    for exercise in Exercise.objects.filter(clinic=None):
        words = " ".join(
            [
                exercise.name_fr_ca,
                exercise.summary_fr_ca,
                exercise.steps_fr_ca,
                exercise.cautions_fr_ca,
                exercise.dose_notes_fr_ca,
            ]
        )
        assert not re.search(r"étir", words, re.IGNORECASE), exercise.slug
        assert ("{stretch}" in exercise.name_en) == ("{Stretch}" in exercise.name_fr_ca)


def test_every_muscle_and_region_has_its_french():
    assert {m for e in EXERCISES for m in e["target_muscles"]} <= set(MUSCLES_FR)
    assert {r for e in EXERCISES for r in e["regions"]} <= set(REGIONS_FR)


def test_every_drawing_has_a_french_text_alternative():
    assert set(POSES_FR) == set(POSES)
    assert {key for key, d in DRAWINGS.items() if d.get("then")} == set(THEN_FR)
    for key in DRAWINGS:
        for side in ("each", "both", "left", "right"):
            french = describe_in_french(key, side)
            assert french != describe(key, side)
            assert not english_left(f"<p>{french}</p>"), (key, french)
            assert "étir" not in french


def test_a_drawing_is_drawn_in_the_readers_language():
    with translation.override("fr-ca"):
        french = render("bridge", "both", "Pont", "d1")
    english = render("bridge", "both", "Bridge", "d1")
    assert "Départ : couché sur le dos" in french and ">Ensuite<" in french
    assert "Start: lying on your back" in english and ">Then<" in english


def test_every_default_series_and_step_has_french(clinic):
    Series.objects.install_defaults(clinic)
    series = list(Series.objects.filter(clinic=clinic))
    assert len(series) == len(DEFAULT_SERIES)
    for one in series:
        assert one.name_fr_ca and one.description_fr_ca and one.name_fr_ca != one.name_en
    steps = list(SeriesStep.objects.filter(series__clinic=clinic))
    assert len(steps) == sum(len(spec["steps"]) for spec in DEFAULT_SERIES)
    for step in steps:
        assert step.title_fr_ca and step.focus_fr_ca and step.goals_fr_ca, step
    with translation.override("fr-ca"):
        names = {s.name for s in Series.objects.filter(clinic=clinic)}
    assert "Intégration structurale — 10 séances" in names


def test_installing_the_defaults_again_adds_nothing_whatever_the_language(clinic):
    Series.objects.install_defaults(clinic)
    with translation.override("fr-ca"):
        Series.objects.install_defaults(clinic)
    assert Series.objects.filter(clinic=clinic).count() == len(DEFAULT_SERIES)


def test_every_builtin_measure_has_french_items_and_anchors_scored_the_same(clinic):
    Instrument.objects.install_builtins(clinic)
    for spec in BUILTINS:
        measure = Instrument.objects.get(clinic=clinic, key=spec["key"])
        assert measure.name_fr_ca and measure.plain_name_fr_ca
        assert bool(measure.intro_fr_ca) == bool(spec["intro"])
        english, french = measure.items_en, measure.items_fr_ca
        assert [i["id"] for i in english] == [i["id"] for i in french]
        for ours, theirs in zip(english, french, strict=True):
            assert theirs["text"] and theirs["text"] != ours["text"]
            assert [c["value"] for c in ours.get("choices", [])] == [
                c["value"] for c in theirs.get("choices", [])
            ]
            assert all(c["label"] for c in theirs.get("choices", []))
    nprs = Instrument.objects.get(clinic=clinic, key="nprs")
    answers = {"worst": 7, "least": 3, "usual": 5}
    in_english = scoring.nprs(nprs.items, answers)
    with translation.override("fr-ca"):
        nprs.refresh_from_db()
        assert nprs.items[0]["text"].startswith("Votre douleur")
        assert scoring.nprs(nprs.items, answers) == in_english


def test_every_screen_question_reads_in_the_readers_language():
    assert len(screen.ALL_SIGNS) == 16
    for _, code, text in screen.ALL_SIGNS:
        with translation.override("fr-ca"):
            french = str(text)
        assert french != str(text), code
        assert french.endswith("?") and not english_left(f"<p>{french}</p>"), code
    with translation.override("fr-ca"):
        assert [str(label) for _, label in screen.ANSWERS] == ["Oui", "Non", "Je ne sais pas"]
        assert str(screen.GROUP_TITLES[screen.CAUDA_EQUINA]) == "Nerfs, vessie et intestins"


def test_a_french_clinic_starts_with_the_french_consent(montreal, clinic):
    french = ConsentText.for_signing(montreal).body
    assert french.startswith("Avant que nous travaillions ensemble")
    assert not english_left(f"<p>{french}</p>")
    assert ConsentText.for_signing(clinic).body == DEFAULT_CONSENT


# The clinic's word for stretches in both languages ---------------------------------------


@pytest.mark.parametrize("word", Clinic.StretchWord.values)
def test_the_stretch_word_fills_french_and_english_names(clinic, word):
    clinic.stretch_word = word
    exercise = Exercise.objects.get(clinic=None, slug="ais-psoas-side-lying")
    with translation.override("fr-ca"):
        french = clinic.worded(exercise.name)
        label = clinic.kind_label(Exercise.Kind.STRETCH)
    english = clinic.worded(exercise.name)
    assert french.startswith(STRETCH_WORDS[word][:1].upper() + STRETCH_WORDS[word][1:])
    assert french.endswith("AIS du psoas, couché sur le côté")
    assert label.lower() == STRETCH_WORDS[word]
    assert english == f"Psoas AIS {word} lying on your side"
    if word != Clinic.StretchWord.STRETCH:
        assert "étir" not in french.lower() and "stretch" not in english.lower()


@pytest.mark.parametrize("word", Clinic.StretchWord.values)
def test_a_french_clients_program_says_the_clinics_word(client, montreal, word):
    montreal.stretch_word = word
    montreal.save()
    exercise = Exercise.objects.get(clinic=None, slug="kneeling-hip-flexor-hold")
    program = factories.ProgramFactory(client__clinic=montreal, exercises=[exercise])
    client.force_login(program.client.user)
    page = client.get(reverse("portal:home")).content.decode()
    shown = fragments(page, r'<li class="card exercise".*?</h2>')
    assert STRETCH_WORDS[word] in shown.lower()
    if word != Clinic.StretchWord.STRETCH:
        assert "étir" not in shown.lower()


def test_a_french_name_refuses_the_french_word_where_the_clinic_may_not_say_it(montreal):
    montreal.stretch_word = Clinic.StretchWord.LENGTHENING
    with pytest.raises(Exception, match="lengthening"):
        montreal.check_client_wording("Étirement du psoas")
    montreal.check_client_wording("Allongement du psoas")
    assert fill_stretch("{Stretch} du psoas", "lengthening", "fr-ca") == "Allongement du psoas"


# Pages a French reader sees --------------------------------------------------------------


def test_a_french_practitioner_reads_the_library_in_french(french_practitioner):
    page = french_practitioner.get(reverse("library:index"), {"q": "canif"})
    names = [str(e) for e in page.context["page"].object_list]
    assert "Canif" in names
    html = page.content.decode()
    # The names and muscles; the dose is interface text, translated with the templates.
    assert not english_left(fragments(html, r'<th scope="row">.*?</th>'))
    assert "droit fémoral" in html and "rectus femoris" not in html


def test_library_search_finds_an_exercise_by_either_languages_name(french_practitioner):
    by_french = french_practitioner.get(reverse("library:index"), {"q": "chien d'arrêt"})
    by_english = french_practitioner.get(reverse("library:index"), {"q": "bird dog"})
    for response in (by_french, by_english):
        assert [e.slug for e in response.context["page"].object_list] == ["bird-dog"]


def test_the_muscle_filter_offers_and_matches_french_muscles(french_practitioner):
    response = french_practitioner.get(reverse("library:index"), {"muscle": "moyen fessier"})
    assert "moyen fessier" in response.context["muscles"]
    slugs = {e.slug for e in response.context["page"].object_list}
    assert "clamshells" in slugs and "bridge" not in slugs


def test_a_french_practitioner_reads_an_exercise_in_french(french_practitioner):
    exercise = Exercise.objects.get(clinic=None, slug="bridge")
    page = french_practitioner.get(reverse("library:detail", args=[exercise.pk])).content
    html = page.decode()
    content = fragments(
        html,
        r'<p class="library-lead">.*?</p>',
        r'<ol class="steps">.*?</ol>',
        r'<section class="card library-cautions".*?</ul>',
    )
    assert "serrez les fesses" in content
    assert not english_left(content)
    assert "Départ : couché sur le dos" in html  # the drawing's text alternative


def test_a_french_client_reads_their_program_in_french(client, montreal):
    exercises = list(
        Exercise.objects.filter(clinic=None, slug__in=["bridge", "bird-dog", "cat-cow"])
    )
    with translation.override("fr-ca"):
        program = factories.ProgramFactory(client__clinic=montreal, exercises=exercises)
    client.force_login(program.client.user)
    page = client.get(reverse("portal:home")).content.decode()
    content = fragments(
        page, r"<h2>.*?</h2>", r'<ol class="steps">.*?</ol>', r'<div class="cautions">.*?</ul>'
    )
    assert "Chien d'arrêt" in html.unescape(content) and "Chat-vache" in content
    assert not english_left(content)


def test_a_french_client_reads_the_red_flag_questions_in_french(client, montreal):
    person = factories.PortalClientFactory(clinic=montreal)
    client.force_login(person.user)
    html = client.get(reverse("portal:intake_step", args=["screen"])).content.decode()
    assert "Avez-vous déjà eu un cancer?" in html
    assert "Have you ever had cancer?" not in html
    assert "Nerfs, vessie et intestins" in html


# A clinic's own entries ------------------------------------------------------------------


def test_a_clinics_own_entry_stays_in_the_language_it_was_written_in(montreal, clinic):
    with translation.override("fr-ca"):
        own = factories.ExerciseFactory(
            clinic=montreal, name="Marche en forêt", summary="Une marche lente.", steps="Marchez."
        )
    own.refresh_from_db()
    assert own.name_fr_ca == "Marche en forêt" and own.name_en is None
    assert own.name == "Marche en forêt"  # read in English, the French stands in
    with translation.override("fr-ca"):
        english = factories.ExerciseFactory(clinic=clinic, name="Forest walk")
    english_only = factories.ExerciseFactory(clinic=clinic, name="Beach walk")
    with translation.override("fr-ca"):
        assert Exercise.objects.get(pk=english_only.pk).name == "Beach walk"
        found = Exercise.objects.filter(clinic=montreal).search("forêt")
        assert list(found) == [own]
    assert english.pk != own.pk


# Export and import -----------------------------------------------------------------------


def test_export_and_import_carry_both_languages_columns(montreal, tmp_path):
    from django.core.management import call_command

    from tests.test_export_clinic import export_file, snapshot, wipe

    Series.objects.install_defaults(montreal)
    Instrument.objects.install_builtins(montreal)
    with translation.override("fr-ca"):
        own = factories.ExerciseFactory(clinic=montreal, name="Marche en forêt")
    before = snapshot()
    path = export_file(tmp_path, montreal.slug)
    wipe()
    call_command("import_clinic", str(path))
    assert snapshot() == before
    own = Exercise.objects.get(pk=own.pk)
    assert (own.name_fr_ca, own.name_en) == ("Marche en forêt", None)
    series = Series.objects.filter(clinic=montreal).order_by("pk").first()
    assert series.name_fr_ca and series.name_en
