import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError

from sessions.export import ImportRefused, import_clinic


class Command(BaseCommand):
    help = (
        "Loads a clinic written by export_clinic, keeping its ids, into a database that does "
        "not have it yet (a freshly migrated one). Refuses, writing nothing, on any clash."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON file export_clinic wrote.")
        parser.add_argument(
            "--files", help="The folder of its uploaded files (default: the one it names)."
        )

    def handle(self, *args, file, files=None, **options):
        try:
            with open(file, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None
        except ValueError as error:
            raise CommandError(f"{file} is not valid JSON: {error}.") from None
        folder = files
        if folder is None and isinstance(data, dict) and data.get("files_folder"):
            folder = Path(file).resolve().parent / data["files_folder"]
        try:
            clinic = import_clinic(data, folder=folder)
        except ImportRefused as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        except (DeserializationError, DatabaseError) as error:
            raise CommandError(f"Nothing was imported: the file does not load ({error}).") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {clinic.name} ({clinic.slug}): {len(data['objects'])} rows."
            )
        )
        if isinstance(data, dict) and data.get("files"):
            self.stdout.write(f"Stored {len(data['files'])} uploaded files, each checked.")
