from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.labels import translate_automatic_labels


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Shared building blocks")

    def ready(self):
        # Every app's models are loaded before any ready() runs.
        translate_automatic_labels()
