import getpass
import os
import zoneinfo

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email, validate_slug
from django.db import transaction
from django.urls import reverse

from clinic.models import Clinic, Practitioner, User
from sessions.models import Series

PASSWORD_VARIABLE = "CLINIC_ADMIN_PASSWORD"


class Command(BaseCommand):
    help = "Creates a clinic and its first admin, who can then invite the other practitioners."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="The clinic's name.")
        parser.add_argument("--slug", required=True, help="A short unique id, e.g. harbour.")
        parser.add_argument(
            "--time-zone", required=True, help="An IANA time zone, e.g. Europe/London."
        )
        parser.add_argument(
            "--stretch-word",
            choices=Clinic.StretchWord.values,
            default=Clinic.StretchWord.STRETCH,
            help="The word the clinic's clients see for stretches.",
        )
        parser.add_argument("--admin-email", required=True)
        parser.add_argument("--admin-name", required=True, help="The admin's full name.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help=f"Do not prompt: read the admin's password from ${PASSWORD_VARIABLE}.",
        )

    def handle(self, *args, **options):
        name = options["name"].strip()
        slug = options["slug"].strip()
        time_zone = options["time_zone"].strip()
        email = User.objects.normalize_email(options["admin_email"])
        full_name = options["admin_name"].strip()
        self.check_clinic(name, slug, time_zone)
        self.check_admin(email, full_name)

        admin = User(email=email, full_name=full_name)
        if options["interactive"]:
            password = self.ask_password(admin)
        else:
            password = self.password_from_environment(admin)

        with transaction.atomic():
            clinic = Clinic.objects.create(
                name=name,
                slug=slug,
                time_zone=time_zone,
                stretch_word=options["stretch_word"],
                # Health records: everyone signs in with a second step from the start.
                require_second_factor=True,
            )
            admin = User.objects.create_user(email, password, clinic=clinic, full_name=full_name)
            Practitioner.objects.create(user=admin, clinic=clinic, is_clinic_admin=True)
            Series.objects.install_defaults(clinic)

        self.stdout.write(
            self.style.SUCCESS(f"Created the clinic {clinic.name} ({clinic.slug}, {time_zone}).")
        )
        self.stdout.write(f"Created its admin {admin.full_name} <{admin.email}>.")
        self.stdout.write("Added the standard series templates; edit them under Series.")
        self.stdout.write(
            "Everyone signs in with a second step (an authenticator app or a passkey); "
            "change that in Clinic settings."
        )
        self.stdout.write(f"Sign in at {reverse('login')} to invite the other practitioners.")

    def check_clinic(self, name, slug, time_zone):
        if not name:
            raise CommandError("The clinic needs a name.")
        try:
            validate_slug(slug)
        except ValidationError:
            raise CommandError(
                f"The slug “{slug}” is not valid: use letters, numbers, - and _."
            ) from None
        if Clinic.objects.filter(slug=slug).exists():
            raise CommandError(f"A clinic with the slug “{slug}” already exists.")
        if time_zone not in zoneinfo.available_timezones():
            raise CommandError(
                f"“{time_zone}” is not a known time zone. Use a name such as Europe/London "
                "or America/Chicago."
            )

    def check_admin(self, email, full_name):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"“{email}” is not a valid email address.") from None
        if not full_name:
            raise CommandError("The admin needs a name.")

    def ask_password(self, admin):
        while True:
            try:
                password = getpass.getpass(f"Password for {admin.email}: ")
                again = getpass.getpass("The same password again: ")
            except (KeyboardInterrupt, EOFError):
                raise CommandError("Cancelled; nothing was created.") from None
            if password != again:
                self.stderr.write("The two passwords differ. Please try again.")
                continue
            problems = password_problems(password, admin)
            if problems:
                self.stderr.write("\n".join(problems))
                continue
            return password

    def password_from_environment(self, admin):
        password = os.environ.get(PASSWORD_VARIABLE, "")
        if not password:
            raise CommandError(
                f"With --no-input, set the admin's password in the {PASSWORD_VARIABLE} "
                "environment variable."
            )
        problems = password_problems(password, admin)
        if problems:
            raise CommandError(
                f"The password in {PASSWORD_VARIABLE} was refused: " + " ".join(problems)
            )
        return password


def password_problems(password, user):
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        return error.messages
    return []
