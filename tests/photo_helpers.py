"""Photos for the tests: good ones (with a GPS position in their EXIF), hostile ones, and
photos already taken at a session."""

import io
import struct
import zlib

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from sessions.demo.figures import standing_figure
from sessions.models import ConsentChoice, Photo

CAMERA_SERIAL = "SN-PHONE-4471"


def jpeg_with_gps(name="front.jpg", size=(300, 450)):
    """A JPEG as a phone writes it: EXIF with a GPS position and the camera's serial."""
    image = Image.new("RGB", size, (120, 140, 160))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0xA431] = CAMERA_SERIAL  # BodySerialNumber
    gps = {1: "N", 2: (49.0, 17.0, 0.0), 3: "W", 4: (123.0, 7.0, 0.0)}
    exif[0x8825] = gps
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def upload(name, fmt, size=(200, 300)):
    out = io.BytesIO()
    Image.new("RGB", size, (40, 90, 70)).save(out, fmt)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def svg_with_script():
    body = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
    )
    return SimpleUploadedFile("front.svg", body, content_type="image/svg+xml")


def renamed_executable():
    body = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"PE\x00\x00"
    return SimpleUploadedFile("front.jpg", body, content_type="image/jpeg")


def huge_png(side=20_000):
    """A real PNG of side × side black pixels (1 bit each), a few kilobytes compressed."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    body = (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )
    return SimpleUploadedFile("front.png", body, content_type="image/png")


def truncated_jpeg():
    out = io.BytesIO()
    Image.new("RGB", (400, 600), (200, 100, 50)).save(out, "JPEG")
    return SimpleUploadedFile("front.jpg", out.getvalue()[:700], content_type="image/jpeg")


def heic(name="front.heic"):
    out = io.BytesIO()
    Image.new("RGB", (120, 180), (10, 120, 200)).save(out, "HEIF")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/heic")


def give_photo_consent(client, granted=True):
    return ConsentChoice.objects.create(
        client=client, kind=ConsentChoice.Kind.PHOTOS, granted=granted, by=client.user
    )


def take_photo(session, view, change=0.0, by=None):
    """A photo already taken at `session`, the way the upload stores one."""
    content = ContentFile(standing_figure(view, change), name="photo.jpg")
    content.width, content.height = 600, 900
    photo, _ = Photo.take(session, view, "", content, by or session.practitioner)
    return photo
