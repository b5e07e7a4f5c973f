"""Each reminder goes out exactly once: with two workers running at once, and after a
worker is killed in the middle of sending it. The processes are the real ones: the
`enqueue_reminders` command that cron runs, and `manage.py db_worker`, against a SQLite
file of their own (as in tests/test_task_worker.py)."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

SET_UP = """
import datetime
from django.utils import timezone
from sessions.models import ConsentChoice
from tests import factories
clinic = factories.ClinicFactory(name="Harbour", slug="harbour")
practitioner = factories.CredentialFactory(practitioner__clinic=clinic).practitioner
client = factories.ClientFactory(clinic=clinic, first_name="Ada", email="ada@example.org")
plan = factories.PlanFactory(client=client, lead=practitioner, series__clinic=clinic)
ConsentChoice.objects.create(client=client, kind="reminders", granted=True)
factories.TreatmentSessionFactory(
    plan=plan, number=1, scheduled_at=timezone.now() + datetime.timedelta(hours=20)
)
"""
SENT = """
from sessions.models import Reminder
print([(r.sent_at is not None, r.skipped) for r in Reminder.objects.all()])
"""


def environment(tmp_path, **extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "TEST_MAIL", "REMINDER_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.reminder_worker_settings",
        DJANGO_SECRET_KEY="worker-test-key-3b8e1f6a9c2d4e7f0a5b8c1d3e6f9a2b4c7d0e3f5a8b",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'worker.sqlite3'}",
        TEST_MAIL_DIR=str(tmp_path / "mail"),
        REMINDER_RETRY_SECONDS="0",
        **extra,
    )
    return env


def start(tmp_path, *args, **extra):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=environment(tmp_path, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def manage(tmp_path, *args, **extra):
    process = start(tmp_path, *args, **extra)
    stdout, stderr = process.communicate(timeout=90)
    assert process.returncode == 0, stderr[-3000:]
    return stdout


def mails(tmp_path):
    folder = Path(tmp_path / "mail")
    return [path.read_text() for path in folder.iterdir()] if folder.exists() else []


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """The database after the set-up, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("migrated")
    manage(folder, "migrate", "--noinput")
    manage(folder, "shell", "--no-imports", "-c", SET_UP)
    return folder / "worker.sqlite3"


def prepared(tmp_path, migrated):
    shutil.copy(migrated, tmp_path / "worker.sqlite3")


def test_two_workers_at_once_send_the_reminder_once(tmp_path, migrated):
    prepared(tmp_path, migrated)
    # Queued twice, as when cron runs again before a worker got to it.
    assert "1 reminder queued" in manage(tmp_path, "enqueue_reminders")
    assert "1 reminder queued" in manage(tmp_path, "enqueue_reminders")
    workers = [start(tmp_path, "db_worker", "--batch", "--interval", "0.1") for _ in range(2)]
    for worker in workers:
        _, stderr = worker.communicate(timeout=90)
        assert worker.returncode == 0, stderr[-3000:]
    sent = mails(tmp_path)
    assert len(sent) == 1
    assert "To: ada@example.org" in sent[0] and "See you soon at Harbour" in sent[0]
    assert manage(tmp_path, "shell", "--no-imports", "-c", SENT).strip() == "[(True, False)]"


def test_a_worker_killed_while_sending_leaves_the_reminder_for_the_next_one(tmp_path, migrated):
    prepared(tmp_path, migrated)
    manage(tmp_path, "enqueue_reminders")
    marker = tmp_path / "sending"
    doomed = start(tmp_path, "db_worker", "--interval", "0.1", TEST_MAIL_HANG=str(marker))
    try:
        for _ in range(600):  # up to a minute for the worker to start and reach the send
            if marker.exists() or doomed.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), doomed.stderr.read()[-3000:] if doomed.poll() is not None else ""
    finally:
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(30)
    assert mails(tmp_path) == []
    assert manage(tmp_path, "shell", "--no-imports", "-c", SENT).strip() == "[(False, False)]"

    # cron runs again: the reminder is queued anew, and a healthy worker sends it.
    assert "1 reminder queued" in manage(tmp_path, "enqueue_reminders")
    manage(tmp_path, "db_worker", "--batch", "--interval", "0.1")
    assert len(mails(tmp_path)) == 1
    assert manage(tmp_path, "shell", "--no-imports", "-c", SENT).strip() == "[(True, False)]"
    # And again: nothing more goes out.
    assert "0 reminders queued" in manage(tmp_path, "enqueue_reminders")
    manage(tmp_path, "db_worker", "--batch", "--interval", "0.1")
    assert len(mails(tmp_path)) == 1
