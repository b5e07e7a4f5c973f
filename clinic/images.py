"""Uploaded pictures, judged by their content: the exercise library's pictures and the
clients' posture photos share these checks.

A picture is refused when it is too large a file, when its header claims more pixels than
we are willing to decode (a decompression bomb is refused before a byte of it is decoded),
when Pillow cannot read it, or when it is not one of the formats asked for. `reencoded`
then decodes it within those limits and writes it again with no metadata at all: no GPS
position, no camera serial number, no thumbnail of what was there before a crop.
"""

import io
import math

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

try:  # HEIC and HEIF, the iPhone's own format, when pillow-heif's wheel is installed.
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIF_READABLE = True
except ImportError:  # pragma: no cover - the locked dependencies include it
    HEIF_READABLE = False

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "HEIF": "heic"}
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "HEIF": "HEIC"}


def formats_text(formats):
    names = [FORMAT_NAMES[name] for name in formats]
    return ", ".join(names[:-1]) + " " + _("or") + " " + names[-1]


def checked_image(upload, *, max_bytes, max_side, formats):
    """The upload opened by Pillow (its header read, nothing decoded yet), or a
    ValidationError that says what is wrong and what would do. The upload is rewound."""
    accepted = formats_text(formats)
    if upload.size > max_bytes:
        size = math.ceil(upload.size / 1024 / 102.4) / 10
        raise ValidationError(
            _(
                "This picture is %(size)s MB, over the limit of %(limit)s MB. Please choose a "
                "smaller one, or save it again at a lower quality."
            )
            % {"size": f"{size:g}", "limit": f"{max_bytes / 1024**2:g}"},
            code="too_large",
        )
    upload.seek(0)
    try:
        image = Image.open(upload)
        width, height = image.size
    except Image.DecompressionBombError:
        raise ValidationError(too_many_pixels(max_side), code="too_many_pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise ValidationError(
            _("This file is not a picture we can read. Please choose a %(formats)s image.")
            % {"formats": accepted},
            code="invalid_image",
        ) from None
    if image.format not in formats:
        raise ValidationError(
            _("This picture is a %(format)s file. Please save it as %(formats)s.")
            % {"format": image.format, "formats": accepted},
            code="wrong_format",
        )
    if max(width, height) > max_side:
        raise ValidationError(
            _("This picture is %(width)s × %(height)s pixels.") % {"width": width, "height": height}
            + " "
            + too_many_pixels(max_side),
            code="too_many_pixels",
        )
    try:
        image.verify()
    except Exception:
        raise ValidationError(
            _("This picture is damaged or cut short. Please choose it again, or take a new one."),
            code="invalid_image",
        ) from None
    upload.seek(0)
    return image


def too_many_pixels(max_side):
    return _("Please make it at most %(side)s pixels wide and high.") % {"side": max_side}


def reencoded(upload, *, longest_side, quality=86):
    """The picture of a checked upload, decoded, turned upright the way the camera held it,
    scaled down to `longest_side` at most and written again as a JPEG without any metadata.
    Returns (JPEG bytes, width, height); a file that fails to decode is a ValidationError."""
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            if image.format == "JPEG":  # decodes at a fraction of the size, far faster
                image.draft("RGB", (longest_side, longest_side))
            image.load()
            upright = ImageOps.exif_transpose(image)
            picture = upright.convert("RGB")
    except Exception:
        raise ValidationError(
            _("This picture is damaged or cut short. Please choose it again, or take a new one."),
            code="invalid_image",
        ) from None
    picture.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # A fresh image carries no info: no EXIF, no XMP, no ICC profile, no comment.
    clean = Image.new("RGB", picture.size)
    clean.paste(picture)
    clean.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue(), clean.width, clean.height


def smaller_copy(field_file, *, longest_side, quality=80):
    """A stored picture scaled down to `longest_side` at most, as JPEG bytes: a page that
    shows pictures at a fraction of their size loads this and keeps the original for
    whoever asks for it. None when the file is gone."""
    try:
        opened = field_file.open("rb")
    except FileNotFoundError:
        return None
    with opened, Image.open(opened) as image:
        if image.format == "JPEG":  # decodes at a fraction of the size, far faster
            image.draft("RGB", (longest_side, longest_side))
        picture = image.convert("RGB")
    picture.thumbnail((longest_side, longest_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()
