from django.apps import AppConfig


class SessionsConfig(AppConfig):
    # "sessions" is taken by django.contrib.sessions.
    name = "sessions"
    label = "care"
    verbose_name = "Care"
