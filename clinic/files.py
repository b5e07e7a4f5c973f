"""Serving uploaded files: only through views that have checked who is asking."""

import mimetypes

from django.http import FileResponse, Http404


def private_file_response(field_file):
    """The file of a FileField for the signed-in user alone: no shared cache keeps it."""
    if not field_file:
        raise Http404
    try:
        opened = field_file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    response = FileResponse(opened, content_type=content_type)
    response["Cache-Control"] = "private, max-age=3600"
    return response
