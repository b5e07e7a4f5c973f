from django.contrib.auth import authenticate
from django.test import RequestFactory


def check_sign_in(email, password):
    """The user these credentials sign in as, or None, asked the way the sign-in form asks
    (with a request, which the failed-sign-in limiter needs)."""
    request = RequestFactory().post("/accounts/login/", {"username": email})
    return authenticate(request, username=email, password=password)
