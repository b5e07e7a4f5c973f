"""The portal as an installable app that works offline: its manifest, its icons, its service
worker, and the endpoint that takes the ticks a client's device kept while offline.

What the service worker keeps is the signed-in client's own: their program page and its
pictures go into a cache named after them (`cache_name`), which the page tells the worker
and which is emptied at sign-out (static/js/offline.js). Practitioner pages are never kept.
"""

import functools
import hashlib
import io
import json
import math

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from PIL import Image, ImageDraw

from clinic.access import client_required
from sessions.models import AdherenceEntry, ProgramItem
from sessions.portal.forms import SyncForm, log_form

THEME_COLOUR = "#164f44"  # --accent-dark in static/css/app.css
BACKGROUND_COLOUR = "#f3f6f5"  # --wash
ICON_SIZES = (192, 512)


def cache_name(client):
    """The name of the client's own offline cache: stable for them, meaningless to others."""
    return salted_hmac("portal-offline-cache", client.pk, algorithm="sha256").hexdigest()[:20]


def manifest(request):
    client = (
        request.user.client_profile
        if request.user.is_authenticated and request.user.is_client
        else None
    )
    owner = client.clinic.name if client else "Bodywork Notes"
    name = _("%(clinic)s · my program") % {"clinic": owner}
    icons = [
        {"src": static("favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        *(
            {
                "src": reverse("portal:icon", args=[size]),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in ICON_SIZES
        ),
    ]
    data = {
        "name": name,
        "short_name": _("My program"),
        "description": _("Your home exercises, with or without a connection."),
        "lang": get_language(),
        "id": reverse("portal:home"),
        "start_url": reverse("portal:home"),
        "scope": reverse("portal:home"),
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": BACKGROUND_COLOUR,
        "icons": icons,
    }
    return JsonResponse(data, content_type="application/manifest+json")


def icon(request, size):
    if size not in ICON_SIZES:
        raise Http404
    return HttpResponse(icon_png(size), content_type="image/png")


@functools.cache
def icon_png(size):
    """The favicon's mark, drawn again at `size`: a white stroke on the theme colour, with
    the margin a maskable icon needs so a round crop keeps all of it."""
    image = Image.new("RGB", (size, size), THEME_COLOUR)
    draw = ImageDraw.Draw(image)
    unit = size / 32
    points = [(16 + 3.4 * dx, 8 + 16 * t) for t, dx in _curve()]
    draw.line([(x * unit, y * unit) for x, y in points], fill="white", width=round(2.6 * unit))
    for x, y in (points[0], points[-1]):
        r = 1.3 * unit
        draw.ellipse([x * unit - r, y * unit - r, x * unit + r, y * unit + r], fill="white")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _curve(steps=40):
    """An S, like the favicon's path: a half wave to the left, then one to the right."""
    return [(i / steps, -math.sin(2 * math.pi * i / steps)) for i in range(steps + 1)]


def service_worker(request):
    """The worker, versioned by a hash of what it is and what it keeps, so a new release of
    the CSS or of the worker itself replaces the old caches."""
    context = {
        "home": reverse("portal:home"),
        "static_prefix": settings.STATIC_URL,
        "precache_json": json.dumps(precache_urls()),
    }
    body = render_to_string("portal/sw.js", context)
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    response = HttpResponse(
        body.replace("__VERSION__", version), content_type="text/javascript; charset=utf-8"
    )
    # Browsers look for a new worker on every visit; no cache may keep an old one.
    response["Cache-Control"] = "no-store"
    return response


def precache_urls():
    files = [
        "css/app.css",
        "django_htmx/htmx-2.min.js",
        "js/hold_timer.js",
        "js/offline.js",
        "favicon.svg",
    ]
    return [static(name) for name in files]


@require_POST
@client_required
def sync_done(request, item_key):
    """A "Done today" the client's device kept while offline, sent with the key the device
    made for it. Sending it again (a retry after a lost answer) logs nothing more. A tick
    that cannot be kept answers 200 too, like an invalid form: its "status" and "message"
    say why, and the page shows the message."""
    client = request.user.client_profile
    items = ProgramItem.objects.seen_by(client).select_related("program", "exercise")
    ticked = get_object_or_404(items, key=item_key)
    form = SyncForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"status": "refused", "message": form.first_error()})
    item = ticked.in_current_program()
    if item is None:
        name = client.clinic.worded(ticked.exercise.name)
        message = _("“%(name)s” is no longer in your program, so that tick was not kept.") % {
            "name": name
        }
        return JsonResponse({"status": "removed", "message": message})
    day = timezone.localtime(form.cleaned_data["done_at"], client.clinic.zone()).date()
    message = ticked.program.late_tick_problem(day, client.clinic)
    if message:
        return JsonResponse({"status": "refused", "message": message})
    fields = {name: form.cleaned_data[name] for name in ("pain", "comment")}
    entry, created = AdherenceEntry.objects.log_once(item, day, form.cleaned_data["key"], **fields)
    answer = {"status": "saved" if created else "kept", "day": day.isoformat()}
    if day == client.clinic.today():
        item.today_entry, item.form = entry, log_form(item)
        context = {"client": client, "item": item}
        answer["html"] = render_to_string("portal/home.html#item-log", context, request=request)
    return JsonResponse(answer)


def offline_page(view):
    """Marks a view's answer as the client's program page, which the service worker keeps
    in that client's own cache (and in no other)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response["X-Offline-Cache"] = cache_name(request.user.client_profile)
        return response

    return wrapped


def offline_context(client, program):
    """What the portal page tells the offline script (templates/portal/includes/offline.html)."""
    return {
        "offline_cache": cache_name(client),
        "offline_rendered": timezone.now(),
        "offline_version": f"{program.pk}:{program.version}" if program else "",
    }
