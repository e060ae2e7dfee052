from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial roles"

    def ready(self):
        # Imported here because both modules import models, which are only ready now.
        from editorial import patches, signals

        signals.connect()
        patches.apply()
