from django.apps import AppConfig


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = "Clinic"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

        from clinic.middleware import start_idle_clock
        from clinic.security import notices

        user_logged_in.connect(start_idle_clock, dispatch_uid="start_idle_clock")
        user_logged_in.connect(notices.on_sign_in, dispatch_uid="note_sign_in")
        user_logged_out.connect(notices.on_sign_out, dispatch_uid="note_sign_out")
        user_login_failed.connect(notices.on_sign_in_failed, dispatch_uid="note_failed_sign_in")
