from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify

from clinic.models import Client, Clinic
from sessions.export import ExportError, dumps, export_clinic
from sessions.export_files import FileProblem, copy_out
from sessions.fhir.bundle import client_bundle
from sessions.fhir.bundle import dumps as bundle_json


def files_folder_for(output):
    """harbour.json → harbour-files, beside it."""
    path = Path(output)
    return path.with_name(f"{path.stem}-files")


class Command(BaseCommand):
    help = (
        "Writes every row of one clinic as JSON, for import_clinic on another server, and its "
        "uploaded files (photos, clips, exercise pictures) into a folder beside it. Shared "
        "library rows are referenced by slug or name. With --fhir, also each client's record "
        "as a FHIR R4 bundle, in a folder beside it."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The clinic's slug, e.g. harbour.")
        parser.add_argument("--output", "-o", help="Write to this file instead of stdout.")
        parser.add_argument(
            "--fhir",
            action="store_true",
            help="Also write one FHIR R4 bundle per client into <output>-fhir/ (needs --output).",
        )
        parser.add_argument(
            "--files",
            help="The folder for the uploaded files (default: NAME-files beside --output).",
        )

    def handle(self, *args, slug, output=None, fhir=False, files=None, **options):
        try:
            clinic = Clinic.objects.get(slug=slug)
        except Clinic.DoesNotExist:
            raise CommandError(f"There is no clinic with the slug “{slug}”.") from None
        if fhir and not output:
            raise CommandError("--fhir writes files beside the export: give --output too.")
        try:
            data = export_clinic(clinic)
        except ExportError as error:
            raise CommandError(str(error)) from None
        if data["files"]:
            folder = Path(files) if files else files_folder_for(output) if output else None
            if folder is None:
                raise CommandError(
                    f"{clinic.name} has {len(data['files'])} uploaded files. Give --output FILE "
                    "(they go into a folder beside it) or --files FOLDER."
                )
            if folder.exists() and any(folder.iterdir()):
                raise CommandError(f"{folder} is not empty; choose another folder.")
            try:
                copy_out(data["files"], folder)
            except FileProblem as problem:
                raise CommandError(str(problem)) from None
            data["files_folder"] = folder.name if output and not files else str(folder.resolve())
        text = dumps(data, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text + "\n")
            self.stderr.write(
                f"Wrote {len(data['objects'])} rows of {clinic.name} to {output}"
                + (f" and {len(data['files'])} files to {folder}." if data["files"] else ".")
            )
        else:
            self.stdout.write(text)
        if fhir:
            self.write_bundles(clinic, Path(output))

    def write_bundles(self, clinic, output):
        folder = output.with_name(f"{output.stem}-fhir")
        folder.mkdir(exist_ok=True)
        clients = Client.objects.filter(clinic=clinic).select_related("clinic").order_by("pk")
        count = 0
        for client in clients:
            name = f"{client.pk}-{slugify(client.full_name) or 'client'}.fhir.json"
            (folder / name).write_text(bundle_json(client_bundle(client)) + "\n", "utf-8")
            count += 1
        self.stderr.write(f"Wrote {count} FHIR bundles to {folder}.")
