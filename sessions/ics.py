"""iCalendar (RFC 5545) for sessions: the feeds and the attachments of booking mail.
An event says no more than the client's first name and the session number, in the active
language (booking mail renders in the client's).

Our events are a handful of plain properties, so the text is written here: a feed of a
few hundred events costs a millisecond or two instead of tens through a general library.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

PRODID = "-//Bodywork Notes//Booking//EN"
UTC = datetime.UTC


def text(value):
    """A TEXT value, escaped (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line):
    """The content line with CRLF, folded at 75 octets, never inside a UTF-8 character
    (RFC 5545 3.1)."""
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        parts.append(data[start:end].decode())
        start, limit = end, 74  # a folded line starts with a space
    return "\r\n ".join(parts) + "\r\n"


def stamp(moment):
    """A UTC DATE-TIME; isoformat is several times quicker than strftime, and a feed has
    three of these an event."""
    iso = moment.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat()
    return iso.replace("-", "").replace(":", "") + "Z"


def host():
    return settings.SITE_URL.split("//")[-1]


def event(pk, summary, starts, minutes, version, *, updated=None, cancelled=False, at=None):
    """One VEVENT. DTSTAMP is when the event last changed in a feed, when the message was
    made in mail (RFC 5545 3.8.7.2: with or without a METHOD)."""
    ends = starts + datetime.timedelta(minutes=minutes)
    return (
        "BEGIN:VEVENT\r\n" + fold(f"SUMMARY:{text(summary)}") + f"DTSTART:{stamp(starts)}\r\n"
        f"DTEND:{stamp(ends)}\r\n"
        f"DTSTAMP:{stamp(updated or timezone.now())}\r\n"
        + fold(f"UID:session-{pk}@{at or host()}")
        + f"SEQUENCE:{version}\r\n"
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}\r\n"
        "END:VEVENT\r\n"
    )


def calendar_text(name, events, *, method=None):
    head = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:{PRODID}\r\n"
    if method:
        head += f"METHOD:{method}\r\n"
    head += fold(f"NAME:{text(name)}") + fold(f"X-WR-CALNAME:{text(name)}")
    return (head + "".join(events) + "END:VCALENDAR\r\n").encode()


def calendar(name, sessions, *, for_client=False, cancelled=False):
    """The calendar of a booking mail: its session, for the client or the practitioner."""
    events = []
    for session in sessions:
        if for_client:
            summary = _("Session %(number)s with %(name)s") % {
                "number": session.number,
                "name": session.practitioner.user.get_short_name(),
            }
        else:
            summary = feed_summary(session.plan.client.first_name, session.number)
        events.append(
            event(
                session.pk,
                summary,
                session.scheduled_at,
                session.duration_minutes,
                session.version,
                cancelled=cancelled,
            )
        )
    return calendar_text(name, events, method="CANCEL" if cancelled else None)


def feed_summary(first_name, number, words=None):
    words = words or _("%(name)s: session %(number)s")
    return words % {"name": first_name, "number": number}


def feed(name, rows):
    """A calendar feed from rows of (pk, first name, number, starts, minutes, version,
    updated at)."""
    at, words = host(), _("%(name)s: session %(number)s")
    return calendar_text(
        name,
        [
            event(
                pk,
                feed_summary(first_name, number, words),
                starts,
                minutes,
                version,
                updated=updated,
                at=at,
            )
            for pk, first_name, number, starts, minutes, version, updated in rows
        ],
    )
