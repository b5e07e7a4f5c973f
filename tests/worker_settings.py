"""Settings for the task worker that tests/test_task_worker.py starts as its own process:
the production settings, with mail written to files in TEST_MAIL_DIR instead of sent."""

import os

from clinic.settings import *  # noqa: F403

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "OPTIONS": {"file_path": os.environ["TEST_MAIL_DIR"]},
    }
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
