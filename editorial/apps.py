from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial roles"

    def ready(self):
        # Imported here because the handlers' module imports models, which are ready now.
        from editorial import signals

        signals.connect()
