"""Reminds clients to fill in their intake two days before their first session."""

import os

from django.conf import settings
from django.core.management.base import BaseCommand

from sessions.reminders import send_intake_reminders


class Command(BaseCommand):
    help = (
        "Emails each client whose first session is within two days and whose intake is not "
        "sent yet, once. Run it every hour from cron or a systemd timer; running it twice "
        "sends nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=os.environ.get("DJANGO_SITE_URL")
            or f"https://{settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else 'localhost'}",
            help="The address clients open the app at, e.g. https://notes.example.org "
            "(default: DJANGO_SITE_URL, else the first allowed host).",
        )

    def handle(self, *args, base_url, **options):
        sent, failed = send_intake_reminders(base_url)
        self.stdout.write(
            f"Intake reminders: {sent} sent, {failed} not accepted by the mail server."
        )
        if failed:
            self.stderr.write("Those not accepted will be tried again on the next run.")
