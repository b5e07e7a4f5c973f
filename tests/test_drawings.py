"""Exercise drawings: one for every shared exercise, small, valid, described in words, and
shown wherever an exercise is: the library, the program builder, the portal and the prints."""

import gzip
import importlib
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.contrib.staticfiles import finders
from django.urls import reverse

from clinic.library.data import EXERCISES
from clinic.library.drawing import render
from clinic.library.models import Exercise
from clinic.library.poses import DRAWINGS, POSES
from clinic.models import Clinic
from tests.factories import ExerciseFactory, ProgramFactory

SVG = "{http://www.w3.org/2000/svg}"
MAX_GZIP_BYTES = 8 * 1024
SIDES = ["each", "both", "left", "right"]


def svgs_in(html):
    return re.findall(r"<svg\b.*?</svg>", html, re.S)


def parsed(svg):
    root = ET.fromstring(svg)
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    return root, title, desc


@pytest.fixture
def lengthening(clinic):
    clinic.stretch_word = Clinic.StretchWord.LENGTHENING
    clinic.save()
    return clinic


def shared(slug):
    return Exercise.objects.get(clinic=None, slug=slug)


# The drawings themselves ---------------------------------------------------------------


def test_every_shared_exercise_has_a_drawing(db):
    assert {entry["slug"] for entry in EXERCISES} == set(DRAWINGS)
    for exercise in Exercise.objects.filter(clinic=None):
        assert exercise.drawing_key == exercise.slug, exercise.slug
    assert Exercise.objects.filter(clinic=None).count() >= 100


def test_each_drawing_is_valid_small_svg_with_its_text_alternative():
    for key in DRAWINGS:
        for side in SIDES:
            svg = render(key, side, f"Drawing of {key}", "d-1")
            root, title, desc = parsed(svg)
            assert root.tag == f"{SVG}svg"
            assert root.get("role") == "img"
            assert root.get("aria-labelledby") == "d-1-t d-1-d"
            assert title.get("id") == "d-1-t" and title.text == f"Drawing of {key}"
            assert desc.get("id") == "d-1-d" and desc.text.startswith("Start: ")
            assert "Then: " in desc.text
            assert "style" not in svg  # inline styles are blocked by the page's CSP
            assert len(gzip.compress(svg.encode())) < MAX_GZIP_BYTES, key
            assert len(root.findall(f".//{SVG}path")) >= 4  # a figure in each frame


def test_the_side_worked_is_marked_and_the_right_side_is_the_mirror_image():
    left = render("kneeling-hip-flexor-hold", "left", "Kneeling", "k")
    right = render("kneeling-hip-flexor-hold", "right", "Kneeling", "k")
    each = render("kneeling-hip-flexor-hold", "each", "Kneeling", "k")
    assert ">Left side</text>" in left and "The left side works" in left
    assert ">Right side</text>" in right and "The right side works" in right
    assert ">Each side, left shown</text>" in each and "the left first, then the right" in each
    assert left != right
    # An exercise done with both sides together carries no side to choose.
    bridge = render("bridge", "both", "Bridge", "b")
    assert "Left side" not in bridge and "works" not in bridge


def test_the_words_of_the_drawings_never_say_stretch():
    """A clinic may not use the word: the only worded text is the exercise's name."""
    for name, pose in POSES.items():
        assert "stretch" not in pose["words"].lower(), name
    for key, drawing in DRAWINGS.items():
        assert "stretch" not in drawing["then"].lower(), key


def test_the_library_data_migration_adds_and_refreshes_by_slug_again_and_again(db):
    migration = importlib.import_module("clinic.migrations.0009_shared_exercise_drawings")
    bird_dog = shared("bird-dog")
    bird_dog.drawing = ""
    bird_dog.name = "Renamed"
    bird_dog.save()
    shared("pelvic-clock").delete()
    for _ in range(2):
        migration.load_library_with_drawings(apps, None)
    assert Exercise.objects.filter(clinic=None).count() == len(EXERCISES)
    bird_dog.refresh_from_db()
    assert (bird_dog.name, bird_dog.drawing) == ("Bird dog", "bird-dog")
    assert shared("pelvic-clock").drawing_key == "pelvic-clock"


# The pages that show them --------------------------------------------------------------


def test_the_exercise_page_shows_its_drawing(practitioner_client):
    exercise = shared("ais-piriformis")
    response = practitioner_client.get(reverse("library:detail", args=[exercise.pk]))
    [svg] = svgs_in(response.text)
    _root, title, desc = parsed(svg)
    assert title.text == "Piriformis AIS stretch"
    assert "knee drawn up and across the body" in desc.text


def test_a_lengthening_clinic_sees_its_word_in_the_drawing(practitioner_client, lengthening):
    exercise = shared("ais-piriformis")
    response = practitioner_client.get(reverse("library:detail", args=[exercise.pk]))
    _root, title, _desc = parsed(svgs_in(response.text)[0])
    assert title.text == "Piriformis AIS lengthening"
    assert "stretch" not in svgs_in(response.text)[0].lower()


@pytest.fixture
def program(portal_client):
    slugs = ["bird-dog", "kneeling-hip-flexor-hold", "bridge"]
    return ProgramFactory(client=portal_client, exercises=[shared(slug) for slug in slugs])


def test_the_portal_shows_each_exercise_drawn_for_the_side_prescribed(
    client, portal_client, program
):
    item = program.items.get(exercise__slug="kneeling-hip-flexor-hold")
    item.side = "right"
    item.save()
    client.force_login(portal_client.user)
    response = client.get(reverse("portal:home"))
    svgs = svgs_in(response.text)
    assert len(svgs) == 3
    titles = [parsed(svg)[1].text for svg in svgs]
    assert titles == ["Bird dog", "Kneeling hip flexor stretch", "Bridge"]
    assert ">Right side</text>" in svgs[1]
    assert len({parsed(svg)[0].get("aria-labelledby") for svg in svgs}) == 3  # ids unique


@pytest.mark.parametrize("printed_by", ["client", "practitioner"])
def test_the_printed_program_shows_the_drawings(
    client, portal_client, practitioner, program, printed_by
):
    if printed_by == "client":
        client.force_login(portal_client.user)
        response = client.get(reverse("portal:print"))
    else:
        client.force_login(practitioner.user)
        response = client.get(reverse("clients:program_print", args=[portal_client.pk]))
    titles = [parsed(svg)[1].text for svg in svgs_in(response.text)]
    assert titles == ["Bird dog", "Kneeling hip flexor stretch", "Bridge"]


def test_the_program_builder_shows_the_drawings(practitioner_client, portal_client, program):
    draft = ProgramFactory(client=portal_client, draft=True, exercises=[shared("jackknife")])
    response = practitioner_client.get(reverse("clients:program_builder", args=[portal_client.pk]))
    assert draft.items.count() == 1
    [svg] = svgs_in(response.text)
    assert parsed(svg)[1].text == "Jackknife"


def test_an_own_exercise_without_a_drawing_shows_none(practitioner_client, clinic):
    own = ExerciseFactory(clinic=clinic)
    response = practitioner_client.get(reverse("library:detail", args=[own.pk]))
    assert svgs_in(response.text) == []


def own_exercise_data(**changes):
    data = {
        "name": "Harbour heel slide",
        "kind": "strengthen",
        "steps": "Lie on your back.\nSlide one heel out.",
        "side": "each",
        "frequency": 1,
        "per": "day",
        "drawing": "heel-slides",
    }
    return data | changes


def test_a_clinic_gives_its_own_exercise_a_drawing(admin_client_of_clinic, clinic):
    form = admin_client_of_clinic.get(reverse("library:create"))
    assert '<option value="heel-slides">Like “Heel slides”</option>' in form.text
    response = admin_client_of_clinic.post(reverse("library:create"), own_exercise_data())
    own = Exercise.objects.get(clinic=clinic, name="Harbour heel slide")
    assert own.drawing_key == "heel-slides"
    page = admin_client_of_clinic.get(response.url)
    assert parsed(svgs_in(page.text)[0])[1].text == "Harbour heel slide"


def test_an_unknown_drawing_is_refused_with_a_message(admin_client_of_clinic, clinic):
    response = admin_client_of_clinic.post(
        reverse("library:create"), own_exercise_data(drawing="cartwheel")
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert "Harbour heel slide" in response.text  # what was typed is kept
    assert not Exercise.objects.filter(clinic=clinic, name="Harbour heel slide").exists()


# The portal home with a full program stays light ---------------------------------------


class Subresources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "") + " icon":
            self.urls.append(attrs["href"])
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.append(attrs["src"])


def gzipped(body):
    return len(gzip.compress(body, compresslevel=6))


def test_the_portal_home_with_twelve_drawn_exercises_stays_under_60_kb(client, portal_client):
    exercises = list(Exercise.objects.filter(clinic=None).order_by("?")[:12])
    ProgramFactory(client=portal_client, exercises=exercises)
    client.force_login(portal_client.user)
    response = client.get(reverse("portal:home"))
    assert len(svgs_in(response.text)) == 12
    total = gzipped(response.content)
    parser = Subresources()
    parser.feed(response.text)
    for url in parser.urls:
        if url.startswith("/static/"):
            with open(finders.find(url.removeprefix("/static/")), "rb") as file:
                total += gzipped(file.read())
        elif url.startswith("/"):
            total += gzipped(client.get(url).content)
    print(f"portal home, 12 drawn exercises: {total} bytes gzip on first load")
    assert total < 60 * 1024, f"{total} bytes on first load"


def test_each_page_gets_its_own_ids_and_names_pass_through_untouched():
    first = render("bridge", "both", "Bridge @id <b>", "a-1")
    second = render("bridge", "both", "Bridge @id <b>", "b-2")
    assert parsed(first)[1].text == parsed(second)[1].text == "Bridge @id <b>"
    assert parsed(first)[0].get("aria-labelledby") == "a-1-t a-1-d"
    assert parsed(second)[0].get("aria-labelledby") == "b-2-t b-2-d"
