"""Every URL of the site. Accounts and the public pages are here; each area has its own
module and namespace: clients, care (dashboard, plans, sessions), series, library, team
(practitioners, clinic settings, audit) and the client portal."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from clinic import password_reset
from clinic.forms import SignInForm
from clinic.views import accounts

# A request too large to read answers with a page that says so (clinic.uploads).
handler400 = "clinic.errors.bad_request"

urlpatterns = [
    path("", accounts.home, name="home"),
    path("healthz", accounts.healthz, name="healthz"),
    path("hello", accounts.hello, name="hello"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            authentication_form=SignInForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    # Before Django's own: the link is mailed by the task worker (clinic.password_reset).
    path(
        "accounts/password_reset/",
        password_reset.ResetPasswordView.as_view(),
        name="password_reset",
    ),
    path("accounts/", include("django.contrib.auth.urls")),
    path("invite/<uidb64>/<token>/", accounts.AcceptInviteView.as_view(), name="accept_invite"),
    path("clients/", include("sessions.client_urls")),
    path("", include("sessions.urls")),
    path("series/", include("sessions.series_urls")),
    path("library/", include("clinic.library.urls")),
    path("clinic/", include("clinic.team_urls")),
    path("portal/", include("sessions.portal.urls")),
    path("book/", include("sessions.booking_urls")),
    path("admin/", admin.site.urls),
]
