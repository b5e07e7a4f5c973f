from django.contrib.auth.backends import ModelBackend

from clinic.models import User


class EmailBackend(ModelBackend):
    """Signs in by email and loads the user's role and clinic in the same query."""

    def get_user(self, user_id):
        try:
            user = User.objects.select_related(
                "practitioner__clinic", "client_profile__clinic"
            ).get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


def sign_in_name(request, credentials=None):
    """The email a sign-in attempt names, as stored, so that case does not dodge the limit."""
    source = credentials if credentials is not None else request.POST
    # Capped like an email address: the limiter stores it in a column of that size.
    return User.objects.normalize_email(source.get("username") or "")[:254]
