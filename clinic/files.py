"""Serving uploaded files: only through views that have checked who is asking."""

import mimetypes
import re

from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse


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


def private_bytes_response(content, content_type):
    """Bytes made from a private file (a smaller copy of a photo), kept as privately."""
    if content is None:
        raise Http404
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = "private, no-store"
    return response


RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
UNSATISFIABLE = "unsatisfiable"
CHUNK_BYTES = 64 * 1024


def requested_range(header, size):
    """(first, last) byte, both included, of a Range header of one range; None for the whole
    file (no header, or one this does not serve, such as several ranges); UNSATISFIABLE
    when the range lies past the end."""
    match = RANGE.match((header or "").strip())
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # the last N bytes
        if int(last) == 0 or size == 0:
            return UNSATISFIABLE
        return max(0, size - int(last)), size - 1
    first = int(first)
    if first >= size:
        return UNSATISFIABLE
    last = int(last) if last else size - 1
    if last < first:
        return None
    return first, min(last, size - 1)


def read_range(opened, first, length):
    """Yields `length` bytes from `first` on, closing the file at the end. Seeks and reads,
    so it works on any storage's file. A file of the S3 storage (django-storages) would
    download the whole object before its first read: it is asked for the range alone."""
    s3_object = getattr(getattr(opened, "file", None), "obj", None)
    try:
        if s3_object is not None and hasattr(s3_object, "get"):
            if length > 0:
                wanted = f"bytes={first}-{first + length - 1}"
                yield from s3_object.get(Range=wanted)["Body"].iter_chunks(CHUNK_BYTES)
            return
        opened.seek(first)
        while length > 0:
            chunk = opened.read(min(CHUNK_BYTES, length))
            if not chunk:
                break
            length -= len(chunk)
            yield chunk
    finally:
        opened.close()


def private_range_response(request, field_file, content_type):
    """Like private_file_response, for a video: answers a Range header with the bytes asked
    for (206 and Content-Range, or 416 past the end), so a phone's player can seek."""
    if not field_file:
        raise Http404
    try:
        opened = field_file.open("rb")
        size = field_file.size
    except FileNotFoundError:
        raise Http404 from None
    wanted = requested_range(request.headers.get("Range"), size)
    if wanted == UNSATISFIABLE:
        opened.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
    else:
        first, last = wanted or (0, size - 1)
        length = max(0, last - first + 1)
        response = StreamingHttpResponse(
            read_range(opened, first, length),
            status=206 if wanted else 200,
            content_type=content_type,
        )
        response["Content-Length"] = str(length)
        if wanted:
            response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Accept-Ranges"] = "bytes"
    response["Cache-Control"] = "private, no-store"
    return response
