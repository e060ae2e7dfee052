from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and ``manage.py load_demo``; installed by the dev and test settings only."""

    name = "demo"
    verbose_name = "Demo content"
