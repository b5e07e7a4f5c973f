from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address


def client_address(request):
    """The visitor's address. Behind PROXY_COUNT proxies of our own, each appends the
    address it heard from to X-Forwarded-For, so the visitor's is that many entries from
    the right; entries further left are whatever the visitor sent, and are not trusted."""
    count = settings.PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= count and is_address(forwarded[-count].strip()):
            return forwarded[-count].strip()
    return request.META.get("REMOTE_ADDR") or None


def is_address(text):
    """The check the audit trail's address column applies."""
    try:
        validate_ipv46_address(text)
    except ValidationError:
        return False
    return True
