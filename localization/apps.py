from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = _("Languages and translation")

    def ready(self):
        # These modules import models (the checks and patches reach wagtail-localize's), which
        # can be imported only once the app registry has loaded them: from ready(), not while
        # this module is being imported.
        from localization import checks  # noqa: F401  (registers the system checks)
        from localization.compat import (
            skip_empty_optional_blocks,
            synchronise_many_to_many,
            unicode_translated_slugs,
        )
        from localization.streamfield import connect_signals

        skip_empty_optional_blocks()
        unicode_translated_slugs()
        synchronise_many_to_many()
        connect_signals()
