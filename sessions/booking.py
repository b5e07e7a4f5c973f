"""Making, moving and cancelling bookings, for the portal, the public page and the
practitioner's calendar.

No double booking: every booking, move and hand-made schedule re-checks the practitioner's
sessions inside its transaction, so the usual answer to a taken time is a plain message.
When two bookings race, each first locks the practitioner's row (hold), so on PostgreSQL
the second waits for the first to commit and its re-check then sees the winner. Behind that,
an exclusion constraint (session_no_overlap, sessions/models/overlap.py) refuses a second
planned session over the same time however the row is written: the loser's insert waits for
the winner's commit, then fails with an IntegrityError, or, when both inserts were checked
at once and each waits on the other, PostgreSQL ends one of them with a deadlock error. On
SQLite every transaction starts with the write lock (BEGIN IMMEDIATE), so the re-check and
the write happen with no other writer between them. Whichever way, the loser gets
SlotTaken, shown as a plain message, never an error page.
"""

import contextlib
import datetime

from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinic.models import Practitioner
from sessions.models.booking import LIVE_STATUSES, BookingSettings
from sessions.models.treatment import ScopeError, TreatmentSession
from sessions.slots import covers_number

SLOT_TAKEN = _(
    "Sorry, that time was taken a moment ago by someone else. Please choose another time."
)


class SlotTaken(Exception):
    """Another live session of the practitioner overlaps this time."""


class BookingClosed(Exception):
    """Past the cutoff, or outside the window the clinic books in."""


DEADLOCK_DETECTED = "40P01"  # PostgreSQL's SQLSTATE


@contextlib.contextmanager
def deciding_race():
    """A booking's transaction, in which losing a race to another booking is SlotTaken."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        raise SlotTaken from error
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) != DEADLOCK_DETECTED:
            raise
        raise SlotTaken from error


def hold(practitioner):
    """Lock the practitioner's row until the transaction ends, so that bookings for them
    take turns."""
    list(Practitioner.objects.select_for_update().filter(pk=practitioner.pk).values_list("pk"))


def overlaps(practitioner, starts, minutes, ignore=None):
    """Whether a live session of the practitioner overlaps this time. Called inside the
    booking's transaction, before the write (see the module's docstring for a race)."""
    ends = starts + datetime.timedelta(minutes=minutes)
    sessions = TreatmentSession.objects.filter(
        practitioner=practitioner,
        status__in=LIVE_STATUSES,
        scheduled_at__lt=ends,
        scheduled_at__gt=starts - datetime.timedelta(hours=8),
    )
    if ignore is not None:
        sessions = sessions.exclude(pk=ignore.pk)
    return any(
        at + datetime.timedelta(minutes=length) > starts
        for at, length in sessions.values_list("scheduled_at", "duration_minutes")
    )


def check_scope(plan, practitioner, number):
    if not covers_number(practitioner, plan.series, number):
        raise ScopeError(
            f"{practitioner} is not credentialled for session {number} of this series."
        )


def book(plan, practitioner, starts, minutes=None):
    """A planned session for the plan's next number, or SlotTaken / ScopeError."""
    with deciding_race():
        hold(practitioner)
        number = plan.next_number()
        check_scope(plan, practitioner, number)
        if minutes is None:
            minutes = BookingSettings.of(plan.client.clinic).minutes_for(plan.series, number)
        if overlaps(practitioner, starts, minutes):
            raise SlotTaken
        return TreatmentSession.objects.create(
            plan=plan,
            number=number,
            practitioner=practitioner,
            scheduled_at=starts,
            duration_minutes=minutes,
        )


PRACTITIONER_BUSY = _(
    "The practitioner already has a session booked at that time. Please choose another time "
    "or another practitioner."
)


def schedule(plan, data):
    """A session the practitioner schedules by hand (care:session_schedule), re-checked
    for overlap like every booking."""
    with deciding_race():
        hold(data["practitioner"])
        if overlaps(data["practitioner"], data["scheduled_at"], data["duration_minutes"]):
            raise SlotTaken
        return TreatmentSession.objects.create(
            plan=plan,
            number=data["number"],
            practitioner=data["practitioner"],
            scheduled_at=data["scheduled_at"],
            duration_minutes=data["duration_minutes"],
        )


def move(session, practitioner, starts):
    """The session at a new time (and perhaps with another allowed practitioner)."""
    with deciding_race():
        hold(practitioner)
        check_scope(session.plan, practitioner, session.number)
        if overlaps(practitioner, starts, session.duration_minutes, ignore=session):
            raise SlotTaken
        session.practitioner = practitioner
        session.scheduled_at = starts
        session.save(update_fields=["practitioner", "scheduled_at", "updated_at"])
        return session


def cancel(session):
    session.status = TreatmentSession.Status.CANCELLED
    session.save(update_fields=["status", "updated_at"])


def client_may_change(session, now=None):
    """A client changes their own session only while it is planned and before the cutoff."""
    settings = BookingSettings.of(session.plan.client.clinic)
    return session.status == TreatmentSession.Status.PLANNED and not settings.cutoff_passed(
        session, now or timezone.now()
    )
