"""What guards an account besides its password: an authenticator app, passkeys, recovery
codes, the browsers remembered for the second step, and where the account is signed in."""

import datetime

from django.contrib.auth.hashers import check_password, make_password
from django.db import models
from django.utils import timezone

REMEMBER_FOR = datetime.timedelta(days=30)


class AuthenticatorApp(models.Model):
    """A time-based one-time code app (RFC 6238). Saved once the person has typed a code
    from it, so a half-finished setup never asks for codes."""

    user = models.OneToOneField(
        "clinic.User", on_delete=models.CASCADE, related_name="authenticator_app"
    )
    secret = models.CharField(max_length=64)
    # The last 30-second step a code was accepted for: the same code cannot be used twice.
    last_step = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Authenticator app of {self.user}"


class Passkey(models.Model):
    """A WebAuthn credential: the private key stays on the person's device."""

    user = models.ForeignKey("clinic.User", on_delete=models.CASCADE, related_name="passkeys")
    name = models.CharField(max_length=60)
    credential_id = models.CharField(max_length=1400, unique=True, help_text="base64url")
    public_key = models.BinaryField()
    sign_count = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.name


class RecoveryCodeQuerySet(models.QuerySet):
    def unused(self):
        return self.filter(used_at__isnull=True)


class RecoveryCode(models.Model):
    """One of ten one-time codes for when the phone and the passkey are both out of reach,
    stored hashed like a password."""

    user = models.ForeignKey("clinic.User", on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=128)
    used_at = models.DateTimeField(null=True, blank=True)

    objects = RecoveryCodeQuerySet.as_manager()

    def __str__(self):
        return f"Recovery code of {self.user}"

    @staticmethod
    def normalize(code):
        return "".join(c for c in (code or "").lower() if c.isalnum())

    def set_code(self, code):
        self.code_hash = make_password(self.normalize(code))

    def matches(self, code):
        return check_password(self.normalize(code), self.code_hash)


class SecondStepFailure(models.Model):
    """A wrong code or passkey at the second step, counted like a wrong password."""

    user = models.ForeignKey("clinic.User", on_delete=models.CASCADE, related_name="+")
    failed_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"Failed second step of {self.user}"


class RememberedDevice(models.Model):
    """A browser that may skip the second step for 30 days. The cookie names this row and
    is signed with the account's password, so a new password forgets every device."""

    user = models.ForeignKey(
        "clinic.User", on_delete=models.CASCADE, related_name="remembered_devices"
    )
    token = models.CharField(max_length=64, unique=True)
    device = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.device or "A browser"


class SignedInSession(models.Model):
    """One signed-in browser of an account, so that the person can see where they are
    signed in and end those sessions: it names the session's row in the database."""

    user = models.ForeignKey(
        "clinic.User", on_delete=models.CASCADE, related_name="signed_in_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    device = models.CharField(max_length=120, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    signed_in_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-last_seen_at", "-pk"]

    def __str__(self):
        return self.device or "A browser"
