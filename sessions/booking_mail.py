"""Booking mail, sent by the task worker: booked, moved and cancelled (each with an .ics
attachment) and the reminder before a session, with signed links to confirm or cancel.

Mail says only the date, the time, the practitioner and the clinic's name, in the client's
language (their own choice, else their clinic's). A reminder is
claimed in the transaction that sends it, so it goes out once however many workers run
and whichever of them dies (see send_reminder)."""

import datetime
import zoneinfo

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from sessions import ics
from sessions.models.booking import BookingSettings, PublicHold, Reminder
from sessions.models.intake import ConsentChoice
from sessions.models.treatment import TreatmentSession

LINK_SALT = "care.reminder-link"
SUBJECTS = {
    "booked": gettext_lazy("Your session at %(clinic)s is booked"),
    "moved": gettext_lazy("Your session at %(clinic)s has a new time"),
    "cancelled": gettext_lazy("Your session at %(clinic)s is cancelled"),
    "reminder": gettext_lazy("See you soon at %(clinic)s"),
}


def sessions_with_people():
    return TreatmentSession.objects.select_related(
        "plan__client__clinic", "plan__client__user", "plan__series", "practitioner__user"
    )


def client_language(client):
    """The language a client reads their mail in: their own choice, else their clinic's."""
    return client.user.preferred_language() if client.user else client.clinic.language


def link_token(session):
    return signing.dumps({"s": session.pk, "at": session.scheduled_at.isoformat()}, salt=LINK_SALT)


def session_from_token(token):
    """The planned session a reminder link is for, or None when the link is broken,
    older than the session, or for a time the session no longer has."""
    try:
        data = signing.loads(token, salt=LINK_SALT, max_age=datetime.timedelta(days=15))
    except signing.BadSignature:
        return None
    session = sessions_with_people().filter(pk=data.get("s")).first()
    if session is None or session.scheduled_at.isoformat() != data.get("at"):
        return None
    if session.scheduled_at < timezone.now():
        return None
    return session


def context_for(session, kind):
    clinic = session.plan.client.clinic
    zone = zoneinfo.ZoneInfo(clinic.time_zone)
    context = {
        "kind": kind,
        "clinic": clinic,
        "client": session.plan.client,
        "session": session,
        "when": session.scheduled_at.astimezone(zone),
        "practitioner": session.practitioner.user.full_name,
        "booking": BookingSettings.of(clinic),
        "portal_url": settings.SITE_URL + reverse("portal:home"),
    }
    if kind == "reminder":
        token = link_token(session)
        context["confirm_url"] = settings.SITE_URL + reverse("booking:link", args=[token])
    return context


def mail_for(session, kind):
    with translation.override(client_language(session.plan.client)):
        return build_mail(session, kind)


def build_mail(session, kind):
    context = context_for(session, kind)
    message = EmailMultiAlternatives(
        subject=SUBJECTS[kind] % {"clinic": context["clinic"].name},
        body=render_to_string("sessions/email/booking.txt", context),
        to=[session.plan.client.email],
    )
    message.attach_alternative(
        render_to_string("sessions/email/booking.html", context), "text/html"
    )
    if kind != "reminder":
        data = ics.calendar(
            context["clinic"].name, [session], for_client=True, cancelled=kind == "cancelled"
        )
        message.attach("session.ics", data, "text/calendar")
    return message


@task
def send_booking_mail(session_pk, kind):
    """Booked, moved or cancelled. Sent again if the task runs twice: news of a booking
    twice is harmless, and these are only enqueued once, after the change commits."""
    session = sessions_with_people().filter(pk=session_pk).first()
    if session is None or not session.plan.client.email:
        return
    mail_for(session, kind).send()


def notify(session, kind):
    """Enqueues the mail once the booking is committed."""
    transaction.on_commit(lambda: send_booking_mail.enqueue(session.pk, kind))


@task
def send_reminder(reminder_pk):
    """Sends one reminder, exactly once. The row is locked and marked in the transaction
    that sends the mail: a second worker waits for the lock and then finds it sent; a
    worker killed before the commit leaves it unsent, and `enqueue_reminders` queues it
    again."""
    with transaction.atomic():
        reminder = (
            Reminder.objects.select_for_update()
            .filter(pk=reminder_pk, sent_at__isnull=True, skipped=False)
            .first()
        )
        if reminder is None:
            return "already sent"
        session = sessions_with_people().get(pk=reminder.session_id)
        if (
            session.status != TreatmentSession.Status.PLANNED
            or session.scheduled_at != reminder.starts_at
            or not session.plan.client.email
            or not ConsentChoice.is_given(session.plan.client, ConsentChoice.Kind.REMINDERS)
        ):
            reminder.skipped = True
            reminder.save(update_fields=["skipped"])
            return "skipped"
        mail_for(session, "reminder").send()
        reminder.sent_at = timezone.now()
        reminder.save(update_fields=["sent_at"])
        return "sent"


def due_sessions(now):
    """Planned sessions whose reminder time has come, with their clinic's lead time."""
    from clinic.models import Clinic

    for clinic in Clinic.objects.all():
        booking = BookingSettings.of(clinic)
        lead = datetime.timedelta(hours=booking.reminder_hours)
        # Reminders are off until the client turns them on (privacy by default).
        reminders = ConsentChoice.newest_given(ConsentChoice.Kind.REMINDERS, "plan__client")
        yield from (
            TreatmentSession.objects.filter(
                plan__client__clinic=clinic,
                status=TreatmentSession.Status.PLANNED,
                scheduled_at__gt=now,
                scheduled_at__lte=now + lead,
            )
            .alias(reminders_wanted=reminders)
            .filter(reminders_wanted=True)
            .only("pk", "scheduled_at")
        )


def enqueue_due_reminders(now=None):
    """Makes the reminder rows that are due and queues each unsent one that is not queued
    already (or was queued long ago by a worker that died). Returns how many were queued."""
    now = now or timezone.now()
    PublicHold.release_expired(now)
    for session in due_sessions(now):
        Reminder.objects.get_or_create(session=session, starts_at=session.scheduled_at)
    retry = now - datetime.timedelta(seconds=settings.REMINDER_RETRY_SECONDS)
    queued = 0
    waiting = Reminder.objects.filter(sent_at__isnull=True, skipped=False, starts_at__gt=now)
    for reminder in waiting.filter(enqueued_at__isnull=True) | waiting.filter(
        enqueued_at__lte=retry
    ):
        with transaction.atomic():
            if Reminder.objects.filter(pk=reminder.pk, enqueued_at=reminder.enqueued_at).update(
                enqueued_at=now
            ):
                send_reminder.enqueue(reminder.pk)
                queued += 1
    return queued


@task
def send_public_mail(kind, clinic_pk, email, token, language=None):
    """The public page's mail: the link to confirm a first visit ("confirm"), or, for an
    address the clinic knows already, a pointer to the portal ("known"). In `language`,
    the one the visitor read the page in, else the clinic's."""
    from clinic.models import Clinic

    clinic = Clinic.objects.get(pk=clinic_pk)
    with translation.override(language or clinic.language):
        public_mail(kind, clinic, email, token).send()


def public_mail(kind, clinic, email, token):
    context = {
        "clinic": clinic,
        "kind": kind,
        "portal_url": settings.SITE_URL + reverse("portal:sessions"),
        "confirm_url": settings.SITE_URL + reverse("booking:public_confirm", args=[token])
        if token
        else "",
        "hold_minutes": 30,
    }
    message = EmailMultiAlternatives(
        subject=translation.gettext("Your first visit at %(clinic)s") % {"clinic": clinic.name},
        body=render_to_string("sessions/email/public_booking.txt", context),
        to=[email],
    )
    message.attach_alternative(
        render_to_string("sessions/email/public_booking.html", context), "text/html"
    )
    return message
