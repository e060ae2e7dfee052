"""WSGI entry point for gunicorn: `gunicorn cms.wsgi --preload`.

The application is warmed as it is created (``api.warmup``): with ``--preload`` once, before
gunicorn forks its workers, so no worker pays for imports on its first request.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# After the application exists: warming imports the URLconf, which needs the app registry.
from api.warmup import warm  # noqa: E402

warm()
