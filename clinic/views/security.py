"""Your account's safety: the second step (app, passkeys, recovery codes), where you are
signed in, the browsers remembered, and the password. For every signed-in person."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST

from clinic.forms import AuthenticatorCodeForm, LanguageForm, PasskeyForm
from clinic.middleware import permissions_policy
from clinic.models import AuditEvent, AuthenticatorApp
from clinic.security import factors, notices, passkeys, sessions
from clinic.views.second_step import added

NEW_SECRET_KEY = "new_authenticator_secret"


@login_required
def security(request):
    user = request.user
    context = {
        "app": AuthenticatorApp.objects.filter(user=user).first(),
        "passkeys": user.passkeys.all(),
        "codes_left": user.recovery_codes.unused().count(),
        "new_codes": request.session.pop("new_recovery_codes", None),
        "sessions": sessions.live_sessions(user),
        "devices": user.remembered_devices.all(),
        "current_key": request.session.session_key,
        "language_form": LanguageForm(instance=user),
    }
    return render(request, "clinic/account_security.html", context)


@login_required
def authenticator_add(request):
    if AuthenticatorApp.objects.filter(user=request.user).exists():
        return redirect("account:security")
    secret = request.session.setdefault(NEW_SECRET_KEY, factors.new_secret())
    form = AuthenticatorCodeForm(request.POST or None)
    if form.is_valid():
        step = factors.totp_step(secret, form.cleaned_data["code"])
        if step is not None:
            AuthenticatorApp.objects.create(user=request.user, secret=secret, last_step=step)
            request.session.pop(NEW_SECRET_KEY)
            added(request, request.user, gettext_lazy("an authenticator app"))
            return redirect("account:security")
        form.add_error("code", _("That code does not match. Check the app and try again."))
    uri = factors.provisioning_uri(request.user, secret)
    context = {"form": form, "qr": factors.qr_svg(uri), "secret": secret}
    return render(request, "clinic/authenticator_add.html", context)


def removed(request, what):
    summary = format_lazy(pgettext_lazy("audit", "Removed {what}"), what=what)
    notices.audit(request, request.user, AuditEvent.Action.FACTOR_REMOVED, summary)
    notices.tell(request.user, "factor_removed", what)
    messages.success(request, _("Removed %(what)s.") % {"what": what})


def may_remove_last(request):
    """A clinic that asks for a second step keeps one on every account."""
    clinic = request.user.clinic
    if clinic and clinic.require_second_factor:
        count = (
            request.user.passkeys.count()
            + AuthenticatorApp.objects.filter(user=request.user).count()
        )
        if count <= 1:
            messages.error(
                request,
                _(
                    "%(clinic)s asks everyone for a second step, so keep this one until you "
                    "have added another."
                )
                % {"clinic": clinic.name},
            )
            return False
    return True


@require_POST
@login_required
def authenticator_remove(request):
    app = get_object_or_404(AuthenticatorApp, user=request.user)
    if may_remove_last(request):
        app.delete()
        removed(request, gettext_lazy("the authenticator app"))
    return redirect("account:security")


@permissions_policy(publickey_credentials_create=["self"])
@login_required
def passkey_add(request):
    form = PasskeyForm(request.POST or None)
    if form.is_valid():
        try:
            passkey = passkeys.register(
                request, request.user, form.cleaned_data["passkey"], form.cleaned_data["name"]
            )
        except passkeys.PasskeyError as error:
            form.add_error(None, str(error))
        else:
            added(request, request.user, passkey_words(passkey))
            return redirect("account:security")
    options = passkeys.registration_options(request, request.user)
    return render(request, "clinic/passkey_add.html", {"form": form, "options": options})


def passkey_words(passkey):
    return format_lazy(gettext_lazy("the passkey “{name}”"), name=passkey.name)


@require_POST
@login_required
def passkey_remove(request, pk):
    passkey = get_object_or_404(request.user.passkeys, pk=pk)
    if may_remove_last(request):
        passkey.delete()
        removed(request, passkey_words(passkey))
    return redirect("account:security")


@require_POST
@login_required
def recovery_codes_new(request):
    request.session["new_recovery_codes"] = factors.new_recovery_codes(request.user)
    messages.success(request, _("Here are your new recovery codes. The old ones no longer work."))
    return redirect("account:security")


@require_POST
@login_required
def sign_out_others(request):
    count = sessions.sign_out_others(request, request.user)
    if count:
        notices.audit(
            request,
            request.user,
            AuditEvent.Action.SIGNED_OUT,
            format_lazy(pgettext_lazy("audit", "Ended {count} other sessions"), count=count),
        )
    messages.success(request, _("Your other sessions are signed out."))
    return redirect("account:security")


@require_POST
@login_required
def device_forget(request, pk):
    device = get_object_or_404(request.user.remembered_devices, pk=pk)
    device.delete()
    messages.success(
        request, _("%(device)s will ask for the second step again.") % {"device": device}
    )
    return redirect("account:security")


@require_POST
@login_required
def language(request):
    """Saves the account's language, then goes back to `next` (a page of this site) or the
    account page. The portal posts here too."""
    form = LanguageForm(request.POST, instance=request.user)
    if form.is_valid():
        form.save()
        chosen = request.user.preferred_language()
        translation.activate(chosen)
        name = dict(settings.LANGUAGES).get(chosen, chosen)
        messages.success(
            request,
            _("Saved: the app and your emails are now in %(language)s.") % {"language": name},
        )
    else:
        messages.error(request, _("Choose one of the languages offered."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = reverse("account:security")
    return redirect(target)


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's, and then: other sessions signed out, remembered browsers forgotten (their
    cookies were signed with the old password), and an email to say so."""

    success_url = reverse_lazy("password_change_done")

    def form_valid(self, form):
        old_key = self.request.session.session_key
        response = super().form_valid(form)
        user = self.request.user
        sessions.note_new_key(self.request, old_key)
        sessions.sign_out_others(self.request, user)
        user.remembered_devices.all().delete()
        notices.tell(user, "password_changed")
        return response


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's, and then the same as a change: every session signed out (Django would
    refuse them anyway, as their password is old), and an email to say so."""

    def form_valid(self, form):
        response = super().form_valid(form)
        sessions.sign_out_everywhere(self.user)
        self.user.remembered_devices.all().delete()
        notices.tell(self.user, "password_changed")
        return response
