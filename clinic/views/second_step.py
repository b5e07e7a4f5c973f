"""Signing in: the password, then the second step for accounts that have one (or whose
clinic asks for one). Between the two the session is half signed-in: it holds only a
signed marker (clinic.security.factors), so every other page sees a visitor."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.core import signing
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from clinic.forms import AuthenticatorCodeForm, SecondStepForm, SignInForm
from clinic.middleware import permissions_policy
from clinic.models import AuditEvent, AuthenticatorApp, User
from clinic.security import factors, notices, passkeys
from clinic.security.sessions import device_label

KNOWN_COOKIE = "known_accounts"
SETUP_SECRET_KEY = "second_step_new_secret"


class SignInView(auth_views.LoginView):
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user, request = form.get_user(), self.request
        asks = factors.has_second_factor(user) or factors.must_set_up(user)
        if asks and not factors.is_remembered(request, user):
            factors.start_pending(request, user, user.backend, self.get_redirect_url())
            return redirect("account:second_step")
        return finish_sign_in(request, user, user.backend, self.get_success_url())


def finish_sign_in(request, user, backend, next_url, remember=False):
    """Signs the person in fully; tells them by email when the browser is new to them."""
    known = known_accounts(request)
    seen_before = user.last_login is not None
    factors.end_pending(request)
    login(request, user, backend)
    factors.clear_failures(user)
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = ""
    response = redirect(next_url or "home")
    if remember:
        factors.remember_device(request, response, user, device_label(request))
    if user.pk not in known:
        if seen_before:
            notices.tell(user, "new_device", device_label(request))
        response.set_cookie(
            KNOWN_COOKIE,
            signing.dumps([*known[-9:], user.pk], salt=KNOWN_COOKIE),
            max_age=365 * 24 * 3600,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    return response


def known_accounts(request):
    try:
        known = signing.loads(request.COOKIES.get(KNOWN_COOKIE, ""), salt=KNOWN_COOKIE)
    except signing.BadSignature:
        return []
    return [pk for pk in known if isinstance(pk, int)] if isinstance(known, list) else []


def half_signed_in(view):
    """Only for a session between the password and the second step."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        marker = factors.pending(request)
        user = None
        if marker and not request.user.is_authenticated:
            user = User.objects.select_related("clinic").filter(pk=marker["user"]).first()
        if user is None or not user.is_active:
            factors.end_pending(request)
            return redirect("login")
        return view(request, user, marker, *args, **kwargs)

    return wrapped


def paused(request):
    return render(request, "registration/second_step.html", {"paused": True}, status=429)


@permissions_policy(publickey_credentials_get=["self"])
@half_signed_in
def second_step(request, user, marker):
    if factors.must_set_up(user):
        return redirect("account:second_step_setup")
    if factors.is_paused(user):
        return paused(request)
    form = SecondStepForm(request.POST or None)
    if form.is_valid():
        if passes(request, user, form.cleaned_data):
            remember = form.cleaned_data["remember"]
            return finish_sign_in(request, user, marker["backend"], marker["next"], remember)
        factors.note_failure(user)
        notices.audit(
            request,
            user,
            AuditEvent.Action.SIGN_IN_FAILED,
            pgettext_lazy("audit", "Wrong second step"),
        )
        if factors.is_paused(user):
            return paused(request)
        form.add_error(None, _("That did not work. Check the code and try again."))
    has_app = AuthenticatorApp.objects.filter(user=user).exists()
    options = passkeys.authentication_options(request, user) if user.passkeys.exists() else ""
    context = {"form": form, "has_app": has_app, "passkey_options": options}
    return render(request, "registration/second_step.html", context)


def passes(request, user, data):
    if data["passkey"]:
        return passkeys.authenticate(request, user, data["passkey"])
    code = data["code"].strip()
    app = AuthenticatorApp.objects.filter(user=user).first()
    if app and code.isdigit() and len(code) == 6:
        return factors.check_app_code(app, code)
    return factors.use_recovery_code(user, code)


@half_signed_in
def second_step_setup(request, user, marker):
    """The clinic asks for a second step and the account has none: set up an app now."""
    if not factors.must_set_up(user):
        return redirect("account:second_step")
    if factors.is_paused(user):
        return paused(request)
    secret = request.session.setdefault(SETUP_SECRET_KEY, factors.new_secret())
    form = AuthenticatorCodeForm(request.POST or None)
    if form.is_valid():
        step = factors.totp_step(secret, form.cleaned_data["code"])
        if step is not None:
            AuthenticatorApp.objects.create(user=user, secret=secret, last_step=step)
            request.session.pop(SETUP_SECRET_KEY)
            security = reverse("account:security")
            response = finish_sign_in(request, user, marker["backend"], security)
            added(request, user, _("an authenticator app"))
            return response
        factors.note_failure(user)
        form.add_error("code", _("That code does not match. Check the app and try again."))
    uri = factors.provisioning_uri(user, secret)
    context = {"form": form, "qr": factors.qr_svg(uri), "secret": secret}
    return render(request, "registration/second_step_setup.html", context)


def added(request, user, what):
    """A factor was added: new recovery codes shown once, an audit row, an email. `what` is a
    lazy translation, e.g. _("an authenticator app")."""
    if not user.recovery_codes.unused().exists():
        request.session["new_recovery_codes"] = factors.new_recovery_codes(user)
    summary = format_lazy(pgettext_lazy("audit", "Added {what}"), what=what)
    notices.audit(request, user, AuditEvent.Action.FACTOR_ADDED, summary)
    notices.tell(user, "factor_added", what)
    messages.success(request, _("Done: %(what)s now guards your account.") % {"what": what})
