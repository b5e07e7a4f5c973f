from django.urls import path

from clinic.views import audit, team

app_name = "team"

urlpatterns = [
    path("settings/", team.clinic_settings, name="settings"),
    path("audit/", audit.audit_log, name="audit_log"),
    path("practitioners/", team.practitioner_list, name="list"),
    path("practitioners/invite/", team.practitioner_invite, name="invite"),
    path("practitioners/<int:pk>/", team.practitioner_edit, name="edit"),
    path("practitioners/<int:pk>/resend-invite/", team.practitioner_resend_invite, name="resend"),
    path("practitioners/<int:pk>/sign-out/", team.practitioner_sign_out, name="sign_out"),
]
