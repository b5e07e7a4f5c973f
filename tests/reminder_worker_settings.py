"""The worker settings of tests/test_task_worker.py, with mail that can hang on request."""

import os

from tests.worker_settings import *  # noqa: F403

MAILERS = {
    "default": {
        "BACKEND": "tests.hanging_mail.EmailBackend",
        "OPTIONS": {"file_path": os.environ["TEST_MAIL_DIR"]},
    }
}
