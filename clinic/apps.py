from django.apps import AppConfig


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = "Clinic"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from clinic.middleware import start_idle_clock

        user_logged_in.connect(start_idle_clock, dispatch_uid="start_idle_clock")
