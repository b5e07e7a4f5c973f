"""Clips: filmed or uploaded by the practitioner on a program item, checked by content,
served with range requests to whoever may see them, deleted with their exercise or a reason."""

import shutil
import subprocess

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client as Browser
from django.urls import reverse

from clinic.models import AuditEvent
from sessions.demo.clips import film
from sessions.export import client_record, clinic_tables
from sessions.models import Clip, ConsentChoice, HomeProgram
from tests.factories import (
    ExerciseFactory,
    PlanFactory,
    ProgramFactory,
    TreatmentSessionFactory,
)

pytestmark = [pytest.mark.django_db]
needs_ffmpeg = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is needed")


@pytest.fixture(scope="session")
def videos(tmp_path_factory):
    """The test videos, made once: each is a few kilobytes."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is needed")
    folder = tmp_path_factory.mktemp("clips")
    return {
        "mp4": film(folder / "ok.mp4", seconds=2, size="96x64", rate=10).read_bytes(),
        "webm": film(
            folder / "ok.webm", seconds=2, video="libvpx-vp9", audio="libopus", size="96x64"
        ).read_bytes(),
        "long": film(folder / "long.mp4", seconds=61, size="32x32", rate=1).read_bytes(),
        "mpeg4": film(
            folder / "old.mp4", seconds=2, video="mpeg4", audio="aac", size="96x64"
        ).read_bytes(),
        "mkv": film(
            folder / "ok.mkv", seconds=2, video="libvpx-vp9", audio="libopus", size="96x64"
        ).read_bytes(),
    }


@pytest.fixture
def program(portal_client, practitioner):
    exercise = ExerciseFactory(clinic=portal_client.clinic, name="Bridge with a ball")
    return ProgramFactory(client=portal_client, created_by=practitioner, exercises=[exercise])


@pytest.fixture
def item(program):
    return program.items.select_related("exercise").get()


def consent(client, granted=True):
    ConsentChoice.objects.create(
        client=client, kind=ConsentChoice.Kind.PHOTOS, granted=granted, by=client.user
    )


def upload(browser, item, content, name="clip.mp4", note=""):
    url = reverse("clients:clip_new", args=[item.program.client_id, item.pk])
    video = SimpleUploadedFile(name, content, content_type="video/mp4")
    return browser.post(url, {"file": video, "note": note}, follow=True)


def stored_clip(item, content=b"0123456789" * 100, content_type="video/mp4"):
    clip = Clip(
        client=item.program.client,
        exercise=item.exercise,
        item=item,
        content_type=content_type,
        size=len(content),
        duration=2,
        uploaded_by=item.program.created_by,
    )
    clip.file.save("clip.mp4", ContentFile(content), save=False)
    clip.save()
    return clip


def stored_files(clinic_id):
    try:
        return set(default_storage.listdir(f"clips/{clinic_id}")[1])
    except FileNotFoundError:
        return set()


def body(response):
    """Reads the answer to its end, which closes the file (response.close() would close the
    database connection on PostgreSQL)."""
    return b"".join(response.streaming_content) if response.streaming else response.content


@needs_ffmpeg
@pytest.mark.storage
@pytest.mark.parametrize("kind", ["mp4", "webm"])
def test_a_filmed_clip_is_kept_and_the_client_sees_it_on_that_exercise(
    practitioner_client, client, item, videos, kind
):
    consent(item.program.client)
    response = upload(
        practitioner_client,
        item,
        videos[kind],
        name=f"IMG_0042.{kind}",
        note="Keep the knees apart",
    )

    assert "The clip is saved." in response.text
    clip = Clip.objects.get()
    assert (clip.exercise, clip.item, clip.content_type) == (item.exercise, item, f"video/{kind}")
    assert 1.5 < clip.duration < 2.5 and clip.size == len(videos[kind])
    assert clip.file.name.endswith(f"{clip.key}.{kind}") and "IMG_0042" not in clip.file.name
    with default_storage.open(clip.file.name, "rb") as stored:
        assert stored.read() == videos[kind]
    assert AuditEvent.objects.filter(action="create", record_type="clip").count() == 1

    client.force_login(item.program.client.user)
    home = client.get(reverse("portal:home"))
    src = reverse("portal:clip", args=[clip.key])
    assert f'<video controls preload="metadata" playsinline src="{src}"' in home.text
    assert "Keep the knees apart" in home.text
    served = client.get(src)
    assert served["Content-Type"] == f"video/{kind}"
    assert body(served) == videos[kind]


@needs_ffmpeg
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("text", "This file is not a video we can read."),
        ("long", "This video is 61 seconds long; a clip can be up to a minute."),
        ("huge", "This video is 51 MB; a clip can be up to 50 MB."),
        ("mpeg4", "This video uses a compression (aac, mpeg4) that not every phone can play."),
        ("mkv", "This video’s format cannot be played on every phone."),
    ],
)
def test_what_is_not_an_accepted_clip_is_refused_with_a_message(
    practitioner_client, item, videos, kind, message
):
    consent(item.program.client)
    content = {
        "text": b"Session notes, not a video.\n" * 40,
        "huge": b"\0" * (51 * 1024 * 1024),
    }.get(kind) or videos[kind]
    before = stored_files(item.program.client.clinic_id)
    response = upload(practitioner_client, item, content, note="What I typed")

    assert response.status_code == 200
    assert message in response.text.replace("&#x27;", "'")
    assert "What I typed" in response.text  # the note is still there
    assert not Clip.objects.exists()
    assert stored_files(item.program.client.clinic_id) == before


def test_without_the_photo_consent_uploads_are_refused_and_say_how_to_get_it(
    practitioner_client, item
):
    consent(item.program.client, granted=False)
    response = upload(practitioner_client, item, b"anything")

    assert "Clips need" in response.text and "Your choices" in response.text
    assert not Clip.objects.exists()
    listing = practitioner_client.get(reverse("clients:clips", args=[item.program.client_id]))
    assert "Film or add a clip" not in listing.text


def test_without_ffprobe_the_upload_says_so_rather_than_failing(
    practitioner_client, item, monkeypatch
):
    consent(item.program.client)
    monkeypatch.setattr("sessions.clips.shutil.which", lambda name: None)
    response = upload(practitioner_client, item, b"\0" * 1000)

    assert response.status_code == 200
    assert "ffprobe is not installed" in response.text
    assert not Clip.objects.exists()


@pytest.mark.storage
def test_range_requests_answer_the_bytes_asked_for_and_one_audit_row_per_view(
    practitioner_client, item
):
    content = bytes(range(256)) * 40  # 10 240 bytes
    clip = stored_clip(item, content)
    client = Browser()
    client.force_login(item.program.client.user)
    for browser, url in [
        (practitioner_client, reverse("clients:clip_video", args=[clip.client_id, clip.pk])),
        (client, reverse("portal:clip", args=[clip.key])),
    ]:
        views = AuditEvent.objects.filter(action="view", record_type="clip")
        before = views.count()
        first = browser.get(url, headers={"Range": "bytes=0-"})
        assert first.status_code == 206
        assert first["Content-Range"] == "bytes 0-10239/10240"
        assert body(first) == content

        middle = browser.get(url, headers={"Range": "bytes=1000-1999"})
        assert middle.status_code == 206
        assert (middle["Content-Range"], middle["Content-Length"]) == (
            "bytes 1000-1999/10240",
            "1000",
        )
        assert middle["Accept-Ranges"] == "bytes"
        assert "private" in middle["Cache-Control"]
        assert body(middle) == content[1000:2000]

        tail = browser.get(url, headers={"Range": "bytes=-100"})
        assert (tail.status_code, body(tail)) == (206, content[-100:])
        past = browser.get(url, headers={"Range": "bytes=20000-"})
        assert (past.status_code, past["Content-Range"]) == (416, "bytes */10240")
        whole = browser.get(url)
        assert (whole.status_code, whole["Accept-Ranges"]) == (200, "bytes")
        assert body(whole) == content
        # The viewing from byte 0 and the whole file: two views; the pieces are not views.
        assert views.count() == before + 2


def test_a_client_sees_only_their_own_clips(client, item, clinic):
    clip = stored_clip(item)
    other = ProgramFactory(client__clinic=clinic).client
    client.force_login(other.user)
    assert client.get(reverse("portal:clip", args=[clip.key])).status_code == 404
    assert "<video" not in client.get(reverse("portal:home")).text


@pytest.mark.storage
def test_the_practitioner_deletes_a_clip_with_a_reason_and_the_file_goes(
    practitioner_client, item, django_capture_on_commit_callbacks
):
    clip = stored_clip(item)
    name = clip.file.name
    url = reverse("clients:clip_delete", args=[clip.client_id, clip.pk])
    refused = practitioner_client.post(url, {"reason": "  "})
    assert "This field is required." in refused.text or "Please say why" in refused.text
    assert Clip.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        done = practitioner_client.post(url, {"reason": "Filmed the wrong side"}, follow=True)
    assert "The clip is deleted." in done.text
    assert not Clip.objects.exists() and not default_storage.exists(name)
    row = AuditEvent.objects.get(action="delete")
    assert (row.record_type, row.summary, row.client_id) == (
        "clip",
        "Filmed the wrong side",
        clip.client_id,
    )


@pytest.mark.storage
def test_a_clip_goes_when_its_exercise_leaves_every_version_and_stays_otherwise(
    practitioner_client, item, practitioner, django_capture_on_commit_callbacks
):
    client_record_ = item.program.client
    kept = stored_clip(item)  # on the published version: revising keeps it
    draft = HomeProgram.draft_for(client_record_, practitioner)
    extra = ExerciseFactory(clinic=client_record_.clinic, name="Side plank")
    new_item = draft.items.create(exercise=extra, position=9, sets=1, repetitions=5)
    filmed_in_draft = stored_clip(new_item)
    name = filmed_in_draft.file.name

    copied = draft.items.get(exercise=item.exercise)
    remove = "clients:program_item_remove"
    with django_capture_on_commit_callbacks(execute=True):
        practitioner_client.post(reverse(remove, args=[client_record_.pk, copied.pk]))
        practitioner_client.post(reverse(remove, args=[client_record_.pk, new_item.pk]))

    assert list(Clip.objects.all()) == [kept]  # still in version 1
    assert not default_storage.exists(name) and default_storage.exists(kept.file.name)

    new_item = draft.items.create(exercise=extra, position=9, sets=1, repetitions=5)
    stored_clip(new_item)
    with django_capture_on_commit_callbacks(execute=True):
        practitioner_client.post(reverse("clients:program_discard", args=[client_record_.pk]))
    assert list(Clip.objects.all()) == [kept]


def test_the_clips_page_and_the_hooks_in_the_chart_and_builder(practitioner_client, item):
    consent(item.program.client)
    clip = stored_clip(item)
    page = practitioner_client.get(reverse("clients:clips", args=[item.program.client_id]))
    assert "Bridge with a ball" in page.text
    assert reverse("clients:clip_video", args=[clip.client_id, clip.pk]) in page.text
    assert reverse("clients:clip_new", args=[clip.client_id, item.pk]) in page.text
    assert AuditEvent.objects.filter(action="view", summary="clips").count() == 1

    form = practitioner_client.get(reverse("clients:clip_new", args=[clip.client_id, item.pk]))
    assert 'accept="video/*"' in form.text and 'capture="environment"' in form.text

    clips_url = reverse("clients:clips", args=[clip.client_id])
    program_page = practitioner_client.get(reverse("clients:program", args=[clip.client_id]))
    assert f'href="{clips_url}"' in program_page.text
    plan = PlanFactory(client=item.program.client, lead=item.program.created_by)
    session = TreatmentSessionFactory(plan=plan, number=1)
    chart = practitioner_client.get(reverse("care:session_chart", args=[session.pk]))
    assert f'href="{clips_url}"' in chart.text

    practitioner_client.post(reverse("clients:program_start", args=[clip.client_id]))
    builder = practitioner_client.get(reverse("clients:program_builder", args=[clip.client_id]))
    assert "Film or add a clip" in builder.text


def test_the_exports_carry_the_clips(item):
    clip = stored_clip(item)
    tables = dict(clinic_tables(item.program.client.clinic))
    assert list(tables[Clip]) == [clip]
    record = client_record(item.program.client)
    assert record["clips"] == [
        {
            "exercise": "Bridge with a ball",
            "filmed_at": clip.created_at,
            "filmed_by": str(clip.uploaded_by),
            "seconds": 2.0,
            "type": "video/mp4",
            "note": "",
            "file": clip.file.name,
        }
    ]


def test_the_service_worker_leaves_clips_to_the_network(client, portal_client):
    client.force_login(portal_client.user)
    script = client.get(reverse("portal:service_worker")).content.decode()
    assert 'if (url.pathname.startsWith(HOME + "clips/")) return;' in script


def test_ffprobe_is_called_without_a_shell_and_with_a_time_limit(monkeypatch, tmp_path):
    from sessions import clips

    seen = {}

    def fake_run(command, **kwargs):
        seen.update(command=command, **kwargs)
        raise subprocess.TimeoutExpired(command, kwargs["timeout"])

    monkeypatch.setattr(clips.subprocess, "run", fake_run)
    with pytest.raises(clips.ValidationError):
        clips.probe_path(str(tmp_path / "x.mp4"))
    assert seen["command"][0] == "ffprobe" and "json" in seen["command"]
    assert seen["timeout"] == clips.PROBE_TIMEOUT_SECONDS and not seen.get("shell")


@pytest.mark.parametrize(
    ("header", "wanted"),
    [
        (None, None),
        ("bytes=0-", (0, 99)),
        ("bytes=10-19", (10, 19)),
        ("bytes=90-500", (90, 99)),
        ("bytes=-10", (90, 99)),
        ("bytes=-500", (0, 99)),
        ("bytes=100-", "unsatisfiable"),
        ("bytes=-0", "unsatisfiable"),
        ("bytes=20-10", None),
        ("bytes=0-1,5-6", None),
        ("lines=1-2", None),
    ],
)
def test_reading_a_range_header(header, wanted):
    from clinic.files import requested_range

    assert requested_range(header, 100) == wanted


@needs_ffmpeg
def test_the_demo_gives_the_harbour_portal_client_one_clip_that_passes_the_check(settings):
    from io import StringIO

    from django.core.management import call_command

    from sessions.clips import check_clip

    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    call_command("seed_demo", stdout=StringIO())  # again: nothing new

    clip = Clip.objects.select_related("client__user").get()
    assert clip.client.user.email == "client@harbour.example"
    current = HomeProgram.objects.current().get(client=clip.client)
    assert current.items.filter(exercise=clip.exercise).exists()
    assert ConsentChoice.current(clip.client)[ConsentChoice.Kind.PHOTOS].granted
    with clip.file.open("rb"):
        facts = check_clip(clip.file)
    assert facts.content_type == "video/mp4" and clip.size < 100_000


def test_the_portal_home_with_a_clip_on_each_of_twelve_exercises_stays_under_60_kb(
    client, portal_client, practitioner
):
    from django.contrib.staticfiles import finders

    from clinic.library.models import Exercise
    from tests.test_drawings import Subresources, gzipped

    exercises = list(Exercise.objects.filter(clinic=None).order_by("slug")[:12])
    program = ProgramFactory(client=portal_client, created_by=practitioner, exercises=exercises)
    for item in program.items.select_related("exercise", "program"):
        stored_clip(item)
    client.force_login(portal_client.user)
    response = client.get(reverse("portal:home"))
    assert response.text.count("<video ") == 12
    total = gzipped(response.content)
    parser = Subresources()
    parser.feed(response.text)
    for url in parser.urls:
        if url.startswith("/static/"):
            with open(finders.find(url.removeprefix("/static/")), "rb") as file:
                total += gzipped(file.read())
    print(f"portal home, 12 drawn exercises with a clip each: {total} bytes gzip, clips aside")
    assert total < 60 * 1024, f"{total} bytes on first load"


def test_a_clip_of_an_exercise_only_earlier_versions_had_is_listed_to_delete_not_shown(
    practitioner_client, item, practitioner
):
    clip = stored_clip(item)
    record = item.program.client
    draft = HomeProgram.draft_for(record, practitioner)
    other = ExerciseFactory(clinic=record.clinic, name="Side plank")
    draft.items.create(exercise=other, position=2, sets=1, repetitions=5)
    draft.items.filter(exercise=item.exercise).delete()
    draft.publish()

    assert Clip.objects.filter(pk=clip.pk).exists()  # version 1 still has the exercise
    page = practitioner_client.get(reverse("clients:clips", args=[record.pk]))
    assert "Clips of exercises no longer in the program" in page.text
    assert reverse("clients:clip_delete", args=[record.pk, clip.pk]) in page.text
    portal = Browser()
    portal.force_login(record.user)
    assert "<video" not in portal.get(reverse("portal:home")).text
