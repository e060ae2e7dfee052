"""What production servers run: no debug, a real secret, HTTPS only, state off the disk.

App processes are stateless: the database, Redis, S3 and the task worker hold all state.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production refuses to start without a secret key: "
        "set SECRET_KEY to a long random string (for example from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`)."
    )
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set: list the public host names, comma-separated."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", True, cast=bool)
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 30, cast=int)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
TASKS = {
    "default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")},
}
