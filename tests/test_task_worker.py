"""The production path of background work: a reset request through the real view enqueues a
row in the database, and `manage.py db_worker`, run as its own process, mails the link.

The suite's own database lives in memory, out of another process's reach, so this test
gives its processes a SQLite file of their own (DATABASE_URL) and migrates it first. Each
process has a time limit; the whole test takes a few seconds.
"""

import os
import subprocess
import sys
from email import message_from_bytes
from pathlib import Path

from django.conf import settings

ENQUEUE = """
from django.test import Client
from clinic.models import User
User.objects.create_user("ada@example.org", "a-Passw0rd-for-ada", full_name="Ada Lovell")
for email in ["ada@example.org", "nobody@example.org"]:
    answer = Client().post("/accounts/password_reset/", {"email": email})
    assert answer.status_code == 302, answer.status_code
"""
RESULTS = """
from django_tasks_db.models import DBTaskResult
print(sorted(DBTaskResult.objects.values_list("status", flat=True)))
"""


def manage(tmp_path, *args):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "EMAIL_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="tests.worker_settings",
        DJANGO_SECRET_KEY="worker-test-key-7c1e9a4b2d8f0e6a3c5b9d1f7e2a8c4b6d0f3e9a",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'worker.sqlite3'}",
        TEST_MAIL_DIR=str(tmp_path / "mail"),
    )
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_worker_process_mails_the_link_only_to_the_known_account(tmp_path):
    manage(tmp_path, "migrate", "--noinput")
    manage(tmp_path, "shell", "--no-imports", "-c", ENQUEUE)
    assert not (tmp_path / "mail").exists() or not any((tmp_path / "mail").iterdir())

    # --batch: run what is queued, then exit.
    manage(tmp_path, "db_worker", "--batch", "--interval", "0.1")

    assert manage(tmp_path, "shell", "--no-imports", "-c", RESULTS).strip() == str(
        ["SUCCESSFUL", "SUCCESSFUL"]
    )
    mails = [message_from_bytes(path.read_bytes()) for path in Path(tmp_path / "mail").iterdir()]
    assert [mail["To"] for mail in mails] == ["ada@example.org"]
    assert "http://testserver/accounts/reset/" in mails[0].get_payload(decode=True).decode()
