from django.contrib.auth.backends import ModelBackend
from django.db.models import F

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
            user = User.objects.select_related(
                "clinic", "practitioner__clinic", "client_profile__clinic"
            ).get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


def sign_in_name(request, credentials=None):
    """The email a sign-in attempt names, as stored, so that case does not dodge the limit."""
    source = credentials if credentials is not None else request.POST
    # Capped like an email address: the limiter stores it in a column of that size.
    return User.objects.normalize_email(source.get("username") or "")[:254]
