"""Posture photos in the exports (sessions/export.py): the clinic's rows, parents first (the
files themselves travel beside the JSON: sessions/export_files.py), and the client's own
photos in their record, each file inline."""

import base64

from sessions.models import Photo, SharedComparison


def photo_tables(clinic, sessions):
    return [
        (Photo, Photo.objects.filter(session__in=sessions)),
        (SharedComparison, SharedComparison.objects.filter(plan__client__clinic=clinic)),
    ]


def photo_record(client):
    """{"photos": [{"session", "series", "view", "taken_at", "taken_by", "width", "height",
    "content_type", "data" (the JPEG, base64), or "removed_at" for a photo removed since}]}"""
    photos = (
        Photo.objects.filter(session__plan__client=client)
        .select_related("session__plan__series", "taken_by__user")
        .order_by("session__scheduled_at", "created_at", "pk")
    )
    return {"photos": [_photo(photo) for photo in photos]}


def _photo(photo):
    entry = {
        "series": photo.session.plan.series.name,
        "session": photo.session.number,
        "view": photo.view_label,
        "taken_at": photo.created_at,
        "taken_by": str(photo.taken_by),
    }
    if photo.is_removed:
        return {**entry, "removed_at": photo.removed_at}
    try:
        with photo.image.open("rb") as file:
            data = base64.b64encode(file.read()).decode("ascii")
    except FileNotFoundError:
        return {**entry, "missing": True}
    return {
        **entry,
        "width": photo.width,
        "height": photo.height,
        "content_type": "image/jpeg",
        "data": data,
    }
