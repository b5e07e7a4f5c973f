"""The demo clip: a few seconds of ffmpeg's test picture on one exercise of the harbour
portal client's program, made at seed time. Skipped when ffmpeg is not installed; seeding
again adds nothing once the client has a clip."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files import File

from sessions.models import Clip, ConsentChoice, HomeProgram

DEMO_SECONDS = 3
FFMPEG_TIMEOUT_SECONDS = 60


def film(path, seconds=DEMO_SECONDS, video="libx264", audio="aac", size="240x180", rate=12):
    """Writes a small test video to `path`: ffmpeg's test picture and a tone. The codecs and
    the container (from the suffix) can be changed, for the tests of what is refused."""
    command = ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i"]
    command += [f"testsrc=size={size}:rate={rate}", "-f", "lavfi", "-i", "sine=frequency=440"]
    command += ["-t", str(seconds), "-c:v", video, "-pix_fmt", "yuv420p", "-c:a", audio]
    if video == "libx264":
        command += ["-preset", "veryfast", "-crf", "32", "-movflags", "+faststart"]
    command.append(str(path))
    subprocess.run(command, check=True, capture_output=True, timeout=FFMPEG_TIMEOUT_SECONDS)
    return Path(path)


def seed_clips(harbour):
    if shutil.which("ffmpeg") is None:
        return
    program = HomeProgram.objects.current().filter(client__user__email="client@harbour.example")
    program = program.select_related("client", "created_by").first()
    if program is None or Clip.objects.filter(client=program.client).exists():
        return
    client = program.client
    item = program.items.select_related("exercise").order_by("position").first()
    photos = ConsentChoice.current(client)[ConsentChoice.Kind.PHOTOS]
    if not (photos and photos.granted):  # clips are filmed under the photo consent
        ConsentChoice.objects.create(
            client=client, kind=ConsentChoice.Kind.PHOTOS, granted=True, by=client.user
        )
    with tempfile.TemporaryDirectory() as folder:
        path = film(Path(folder) / "demo.mp4")
        clip = Clip(
            client=client,
            exercise=item.exercise,
            item=item,
            content_type="video/mp4",
            size=path.stat().st_size,
            duration=DEMO_SECONDS,
            note="Slow on the way down; keep the ribs soft.",
            uploaded_by=program.created_by,
        )
        with path.open("rb") as video:
            clip.file.save("clip.mp4", File(video), save=False)
        clip.save()
