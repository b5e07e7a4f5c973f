from django.core.management.base import BaseCommand, CommandError

from clinic.models import Clinic
from sessions.export import ExportError, dumps, export_clinic


class Command(BaseCommand):
    help = (
        "Writes every row of one clinic as JSON, for import_clinic on another server. "
        "Shared library rows are referenced by slug or name; image files are not included."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The clinic's slug, e.g. harbour.")
        parser.add_argument("--output", "-o", help="Write to this file instead of stdout.")

    def handle(self, *args, slug, output=None, **options):
        try:
            clinic = Clinic.objects.get(slug=slug)
        except Clinic.DoesNotExist:
            raise CommandError(f"There is no clinic with the slug “{slug}”.") from None
        try:
            data = export_clinic(clinic)
        except ExportError as error:
            raise CommandError(str(error)) from None
        text = dumps(data, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stderr.write(f"Wrote {len(data['objects'])} rows of {clinic.name} to {output}.")
        else:
            self.stdout.write(text)
