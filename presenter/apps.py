from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PresenterConfig(AppConfig):
    name = "presenter"
    verbose_name = _("Launch-event presenter")
