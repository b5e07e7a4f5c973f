"""Load demo clinics, practitioners and clients for trying the app out.

The data is in sessions/demo/data.py and the code that writes it in sessions/demo/seed.py.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sessions.demo.data import PASSWORD
from sessions.demo.seed import seed_demo


class Command(BaseCommand):
    help = "Loads demo clinics, practitioners and clients. Only for development and demos."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load the demo data even though DEBUG is off.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password, so it only runs when "
                "DEBUG is on. Use --force if you really want demo data in this database."
            )
        self.print_sign_ins(seed_demo())

    def print_sign_ins(self, sign_ins):
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Sign in as:"))
        width = max(len(email) for email, _ in sign_ins)
        for email, role in sign_ins:
            self.stdout.write(f"  {email.ljust(width)}  {role}")
        self.stdout.write(f"Every demo account uses the password: {PASSWORD}")
