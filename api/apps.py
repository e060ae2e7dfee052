from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "Public API"

    def ready(self):
        from api import checks, invalidation  # noqa: F401 (checks register themselves)

        invalidation.connect()
