"""The second step of signing in: authenticator codes, recovery codes, the limit on wrong
tries, the browsers remembered for 30 days, and the half signed-in marker.

After the right password of an account with a second step, the person is not signed in:
the session holds only a signed marker naming the account, valid for PENDING_SECONDS.
Every page but the second step's sees an anonymous session, as Django keeps the account
out of the session until `login()`.
"""

import datetime
import secrets

import pyotp
import segno
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from clinic.security.models import (
    REMEMBER_FOR,
    AuthenticatorApp,
    RecoveryCode,
    RememberedDevice,
    SecondStepFailure,
)

PENDING_KEY = "second_step"
PENDING_SALT = "clinic.second-step"
PENDING_SECONDS = 10 * 60
REMEMBER_COOKIE = "remembered_device"
RECOVERY_CODE_COUNT = 10
# Codes from the 30-second step before and after the current one are accepted too, for a
# phone clock a little out.
TOTP_WINDOW = 1


def has_second_factor(user):
    return AuthenticatorApp.objects.filter(user=user).exists() or user.passkeys.exists()


def must_set_up(user):
    """The clinic asks for a second step and the account has none yet."""
    return bool(user.clinic and user.clinic.require_second_factor) and not has_second_factor(user)


# The half signed-in marker.


def start_pending(request, user, backend, next_url=""):
    marker = {"user": user.pk, "backend": backend, "next": next_url}
    request.session[PENDING_KEY] = signing.dumps(marker, salt=PENDING_SALT)


def pending(request):
    """The marker's contents, or None when there is none or it is too old."""
    value = request.session.get(PENDING_KEY)
    if not value:
        return None
    try:
        return signing.loads(value, salt=PENDING_SALT, max_age=PENDING_SECONDS)
    except signing.BadSignature:
        return None


def end_pending(request):
    request.session.pop(PENDING_KEY, None)


# The limit on wrong second steps, counted in the database like django-axes' own.


def cool_off_start():
    return timezone.now() - settings.AXES_COOLOFF_TIME


def is_paused(user):
    recent = SecondStepFailure.objects.filter(user=user, failed_at__gte=cool_off_start())
    return recent.count() >= settings.AXES_FAILURE_LIMIT


def note_failure(user):
    SecondStepFailure.objects.filter(user=user, failed_at__lt=cool_off_start()).delete()
    SecondStepFailure.objects.create(user=user)


def clear_failures(user):
    SecondStepFailure.objects.filter(user=user).delete()


# Authenticator apps (RFC 6238: SHA-1, six digits, 30-second steps, as every app expects).


def new_secret():
    return pyotp.random_base32()


def provisioning_uri(user, secret):
    issuer = user.clinic.name if user.clinic else "Bodywork Notes"
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=issuer)


def qr_svg(text):
    """The QR code as an SVG drawn here, so the secret never leaves the server."""
    return segno.make(text, error="m").svg_inline(scale=5, dark="#1b1b1b", light="#ffffff")


def totp_step(app_secret, code, at=None):
    """The time step `code` belongs to (within the window), or None."""
    code = "".join(c for c in (code or "") if c.isdigit())
    if len(code) != 6:
        return None
    totp = pyotp.TOTP(app_secret)
    at = at or timezone.now()
    for offset in range(-TOTP_WINDOW, TOTP_WINDOW + 1):
        moment = at + datetime.timedelta(seconds=offset * totp.interval)
        if totp.verify(code, for_time=moment, valid_window=0):
            return totp.timecode(moment)
    return None


def check_app_code(app, code, at=None):
    """True for a right code not used before; remembers its step so it cannot be reused."""
    step = totp_step(app.secret, code, at)
    if step is None or step <= app.last_step:
        return False
    app.last_step = step
    app.save(update_fields=["last_step"])
    return True


# Recovery codes.


def new_recovery_codes(user):
    """Ten new codes, replacing any old ones; the only time they are shown in full."""
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODE_COUNT)]
    rows = []
    for code in codes:
        row = RecoveryCode(user=user)
        row.set_code(code)
        rows.append(row)
    with transaction.atomic():
        RecoveryCode.objects.filter(user=user).delete()
        RecoveryCode.objects.bulk_create(rows)
    return codes


def use_recovery_code(user, code):
    """Marks a matching unused code as used; each code works once."""
    if not RecoveryCode.normalize(code):
        return False
    with transaction.atomic():
        for row in RecoveryCode.objects.select_for_update().filter(user=user).unused():
            if row.matches(code):
                row.used_at = timezone.now()
                row.save(update_fields=["used_at"])
                return True
    return False


# Browsers remembered for 30 days.


def remember_salt(user):
    # The account's password is part of the signature: a new password forgets every device.
    return f"clinic.remember:{user.pk}:{user.get_session_auth_hash()}"


def remember_device(request, response, user, device_label):
    token = secrets.token_urlsafe(32)
    RememberedDevice.objects.create(
        user=user, token=token, device=device_label, expires_at=timezone.now() + REMEMBER_FOR
    )
    response.set_signed_cookie(
        REMEMBER_COOKIE,
        token,
        salt=remember_salt(user),
        max_age=int(REMEMBER_FOR.total_seconds()),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def is_remembered(request, user):
    token = request.get_signed_cookie(
        REMEMBER_COOKIE,
        default=None,
        salt=remember_salt(user),
        max_age=int(REMEMBER_FOR.total_seconds()),
    )
    if not token:
        return False
    return RememberedDevice.objects.filter(
        user=user, token=token, expires_at__gt=timezone.now()
    ).exists()
