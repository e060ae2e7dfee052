from django.apps import AppConfig


class MediaLibraryConfig(AppConfig):
    name = "media_library"
    verbose_name = "Media library"

    def ready(self):
        from media_library import checks  # noqa: F401 - registers the system checks
        from media_library.signal_handlers import register_signal_handlers

        register_signal_handlers()
