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
# --- Edge hardening: HSTS -------------------------------------------------------------
SECURE_HSTS_SECONDS = env("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 30, cast=int)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env("SECURE_HSTS_INCLUDE_SUBDOMAINS", True, cast=bool)
# Asking browsers to preload HTTPS for the domain is hard to undo (removal from the lists
# takes months), so it is an explicit choice; hstspreload.org also wants a year of
# SECURE_HSTS_SECONDS and subdomains included.
SECURE_HSTS_PRELOAD = env("SECURE_HSTS_PRELOAD", False, cast=bool)
# --- End of edge hardening ------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": TASK_QUEUES,  # noqa: F405
    },
}
