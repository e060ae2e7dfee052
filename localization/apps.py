from django.apps import AppConfig


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = "Languages and translation"

    def ready(self):
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
