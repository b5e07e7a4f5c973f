from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render


def bad_request(request, exception):
    """A request Django could not take: most often one too large (see clinic.uploads)."""
    context = {
        "too_big": isinstance(exception, RequestDataTooBig),
        "upload_mb": settings.UPLOAD_MAX_BYTES // 1024**2,
        "text_kb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024,
    }
    return render(request, "400.html", context, status=400)
