"""Test runs: fast hashing, plain static storage, no outside hosts, HTTP test client."""

from .base import *  # noqa: F403
from .base import env

# The demo content and ``manage.py load_demo`` exist in development and tests only.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = env("MEDIA_ROOT", str(VAR_DIR / "test-media"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Static files come from the apps' folders; nothing is collected into STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True
FRONTEND_BASE_URL = "https://stories.example.org"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Embeds never reach an outside host in tests: UN Web TV is resolved locally and the
# oEmbed providers are answered by a stored-response finder.
WAGTAILEMBEDS_FINDERS = [
    {"class": "media_library.embeds.unwebtv"},
    {"class": "media_library.embeds.stored"},
]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

# --- Public API hardening: introspection and suggestions help developers here -------------
GRAPHQL_INTROSPECTION = True
GRAPHQL_SUGGESTIONS = True
# --- End of public API hardening ----------------------------------------------------------

# --- Public API caching ---------------------------------------------------------------
# The test database changes under a process-wide cache between tests: answers are cached
# only in the tests of caching (tests/api/test_caching.py), which turn it on.
API_CACHE_SECONDS = 0
# --- End of public API caching --------------------------------------------------------

# --- Edge hardening -------------------------------------------------------------------
# Every test client shares one address and one cache: budgets large enough for the whole
# suite; the rate-limit tests set their own.
API_RATE_LIMIT_POINTS_PER_MINUTE = 10_000_000
API_RATE_LIMIT_PARTNER_POINTS_PER_MINUTE = 20_000_000
# A busy shared test machine must not turn slow demo-content queries into TIMEOUTs; the
# deadline tests set their own, tiny, time budgets.
API_REQUEST_TIMEOUT_SECONDS = 120
# The test client's login() authenticates without a request, which django-axes' backend
# refuses; the login-throttling tests put the production backends back.
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
SILENCED_SYSTEM_CHECKS = ["axes.W003"]
# --- End of edge hardening ------------------------------------------------------------
