"""Each home-program reminder goes out exactly once: with two workers at once, and after
a worker is killed in the middle of sending it. The real processes, as for the session
reminders (tests/test_reminder_worker.py, whose helpers this uses)."""

import signal
import time

import pytest

from tests.test_reminder_worker import mails, manage, prepared, start

SET_UP = """
import datetime
import zoneinfo
from django.utils import timezone
from sessions.models import ProgramReminder
from tests import factories
clinic = factories.ClinicFactory(name="Harbour", slug="harbour")
client = factories.PortalClientFactory(clinic=clinic, first_name="Ada", email="ada@example.org")
factories.ProgramItemFactory(program=factories.ProgramFactory(client=client))
zone = zoneinfo.ZoneInfo("Europe/Paris")
due = (timezone.now() - datetime.timedelta(minutes=2)).astimezone(zone)
ProgramReminder.objects.create(
    client=client, enabled=True, weekdays="0123456", time_zone=zone.key,
    at=due.time().replace(second=0, microsecond=0),
)
"""
SENT = """
from sessions.models import ProgramReminderSend
print([(r.sent_at is not None, r.skipped) for r in ProgramReminderSend.objects.all()])
"""


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("migrated")
    manage(folder, "migrate", "--noinput")
    manage(folder, "shell", "--no-imports", "-c", SET_UP)
    return folder / "worker.sqlite3"


def test_two_workers_at_once_send_the_program_reminder_once(tmp_path, migrated):
    prepared(tmp_path, migrated)
    assert "1 program reminder queued" in manage(tmp_path, "enqueue_reminders")
    assert "1 program reminder queued" in manage(tmp_path, "enqueue_reminders")  # retry 0 s
    workers = [start(tmp_path, "db_worker", "--batch", "--interval", "0.1") for _ in range(2)]
    for worker in workers:
        _, stderr = worker.communicate(timeout=90)
        assert worker.returncode == 0, stderr[-3000:]
    sent = mails(tmp_path)
    assert len(sent) == 1
    assert "To: ada@example.org" in sent[0] and "Harbour" in sent[0]
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in sent[0]
    assert manage(tmp_path, "shell", "--no-imports", "-c", SENT).strip() == "[(True, False)]"


def test_a_worker_killed_while_sending_leaves_the_program_reminder_for_the_next(tmp_path, migrated):
    prepared(tmp_path, migrated)
    manage(tmp_path, "enqueue_reminders")
    marker = tmp_path / "sending"
    doomed = start(tmp_path, "db_worker", "--interval", "0.1", TEST_MAIL_HANG=str(marker))
    try:
        for _ in range(600):
            if marker.exists() or doomed.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), doomed.stderr.read()[-3000:] if doomed.poll() is not None else ""
    finally:
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(30)
    assert mails(tmp_path) == []
    assert manage(tmp_path, "shell", "--no-imports", "-c", SENT).strip() == "[(False, False)]"

    assert "1 program reminder queued" in manage(tmp_path, "enqueue_reminders")
    manage(tmp_path, "db_worker", "--batch", "--interval", "0.1")
    assert len(mails(tmp_path)) == 1
    assert manage(tmp_path, "shell", "--no-imports", "-c", SENT).strip() == "[(True, False)]"
    assert "0 program reminders queued" in manage(tmp_path, "enqueue_reminders")
    manage(tmp_path, "db_worker", "--batch", "--interval", "0.1")
    assert len(mails(tmp_path)) == 1
