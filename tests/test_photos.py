"""Posture photos: taken only with consent, checked by their content, stored without
metadata, served only to who may see them, compared, shared and taken back."""

import base64
import io

import pytest
from django.core.files.storage import default_storage
from django.test import Client as Browser
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from clinic.models import AuditEvent
from sessions.models import ConsentChoice, Photo, SharedComparison
from tests import factories
from tests.french import english_left
from tests.photo_helpers import (
    CAMERA_SERIAL,
    give_photo_consent,
    heic,
    huge_png,
    jpeg_with_gps,
    renamed_executable,
    svg_with_script,
    take_photo,
    truncated_jpeg,
    upload,
)

pytestmark = [pytest.mark.django_db, pytest.mark.storage]


@pytest.fixture
def plan(practitioner, portal_client):
    return factories.PlanFactory(client=portal_client, lead=practitioner)


@pytest.fixture
def draft(plan):
    return factories.completed_sessions(plan, [(6, 4)], signed=False)[0]


def photos_url(session):
    return reverse("care:session_photos", args=[session.pk])


def stored_bytes(photo):
    with default_storage.open(photo.image.name, "rb") as file:
        return file.read()


def test_without_photo_consent_nothing_is_taken_and_the_page_says_how_to_get_it(
    practitioner_client, draft
):
    page = practitioner_client.get(photos_url(draft)).text
    assert "has not given consent to posture photos" in page
    assert reverse("clients:photo_consent", args=[draft.plan.client_id]) in page

    response = practitioner_client.post(photos_url(draft), {"front": jpeg_with_gps()})

    assert "has not given consent to posture photos, so none can be added" in response.text
    assert not Photo.objects.exists()


def test_a_photo_is_kept_without_its_metadata_and_served_privately(practitioner_client, draft):
    give_photo_consent(draft.plan.client)
    original = jpeg_with_gps()
    assert CAMERA_SERIAL.encode() in original.read()
    original.seek(0)

    response = practitioner_client.post(
        photos_url(draft), {"front": original, "left": upload("side.png", "PNG")}
    )

    assert response.status_code == 302
    front = Photo.objects.get(view="front")
    assert {p.view for p in Photo.objects.all()} == {"front", "left"}
    stored = stored_bytes(front)
    assert CAMERA_SERIAL.encode() not in stored
    kept = Image.open(io.BytesIO(stored))
    assert kept.format == "JPEG"
    assert not kept.getexif()
    assert "exif" not in kept.info and "icc_profile" not in kept.info
    assert not front.image.name.startswith("static")

    served = practitioner_client.get(reverse("care:photo_image", args=[front.pk]))
    assert served["Cache-Control"] == "private, no-store"
    # Read to its end, not close()d: closing would close the database connection.
    assert b"".join(served.streaming_content) == stored
    actions = set(
        AuditEvent.objects.filter(record_type="posture photo").values_list("action", "summary")
    )
    assert {("create", "front"), ("create", "left"), ("view", "")} <= actions


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (svg_with_script, "This file is not a picture we can read."),
        (renamed_executable, "This file is not a picture we can read."),
        (huge_png, "Please make it at most 8000 pixels wide and high."),
        (truncated_jpeg, "This picture is damaged or cut short."),
    ],
)
def test_hostile_files_are_refused_with_a_message(practitioner_client, draft, make, message):
    give_photo_consent(draft.plan.client)

    response = practitioner_client.post(photos_url(draft), {"front": make()})

    assert response.status_code == 200
    assert message in response.text
    assert "JPEG, PNG, WebP or HEIC" in response.text
    assert not Photo.objects.exists()


def test_a_gif_is_refused_naming_the_accepted_formats(practitioner_client, draft):
    give_photo_consent(draft.plan.client)
    response = practitioner_client.post(photos_url(draft), {"front": upload("a.gif", "GIF")})
    assert "This picture is a GIF file. Please save it as JPEG, PNG, WebP or HEIC." in (
        response.text
    )


def test_an_iphone_heic_photo_is_kept_as_a_jpeg(practitioner_client, draft):
    give_photo_consent(draft.plan.client)

    practitioner_client.post(photos_url(draft), {"back": heic()})

    photo = Photo.objects.get(view="back")
    assert Image.open(io.BytesIO(stored_bytes(photo))).format == "JPEG"
    assert (photo.width, photo.height) == (120, 180)


def test_an_other_view_needs_a_label(practitioner_client, draft):
    give_photo_consent(draft.plan.client)
    response = practitioner_client.post(photos_url(draft), {"other": upload("x.jpg", "JPEG")})
    assert "Please say what this photo shows" in response.text
    practitioner_client.post(
        photos_url(draft), {"other": upload("x.jpg", "JPEG"), "other_label": "Bending forward"}
    )
    assert Photo.objects.get().view_label == "Bending forward"


def test_a_draft_photo_is_replaced_but_a_signed_one_stays(practitioner_client, draft):
    give_photo_consent(draft.plan.client)
    first = take_photo(draft, "front")
    old_name = first.image.name

    practitioner_client.post(photos_url(draft), {"front": upload("again.jpg", "JPEG")})

    assert Photo.objects.count() == 1 and Photo.objects.get().pk != first.pk
    assert not default_storage.exists(old_name)

    draft.sign(draft.practitioner)
    kept = Photo.objects.get()
    response = practitioner_client.post(photos_url(draft), {"front": upload("b.jpg", "JPEG")})

    assert "This session is signed, and its front photo is part of the record" in response.text
    assert list(Photo.objects.all()) == [kept]
    practitioner_client.post(photos_url(draft), {"back": upload("c.jpg", "JPEG")})
    assert Photo.objects.filter(view="back").exists()


def test_a_clinic_admin_removes_a_signed_photo_with_a_reason(
    practitioner_client, clinic_admin, draft
):
    give_photo_consent(draft.plan.client)
    photo = take_photo(draft, "front")
    name = photo.image.name
    draft.sign(draft.practitioner)
    remove = reverse("care:photo_remove", args=[photo.pk])

    page = practitioner_client.post(remove, {"reason": "Wrong client"}).text
    assert "Only a clinic admin can remove one" in page
    assert default_storage.exists(name)

    client = Browser()
    client.force_login(clinic_admin.user)
    client.post(remove, {"reason": "Taken of the wrong client"})

    photo.refresh_from_db()
    assert photo.is_removed and not photo.image
    assert not default_storage.exists(name)
    audit = AuditEvent.objects.get(action="remove", record_id=str(photo.pk))
    assert audit.summary == "Taken of the wrong client"
    assert "Front photo removed by" in client.get(photos_url(draft)).text
    assert client.get(reverse("care:photo_image", args=[photo.pk])).status_code == 404


def test_a_paper_consent_is_recorded_with_its_date(practitioner_client, practitioner, draft):
    client_record = draft.plan.client
    url = reverse("clients:photo_consent", args=[client_record.pk])
    tomorrow = client_record.clinic.today() + timezone.timedelta(days=1)

    page = practitioner_client.post(url, {"granted": "yes", "on_paper": tomorrow}).text
    assert "cannot be after today" in page
    practitioner_client.post(url, {"granted": "yes", "on_paper": "2026-01-05"})

    choice = ConsentChoice.objects.get(kind="photos")
    assert choice.granted and str(choice.on_paper) == "2026-01-05"
    assert choice.by == practitioner.user
    assert ConsentChoice.current(client_record)["photos"] == choice
    assert "on paper dated Jan 5, 2026" in practitioner_client.get(url).text


def test_the_comparison_shows_the_first_and_latest_sessions_side_by_side(practitioner_client, plan):
    give_photo_consent(plan.client)
    one, two, three = factories.completed_sessions(plan, [(7, 5), (6, 4), (4, 2)])
    for session, change in [(one, 0), (two, 0.5), (three, 1)]:
        take_photo(session, "front", change)
    take_photo(one, "left")

    page = practitioner_client.get(reverse("care:plan_photos", args=[plan.pk])).text

    assert "Front, session 1" in page and "Front, session 3" in page
    assert "Front, session 2" not in page
    assert "No photo of this view at session 3." in page
    assert "Horizontal grid" in page and "Plumb line" in page
    chosen = practitioner_client.get(
        reverse("care:plan_photos", args=[plan.pk]), {"first": two.pk, "second": one.pk}
    ).text
    assert "Front, session 2" in chosen and "Front, session 3" not in chosen


def test_the_comparison_loads_display_copies_and_links_the_full_photos(practitioner_client, plan):
    give_photo_consent(plan.client)
    one, two = factories.completed_sessions(plan, [(7, 5), (3, 1)])
    photo = take_photo(one, "front")
    take_photo(two, "front", 1)
    full = reverse("care:photo_image", args=[photo.pk])

    page = practitioner_client.get(reverse("care:plan_photos", args=[plan.pk])).text
    copy = practitioner_client.get(full, {"size": "display"})

    assert f'<a href="{full}"><img src="{full}?size=display"' in page
    assert copy["Cache-Control"] == "private, no-store"
    assert Image.open(io.BytesIO(copy.content)).size == (400, 600)
    assert len(copy.content) < len(stored_bytes(photo))
    assert AuditEvent.objects.filter(
        action="view", record_type="posture photo", record_id=str(photo.pk)
    ).exists()


def portal_browser(client_record):
    browser = Browser()
    browser.force_login(client_record.user)
    return browser


def test_a_shared_comparison_shows_in_the_portal_until_consent_is_withdrawn(
    practitioner_client, plan
):
    give_photo_consent(plan.client)
    one, six = factories.completed_sessions(plan, [(7, 5), (3, 1)])
    photo = take_photo(one, "front")
    take_photo(six, "front", 1)
    client = portal_browser(plan.client)
    assert "posture photos" not in client.get(reverse("portal:home")).text.lower()
    assert "has not shared any posture photos" in client.get(reverse("portal:photos")).text

    practitioner_client.post(
        reverse("care:photo_share", args=[plan.pk]), {"first": one.pk, "second": six.pk}
    )

    comparison = SharedComparison.objects.get()
    assert "See your posture photos side by side" in client.get(reverse("portal:home")).text
    assert "Front, session 1" in client.get(reverse("portal:photos")).text
    served = client.get(reverse("portal:photo", args=[comparison.pk, photo.pk]))
    assert served.status_code == 200 and served["Cache-Control"] == "private, no-store"
    assert b"".join(served.streaming_content)[:2] == b"\xff\xd8"
    copy = client.get(reverse("portal:photo", args=[comparison.pk, photo.pk]), {"size": "display"})
    assert copy["Cache-Control"] == "private, no-store" and copy.content[:2] == b"\xff\xd8"

    client.post(reverse("portal:consents"), {"reminders": "on"})  # photos left unticked

    assert ConsentChoice.current(plan.client)["photos"].granted is False
    assert "Front, session 1" not in client.get(reverse("portal:photos")).text
    assert client.get(reverse("portal:photo", args=[comparison.pk, photo.pk])).status_code == 404
    assert Photo.objects.kept().count() == 2  # the record keeps what was taken
    refused = practitioner_client.post(photos_url(six), {"back": upload("b.jpg", "JPEG")})
    assert "has not given consent" in refused.text

    give_photo_consent(plan.client)
    assert "Front, session 1" not in client.get(reverse("portal:photos")).text


def test_stopping_a_share_takes_it_out_of_the_portal(practitioner_client, plan):
    give_photo_consent(plan.client)
    one, two = factories.completed_sessions(plan, [(7, 5), (3, 1)])
    take_photo(one, "front")
    take_photo(two, "front")
    practitioner_client.post(
        reverse("care:photo_share", args=[plan.pk]), {"first": one.pk, "second": two.pk}
    )
    comparison = SharedComparison.objects.get()

    practitioner_client.post(reverse("care:photo_unshare", args=[comparison.pk]))

    client = portal_browser(plan.client)
    assert "Front, session 1" not in client.get(reverse("portal:photos")).text


def test_another_clinic_cannot_fetch_a_photo(client, other_clinic, draft):
    give_photo_consent(draft.plan.client)
    photo = take_photo(draft, "front")
    outsider = factories.PractitionerFactory(clinic=other_clinic)
    client.force_login(outsider.user)
    assert client.get(reverse("care:photo_image", args=[photo.pk])).status_code == 404


def test_the_clients_own_export_carries_their_photos(practitioner_client, draft):
    give_photo_consent(draft.plan.client)
    photo = take_photo(draft, "front")

    data = practitioner_client.get(
        reverse("clients:export_json", args=[draft.plan.client_id])
    ).json()

    [exported] = data["photos"]
    assert exported["view"] == "Front" and exported["session"] == 1
    assert base64.b64decode(exported["data"]) == stored_bytes(photo)
    page = practitioner_client.get(reverse("clients:export_page", args=[draft.plan.client_id]))
    assert "data:image/jpeg;base64," in page.text


def test_the_photo_pages_read_in_french(practitioner_client, practitioner, plan):
    give_photo_consent(plan.client)
    one, two = factories.completed_sessions(plan, [(7, 5), (3, 1)])
    take_photo(one, "front")
    take_photo(two, "front")
    SharedComparison.objects.create(plan=plan, first=one, second=two, shared_by=practitioner)
    for user in (practitioner.user, plan.client.user):
        user.language = "fr-ca"
        user.save()
    client = portal_browser(plan.client)

    portal = client.get(reverse("portal:photos")).text
    compare = practitioner_client.get(reverse("care:plan_photos", args=[plan.pk])).text
    card = practitioner_client.get(photos_url(two), HTTP_HX_REQUEST="true").text

    assert "Grille horizontale" in portal and "Fil à plomb" in compare
    assert english_left(portal.split("<main", 1)[1].split("portal-nav", 1)[0]) == []
    for page in (compare, card):
        left = english_left(page.split("<h1", 1)[-1])
        assert left == [], left


def test_another_practitioner_of_the_clinic_cannot_add_photos_to_a_session(client, draft):
    give_photo_consent(draft.plan.client)
    colleague = factories.PractitionerFactory(clinic=draft.plan.client.clinic)
    client.force_login(colleague.user)

    response = client.post(photos_url(draft), {"front": upload("f.jpg", "JPEG")})

    assert "Only the practitioner of this session can add its photos." in response.text
    assert not Photo.objects.exists()


def test_the_chart_and_the_photo_card_may_use_the_camera(practitioner_client, plan):
    planned = factories.TreatmentSessionFactory(plan=plan, number=1)
    for url in (reverse("care:session_chart", args=[planned.pk]), photos_url(planned)):
        assert "camera=(self)" in practitioner_client.get(url)["Permissions-Policy"]
    dashboard = practitioner_client.get(reverse("care:dashboard"))
    assert "camera=()" in dashboard["Permissions-Policy"]
