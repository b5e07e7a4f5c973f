"""Serving uploaded files: only through views that have checked who is asking."""

import mimetypes

from django.http import FileResponse, Http404


def private_file_response(field_file):
    """The file of a FileField for the signed-in user alone: no cache keeps it, not even
    the browser's, so nothing is left behind on a shared computer after signing out."""
    if not field_file:
        raise Http404
    try:
        opened = field_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    response = FileResponse(opened, content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    return response
