import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "clinic.settings",
    "DJANGO_SECRET_KEY": "kq7#Lm2!vX9pR4tZ8wN1bC6yH3jF5dG0sA-eQ^uI*oT&rY+hK-x2Vb8Nn",
    "DJANGO_ALLOWED_HOSTS": "notes.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://notes.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def test_check_deploy_reports_only_the_optional_hsts_notes():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")} | PRODUCTION
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    reported = set(re.findall(r"\((\w+\.[WE]\d+)\)", result.stdout + result.stderr))
    # W005 and W021: HSTS for subdomains and preloading are the operator's choice.
    assert reported <= {"security.W005", "security.W021"}, result.stderr
    assert result.returncode == 0
