from django.apps import AppConfig


class PresenterConfig(AppConfig):
    name = "presenter"
    verbose_name = "Launch-event presenter"
