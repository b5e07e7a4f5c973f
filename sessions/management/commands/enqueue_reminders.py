"""Queues the session and home-program reminders that are due. Run it every few minutes
from cron or a systemd timer (see README); running it twice, or on two machines, sends
nothing twice."""

from django.core.management.base import BaseCommand

from sessions.booking_mail import enqueue_due_reminders
from sessions.program_reminders import enqueue_program_reminders


class Command(BaseCommand):
    help = "Queue the session and home-program reminders that are due for the task worker."

    def handle(self, *args, **options):
        queued = enqueue_due_reminders()
        self.stdout.write(f"{queued} reminder{'' if queued == 1 else 's'} queued.")
        queued = enqueue_program_reminders()
        self.stdout.write(f"{queued} program reminder{'' if queued == 1 else 's'} queued.")
