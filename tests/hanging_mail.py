"""A mail backend for tests/test_reminder_worker.py: mail goes to files, except that with
TEST_MAIL_HANG set it marks that it began sending and then hangs, so that the test can kill
the worker in the middle of a send."""

import os
import time
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend as FileBackend


class EmailBackend(FileBackend):
    def send_messages(self, messages):
        marker = os.environ.get("TEST_MAIL_HANG")
        if marker:
            Path(marker).touch()
            time.sleep(120)
        return super().send_messages(messages)
