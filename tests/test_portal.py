import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from clinic.library.models import Exercise
from clinic.models import Clinic, User
from sessions.models import AdherenceEntry
from tests.factories import (
    AdherenceEntryFactory,
    ClientFactory,
    ExerciseFactory,
    PortalClientFactory,
    PractitionerFactory,
    ProgramFactory,
    ProgramItemFactory,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
# A 1×1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


def text_of(response):
    """The page as a user reads it: tags dropped, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.text))


def shared(slug):
    return Exercise.objects.get(slug=slug, clinic__isnull=True)


@pytest.fixture
def dead_bug(clinic):
    return ExerciseFactory(
        clinic=clinic,
        name="Slow dead bug",
        steps="Lie on your back, arms up.\nLower one arm and the opposite leg.\nCome back.",
        cautions="Keep your low back resting on the floor.",
        video_url="https://video.example.org/dead-bug",
        hold_seconds=5,
        repetitions=8,
        sets=2,
    )


@pytest.fixture
def program(portal_client, dead_bug):
    return ProgramFactory(
        client=portal_client,
        note="Do these after your walk.",
        exercises=[dead_bug, shared("ais-psoas-side-lying")],
    )


@pytest.fixture
def item(program):
    return program.items.get(position=0)


@pytest.fixture
def signed_in(client, portal_client):
    client.force_login(portal_client.user)
    return client


def today(portal_client):
    return portal_client.clinic.today()


# The program --------------------------------------------------------------------------


def test_client_sees_each_exercise_with_steps_dose_and_cautions(signed_in, program):
    response = signed_in.get(reverse("portal:home"))
    page = text_of(response)
    assert "Do these after your walk." in page
    assert "Slow dead bug" in page
    assert "2 × 8, hold 5 s, once a day" in page
    assert "Lower one arm and the opposite leg." in page
    assert "Keep your low back resting on the floor." in page
    assert 'href="https://video.example.org/dead-bug"' in response.text
    assert "Psoas AIS stretch lying on your side" in page
    assert page.index("Slow dead bug") < page.index("Psoas AIS stretch")
    assert 'aria-label="Done today: Slow dead bug"' in response.text
    assert 'aria-label="Done today: Psoas AIS stretch lying on your side"' in response.text


def test_steps_are_numbered_in_order(signed_in, program):
    response = signed_in.get(reverse("portal:home"))
    steps = re.search(r'<ol class="steps">(.*?)</ol>', response.text, re.S).group(1)
    assert re.findall(r"<li>(.*?)</li>", steps) == [
        "Lie on your back, arms up.",
        "Lower one arm and the opposite leg.",
        "Come back.",
    ]


def test_only_the_current_version_is_shown(signed_in, portal_client, dead_bug):
    ProgramFactory(
        client=portal_client,
        replaced_at=timezone.now(),
        exercises=[ExerciseFactory(clinic=portal_client.clinic, name="Old clamshell")],
    )
    ProgramFactory(
        client=portal_client,
        draft=True,
        exercises=[ExerciseFactory(clinic=portal_client.clinic, name="Draft bridge")],
    )
    ProgramFactory(client=portal_client, exercises=[dead_bug])
    page = text_of(signed_in.get(reverse("portal:home")))
    assert "Slow dead bug" in page
    assert "Old clamshell" not in page
    assert "Draft bridge" not in page


def test_client_without_a_program_is_told_it_will_appear_here(signed_in, portal_client):
    ProgramFactory(client=portal_client, draft=True, exercises=[ExerciseFactory()])
    page = text_of(signed_in.get(reverse("portal:home")))
    assert "No home program yet" in page
    assert f"{portal_client.clinic.name} has not given you a home program yet." in page


def test_hold_timer_button_waits_for_the_script_and_the_hold_shows_as_text(signed_in, program):
    response = signed_in.get(reverse("portal:home"))
    assert "Hold for 5 seconds, 8 times." in text_of(response)
    assert re.search(r"<button[^>]*data-start hidden>Start a 5-second hold</button>", response.text)
    assert 'src="/static/js/hold_timer.js" defer' in response.text
    assert "<script>" not in response.text
    assert "style=" not in response.text


# Logging what was done ----------------------------------------------------------------


def test_done_today_records_the_entry_and_swaps_in_done_with_undo(signed_in, item, portal_client):
    response = signed_in.post(
        reverse("portal:log_done", args=[item.key]),
        {"pain": "3", "comment": "Easier than Monday"},
        headers=HTMX,
    )
    assert response.status_code == 200
    page = text_of(response)
    assert "Done today · pain 3 of 10" in page
    assert "“Easier than Monday”" in page
    assert "Undo" in page
    assert "<h1>" not in response.text  # just the item's log area
    entry = AdherenceEntry.objects.get()
    assert (entry.item, entry.day, entry.pain, entry.comment) == (
        item,
        today(portal_client),
        3,
        "Easier than Monday",
    )


def test_done_today_without_javascript_goes_back_to_the_item(signed_in, item):
    response = signed_in.post(reverse("portal:log_done", args=[item.key]), {"pain": ""})
    assert response.status_code == 302
    assert response.url == f"/portal/#item-{item.pk}"
    assert AdherenceEntry.objects.get().pain is None
    page = text_of(signed_in.get(reverse("portal:home")))
    assert "Done today Undo" in page


def test_logging_twice_on_one_day_keeps_one_entry_with_the_latest_answers(signed_in, item):
    url = reverse("portal:log_done", args=[item.key])
    signed_in.post(url, {"pain": "5"})
    signed_in.post(url, {"pain": "2"})
    assert list(AdherenceEntry.objects.values_list("pain", flat=True)) == [2]


@pytest.mark.parametrize("pain", ["11", "-1", "a lot"])
def test_pain_outside_0_to_10_is_explained_and_what_was_typed_is_kept(signed_in, item, pain):
    response = signed_in.post(
        reverse("portal:log_done", args=[item.key]),
        {"pain": pain, "comment": "Twinge on the left"},
        headers=HTMX,
    )
    assert response.status_code == 200
    assert "Pain is a whole number from 0 to 10." in text_of(response)
    assert "Twinge on the left" in response.text
    assert '<details class="log-details" open>' in response.text
    assert not AdherenceEntry.objects.exists()


def test_a_long_comment_without_javascript_shows_the_page_with_the_message(signed_in, item):
    response = signed_in.post(
        reverse("portal:log_done", args=[item.key]), {"pain": "4", "comment": "x" * 501}
    )
    assert response.status_code == 200
    page = text_of(response)
    assert "Please keep the note to 500 characters (it has 501 now)." in page
    assert "Hello," in page  # the whole portal page
    assert "x" * 501 in response.text
    assert 'value="4"' in response.text
    assert not AdherenceEntry.objects.exists()


def test_undo_takes_back_todays_entry(signed_in, item):
    AdherenceEntryFactory(item=item, pain=2)
    response = signed_in.post(reverse("portal:log_undo", args=[item.key]), headers=HTMX)
    assert response.status_code == 200
    assert 'aria-label="Done today: Slow dead bug">Done today</button>' in response.text
    assert "Undo" not in text_of(response)
    assert not AdherenceEntry.objects.exists()


def test_yesterdays_entry_cannot_be_undone(signed_in, item, portal_client):
    yesterday = today(portal_client) - datetime.timedelta(days=1)
    AdherenceEntryFactory(item=item, day=yesterday)
    response = signed_in.post(reverse("portal:log_undo", args=[item.key]), follow=True)
    assert "There was nothing to undo for today." in text_of(response)
    assert AdherenceEntry.objects.get().day == yesterday


def test_the_portal_page_shows_done_only_for_today(signed_in, item, portal_client):
    AdherenceEntryFactory(item=item, day=today(portal_client) - datetime.timedelta(days=1))
    page = text_of(signed_in.get(reverse("portal:home")))
    assert "Undo" not in page


# Who may see what ---------------------------------------------------------------------


@pytest.fixture
def other_item(clinic):
    """An item of another client's current program, at the same clinic."""
    return ProgramItemFactory(program=ProgramFactory(client=PortalClientFactory(clinic=clinic)))


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("portal:log_done", "post"),
        ("portal:log_undo", "post"),
        ("portal:exercise_image", "get"),
    ],
)
def test_another_clients_item_answers_404(signed_in, program, other_item, name, method):
    entry = AdherenceEntryFactory(item=other_item)
    response = getattr(signed_in, method)(reverse(name, args=[other_item.key]))
    assert response.status_code == 404
    assert AdherenceEntry.objects.get() == entry


def test_items_of_an_earlier_version_cannot_be_logged(signed_in, portal_client, item):
    item.program.replaced_at = timezone.now()
    item.program.save()
    ProgramFactory(client=portal_client, exercises=[ExerciseFactory()])
    response = signed_in.post(reverse("portal:log_done", args=[item.key]))
    assert response.status_code == 404
    assert not AdherenceEntry.objects.exists()


PORTAL_PAGES = [
    ("portal:home", "get"),
    ("portal:week", "get"),
    ("portal:print", "get"),
    ("portal:log_done", "post"),
    ("portal:log_undo", "post"),
    ("portal:exercise_image", "get"),
]


def portal_url(name, item):
    return reverse(name, args=[item.key]) if "log_" in name or "image" in name else reverse(name)


@pytest.mark.parametrize(("name", "method"), PORTAL_PAGES)
def test_a_practitioner_gets_404_on_portal_pages(practitioner_client, item, name, method):
    response = getattr(practitioner_client, method)(portal_url(name, item))
    assert response.status_code == 404


@pytest.mark.parametrize(("name", "method"), PORTAL_PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, item, name, method):
    url = portal_url(name, item)
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={url}"


@pytest.mark.storage
def test_the_exercise_image_is_served_to_its_client_only(signed_in, program, dead_bug):
    dead_bug.image = SimpleUploadedFile("dead-bug.png", PNG, content_type="image/png")
    dead_bug.save()
    item = program.items.get(exercise=dead_bug)
    page = signed_in.get(reverse("portal:home"))
    image_url = reverse("portal:exercise_image", args=[item.key])
    assert f'src="{image_url}"' in page.text
    assert 'alt="Picture of Slow dead bug"' in page.text
    response = signed_in.get(image_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == PNG


def test_an_exercise_without_an_image_answers_404(signed_in, item):
    assert signed_in.get(reverse("portal:exercise_image", args=[item.key])).status_code == 404


# The week -----------------------------------------------------------------------------


def test_week_shows_what_was_done_each_day_with_pain(signed_in, program, portal_client):
    program.published_at = timezone.now() - datetime.timedelta(days=30)
    program.save()
    first, second = program.items.all()
    day = today(portal_client)
    AdherenceEntryFactory(item=first, day=day, pain=4)
    AdherenceEntryFactory(item=first, day=day - datetime.timedelta(days=2))
    AdherenceEntryFactory(item=second, day=day - datetime.timedelta(days=8))  # too long ago
    response = signed_in.get(reverse("portal:week"))
    rows = re.findall(r"<tr>(.*?)</tr>", response.text, re.S)[1:]
    assert len(rows) == 2
    cells = [text_of_cell(cell) for cell in re.findall(r"<td.*?</td>", rows[0], re.S)]
    assert cells == ["Not done"] * 4 + ["✓ Done", "Not done", "✓ Done pain 4"]
    assert text_of_cell(rows[1]).count("Not done") == 7
    assert "You have made a start, and every day counts." in text_of(response)


def text_of_cell(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.mark.parametrize(
    ("days_done", "line"),
    [
        (0, "A new week is a good place to begin."),
        (3, "You have made a start"),
        (5, "A strong week."),
        (7, "You did everything your program asked this week."),
    ],
)
def test_week_encouragement_follows_the_days_done(
    signed_in, portal_client, dead_bug, days_done, line
):
    program = ProgramFactory(
        client=portal_client,
        published_at=timezone.now() - datetime.timedelta(days=20),
        exercises=[dead_bug],
    )
    item = program.items.get()
    for n in range(days_done):
        AdherenceEntryFactory(item=item, day=today(portal_client) - datetime.timedelta(days=n))
    assert line in text_of(signed_in.get(reverse("portal:week")))


def test_week_without_a_program_says_so(signed_in):
    assert "No home program yet" in text_of(signed_in.get(reverse("portal:week")))


# Print --------------------------------------------------------------------------------


def test_print_view_is_a_handout_of_the_current_program(signed_in, program, portal_client):
    page = text_of(signed_in.get(reverse("portal:print")))
    assert portal_client.clinic.name in page
    assert f"Home program for {portal_client.full_name}" in page
    assert f"Version {program.version}" in page
    assert f"Printed {today(portal_client):%B %-d, %Y}" in page
    assert "Slow dead bug" in page
    assert "2 × 8, hold 5 s, once a day" in page
    assert "Lower one arm and the opposite leg." in page
    assert "Keep your low back resting on the floor." in page
    assert "Done today" not in page


# Wording ------------------------------------------------------------------------------


def test_a_lengthening_clinic_never_shows_the_word_stretch(client):
    bayou = Clinic.objects.create(
        name="Bayou Bodywork",
        slug="bayou-la",
        time_zone="America/Chicago",
        stretch_word=Clinic.StretchWord.LENGTHENING,
    )
    therapist = PractitionerFactory(clinic=bayou)
    person = ClientFactory(clinic=bayou, first_name="Odile", email="odile@example.org")
    stretches = Exercise.objects.filter(clinic__isnull=True, kind="stretch")
    assert stretches.count() >= 5
    program = ProgramFactory(
        client=person,
        created_by=therapist,
        exercises=[*stretches, shared("iliacus-hand-release")],
    )
    AdherenceEntryFactory(item=program.items.first(), pain=1)

    client.force_login(therapist.user)
    client.post(reverse("clients:invite", args=[person.pk]))
    (message,) = mail.outbox
    assert "stretch" not in f"{message.subject}\n{message.body}".lower()

    client.force_login(User.objects.get(email="odile@example.org"))
    pages = [client.get(reverse(name)) for name in ("portal:home", "portal:week", "portal:print")]
    for response in pages:
        assert response.status_code == 200
        assert "stretch" not in response.text.lower(), response.request["PATH_INFO"]
    assert "Psoas AIS lengthening lying on your side" in text_of(pages[0])
    assert "Lengthening" in text_of(pages[0])


# Query counts -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [2, 12])
def test_portal_queries_do_not_grow_with_the_program(
    client, clinic, size, django_assert_num_queries
):
    person = PortalClientFactory(clinic=clinic)
    exercises = [ExerciseFactory(clinic=clinic, hold_seconds=2) for _ in range(size)]
    program = ProgramFactory(client=person, exercises=exercises)
    for item in program.items.all()[:2]:
        AdherenceEntryFactory(item=item, pain=3)
    client.force_login(person.user)
    # session, user (with their client and clinic), the items with their program and
    # exercises, today's entries, the intake card (the intake, whether the clinic has
    # questions, whether the client has clips or shared photos), sessions with measures due
    with django_assert_num_queries(6):
        response = client.get(reverse("portal:home"))
    assert text_of(response).count("Done today · pain 3 of 10") == 2


@pytest.mark.parametrize("size", [2, 12])
def test_week_queries_do_not_grow_with_the_program(client, clinic, size, django_assert_num_queries):
    person = PortalClientFactory(clinic=clinic)
    program = ProgramFactory(
        client=person, exercises=[ExerciseFactory(clinic=clinic) for _ in range(size)]
    )
    for item in program.items.all():
        AdherenceEntryFactory(item=item)
    client.force_login(person.user)
    with django_assert_num_queries(6):
        response = client.get(reverse("portal:week"))
    assert text_of(response).count("✓ Done") == size
