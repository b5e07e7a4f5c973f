import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from clinic.library import forms as library_forms
from clinic.library.data import EXERCISES
from clinic.library.models import Exercise
from clinic.models import Clinic
from tests.factories import ClinicAdminFactory, ExerciseFactory

pytestmark = pytest.mark.django_db


def picture(name="wall-sit.png", fmt="PNG", size=(60, 40), noise=False):
    buffer = io.BytesIO()
    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (31, 107, 92))
    image.save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def exercise_data(**overrides):
    data = {
        "name": "Wall sit with a ball",
        "kind": "strengthen",
        "summary": "Builds strong thighs that spare the low back.",
        "target_muscles": " quadriceps,  gluteus maximus, ",
        "regions": "thigh, hip",
        "steps": "Stand with your back to a wall.\n\nSlide down until your knees bend.\nHold.",
        "cautions": "Stop if your knees hurt.",
        "sets": "3",
        "repetitions": "5",
        "hold_seconds": "20",
        "side": "both",
        "frequency": "4",
        "per": "week",
        "dose_notes": "Rest a minute between sets.",
        "video_url": "https://example.com/wall-sit",
    }
    return data | overrides


def names_in(response):
    return [exercise.name for exercise in response.context["page"].object_list]


@pytest.fixture
def lengthening(clinic):
    clinic.stretch_word = Clinic.StretchWord.LENGTHENING
    clinic.save()
    return clinic


# The list ------------------------------------------------------------------------------


def test_the_shared_library_holds_the_100_seeded_exercises(practitioner_client):
    assert Exercise.objects.filter(clinic=None).count() == len(EXERCISES) == 100
    response = practitioner_client.get(reverse("library:index"))
    assert "100 exercises" in response.text
    assert len(names_in(response)) == 20
    assert names_in(response) == sorted(names_in(response), key=str.lower)
    assert "Page 1 of 5" in response.text
    last = practitioner_client.get(reverse("library:index"), {"page": 5})
    assert "Wall angels" in names_in(last)


def test_the_list_shows_kind_muscles_and_default_dose(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"q": "bird dog"})
    bird_dog = Exercise.objects.get(clinic=None, name="Bird dog")
    assert names_in(response) == ["Bird dog"]
    assert bird_dog.target_muscles in response.text
    assert bird_dog.dose_text in response.text
    assert "<td>Strengthen</td>" in response.text


def test_search_finds_exercises_by_name(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"q": "jackknife"})
    assert set(names_in(response)) == {"Jackknife", "Seated knee tucks (easier jackknife)"}
    assert "2 exercises found" in response.text


def test_search_finds_exercises_by_muscle(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"q": "piriformis"})
    assert "Piriformis AIS {stretch}" in names_in(response)
    assert "Chin tucks" not in names_in(response)
    for exercise in response.context["page"].object_list:
        assert "piriformis" in f"{exercise.name} {exercise.target_muscles}".lower()


def test_kind_filter_keeps_only_that_kind(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"kind": "release"})
    expected = Exercise.objects.filter(clinic=None, kind="release").count()
    assert response.context["page"].paginator.count == expected == 17
    assert {e.kind for e in response.context["page"].object_list} == {"release"}
    assert '<option value="release" selected>' in response.text


def test_an_unknown_kind_is_ignored(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"kind": "juggling"})
    assert response.context["page"].paginator.count == 100


def test_muscle_filter_matches_the_whole_muscle_name(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"muscle": "gluteus medius"})
    found = response.context["page"].object_list
    expected = [
        e for e in Exercise.objects.filter(clinic=None) if "gluteus medius" in e.muscle_list
    ]
    assert len(found) == len(expected) > 0
    assert all("gluteus medius" in e.muscle_list for e in found)
    assert '<option value="gluteus medius" selected>' in response.text


def test_muscle_select_lists_each_muscle_once_including_the_clinics_own(
    practitioner_client, clinic, other_clinic
):
    ExerciseFactory(clinic=clinic, target_muscles="Serratus anterior, psoas major")
    ExerciseFactory(clinic=other_clinic, target_muscles="flexor hallucis longus")
    response = practitioner_client.get(reverse("library:index"))
    muscles = response.context["muscles"]
    assert muscles.count("psoas major") == 1
    assert "Serratus anterior" in muscles
    assert "flexor hallucis longus" not in muscles
    assert muscles == sorted(muscles, key=str.lower)


def test_search_and_filters_combine(practitioner_client):
    response = practitioner_client.get(
        reverse("library:index"), {"q": "hamstring", "kind": "stretch", "muscle": "hamstrings"}
    )
    found = response.context["page"].object_list
    assert len(found) >= 3
    assert all(e.kind == "stretch" and "hamstrings" in e.muscle_list for e in found)


def test_no_match_explains_what_to_try(practitioner_client):
    response = practitioner_client.get(reverse("library:index"), {"q": "zzzz"})
    assert "Nothing in the library matches “zzzz”" in response.text
    assert reverse("library:create") in response.text


def test_htmx_search_returns_only_the_results(practitioner_client):
    response = practitioner_client.get(
        reverse("library:index"),
        {"q": "bridge"},
        headers={"HX-Request": "true", "HX-Target": "exercise-results"},
    )
    assert "Single-leg bridge" in response.text
    assert "<html" not in response.text
    assert 'id="exercise-search"' not in response.text
    assert "<table" in response.text


def test_pages_hold_20_and_the_links_keep_the_search(practitioner_client, clinic):
    for number in range(25):
        ExerciseFactory(clinic=clinic, name=f"Wobble board drill {number:02d}")
    first = practitioner_client.get(reverse("library:index"), {"q": "wobble", "kind": "strengthen"})
    assert len(names_in(first)) == 20
    assert "q=wobble&amp;kind=strengthen&amp;page=2" in first.text

    second = practitioner_client.get(
        reverse("library:index"), {"q": "wobble", "kind": "strengthen", "page": "2"}
    )
    assert names_in(second) == [f"Wobble board drill {n}" for n in range(20, 25)]
    assert "Page 2 of 2" in second.text
    assert "q=wobble&amp;kind=strengthen&amp;page=1" in second.text


def test_clinic_entries_are_tagged_and_other_clinics_entries_are_hidden(
    practitioner_client, clinic, other_clinic
):
    ExerciseFactory(clinic=clinic, name="Our wobble board drill")
    ExerciseFactory(clinic=other_clinic, name="Their wobble board drill")
    response = practitioner_client.get(reverse("library:index"), {"q": "wobble"})
    assert names_in(response) == ["Our wobble board drill"]
    assert "Clinic's own" in response.text
    assert "Their wobble board drill" not in response.text


def test_the_list_uses_the_clinics_word_for_stretches(practitioner_client, lengthening):
    response = practitioner_client.get(reverse("library:index"), {"q": "psoas ais"})
    assert "Psoas AIS lengthening lying on your side" in response.text
    assert "<td>Lengthening</td>" in response.text
    assert '<option value="stretch">Lengthening</option>' in response.text
    assert "{stretch}" not in response.text


@pytest.mark.parametrize("own", [3, 40])
def test_list_queries_do_not_grow_with_the_library(
    practitioner_client, clinic, own, django_assert_num_queries
):
    ExerciseFactory.create_batch(own, clinic=clinic)
    # session, user with role and clinic, muscles, count, page
    with django_assert_num_queries(5):
        practitioner_client.get(reverse("library:index"), {"q": "e", "kind": "strengthen"})
    with django_assert_num_queries(5):
        practitioner_client.get(
            reverse("library:index"),
            {"muscle": "obliques"},
            headers={"HX-Request": "true", "HX-Target": "exercise-results"},
        )


# The detail page -----------------------------------------------------------------------


def test_detail_shows_how_to_do_the_exercise(practitioner_client, lengthening):
    exercise = Exercise.objects.get(clinic=None, slug="prone-psoas-ball-release")
    response = practitioner_client.get(reverse("library:detail", args=[exercise.pk]))
    assert "<h1>Psoas self-release with a soft ball</h1>" in response.text
    assert exercise.summary in response.text
    assert response.text.count("<li>") >= len(exercise.step_list) + len(exercise.caution_list)
    for line in exercise.step_list + exercise.caution_list:
        assert f"<li>{line}</li>" in response.text.replace("&#x27;", "'")
    assert exercise.dose_text in response.text
    assert exercise.dose_notes in response.text
    assert "From the shared library" in response.text
    assert "Edit exercise" not in response.text
    assert "<img" not in response.text


def test_detail_names_stretches_in_the_clinics_words(practitioner_client, lengthening):
    exercise = Exercise.objects.get(clinic=None, name="Kneeling hip flexor {stretch}")
    response = practitioner_client.get(reverse("library:detail", args=[exercise.pk]))
    assert "<h1>Kneeling hip flexor lengthening</h1>" in response.text
    assert '<span class="tag">Lengthening</span>' in response.text


@pytest.mark.storage
def test_detail_shows_picture_and_video_link(practitioner_client, clinic):
    exercise = ExerciseFactory(clinic=clinic, image=picture(), video_url="https://example.com/clip")
    response = practitioner_client.get(reverse("library:detail", args=[exercise.pk]))
    assert f'src="{reverse("library:image", args=[exercise.pk])}"' in response.text
    assert 'href="https://example.com/clip"' in response.text
    assert "Clinic's own" in response.text


def test_an_admin_sees_the_edit_link_on_own_entries_only(admin_client_of_clinic, clinic):
    own = ExerciseFactory(clinic=clinic)
    shared = Exercise.objects.filter(clinic=None).first()
    edit_own = reverse("library:edit", args=[own.pk])
    assert edit_own in admin_client_of_clinic.get(reverse("library:detail", args=[own.pk])).text
    shared_page = admin_client_of_clinic.get(reverse("library:detail", args=[shared.pk]))
    assert "Edit exercise" not in shared_page.text


def test_a_practitioner_sees_no_edit_link(practitioner_client, clinic):
    own = ExerciseFactory(clinic=clinic)
    response = practitioner_client.get(reverse("library:detail", args=[own.pk]))
    assert "Edit exercise" not in response.text


@pytest.mark.parametrize("own", [1, 12])
def test_detail_queries_are_fixed(practitioner_client, clinic, own, django_assert_num_queries):
    exercises = ExerciseFactory.create_batch(own, clinic=clinic)
    # session, user with role and clinic, exercise
    with django_assert_num_queries(3):
        practitioner_client.get(reverse("library:detail", args=[exercises[-1].pk]))


# Adding an exercise ----------------------------------------------------------------------


@pytest.mark.storage
def test_a_practitioner_adds_an_exercise_with_a_picture(practitioner_client, practitioner):
    upload = picture()
    response = practitioner_client.post(
        reverse("library:create"), exercise_data(image=upload), follow=True
    )
    exercise = Exercise.objects.get(name="Wall sit with a ball")
    assert exercise.clinic == practitioner.clinic
    assert exercise.slug == "wall-sit-with-a-ball"
    assert exercise.target_muscles == "quadriceps, gluteus maximus"
    assert exercise.step_list == [
        "Stand with your back to a wall.",
        "Slide down until your knees bend.",
        "Hold.",
    ]
    assert (exercise.sets, exercise.repetitions, exercise.hold_seconds) == (3, 5, 20)
    assert "“Wall sit with a ball” is now in your library." in response.text
    assert "3 × 5, hold 20 s, 4 times a week" in response.text
    assert exercise.image.name.startswith("exercises/") and exercise.image.name.endswith(".png")
    assert exercise.image.storage.exists(exercise.image.name)

    image = practitioner_client.get(reverse("library:image", args=[exercise.pk]))
    assert image["Content-Type"] == "image/png"
    assert image["Cache-Control"] == "private, no-store"
    upload.seek(0)
    assert b"".join(image.streaming_content) == upload.read()
    image.close()


@pytest.mark.storage
def test_a_picture_is_named_by_its_content_not_its_file_name(practitioner_client):
    practitioner_client.post(
        reverse("library:create"), exercise_data(image=picture("photo.png", fmt="JPEG"))
    )
    exercise = Exercise.objects.get(name="Wall sit with a ball")
    assert exercise.image.name.endswith(".jpg")
    image = practitioner_client.get(reverse("library:image", args=[exercise.pk]))
    assert image["Content-Type"] == "image/jpeg"
    image.close()


def test_the_same_name_twice_gets_a_second_slug(practitioner_client, clinic):
    practitioner_client.post(reverse("library:create"), exercise_data())
    practitioner_client.post(reverse("library:create"), exercise_data())
    slugs = Exercise.objects.filter(clinic=clinic).values_list("slug", flat=True)
    assert sorted(slugs) == ["wall-sit-with-a-ball", "wall-sit-with-a-ball-2"]


def test_a_text_file_named_png_is_refused(practitioner_client):
    fake = SimpleUploadedFile("bridge.png", b"just some notes, not a picture", "image/png")
    response = practitioner_client.post(reverse("library:create"), exercise_data(image=fake))
    assert response.status_code == 200
    assert "This file is not a picture we can read." in response.text
    assert 'value="Wall sit with a ball"' in response.text
    assert "Slide down until your knees bend." in response.text
    assert not Exercise.objects.filter(name="Wall sit with a ball").exists()


def test_a_picture_over_2_mb_is_refused(practitioner_client):
    big = picture(size=(1000, 800), noise=True)
    assert big.size > library_forms.MAX_IMAGE_BYTES
    response = practitioner_client.post(reverse("library:create"), exercise_data(image=big))
    assert "MB, over the limit of 2 MB." in response.text
    assert not Exercise.objects.filter(name="Wall sit with a ball").exists()


def test_a_picture_over_4000_pixels_is_refused(practitioner_client):
    wide = picture(size=(4001, 2))
    response = practitioner_client.post(reverse("library:create"), exercise_data(image=wide))
    assert "This picture is 4001 × 2 pixels." in response.text
    assert not Exercise.objects.filter(name="Wall sit with a ball").exists()


def test_a_gif_is_refused(practitioner_client):
    gif = picture("moving.gif", fmt="GIF")
    response = practitioner_client.post(reverse("library:create"), exercise_data(image=gif))
    assert "This picture is a GIF file. Please save it as JPEG, PNG or WebP." in response.text


@pytest.mark.storage
def test_a_good_picture_with_other_mistakes_must_be_chosen_again(practitioner_client):
    response = practitioner_client.post(
        reverse("library:create"), exercise_data(name="", image=picture())
    )
    assert "Please choose it again." in response.text


def test_a_negative_dose_is_refused_with_a_clear_message(practitioner_client):
    response = practitioner_client.post(
        reverse("library:create"), exercise_data(sets="-3", frequency="30")
    )
    assert response.status_code == 200
    assert "Enter a whole number from 1 to 20." in response.text
    assert "Enter a whole number from 1 to 14." in response.text
    assert 'value="-3"' in response.text
    assert 'value="Wall sit with a ball"' in response.text
    assert "Rest a minute between sets." in response.text
    assert not Exercise.objects.filter(name="Wall sit with a ball").exists()


def test_missing_steps_are_reported_on_the_field(practitioner_client):
    response = practitioner_client.post(reverse("library:create"), exercise_data(steps="  \n "))
    assert "This field is required." in response.text
    assert not Exercise.objects.filter(clinic__isnull=False).exists()


def test_the_word_stretch_is_refused_where_the_clinic_says_lengthening(
    practitioner_client, lengthening
):
    response = practitioner_client.post(
        reverse("library:create"),
        exercise_data(name="Hip flexor Stretch", steps="Kneel.\nStretching slowly, lean in."),
    )
    assert response.status_code == 200
    message = "shows clients “lengthening” instead of “stretch”"
    assert response.text.count(message) == 2
    assert "write {stretch} and the app fills in the word" in response.text
    assert 'value="Hip flexor Stretch"' in response.text
    assert not Exercise.objects.filter(clinic=lengthening).exists()


def test_the_stretch_placeholder_is_welcome_where_the_clinic_says_lengthening(
    practitioner_client, lengthening
):
    response = practitioner_client.post(
        reverse("library:create"), exercise_data(name="Hip flexor {stretch}"), follow=True
    )
    assert Exercise.objects.get(clinic=lengthening).name == "Hip flexor {stretch}"
    assert "<h1>Hip flexor lengthening</h1>" in response.text


def test_the_word_stretch_is_fine_where_the_clinic_says_stretch(practitioner_client, clinic):
    practitioner_client.post(reverse("library:create"), exercise_data(name="Hip flexor stretch"))
    assert Exercise.objects.filter(clinic=clinic, name="Hip flexor stretch").exists()


def test_the_form_names_kinds_in_the_clinics_words(practitioner_client, lengthening):
    response = practitioner_client.get(reverse("library:create"))
    assert '<option value="stretch">Lengthening</option>' in response.text
    assert 'accept="image/jpeg,image/png,image/webp"' in response.text
    assert 'enctype="multipart/form-data"' in response.text


# Editing -------------------------------------------------------------------------------


@pytest.mark.storage
def test_an_admin_edits_an_own_entry_and_replaces_its_picture(admin_client_of_clinic, clinic):
    exercise = ExerciseFactory(clinic=clinic, name="Wall sit", image=picture("old.png"))
    old_name = exercise.image.name
    url = reverse("library:edit", args=[exercise.pk])
    form_page = admin_client_of_clinic.get(url)
    assert "<h1>Edit Wall sit</h1>" in form_page.text
    assert f'href="{reverse("library:image", args=[exercise.pk])}"' in form_page.text

    response = admin_client_of_clinic.post(
        url,
        exercise_data(name="Wall sit, deeper", image=picture("new.webp", fmt="WEBP")),
        follow=True,
    )
    exercise.refresh_from_db()
    assert exercise.name == "Wall sit, deeper"
    assert exercise.slug.startswith("practice-exercise-")  # links made earlier keep working
    assert exercise.image.name.endswith(".webp")
    assert not exercise.image.storage.exists(old_name)
    assert "Changes saved." in response.text


@pytest.mark.storage
def test_an_admin_removes_a_picture(admin_client_of_clinic, clinic):
    exercise = ExerciseFactory(clinic=clinic, image=picture())
    admin_client_of_clinic.post(
        reverse("library:edit", args=[exercise.pk]), exercise_data(**{"image-clear": "on"})
    )
    exercise.refresh_from_db()
    assert not exercise.image
    assert (
        admin_client_of_clinic.get(reverse("library:image", args=[exercise.pk])).status_code == 404
    )


def test_an_invalid_edit_keeps_the_saved_name_in_the_heading(admin_client_of_clinic, clinic):
    exercise = ExerciseFactory(clinic=clinic, name="Wall sit")
    response = admin_client_of_clinic.post(
        reverse("library:edit", args=[exercise.pk]), exercise_data(name="Wall sit 2", sets="0")
    )
    assert "<h1>Edit Wall sit</h1>" in response.text
    assert 'value="Wall sit 2"' in response.text
    exercise.refresh_from_db()
    assert exercise.name == "Wall sit"


def test_a_practitioner_who_is_not_admin_cannot_edit(practitioner_client, clinic):
    exercise = ExerciseFactory(clinic=clinic, name="Wall sit")
    url = reverse("library:edit", args=[exercise.pk])
    assert practitioner_client.get(url).status_code == 404
    assert practitioner_client.post(url, exercise_data()).status_code == 404
    exercise.refresh_from_db()
    assert exercise.name == "Wall sit"


def test_nobody_edits_the_shared_library(admin_client_of_clinic):
    shared = Exercise.objects.get(clinic=None, name="Bird dog")
    url = reverse("library:edit", args=[shared.pk])
    assert admin_client_of_clinic.get(url).status_code == 404
    assert admin_client_of_clinic.post(url, exercise_data()).status_code == 404
    shared.refresh_from_db()
    assert shared.name == "Bird dog"


# Other clinics, clients and strangers ----------------------------------------------------


@pytest.mark.parametrize("view", ["library:detail", "library:edit", "library:image"])
def test_another_clinics_entry_answers_404(client, clinic, other_clinic, view):
    client.force_login(ClinicAdminFactory(clinic=clinic).user)
    theirs = ExerciseFactory(clinic=other_clinic, image=picture())
    assert client.get(reverse(view, args=[theirs.pk])).status_code == 404


@pytest.mark.storage
def test_a_practitioner_sees_pictures_of_shared_entries(practitioner_client):
    shared = Exercise.objects.get(clinic=None, name="Bird dog")
    shared.image = picture()
    shared.save()
    response = practitioner_client.get(reverse("library:image", args=[shared.pk]))
    assert response.status_code == 200
    response.close()


def test_an_entry_without_a_picture_has_no_image(practitioner_client, clinic):
    exercise = ExerciseFactory(clinic=clinic)
    assert practitioner_client.get(reverse("library:image", args=[exercise.pk])).status_code == 404


@pytest.mark.parametrize(
    "view, args",
    [
        ("library:index", []),
        ("library:create", []),
        ("library:detail", ["own"]),
        ("library:edit", ["own"]),
        ("library:image", ["own"]),
    ],
)
def test_clients_get_404_and_strangers_are_sent_to_sign_in(
    client, portal_client, clinic, view, args
):
    exercise = ExerciseFactory(clinic=clinic, image=picture())
    url = reverse(view, args=[exercise.pk for _ in args])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))

    client.force_login(portal_client.user)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("dose", "text"),
    [
        ({"sets": 2, "repetitions": 10}, "2 × 10, once a day"),
        (
            {"repetitions": 1, "hold_seconds": 30, "frequency": 3, "per": "week"},
            "1 repetition, hold 30 s, 3 times a week",
        ),
        ({"sets": 1, "side": "each", "frequency": 2}, "1 set, each side, twice a day"),
    ],
)
def test_dose_reads_as_a_sentence(dose, text):
    assert Exercise(**dose).dose_text == text
