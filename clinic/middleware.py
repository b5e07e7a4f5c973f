import time
import zoneinfo
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

# The last-seen time is stored at most this often, so reading pages rarely writes.
TOUCH_EVERY_SECONDS = 60


class ClinicTimeZoneMiddleware:
    """Shows dates and times in the time zone of the signed-in user's clinic."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        clinic = request.user.clinic if request.user.is_authenticated else None
        if clinic:
            timezone.activate(zoneinfo.ZoneInfo(clinic.time_zone))
        else:
            timezone.deactivate()
        return self.get_response(request)


class UserLanguageMiddleware:
    """Signed in, people read the language they chose, else their clinic's; signed out,
    Django's LocaleMiddleware has already followed the browser."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            translation.activate(request.user.preferred_language())
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


def start_idle_clock(sender, request, user, **kwargs):
    """Every way of signing in starts the idle clock, so no page view has to."""
    request.session["last_seen"] = int(time.time())


class IdleTimeoutMiddleware:
    """Signs out a user who has been idle too long: practitioners after
    PRACTITIONER_IDLE_MINUTES, everyone else after CLIENT_IDLE_MINUTES."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get("last_seen", now)
            minutes = (
                settings.PRACTITIONER_IDLE_MINUTES
                if request.user.is_practitioner or request.user.is_staff
                else settings.CLIENT_IDLE_MINUTES
            )
            if now - last_seen > minutes * 60:
                logout(request)
                messages.info(request, _("You were signed out after a while without activity."))
                return redirect_to_login(request.get_full_path())
            if now - last_seen >= TOUCH_EVERY_SECONDS:
                request.session["last_seen"] = now
        return self.get_response(request)


class PrivatePagesMiddleware:
    """Every answer to a signed-in user holds health data, or says something about it: no
    cache may keep it, neither a shared one nor the browser's after signing out. Answers
    without a Cache-Control get `no-store`; one a view set is kept, made `private`.
    Static files are answered before this (by whitenoise) and keep their long cache.
    The one copy kept on purpose is the portal's offline one: a page the portal marks with
    `X-Offline-Cache` goes into that client's own Cache Storage, outside the HTTP cache, and
    is emptied at sign-out (sessions/portal/offline.py, static/js/offline.js)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            if response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)
            else:
                response["Cache-Control"] = "no-store"
        return response


class PermissionsPolicyMiddleware:
    """Sends the Permissions-Policy header on every answer: PERMISSIONS_POLICY, the browser
    features no page of the app uses (camera, microphone, location, payment…), switched off
    for the page and anything it embeds. A view that needs one allows it for its own answer
    with `@permissions_policy(camera=["self"])`, or by setting `response.permissions_policy`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = {**settings.PERMISSIONS_POLICY, **getattr(response, "permissions_policy", {})}
        response.headers.setdefault("Permissions-Policy", permissions_policy_header(policy))
        return response


def permissions_policy(**features):
    """Allows features for one view's answers, e.g. `@permissions_policy(camera=["self"])`;
    write display-capture as display_capture."""
    allowed = {name.replace("_", "-"): origins for name, origins in features.items()}

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response.permissions_policy = {**getattr(response, "permissions_policy", {}), **allowed}
            return response

        return wrapped

    return decorator


def permissions_policy_header(policy):
    """{"camera": [], "fullscreen": ["self", "https://video.example"]} as
    'camera=(), fullscreen=(self "https://video.example")'."""
    return ", ".join(f"{feature}={allowlist(origins)}" for feature, origins in policy.items())


def allowlist(origins):
    if "*" in origins:
        return "*"
    return "(" + " ".join(o if o == "self" else f'"{o}"' for o in origins) + ")"
