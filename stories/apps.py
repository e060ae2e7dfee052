from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self):
        # The handlers import models, which can be imported only once the app registry has
        # loaded them, that is from ready(), not while this module is being imported.
        from stories import signals

        signals.connect()
