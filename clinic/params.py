"""What a request sent, made safe to query with."""


def search_text(request, name="q"):
    """What was typed into a search box: trimmed, capped, and without NUL characters,
    which PostgreSQL refuses in text."""
    return request.GET.get(name, "").replace("\x00", "").strip()[:100]


def posted_id(request, name):
    """The row id a form posted under `name`, or None when it is missing, not a number or
    beyond any id, so that a tampered value finds nothing instead of failing the query."""
    value = request.POST.get(name, "")
    if value.isascii() and value.isdigit() and len(value) <= 18:  # within a 64-bit key
        return int(value)
    return None
