import ipaddress

from django.conf import settings


def client_address(request):
    """The visitor's address. Behind PROXY_COUNT proxies of our own, each appends the
    address it heard from to X-Forwarded-For, so the visitor's is that many entries from
    the right; entries further left are whatever the visitor sent, and are not trusted."""
    count = settings.PROXY_COUNT
    if count:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= count and valid(forwarded[-count].strip()):
            return forwarded[-count].strip()
    return request.META.get("REMOTE_ADDR") or None


def valid(address):
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True
