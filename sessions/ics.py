"""iCalendar (RFC 5545) for sessions: the feeds and the attachments of booking mail.
An event says no more than the client's first name and the session number, in the active
language (booking mail renders in the client's)."""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

PRODID = "-//Bodywork Notes//Booking//EN"


def event_for(session, *, for_client=False, cancelled=False):
    ends = session.scheduled_at + datetime.timedelta(minutes=session.duration_minutes)
    if for_client:
        summary = _("Session %(number)s with %(name)s") % {
            "number": session.number,
            "name": session.practitioner.user.get_short_name(),
        }
    else:
        summary = _("%(name)s: session %(number)s") % {
            "name": session.plan.client.first_name,
            "number": session.number,
        }
    event = icalendar.Event.new(
        uid=f"session-{session.pk}@{settings.SITE_URL.split('//')[-1]}",
        summary=summary,
        start=session.scheduled_at.astimezone(datetime.UTC),
        end=ends.astimezone(datetime.UTC),
        stamp=timezone.now().astimezone(datetime.UTC),
        sequence=session.version,
        status="CANCELLED" if cancelled else "CONFIRMED",
    )
    return event


def calendar(name, sessions, **options):
    cal = icalendar.Calendar.new(
        prodid=PRODID,
        name=name,
        method="CANCEL" if options.get("cancelled") else None,
        subcomponents=[event_for(session, **options) for session in sessions],
    )
    return cal.to_ical()
