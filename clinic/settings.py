"""Settings, read from the environment.

Development defaults come from `make run`; production sets DJANGO_SECRET_KEY,
DJANGO_ALLOWED_HOSTS, DATABASE_URL and the mail variables (see README).
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
# Empty in production unless set: Django then refuses to start, rather than run on a
# key that is published here.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or (
    "dev-only-key-not-for-production-3a9f1c7e2b8d4f6a0e5c9b1d7f3a2e8c" if DEBUG else ""
)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "clinic.apps.ClinicConfig",
    "sessions.apps.SessionsConfig",
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",  # the no-double-booking constraint (PostgreSQL only)
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "clinic.middleware.PermissionsPolicyMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "clinic.middleware.PrivatePagesMiddleware",
    "clinic.middleware.ClinicTimeZoneMiddleware",
    "clinic.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "clinic.middleware.IdleTimeoutMiddleware",
    "clinic.security.sessions.LastSeenMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into our lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "clinic.urls"
WSGI_APPLICATION = "clinic.wsgi.application"

# No explicit "loaders": Django then caches compiled templates when DEBUG is off.
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clinic.context_processors.section",
            ],
        },
    },
]

# Form widgets and fields through Jinja2 (clinic/renderers.py).
FORM_RENDERER = "clinic.renderers.FormRenderer"

SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 10,
}
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
    DATABASES["default"]["CONN_MAX_AGE"] = 0
elif env_bool("DATABASE_PREPARED_STATEMENTS", True):
    # PostgreSQL plans each query once per connection instead of on every request: 12 to
    # 20% more requests a second on every page. Off (0) behind a pooler that cannot
    # keep prepared statements, such as PgBouncer in transaction mode before 1.21.
    DATABASES["default"]["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 2}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "clinic.User"
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "clinic.auth.EmailBackend"]
# An email is unique within a clinic, not across clinics (see clinic.models.User);
# clinic.auth.EmailBackend signs in to the account whose password matches.
SILENCED_SYSTEM_CHECKS = ["auth.W004"]

# Failed sign-ins: five in a row pause that account for 15 minutes, from anywhere (and so
# from any one address). An address on its own is paused only after far more failures,
# whatever emails they named, so that a stranger behind the clinic's own address cannot pause
# the whole team with a few made-up emails (clinic.auth.SignInLimits).
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_SIGNIN_FAILURE_LIMIT", "5"))
SIGNIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("DJANGO_SIGNIN_ADDRESS_FAILURE_LIMIT", "100"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", ["username", "ip_address"]]
AXES_HANDLER = "clinic.auth.SignInLimits"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "clinic.auth.sign_in_name"
# The sign-in form's field. Without it axes names the email "email" in the credentials it
# checks before a sign-in and after a success, and the pause per account never matched.
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_CALLABLE = "clinic.views.accounts.locked_out"
AXES_CLIENT_IP_CALLABLE = "clinic.network.client_address"
# Proxies of our own in front of the app: the sign-in limits and the audit trail then take
# the visitor's address from X-Forwarded-For (clinic.network.client_address).
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0"))

# Idle sessions end: after 30 minutes for practitioners, two weeks for clients.
PRACTITIONER_IDLE_MINUTES = int(os.environ.get("DJANGO_PRACTITIONER_IDLE_MINUTES", "30"))
CLIENT_IDLE_MINUTES = int(os.environ.get("DJANGO_CLIENT_IDLE_MINUTES", str(14 * 24 * 60)))
SESSION_COOKIE_AGE = CLIENT_IDLE_MINUTES * 60
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Invitation and reset links stay valid for three days, and only until used.
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3
# Reset links are mailed by the task worker, at most this many an hour to one account; one
# address may ask this many times an hour (clinic.password_reset).
PASSWORD_RESET_MAILS_PER_HOUR = int(os.environ.get("DJANGO_RESET_MAILS_PER_HOUR", "3"))
PASSWORD_RESET_REQUESTS_PER_HOUR = int(os.environ.get("DJANGO_RESET_REQUESTS_PER_HOUR", "10"))

# Background work: tasks are rows in the database, run by `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# Links in mail the worker sends on its own (reminders, booking mail): the site's address.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# A reminder queued this long ago and still not sent (its worker died) is queued again.
REMINDER_RETRY_SECONDS = int(os.environ.get("REMINDER_RETRY_SECONDS", "600"))

# English is the source language; French (Canada) is the one translation. Interface text
# lives in one catalogue per language under locale/ (`manage.py makemessages -l fr_CA
# --no-location`, then `compilemessages`).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr-ca", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
# Content in the database (the shared library, series, built-in measures) has a column per
# language (django-modeltranslation); an empty one reads as the other language.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "en": ("fr-ca",), "fr-ca": ("en",)}
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads (exercise images) live outside the static files and are served by a view
# that checks who is asking.
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Request bodies. The form fields of one request (text, not files) may hold 2 MB, far more
# than a session note with every box full. Files stream to a temporary file past 2 MB rather
# than sit in memory, and a request with more than UPLOAD_MAX_BYTES of files is refused
# before it is read (clinic.uploads): room for a 50 MB video clip with its form. Set the
# proxy's limit (nginx: client_max_body_size) to the same.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
UPLOAD_MAX_BYTES = int(os.environ.get("DJANGO_UPLOAD_MAX_MB", "64")) * 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "clinic.uploads.UploadSizeLimit",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if DEBUG:
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}


def object_storage(bucket, endpoint_url=None, region=None, prefix=""):
    """Uploads kept in an S3-compatible object store, so that several app servers share
    them. Objects stay private: they are read by the views that check who is asking, never
    linked to. Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY."""
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            "endpoint_url": endpoint_url or None,
            "region_name": region or None,
            "location": prefix,
            "default_acl": "private",
            "file_overwrite": False,
            # Most S3-compatible servers other than Amazon's name buckets in the path.
            "addressing_style": "path" if endpoint_url else None,
        },
    }


if os.environ.get("DJANGO_S3_BUCKET"):
    STORAGES["default"] = object_storage(
        os.environ["DJANGO_S3_BUCKET"],
        endpoint_url=os.environ.get("DJANGO_S3_ENDPOINT_URL"),
        region=os.environ.get("DJANGO_S3_REGION"),
        prefix=os.environ.get("DJANGO_S3_PREFIX", ""),
    )

# Mail: the console in development unless EMAIL_HOST is set; SMTP in production.
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "notes@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if DEBUG and not os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": 20,
            },
        }
    }

# Security headers. Scripts and styles come from our own origin; inline
# scripts need the per-request nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    # The portal's service worker and web app manifest (sessions/portal/offline.py).
    "worker-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
# Browser features no page uses, switched off for every page and what it embeds
# (clinic.middleware.PermissionsPolicyMiddleware). A page that needs one allows it for
# itself with @permissions_policy(camera=["self"]).
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ]
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    if env_bool("DJANGO_BEHIND_TLS_PROXY", True):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
