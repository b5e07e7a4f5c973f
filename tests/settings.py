"""Test settings: production settings with the parts that need HTTPS or a build step relaxed."""

import tempfile
from pathlib import Path

from clinic.settings import *  # noqa: F403

SECRET_KEY = "test-only-key-e1f4c2a9b7d3f6e0a8c5b2d9f1e7a3c6b4d0f8e2a5c7"
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
# Tests do not run collectstatic, so no manifest of hashed names exists.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="test-media-"))
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# A fast hasher: the suite creates many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tasks run at once, in the request, so that tests see their mail; tests of the queue itself
# switch to the DummyBackend, which only records what was enqueued.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
