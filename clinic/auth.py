from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username
from axes.models import AccessAttempt
from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.db.models import F, Sum

from clinic.models import User


class EmailBackend(ModelBackend):
    """Signs in by email and loads the user's role and clinic in the same query."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        """The account with this email and password. One email may have an account at
        several clinics: the password says which (the most recently used one when the
        person chose the same password for both)."""
        if username is None or password is None:
            return None
        accounts = User.objects.filter(email=User.objects.normalize_email(username)).order_by(
            F("last_login").desc(nulls_last=True), "pk"
        )
        tried = False
        for user in accounts:
            tried = True
            if user.check_password(password) and self.user_can_authenticate(user):
                return user
        if not tried:
            # As much work as a wrong password, so that the answer's timing does not tell
            # whether the email has an account.
            User().set_password(password)
        return None

    def get_user(self, user_id):
        try:
            user = User.objects.select_related("clinic", "practitioner", "client_profile").get(
                pk=user_id
            )
        except User.DoesNotExist:
            return None
        # The practitioner's or client's clinic is the account's: one copy of it on every
        # request, rather than three joins of the same row.
        for profile in (user.practitioner_or_none, user.client_or_none):
            if profile is not None and profile.clinic_id == user.clinic_id:
                profile.clinic = user.clinic
        return user if self.user_can_authenticate(user) else None


def sign_in_name(request, credentials=None):
    """The email a sign-in attempt names, as stored, so that case does not dodge the limit."""
    source = credentials if credentials is not None else request.POST
    # Capped like an email address: the limiter stores it in a column of that size.
    return User.objects.normalize_email(source.get("username") or "")[:254]


class SignInLimits(AxesDatabaseHandler):
    """django-axes' pauses per account and per account and address (AXES_LOCKOUT_PARAMETERS,
    AXES_FAILURE_LIMIT), plus one for an address on its own at a far higher count
    (SIGNIN_ADDRESS_FAILURE_LIMIT). A low limit per address would let anyone who shares the
    clinic's address (the same office network, or a guest on its wifi) pause the sign-in of
    the whole team with a few made-up emails."""

    def is_locked(self, request, credentials=None):
        return super().is_locked(request, credentials) or self.address_is_paused(request)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        if request is None or request.axes_locked_out or not self.address_is_paused(request):
            return
        # The failure that reaches the limit already answers with the pause, as axes does.
        request.axes_locked_out = True
        request.axes_credentials = credentials
        user_locked_out.send(
            "axes",
            request=request,
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        )

    def address_is_paused(self, request):
        """The failed sign-ins from this address within the pause, whatever emails they named."""
        attempts = AccessAttempt.objects.filter(
            ip_address=request.axes_ip_address,
            attempt_time__gte=get_cool_off_threshold(request),
        )
        failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
        return failures >= settings.SIGNIN_ADDRESS_FAILURE_LIMIT
