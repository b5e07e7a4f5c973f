"""Signing in and out, invitations, and the pages every visitor can reach."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from clinic.forms import SignInForm
from clinic.security import factors


def hello(request):
    """The benchmark's floor: the full middleware stack and nothing else."""
    return HttpResponse("Hello, world!", content_type="text/plain")


def locked_out(request, response=None, credentials=None):
    """Too many failed sign-ins for this account or address: the form again, with a
    message that does not say whether the email belongs to anyone."""
    # Not validated: that would try the password again and count one more failure.
    form = SignInForm(request, initial={"username": request.POST.get("username", "")[:254]})
    context = {"form": form, "locked_out": True, "next": request.POST.get("next", "")}
    return render(request, "registration/login.html", context, status=429)


@require_GET
@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@login_required
def home(request):
    if request.user.is_practitioner:
        return redirect("care:dashboard")
    if request.user.is_client:
        return redirect("portal:home")
    if request.user.is_staff:
        return redirect("admin:index")
    return render(request, "clinic/no_role.html")


class AcceptInviteView(auth_views.PasswordResetConfirmView):
    """The invitation link: the same one-time token as a password reset."""

    template_name = "registration/accept_invite.html"
    success_url = reverse_lazy("home")
    post_reset_login = True
    post_reset_login_backend = "clinic.auth.EmailBackend"

    def form_valid(self, form):
        if factors.must_set_up(self.user):
            # A clinic that asks for a second step: the password first, then the app.
            self.post_reset_login = False
            super().form_valid(form)
            factors.start_pending(self.request, self.user, self.post_reset_login_backend)
            messages.success(self.request, _("Your password is set. One more thing:"))
            return redirect("account:second_step_setup")
        messages.success(self.request, _("Your password is set. Welcome!"))
        return super().form_valid(form)


class SignOutView(auth_views.LogoutView):
    """Signing out also empties what the browser kept for the site: the portal's offline
    copy of a client's program, its queue of unsent ticks and its service worker."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response
