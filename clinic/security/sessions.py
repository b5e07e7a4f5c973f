"""Where an account is signed in: a row per signed-in browser, naming its session in the
database, so that the person can see them and end the others, and a clinic admin can end
them all (a lost tablet)."""

import re
import time

from django.contrib.sessions.models import Session
from django.utils import timezone

from clinic.network import client_address
from clinic.security.models import SignedInSession

# The last-seen time of a session row is written at most this often.
SEEN_EVERY_SECONDS = 5 * 60
SEEN_KEY = "seen_recorded"

BROWSERS = [("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")]
SYSTEMS = [
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Android", "Android"),
    ("Windows", "Windows"),
    ("Mac OS X", "Mac"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
]


def device_label(request):
    """'Firefox on Windows', from the browser's User-Agent; 'A browser' when it says little."""
    agent = request.META.get("HTTP_USER_AGENT", "")[:500]
    browser = next((name for mark, name in BROWSERS if mark in agent), None)
    system = next((name for mark, name in SYSTEMS if re.search(re.escape(mark), agent)), None)
    if browser and system:
        return f"{browser} on {system}"
    return browser or system or "A browser"


def note_sign_in(request, user):
    """Called on every sign-in (user_logged_in), once the session has its new key."""
    request.session.save()
    SignedInSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={
            "user": user,
            "device": device_label(request),
            "ip_address": client_address(request),
            "signed_in_at": timezone.now(),
            "last_seen_at": timezone.now(),
        },
    )
    request.session[SEEN_KEY] = int(time.time())


def note_sign_out(request, user):
    if request.session.session_key:
        SignedInSession.objects.filter(session_key=request.session.session_key).delete()


def note_new_key(request, old_key):
    """The session got a new key (a password change keeps the person signed in that way)."""
    request.session.save()
    SignedInSession.objects.filter(session_key=old_key).update(
        session_key=request.session.session_key
    )


def touch(request):
    """Records the last-seen time, at most every SEEN_EVERY_SECONDS; reads nothing."""
    now = int(time.time())
    if now - request.session.get(SEEN_KEY, 0) < SEEN_EVERY_SECONDS:
        return
    request.session[SEEN_KEY] = now
    if request.session.session_key:
        SignedInSession.objects.filter(session_key=request.session.session_key).update(
            last_seen_at=timezone.now(), ip_address=client_address(request)
        )


def live_sessions(user):
    """The account's sessions that have not run out (one left by a closed browser stays
    in the database until it expires)."""
    live = Session.objects.filter(expire_date__gt=timezone.now()).values("session_key")
    return user.signed_in_sessions.filter(session_key__in=live)


def end_sessions(rows):
    """Signs out the sessions of these SignedInSession rows, wherever they are."""
    keys = list(rows.values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    return SignedInSession.objects.filter(session_key__in=keys).delete()[0]


def sign_out_others(request, user):
    others = SignedInSession.objects.filter(user=user).exclude(
        session_key=request.session.session_key
    )
    return end_sessions(others)


def sign_out_everywhere(user):
    return end_sessions(SignedInSession.objects.filter(user=user))


class LastSeenMiddleware:
    """Keeps each signed-in session's last-seen time, written at most every few minutes
    (the session remembers when it last wrote), so an ordinary page reads nothing more."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            touch(request)
        return self.get_response(request)
