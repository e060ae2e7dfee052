from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Public API")

    def ready(self):
        from api import checks, invalidation  # noqa: F401 (checks register themselves)

        invalidation.connect()
