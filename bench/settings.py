"""Production settings plus what only the benchmark serves: Wagtail's REST API v2 and floors.

``make bench`` starts gunicorn with these settings so that this API, Wagtail's REST API v2
and the hand-written floor views answer from the same processes and the same database.
Never deployed: the REST API would publish every page field the bench adds to it.
"""

from cms.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
# Pages of up to 100 items, as this API allows.
WAGTAILAPI_LIMIT_MAX = 100
