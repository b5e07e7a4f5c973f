"""Every URL of the site. Accounts and the public pages are here; each area has its own
module and namespace: clients, care (dashboard, plans, sessions), series, library, team
(practitioners, clinic settings, audit) and the client portal."""

from django.contrib import admin
from django.contrib.auth import urls as auth_urls
from django.urls import include, path

from clinic import password_reset
from clinic.views import accounts, second_step, security

# A request too large to read answers with a page that says so (clinic.uploads).
handler400 = "clinic.errors.bad_request"

# The account pages of Django's own that this app serves itself, below.
OURS = {"logout", "password_change", "password_reset", "password_reset_confirm"}

urlpatterns = [
    path("", accounts.home, name="home"),
    path("healthz", accounts.healthz, name="healthz"),
    path("hello", accounts.hello, name="hello"),
    path("accounts/login/", second_step.SignInView.as_view(), name="login"),
    path(
        "accounts/password_change/",
        security.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path("account/", include("clinic.account_urls")),
    # The link is mailed by the task worker (clinic.password_reset).
    path(
        "accounts/password_reset/",
        password_reset.ResetPasswordView.as_view(),
        name="password_reset",
    ),
    # Signing out clears what the browser kept (clinic.views.accounts).
    path("accounts/logout/", accounts.SignOutView.as_view(), name="logout"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        security.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    # Django's own account pages, but for those above.
    path("accounts/", include([p for p in auth_urls.urlpatterns if p.name not in OURS])),
    path("invite/<uidb64>/<token>/", accounts.AcceptInviteView.as_view(), name="accept_invite"),
    path("clients/", include("sessions.client_urls")),
    path("", include("sessions.urls")),
    path("series/", include("sessions.series_urls")),
    path("library/", include("clinic.library.urls")),
    path("clinic/", include("clinic.team_urls")),
    path("clinic/privacy/", include("clinic.privacy.urls")),
    path("portal/", include("sessions.portal.urls")),
    path("book/", include("sessions.booking_urls")),
    # Signed out, the language switch posts to Django's set_language (a cookie).
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
