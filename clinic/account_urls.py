from django.urls import path

from clinic.views import second_step, security

app_name = "account"

urlpatterns = [
    # Between the password and the second step only (half signed-in).
    path("second-step/", second_step.second_step, name="second_step"),
    path("second-step/set-up/", second_step.second_step_setup, name="second_step_setup"),
    # Signed in.
    path("security/", security.security, name="security"),
    path("security/app/", security.authenticator_add, name="authenticator_add"),
    path("security/app/remove/", security.authenticator_remove, name="authenticator_remove"),
    path("security/passkeys/add/", security.passkey_add, name="passkey_add"),
    path("security/passkeys/<int:pk>/remove/", security.passkey_remove, name="passkey_remove"),
    path("security/recovery-codes/", security.recovery_codes_new, name="recovery_codes_new"),
    path("security/sign-out-others/", security.sign_out_others, name="sign_out_others"),
    path("language/", security.language, name="language"),
    path("security/devices/<int:pk>/forget/", security.device_forget, name="device_forget"),
]
