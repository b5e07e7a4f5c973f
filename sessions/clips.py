"""Checking a video clip by its content: ffprobe (Debian's ffmpeg package) reads the file.

Accepted: MP4 with H.264 video and AAC audio, WebM with VP8, VP9 or AV1 video and Opus or
Vorbis audio; up to MAX_SECONDS long and MAX_BYTES large. The name and the type the browser
sent are not trusted: a renamed text file fails here because ffprobe cannot read it.
"""

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_SECONDS = 60
# Containers round their duration; a clip cut at "1:00" on a phone can say 60.04 s.
SECONDS_LEEWAY = 0.5
MAX_BYTES = 50 * 1024 * 1024
PROBE_TIMEOUT_SECONDS = 20

MP4_BRANDS_REFUSED = {"qt"}  # QuickTime .mov files share the MP4 reader in ffprobe
CONTAINERS = {
    "mp4": {"video": {"h264"}, "audio": {"aac"}, "type": "video/mp4", "extension": ".mp4"},
    "webm": {
        "video": {"vp8", "vp9", "av1"},
        "audio": {"opus", "vorbis"},
        "type": "video/webm",
        "extension": ".webm",
    },
}


@dataclass
class ClipFacts:
    container: str
    content_type: str
    extension: str
    duration: float
    width: int
    height: int


def available():
    return shutil.which("ffprobe") is not None


def check_clip(upload):
    """The facts of an uploaded clip, or a ValidationError that says what to do instead."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _(
                "This video is %(size)s MB; a clip can be up to 50 MB. Film a shorter clip, "
                "or choose a lower video quality in the camera's settings."
            )
            % {"size": round(upload.size / 1024 / 1024)},
            code="too_big",
        )
    if not available():
        raise ValidationError(
            _(
                "Clips cannot be checked on this server yet (ffprobe is not installed). "
                "Please ask whoever runs it to install the ffmpeg package."
            ),
            code="no_ffprobe",
        )
    probe = run_ffprobe(upload)
    facts = facts_of(probe, head_of(upload))
    if facts.duration > MAX_SECONDS + SECONDS_LEEWAY:
        raise ValidationError(
            _(
                "This video is %(seconds)s seconds long; a clip can be up to a minute. "
                "Film a shorter one, or trim it on the phone first."
            )
            % {"seconds": round(facts.duration)},
            code="too_long",
        )
    return facts


def head_of(upload):
    upload.seek(0)
    head = upload.read(64)
    upload.seek(0)
    return head


def run_ffprobe(upload):
    """ffprobe's JSON about the upload. Runs on a file of its own (never through a shell),
    with a time limit; the upload is copied to a temporary file when it is in memory."""
    path = getattr(upload, "temporary_file_path", None)
    if path:
        return probe_path(path())
    with tempfile.NamedTemporaryFile(suffix=".clip") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        upload.seek(0)
        return probe_path(copy.name)


def probe_path(path):
    command = [
        "ffprobe",
        "-v",
        "error",
        "-print_format",
        "json",
        "-show_format",
        "-show_streams",
        "--",
        path,
    ]
    unreadable = ValidationError(
        _(
            "This file is not a video we can read. Please choose an MP4 or WebM video, "
            "such as one filmed with the phone's camera."
        ),
        code="unreadable",
    )
    try:
        done = subprocess.run(command, capture_output=True, timeout=PROBE_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise unreadable from None
    if done.returncode != 0:
        raise unreadable
    try:
        return json.loads(done.stdout or b"{}")
    except ValueError:
        raise unreadable from None


def facts_of(probe, head):
    """Which accepted container and codecs the probe found, or a ValidationError."""
    form = probe.get("format") or {}
    names = set((form.get("format_name") or "").split(","))
    brand = ((form.get("tags") or {}).get("major_brand") or "").strip().lower()
    if "mp4" in names and brand not in MP4_BRANDS_REFUSED:
        container = "mp4"
    elif "webm" in names and b"webm" in head:  # the EBML DocType; Matroska says "matroska"
        container = "webm"
    else:
        raise ValidationError(
            _(
                "This video’s format cannot be played on every phone. Please choose an MP4 "
                "or WebM video."
            ),
            code="container",
        )
    allowed = CONTAINERS[container]
    streams = probe.get("streams") or []
    video = [  # a cover picture is a "video" stream too; it is not what plays
        s
        for s in streams
        if s.get("codec_type") == "video" and not (s.get("disposition") or {}).get("attached_pic")
    ]
    audio = [s for s in streams if s.get("codec_type") == "audio"]
    if not video:
        raise ValidationError(_("This file has no picture. Please choose a video."), code="audio")
    video_codecs = {s.get("codec_name") for s in video}
    audio_codecs = {s.get("codec_name") for s in audio}
    if not (video_codecs <= allowed["video"] and audio_codecs <= allowed["audio"]):
        codecs = video_codecs | audio_codecs
        raise ValidationError(
            _(
                "This video uses a compression (%(codecs)s) that not every phone can play. "
                "MP4 videos need H.264 and AAC; WebM videos need VP8, VP9 or AV1 and Opus or "
                "Vorbis. Setting the camera to “Most compatible” usually does it."
            )
            % {"codecs": ", ".join(sorted(c for c in codecs if c))},
            code="codec",
        )
    try:
        duration = float(form.get("duration") or video[0].get("duration") or 0)
    except ValueError:
        duration = 0
    if duration <= 0:
        raise ValidationError(
            _("We could not tell how long this video is. Please film it again."),
            code="duration",
        )
    return ClipFacts(
        container=container,
        content_type=allowed["type"],
        extension=allowed["extension"],
        duration=duration,
        width=int(video[0].get("width") or 0),
        height=int(video[0].get("height") or 0),
    )
