"""backup_sqlite copies the live database while the app keeps writing to it."""

import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

import pytest
from django.conf import settings
from django.core.management import CommandError

from sessions.management.commands.backup_sqlite import BackupError, backup, database_file


@pytest.fixture
def live_db(tmp_path):
    """A WAL-mode database like the app's, with rows written in pairs: one transaction
    inserts both rows of a batch, so a consistent copy never holds half a batch."""
    path = tmp_path / "live.sqlite3"
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, batch INTEGER, note TEXT)")
        with db:
            for batch in range(100):
                db.executemany(
                    "INSERT INTO visit (batch, note) VALUES (?, ?)",
                    [(batch, "first half " * 20), (batch, "second half " * 20)],
                )
    return path


def rows_of(path):
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT batch, count(*) FROM visit GROUP BY batch").fetchall()


def integrity(path):
    with closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA integrity_check").fetchone()[0]


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(live_db, tmp_path):
    stop = threading.Event()
    written = []

    def write():
        with closing(sqlite3.connect(live_db, timeout=30)) as db:
            batch = 100
            while not stop.is_set():
                with db:
                    db.executemany(
                        "INSERT INTO visit (batch, note) VALUES (?, ?)",
                        [(batch, "first"), (batch, "second")],
                    )
                written.append(batch)
                batch += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(written) < 5 and writer.is_alive():
            stop.wait(0.01)
        copies = [backup(live_db, tmp_path / "backups" / f"copy-{n}.sqlite3") for n in range(5)]
    finally:
        stop.set()
        writer.join()

    assert all(size > 0 for size in copies)
    for n in range(5):
        copy = tmp_path / "backups" / f"copy-{n}.sqlite3"
        assert integrity(copy) == "ok"
        batches = rows_of(copy)
        assert len(batches) >= 100
        assert {count for _, count in batches} == {2}
        assert not (tmp_path / "backups" / f"copy-{n}.sqlite3-wal").exists()
        assert not (tmp_path / "backups" / f"copy-{n}.sqlite3.partial").exists()
    assert len(written) > 5
    assert len(rows_of(live_db)) == 100 + len(written)


def test_backup_never_overwrites_a_file(live_db, tmp_path):
    target = tmp_path / "old.sqlite3"
    target.write_text("an older backup")

    with pytest.raises(BackupError, match="already exists"):
        backup(live_db, target)

    assert target.read_text() == "an older backup"


def test_the_command_backs_up_the_database_the_settings_name(live_db, tmp_path):
    target = tmp_path / "nightly" / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{live_db}",
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "backup_sqlite", str(target)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert f"Backed up {live_db} to {target} (" in result.stdout
    assert "KB)" in result.stdout
    assert integrity(target) == "ok"
    assert rows_of(target) == rows_of(live_db)


def test_the_command_points_postgresql_users_to_pg_dump():
    with pytest.raises(CommandError, match="pg_dump -Fc"):
        database_file({"ENGINE": "django.db.backends.postgresql", "NAME": "notes"})


def test_the_command_refuses_an_in_memory_database():
    with pytest.raises(CommandError, match="no SQLite database file"):
        database_file({"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"})
