"""Local development: debug on, GraphiQL on, a throwaway secret key, plain HTTP."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
# The demo content and ``manage.py load_demo`` exist in development and tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", ["127.0.0.1", "localhost"], cast=list)
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
GRAPHIQL_ENABLED = True
CORS_ALLOWED_ORIGINS = env(
    "CORS_ALLOWED_ORIGINS", ["http://localhost:3000", "http://127.0.0.1:3000"], cast=list
)
# Here the media files are served by Django itself (in production S3 or the CDN answers
# CORS, see docs/media.md): a frontend on another port needs CORS for video files, posters
# and caption tracks (a <track> element loads only with it). Documents and original
# images stay out of it, as they stay out of the CDN.
CORS_URLS_REGEX = r"^/(graphql/?|media/(images|media|media_thumbnails|captions)/.+)$"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# `make run` starts `manage.py db_worker` and `run_scheduler` beside the server, as production
# runs them: background work (webhooks, renditions, scheduled publishing) goes through them.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
# Static files come from the apps' folders; nothing is collected into STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True

# --- Public API hardening: introspection and suggestions help developers here -------------
GRAPHQL_INTROSPECTION = True
GRAPHQL_SUGGESTIONS = True
# --- End of public API hardening ----------------------------------------------------------

# --- Edge hardening -------------------------------------------------------------------
# GraphiQL loads its scripts from a CDN and runs inline ones; it exists in development
# only, so its page is left out of the admin's content security policy here.
CONTENT_SECURITY_POLICY = {**CONTENT_SECURITY_POLICY, "EXCLUDE_URL_PREFIXES": ["/graphql/"]}  # noqa: F405
# --- End of edge hardening ------------------------------------------------------------
