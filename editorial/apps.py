from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles")

    def ready(self):
        # Imported here because both modules import models, which are only ready now.
        from editorial import patches, signals

        signals.connect()
        patches.apply()
