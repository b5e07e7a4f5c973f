"""Public pages reached from mail or a calendar app, guarded by what the URL carries:
the signed link of a reminder (confirm or cancel) and the secret token of a calendar feed."""

import hashlib
import zoneinfo

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import quote_etag
from django.views.decorators.cache import never_cache

from sessions import booking, ics
from sessions.booking_mail import notify, session_from_token
from sessions.models import BookingSettings, CalendarFeed, Reminder


@never_cache
def link(request, token):
    """A reminder's link: the session, and buttons to confirm it or to cancel it."""
    session = session_from_token(token)
    if session is None:
        return render(request, "sessions/booking_link.html", {"broken": True}, status=404)
    clinic = session.plan.client.clinic
    timezone.activate(zoneinfo.ZoneInfo(clinic.time_zone))
    settings = BookingSettings.of(clinic)
    done = None
    if request.method == "POST" and request.POST.get("answer") == "confirm":
        Reminder.objects.filter(session=session, confirmed_at__isnull=True).update(
            confirmed_at=timezone.now()
        )
        done = "confirmed"
    elif request.method == "POST" and request.POST.get("answer") == "cancel":
        if booking.client_may_change(session):
            booking.cancel(session)
            notify(session, "cancelled")
            done = "cancelled"
        else:
            done = "too_late"
    context = {
        "session": session,
        "clinic": clinic,
        "settings": settings,
        "done": done,
        "may_cancel": booking.client_may_change(session),
    }
    return render(request, "sessions/booking_link.html", context)


def feed(request, token):
    """A calendar feed, read-only: only the client's first name and the session number."""
    found = get_object_or_404(
        CalendarFeed.objects.live().select_related("clinic", "practitioner__user"), token=token
    )
    if found.practitioner_id and not found.practitioner.user.is_active:
        raise Http404
    name = f"{found.clinic.name}: {found.practitioner or 'all practitioners'}"
    body = ics.feed(name, found.rows())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="sessions.ics"'
    # Calendar apps poll the feed: an unchanged one answers 304. Names are in it, so no
    # shared cache may keep it (a signed-in browser gets no-store, as on every page).
    if not request.user.is_authenticated:
        response["Cache-Control"] = "private, no-cache"
    response["ETag"] = quote_etag(hashlib.blake2b(body, digest_size=16).hexdigest())
    return get_conditional_response(request, etag=response["ETag"], response=response)
