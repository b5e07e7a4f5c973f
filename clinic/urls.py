from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from clinic import audit_views, password_reset, views
from clinic.forms import SignInForm

# A request too large to read answers with a page that says so (clinic.uploads).
handler400 = "clinic.errors.bad_request"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("hello", views.hello, name="hello"),
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
    path("invite/<uidb64>/<token>/", views.AcceptInviteView.as_view(), name="accept_invite"),
    path("clients/", views.client_list, name="client_list"),
    path("clients/new/", views.client_create, name="client_create"),
    path("clients/<int:pk>/edit/", views.client_edit, name="client_edit"),
    path("clients/<int:pk>/archive/", views.client_archive, name="client_archive"),
    path("clients/<int:pk>/restore/", views.client_restore, name="client_restore"),
    path("clinic/settings/", views.clinic_settings, name="clinic_settings"),
    path("clinic/audit/", audit_views.audit_log, name="audit_log"),
    path("clinic/practitioners/", views.practitioner_list, name="practitioner_list"),
    path("clinic/practitioners/invite/", views.practitioner_invite, name="practitioner_invite"),
    path("clinic/practitioners/<int:pk>/", views.practitioner_edit, name="practitioner_edit"),
    path(
        "clinic/practitioners/<int:pk>/resend-invite/",
        views.practitioner_resend_invite,
        name="practitioner_resend_invite",
    ),
    path("library/", include("clinic.library_urls")),
    path("portal/", include("sessions.portal_urls")),
    path("", include("sessions.urls")),
    path("admin/", admin.site.urls),
]
