"""The portal as an installable app: manifest, icons, service worker, and the endpoint that
takes the ticks a device kept while offline."""

import datetime
import io
import json
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from sessions.models import AdherenceEntry, HomeProgram
from tests.factories import ExerciseFactory, PortalClientFactory, ProgramFactory

pytestmark = pytest.mark.django_db

# Session, user and client, the item, the key seen before, the day's entry and its insert,
# with the savepoints of update_or_create; the same however many entries there are.
QUERIES_PER_TICK = 16


@pytest.fixture
def program(portal_client):
    clinic = portal_client.clinic
    return ProgramFactory(
        client=portal_client,
        published_at=timezone.now() - datetime.timedelta(days=3),
        exercises=[
            ExerciseFactory(clinic=clinic, name="Wall angel"),
            ExerciseFactory(clinic=clinic, name="Cat and cow"),
        ],
    )


@pytest.fixture
def signed_in(client, portal_client):
    client.force_login(portal_client.user)
    return client


def sync(browser, item, key=None, done_at=None, **fields):
    data = {
        "key": str(key or uuid.uuid4()),
        "done_at": (done_at or timezone.now()).isoformat(),
        "pain": "",
        "comment": "",
        **fields,
    }
    return browser.post(reverse("portal:sync", args=[item.key]), data)


def test_the_same_key_sent_twice_logs_one_entry(signed_in, program):
    item = program.items.get(exercise__name="Wall angel")
    key = uuid.uuid4()

    first = sync(signed_in, item, key, pain="3", comment="Shoulders loosened")
    again = sync(signed_in, item, key, pain="3", comment="Shoulders loosened")

    assert (first.json()["status"], again.json()["status"]) == ("saved", "kept")
    entry = AdherenceEntry.objects.get()
    assert (entry.item, entry.pain, entry.comment, entry.sync_key) == (
        item,
        3,
        "Shoulders loosened",
        key,
    )
    assert entry.day == program.client.clinic.today()
    # For today, the answer is the card's log as the page shows it, with its Undo.
    assert "Done today · pain 3 of 10" in first.json()["html"]
    assert "Undo: Wall angel" in first.json()["html"]


def test_a_resent_key_after_an_undo_or_a_second_tick_never_doubles(signed_in, program):
    item = program.items.first()
    sync(signed_in, item, pain="2")
    sync(signed_in, item, pain="5")  # a second tick on the same day: the day's one entry

    assert list(AdherenceEntry.objects.values_list("pain", flat=True)) == [5]


def test_a_late_tick_goes_on_the_day_it_was_done(signed_in, program):
    item = program.items.first()
    yesterday = timezone.now() - datetime.timedelta(days=1)

    answer = sync(signed_in, item, done_at=yesterday).json()

    entry = AdherenceEntry.objects.get()
    assert entry.day == program.client.clinic.today() - datetime.timedelta(days=1)
    assert answer == {"status": "saved", "day": entry.day.isoformat()}


def test_the_day_is_the_clinics_not_the_devices(signed_in, program, portal_client):
    clinic = portal_client.clinic
    clinic.time_zone = "Pacific/Auckland"
    clinic.save()
    # 23:30 UTC is already the next morning in Auckland.
    done_at = datetime.datetime(2026, 1, 10, 23, 30, tzinfo=datetime.UTC)
    HomeProgram.objects.filter(pk=program.pk).update(published_at=done_at - datetime.timedelta(7))

    sync(signed_in, program.items.first(), done_at=done_at)

    assert AdherenceEntry.objects.get().day == datetime.date(2026, 1, 11)


def test_a_tick_in_the_future_or_before_the_program_is_refused(signed_in, program):
    item = program.items.first()

    future = sync(signed_in, item, done_at=timezone.now() + datetime.timedelta(days=2))
    early = sync(signed_in, item, done_at=program.published_at - datetime.timedelta(days=2))

    assert future.json()["status"] == early.json()["status"] == "refused"
    assert "in the future" in future.json()["message"]
    assert "before your program of" in early.json()["message"]
    assert not AdherenceEntry.objects.exists()


def test_a_tick_for_an_exercise_since_removed_is_refused_with_its_name(
    signed_in, program, practitioner
):
    old_item = program.items.get(exercise__name="Cat and cow")
    draft = HomeProgram.draft_for(program.client, practitioner)
    draft.items.filter(exercise__name="Cat and cow").delete()
    draft.publish()

    answer = sync(signed_in, old_item)

    assert answer.json() == {
        "status": "removed",
        "message": "“Cat and cow” is no longer in your program, so that tick was not kept.",
    }
    assert not AdherenceEntry.objects.exists()


def test_a_tick_from_before_a_new_version_goes_to_the_same_exercise_in_it(
    signed_in, program, practitioner
):
    old_item = program.items.get(exercise__name="Wall angel")
    draft = HomeProgram.draft_for(program.client, practitioner)
    draft.publish()

    assert sync(signed_in, old_item, pain="1").json()["status"] == "saved"

    entry = AdherenceEntry.objects.get()
    assert entry.item == draft.items.get(exercise__name="Wall angel")


def test_bad_input_is_explained_and_logs_nothing(signed_in, program):
    item = program.items.first()

    pain = sync(signed_in, item, pain="14")
    garbled = signed_in.post(reverse("portal:sync", args=[item.key]), {"key": "nope"})

    assert pain.json() == {"status": "refused", "message": "Pain is a whole number from 0 to 10."}
    assert "could not be read" in garbled.json()["message"]
    assert not AdherenceEntry.objects.exists()


def test_another_clients_item_is_not_found(client, program, clinic):
    other = PortalClientFactory(clinic=clinic)
    client.force_login(other.user)

    assert sync(client, program.items.first()).status_code == 404
    assert not AdherenceEntry.objects.exists()


def test_the_portal_page_names_its_clients_own_cache(client, program, clinic):
    other = ProgramFactory(client=PortalClientFactory(clinic=clinic)).client
    names = []
    for person in (program.client, other):
        client.force_login(person.user)
        response = client.get(reverse("portal:home"))
        names.append(response["X-Offline-Cache"])
        assert response["Cache-Control"] == "no-store"
        assert f'data-offline-cache="{response["X-Offline-Cache"]}"' in response.text
        assert 'rel="manifest"' in response.text
    assert names[0] != names[1] and all(len(name) == 20 for name in names)


def test_practitioner_pages_are_never_marked_for_the_offline_cache(practitioner_client):
    response = practitioner_client.get(reverse("care:dashboard"))

    assert "X-Offline-Cache" not in response
    assert "js/offline_cleanup.js" in response.text


def test_the_manifest_has_what_an_install_needs(signed_in, portal_client):
    response = signed_in.get(reverse("portal:manifest"))

    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == f"{portal_client.clinic.name} · my program"
    assert manifest["short_name"] == "My program"
    assert manifest["start_url"] == manifest["scope"] == reverse("portal:home")
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#164f44"
    pngs = [icon for icon in manifest["icons"] if icon["type"] == "image/png"]
    assert {icon["sizes"] for icon in pngs} == {"192x192", "512x512"}
    for icon in pngs:
        answer = signed_in.get(icon["src"])
        assert answer["Content-Type"] == "image/png"
        image = Image.open(io.BytesIO(answer.content))
        assert f"{image.width}x{image.height}" == icon["sizes"]
    svg = next(icon for icon in manifest["icons"] if icon["type"] == "image/svg+xml")
    assert svg["src"].endswith("favicon.svg")


def test_the_manifest_without_a_signed_in_client_has_the_apps_name(client):
    manifest = json.loads(client.get(reverse("portal:manifest")).content)

    assert manifest["name"] == "Bodywork Notes · my program"


def test_an_icon_of_another_size_is_not_found(client):
    assert client.get(reverse("portal:icon", args=[64])).status_code == 404


def test_the_service_worker_is_served_fresh_and_versioned(client):
    response = client.get(reverse("portal:service_worker"))

    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    body = response.text
    assert "__VERSION__" not in body
    assert 'const HOME = "/portal/";' in body
    for name in ("css/app.css", "django_htmx/htmx-2.min.js", "js/hold_timer.js"):
        assert name in body
    assert client.get(reverse("portal:service_worker")).text == body


def test_signing_out_tells_the_browser_to_clear_what_it_kept(signed_in):
    response = signed_in.post(reverse("logout"))

    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert response.url == reverse("login")


def test_sending_a_tick_makes_a_fixed_number_of_queries(
    signed_in, program, django_assert_max_num_queries
):
    item = program.items.first()
    sync(signed_in, item)  # the first request of a process fills caches

    with django_assert_max_num_queries(QUERIES_PER_TICK):
        assert sync(signed_in, program.items.last()).json()["status"] == "saved"
