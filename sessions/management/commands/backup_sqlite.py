"""A consistent copy of the live SQLite database, taken while the app keeps running."""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Copies the SQLite database with SQLite's online backup API (safe while the app "
        "runs) and checks the copy's integrity. For PostgreSQL use pg_dump."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            help="Where to write the copy; default backups/db-YYYYmmdd-HHMMSS.sqlite3.",
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)

    def handle(self, *args, path=None, database=DEFAULT_DB_ALIAS, **options):
        source = database_file(settings.DATABASES[database])
        if path:
            target = Path(path)
        else:
            stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
            target = Path(settings.BASE_DIR) / "backups" / f"db-{stamp}.sqlite3"
        try:
            size = backup(source, target)
        except (BackupError, sqlite3.Error) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Backed up {source} to {target} ({human_size(size)}).")
        )
        self.stdout.write("The copy passed SQLite's integrity check.")


class BackupError(Exception):
    pass


def database_file(settings_dict):
    if settings_dict["ENGINE"] != "django.db.backends.sqlite3":
        raise CommandError(
            "This database is not SQLite. For PostgreSQL, back up with "
            "`pg_dump -Fc` and restore with `pg_restore` (see README, Backups and export)."
        )
    name = str(settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name or not Path(name).is_file():
        raise CommandError(f"There is no SQLite database file at {name}.")
    return Path(name)


def backup(source, target):
    """Copies `source` to `target` in one step of the backup API, which reads a single
    consistent snapshot (in WAL mode writers carry on meanwhile). The copy is checked with
    PRAGMA integrity_check and only then moved into place. Returns its size in bytes."""
    target = Path(target)
    if target.exists():
        raise BackupError(f"{target} already exists; choose another path.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(source, timeout=30)) as live,
            closing(sqlite3.connect(partial)) as copy,
        ):
            live.backup(copy)
            # One self-contained file: no -wal or -shm beside the copy.
            copy.execute("PRAGMA journal_mode=DELETE")
            result = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupError(f"The copy failed SQLite's integrity check: {'; '.join(result)}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size


def human_size(size):
    for unit in ["bytes", "KB", "MB", "GB"]:
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
