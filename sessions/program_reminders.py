"""Home-program reminders, sent by the task worker: on the days and at the time a client
chose, an email that says it is time for their exercises, with a link to the program and
one to stop the reminders (one click, RFC 8058). Nothing clinical: no exercise, no pain.

Exactly once, as the session reminders (sessions/booking_mail.py): `enqueue_reminders`
makes one row per due moment and queues it; the worker locks the row and marks it sent in
the transaction that sends the mail, so a second worker finds it sent and a worker killed
mid-send leaves it for the next run."""

import datetime

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sessions.models import HomeProgram
from sessions.models.reminders import LATE_AFTER, ProgramReminder, ProgramReminderSend

STOP_SALT = "care.program-reminder-stop"


def stop_token(reminder):
    return signing.dumps(reminder.pk, salt=STOP_SALT)


def reminder_from_token(token):
    """The reminder a stop link is for, or None. The link never expires: an old email
    must still turn the reminders off."""
    try:
        pk = signing.loads(token, salt=STOP_SALT)
    except signing.BadSignature:
        return None
    return ProgramReminder.objects.filter(pk=pk).first() if isinstance(pk, int) else None


def mail_for(reminder):
    client = reminder.client
    stop_url = settings.SITE_URL + reverse("portal:reminders_stop", args=[stop_token(reminder)])
    context = {
        "client": client,
        "clinic": client.clinic,
        "program_url": settings.SITE_URL + reverse("portal:home"),
        "settings_url": settings.SITE_URL + reverse("portal:reminders"),
        "stop_url": stop_url,
    }
    language = client.user.preferred_language() if client.user else client.clinic.language
    with translation.override(language):
        message = EmailMultiAlternatives(
            subject=_("Time for your exercises, from %(clinic)s") % {"clinic": client.clinic.name},
            body=render_to_string("portal/email/program_reminder.txt", context),
            to=[client.email],
            headers={
                "List-Unsubscribe": f"<{stop_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(
            render_to_string("portal/email/program_reminder.html", context), "text/html"
        )
    return message


def worth_sending(reminder, due_at, now):
    client = reminder.client
    return (
        reminder.is_due_at(due_at)
        and now - due_at <= LATE_AFTER
        and client.email
        and client.archived_at is None
        and HomeProgram.objects.current_of(client).exists()
    )


@task
def send_program_reminder(send_pk):
    """Sends one due reminder, exactly once (see the module's docstring)."""
    with transaction.atomic():
        send = (
            ProgramReminderSend.objects.select_for_update()
            .filter(pk=send_pk, sent_at__isnull=True, skipped=False)
            .first()
        )
        if send is None:
            return "already sent"
        reminder = ProgramReminder.objects.select_related("client__clinic", "client__user").get(
            pk=send.reminder_id
        )
        if not worth_sending(reminder, send.due_at, timezone.now()):
            send.skipped = True
            send.save(update_fields=["skipped"])
            return "skipped"
        mail_for(reminder).send()
        send.sent_at = timezone.now()
        send.save(update_fields=["sent_at"])
        return "sent"


def enqueue_program_reminders(now=None):
    """Makes the rows of the reminders due now and queues each unsent one not queued
    already (or queued long ago by a worker that died). Returns how many were queued."""
    now = now or timezone.now()
    for reminder in ProgramReminder.objects.filter(enabled=True).exclude(weekdays=""):
        due = reminder.last_due(now)
        if due is not None and now - due <= LATE_AFTER:
            ProgramReminderSend.objects.get_or_create(reminder=reminder, due_at=due)
    retry = now - datetime.timedelta(seconds=settings.REMINDER_RETRY_SECONDS)
    waiting = ProgramReminderSend.objects.filter(
        sent_at__isnull=True, skipped=False, due_at__gte=now - LATE_AFTER
    )
    queued = 0
    for send in waiting.filter(enqueued_at__isnull=True) | waiting.filter(enqueued_at__lte=retry):
        with transaction.atomic():
            claimed = ProgramReminderSend.objects.filter(
                pk=send.pk, enqueued_at=send.enqueued_at
            ).update(enqueued_at=now)
            if claimed:
                send_program_reminder.enqueue(send.pk)
                queued += 1
    return queued
