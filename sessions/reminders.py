"""The intake reminder: two days before a client's first booked session, an email with the
link to "Before your first visit", if the intake is not sent yet, in the client's language.
Safe to run as often as
you like: each client is reminded once, and the intake row records when."""

import datetime
import smtplib

from django.core.mail import send_mail
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from clinic.models import Client
from sessions.models import Intake, TreatmentSession

REMIND_BEFORE = datetime.timedelta(days=2)


def clients_to_remind(now):
    """Clients with a portal sign-in whose first session is booked within two days and
    whose intake is neither sent nor reminded of yet."""
    Status = TreatmentSession.Status
    sessions = TreatmentSession.objects.filter(plan__client=OuterRef("pk"))
    soon = sessions.filter(
        status=Status.PLANNED, scheduled_at__gt=now, scheduled_at__lte=now + REMIND_BEFORE
    )
    given = sessions.filter(status=Status.COMPLETED)
    handled = Intake.objects.filter(client=OuterRef("pk")).exclude(
        submitted_at__isnull=True, reminder_sent_at__isnull=True
    )
    return (
        Client.objects.active()
        .filter(user__isnull=False, user__is_active=True)
        .exclude(email="")
        .filter(Exists(soon), ~Exists(given), ~Exists(handled))
        .select_related("clinic", "user")
    )


def first_booked(client, now):
    return (
        TreatmentSession.objects.filter(
            plan__client=client, status=TreatmentSession.Status.PLANNED, scheduled_at__gt=now
        )
        .order_by("scheduled_at")
        .first()
    )


def send_intake_reminders(base_url, now=None):
    """Sends the reminders due now. Returns (sent, failed) counts."""
    now = now or timezone.now()
    sent = failed = 0
    for client in clients_to_remind(now):
        intake, _ = Intake.objects.get_or_create(client=client)
        claimed = Intake.objects.filter(
            pk=intake.pk, submitted_at__isnull=True, reminder_sent_at__isnull=True
        ).update(reminder_sent_at=now)
        if not claimed:
            continue  # another run took it, or the client just sent it
        session = first_booked(client, now)
        context = {
            "client": client,
            "clinic": client.clinic,
            "session": session,
            "link": base_url.rstrip("/") + reverse("portal:intake"),
            "started": bool(intake.steps_done),
        }
        try:
            with translation.override(client.user.preferred_language()):
                send_mail(
                    subject=translation.gettext("Before your first visit to %(clinic)s")
                    % {"clinic": client.clinic.name},
                    message=render_to_string("portal/email/intake_reminder.txt", context),
                    from_email=None,
                    recipient_list=[client.email],
                )
        except (smtplib.SMTPException, OSError):
            Intake.objects.filter(pk=intake.pk).update(reminder_sent_at=None)
            failed += 1
        else:
            sent += 1
    return sent, failed
