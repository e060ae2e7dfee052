"""Production-safe settings shared by every environment.

Everything that differs between machines is read from the environment through ``env()``;
every variable read here is listed in the README's configuration table. ``dev`` and
``test`` relax these settings; ``production`` tightens them further.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from PIL import features

from core.timezones import time_zone_names

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env(name, default=None, *, cast=str):
    """Read one environment variable; ``cast`` turns the text into the setting's type."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if cast is bool:
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off"}:
            return False
        raise ImproperlyConfigured(f"{name} must be one of true/false/1/0/yes/no, not {raw!r}")
    if cast is list:
        return [item.strip() for item in raw.split(",") if item.strip()]
    try:
        return cast(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a valid {cast.__name__}") from error


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", [], cast=list)
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS", [], cast=list)

INSTALLED_APPS = [
    "core",
    "coalition",
    "media_library",
    "home",
    "stories",
    "meetings",
    "search",
    "editorial",
    "preview",
    "presenter",
    "webhooks",
    "localization",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_filters",
    "graphene_django",
    "corsheaders",
    "storages",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

if not env("DATABASE_URL"):
    # The embedded default: an SQLite file in the git-ignored var/ folder.
    VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env("DATABASE_CONN_MAX_AGE", 60, cast=int),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def cache_settings(redis_url):
    """Redis when a URL is given (a cache outage then slows pages, never breaks them),
    local memory otherwise. A separate alias keeps image renditions apart."""
    if not redis_url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "renditions": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "renditions",
            },
        }
    options = {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 2, "SOCKET_TIMEOUT": 2}
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "ghrs",
            "OPTIONS": options,
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": "ghrs-renditions",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": options,
        },
    }


REDIS_URL = env("REDIS_URL")
CACHES = cache_settings(REDIS_URL)
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the six official languages of the United Nations, English first.
LANGUAGE_CODE = "en"
# The names are shown in the admin (language filters, the explorer's language labels), in
# the editor's language.
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
    ("zh-hans", _("Chinese (Simplified)")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES


def _fallback_locales(raw):
    """``API_FALLBACK_LOCALES`` from the environment: ``ru=en;ar=fr,en`` (each language,
    ``=``, the languages it falls back to in order; ``;`` between languages)."""
    codes = {code for code, _ in LANGUAGES}
    chains = {}
    for entry in raw.split(";"):
        if not entry.strip():
            continue
        language, _, chain = entry.partition("=")
        language = language.strip()
        chain = [code.strip() for code in chain.split(",") if code.strip()]
        unknown = sorted({language, *chain} - codes)
        if unknown:
            raise ImproperlyConfigured(
                f"API_FALLBACK_LOCALES names {', '.join(unknown)}, which are not content "
                f"languages ({', '.join(sorted(codes))})."
            )
        chains[language] = chain
    return chains


# Where the API looks when `fallback: true` is asked for and a language has no published
# version: the languages listed for it, in order, then the language the item was first
# written in. By default every language falls back to the default language; the
# environment variable replaces the chains of the languages it names.
API_FALLBACK_LOCALES = {
    code: [LANGUAGE_CODE] for code, _ in LANGUAGES if code != LANGUAGE_CODE
} | env("API_FALLBACK_LOCALES", {}, cast=_fallback_locales)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True
# The project's own admin strings; Wagtail and Django bring their own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale"]

# Unreviewed translations never go public: a translation made from a live page stays
# a draft until a reviewer publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Machine translation is off unless MACHINE_TRANSLATOR names a backend.
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR", "")
if MACHINE_TRANSLATOR == "deepl":
    if not env("DEEPL_AUTH_KEY"):
        raise ImproperlyConfigured(
            "MACHINE_TRANSLATOR=deepl needs DEEPL_AUTH_KEY, the authentication key of a DeepL "
            "API account (a key ending in :fx uses DeepL's free API)"
        )
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_AUTH_KEY"), "TIMEOUT": 30},
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    if not env("LIBRETRANSLATE_URL"):
        raise ImproperlyConfigured(
            "MACHINE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL, the address of the "
            "LibreTranslate server, e.g. https://translate.example.org"
        )
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL").rstrip("/"),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": 30,
        },
    }
elif MACHINE_TRANSLATOR == "dummy":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    }
elif MACHINE_TRANSLATOR:
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={MACHINE_TRANSLATOR!r}: "
        "use deepl, libretranslate, dummy, or leave it empty"
    )

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT", str(VAR_DIR / "static"))
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = env("MEDIA_ROOT", str(VAR_DIR / "media"))


def s3_storage_options(bucket_name):
    """Options of ``media_library.storage.S3MediaStorage``, read from the environment.

    Credentials are optional: without them boto3 uses the instance or task role. Every value
    stays JSON-serialisable because Wagtail passes the storage's options to file-deletion
    tasks.
    """
    addressing_style = env("AWS_S3_ADDRESSING_STYLE", "auto")
    if addressing_style not in {"auto", "virtual", "path"}:
        raise ImproperlyConfigured(
            f"AWS_S3_ADDRESSING_STYLE={addressing_style!r}: use auto, virtual or path"
        )
    access_key, secret_key = env("AWS_ACCESS_KEY_ID"), env("AWS_SECRET_ACCESS_KEY")
    if bool(access_key) != bool(secret_key):
        raise ImproperlyConfigured(
            "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither to use the "
            "instance role."
        )
    return {
        "bucket_name": bucket_name,
        "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
        "region_name": env("AWS_S3_REGION_NAME"),
        "access_key": access_key,
        "secret_key": secret_key,
        "custom_domain": env("AWS_S3_CUSTOM_DOMAIN"),
        "addressing_style": addressing_style,
        "location": env("AWS_LOCATION", ""),
        "signature_version": "s3v4",
        "file_overwrite": False,
        "default_acl": None,
        # Public media gets plain URLs (through the CDN when there is one); documents and
        # original images are always signed, for AWS_QUERYSTRING_EXPIRE seconds.
        "querystring_auth": False,
        "querystring_expire": env("AWS_QUERYSTRING_EXPIRE", 300, cast=int),
        "connect_timeout": env("AWS_S3_CONNECT_TIMEOUT", 5.0, cast=float),
        "read_timeout": env("AWS_S3_READ_TIMEOUT", 20.0, cast=float),
        "max_attempts": env("AWS_S3_MAX_ATTEMPTS", 3, cast=int),
    }


# Media files: local disk under MEDIA_ROOT, or S3 when AWS_STORAGE_BUCKET_NAME is set.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
STORAGES = {
    "default": (
        {
            "BACKEND": "media_library.storage.S3MediaStorage",
            "OPTIONS": s3_storage_options(AWS_STORAGE_BUCKET_NAME),
        }
        if AWS_STORAGE_BUCKET_NAME
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Documents are always fetched through Wagtail's view, which checks the collection's privacy
# and then redirects to a short-lived signed URL (S3) or streams the file (local disk).
WAGTAILDOCS_SERVE_METHOD = "redirect" if AWS_STORAGE_BUCKET_NAME else "serve_view"

WAGTAIL_SITE_NAME = "Good Human Rights Stories"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
FRONTEND_BASE_URL = env("FRONTEND_BASE_URL", "http://localhost:3000").rstrip("/")
# The frontend's preview route; when set, pages get a second preview mode that opens it with
# a signed token (core.preview). Empty: the built-in reading view only.
FRONTEND_PREVIEW_URL = env("FRONTEND_PREVIEW_URL", "")
FRONTEND_PREVIEW_TOKEN_SECONDS = env("FRONTEND_PREVIEW_TOKEN_SECONDS", 3600, cast=int)


def email_settings(url):
    """Django's SMTP settings from one ``EMAIL_URL`` (``smtp://user:password@host:587?tls=true``,
    ``smtps://…`` for implicit TLS, ``console://`` to print mail), or ``{}`` when it is unset."""
    if not url:
        return {}
    parts = urlsplit(url)
    backends = {
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
        "console": "django.core.mail.backends.console.EmailBackend",
    }
    if parts.scheme not in backends:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with smtp://, smtps:// or console://, not {parts.scheme}://"
        )
    query = dict(item.split("=", 1) for item in parts.query.split("&") if "=" in item)
    return {
        "EMAIL_BACKEND": backends[parts.scheme],
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        # STARTTLS on a plain connection; smtps:// is TLS from the start (never both).
        "EMAIL_USE_TLS": parts.scheme == "smtp"
        and query.get("tls", "").lower() in {"1", "true", "yes", "on"},
    }


# Notification e-mails (review requests, approvals, changes requested). Either one EMAIL_URL
# or the separate variables; without either, Django's SMTP backend on localhost:25.
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env("EMAIL_PORT", 25, cast=int)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", False, cast=bool)
EMAIL_TIMEOUT = 10
globals().update(email_settings(env("EMAIL_URL")))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Good Human Rights Stories <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Search: the database's own full-text search (PostgreSQL with each language's text-search
# configuration, SQLite FTS5 on the embedded default), or Elasticsearch/OpenSearch for
# deployments that outgrow it. See docs/search.md.
SEARCH_BACKEND = env("SEARCH_BACKEND", "database")
SEARCH_BACKEND_MODULES = {
    "database": "search.backends",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}
if SEARCH_BACKEND not in SEARCH_BACKEND_MODULES:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND={SEARCH_BACKEND!r} is not a search backend; use one of "
        f"{', '.join(SEARCH_BACKEND_MODULES)}."
    )
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": SEARCH_BACKEND_MODULES[SEARCH_BACKEND]}}
if SEARCH_BACKEND != "database":
    if not env("SEARCH_URL"):
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={SEARCH_BACKEND} needs SEARCH_URL, the address of the cluster "
            "(e.g. https://user:password@search.example.org:9200)."
        )
    WAGTAILSEARCH_BACKENDS["default"].update(
        {
            "URLS": env("SEARCH_URL", cast=list),
            "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX", "ghrs_"),
            "TIMEOUT": env("SEARCH_TIMEOUT_SECONDS", 5, cast=int),
        }
    )

WAGTAILIMAGES_IMAGE_MODEL = "media_library.CustomImage"
WAGTAILMEDIA = {
    "MEDIA_MODEL": "media_library.HostedMedia",
    "MEDIA_FORM_BASE": "media_library.forms.HostedMediaForm",
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg", "wav"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
HOSTED_MEDIA_MAX_UPLOAD_SIZE = env("HOSTED_MEDIA_MAX_UPLOAD_MB", 500, cast=int) * 1024 * 1024
WAGTAILDOCS_DOCUMENT_MODEL = "media_library.CustomDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "media_library.forms.DocumentForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env("DOCUMENT_MAX_UPLOAD_MB", 20, cast=int) * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "media_library.forms.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env("IMAGE_MAX_UPLOAD_MB", 10, cast=int) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env("IMAGE_MAX_PIXELS", 40_000_000, cast=int)


def image_extensions():
    """JPEG, PNG and WebP everywhere; AVIF only where the installed Pillow can decode it.

    SVG is deliberately absent: an SVG file can carry scripts, and flags and logos work as PNG.
    """
    return ["jpg", "jpeg", "png", "webp", *(["avif"] if features.check("avif") else [])]


WAGTAILIMAGES_EXTENSIONS = image_extensions()

WAGTAILEMBEDS_FINDERS = [
    {"class": "media_library.embeds.unwebtv"},
    {"class": "wagtail.embeds.finders.oembed"},
]

# Editorial safety: edits made after a secretariat approval need approval again.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Webhook deliveries have a queue of their own, so a worker can serve them alone: a receiver
# waits for each, and a long rendition or index task must not hold them up.
TASK_QUEUES = ["default", "webhooks"]
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
        "QUEUES": TASK_QUEUES,
    }
}
# What `manage.py run_scheduler` runs every SCHEDULER_INTERVAL_SECONDS: scheduled publishing
# and expiry (go_live_at, expire_at), and the safety net of webhook deliveries.
SCHEDULED_COMMANDS = ["publish_scheduled", "deliver_webhooks"]
SCHEDULER_INTERVAL_SECONDS = 60

# Public API.
CORS_ALLOWED_ORIGINS = env("CORS_ALLOWED_ORIGINS", [], cast=list)
CORS_URLS_REGEX = r"^/graphql/?$"
CORS_ALLOW_METHODS = ["GET", "OPTIONS", "POST"]
GRAPHENE = {"SCHEMA": "cms.schema.schema", "ATOMIC_MUTATIONS": False}
GRAPHIQL_ENABLED = False
API_MAX_PAGE_SIZE = 100
API_DEFAULT_PAGE_SIZE = 20
# Limits on a single GraphQL document; more in the API hardening block at the end.
API_MAX_QUERY_DEPTH = env("API_MAX_QUERY_DEPTH", 15, cast=int)
API_MAX_QUERY_TOKENS = env("API_MAX_QUERY_TOKENS", 2000, cast=int)
API_MAX_VALIDATION_ERRORS = 20

# Security defaults; ``dev`` and ``test`` turn the HTTPS ones off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Nothing is framed, except Wagtail's preview in the editor: its views send SAMEORIGIN
# themselves (and the CSP's frame-ancestors allows this origin).
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = env("SESSION_COOKIE_SECURE", True, cast=bool)
CSRF_COOKIE_SECURE = env("CSRF_COOKIE_SECURE", True, cast=bool)
SESSION_COOKIE_HTTPONLY = True


# --- Edge hardening: request budgets, time budget, outages, login throttling, CSP -------
# (one block; the GraphQL limits above are configured separately)
INSTALLED_APPS = [*INSTALLED_APPS, "api", "axes", "csp"]
MIDDLEWARE = [
    *MIDDLEWARE,
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Client address behind proxies (core.http): the one header the proxy in front sets, e.g.
# X-Forwarded-For or CF-Connecting-IP; unset, REMOTE_ADDR is the client.
TRUSTED_PROXY_IP_HEADER = env("TRUSTED_PROXY_IP_HEADER")
TRUSTED_PROXY_COUNT = env("TRUSTED_PROXY_COUNT", 1, cast=int)

# Request budgets of the public API (api.throttling), in cost points per minute.
API_RATE_LIMIT_POINTS_PER_MINUTE = env("API_RATE_LIMIT_POINTS_PER_MINUTE", 1000, cast=int)
API_RATE_LIMIT_PARTNER_POINTS_PER_MINUTE = env(
    "API_RATE_LIMIT_PARTNER_POINTS_PER_MINUTE", 10_000, cast=int
)
API_RATE_LIMIT_CACHE = "default"
# Time budget of one API request (api.execution); well under the server's worker timeout.
API_REQUEST_TIMEOUT_SECONDS = env("API_REQUEST_TIMEOUT_SECONDS", 10.0, cast=float)
API_OUTAGE_RETRY_AFTER_SECONDS = 30
# Browser clients may read the budget headers of a cross-origin response.
CORS_EXPOSE_HEADERS = [
    "Retry-After",
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "X-RateLimit-Used",
]

# Login throttling (django-axes): a username is locked out from one address after
# AXES_FAILURE_LIMIT wrong passwords, for the cool-off time; other addresses and other
# users are not affected, so nobody can lock a colleague out from elsewhere.
AXES_FAILURE_LIMIT = env("AXES_FAILURE_LIMIT", 5, cast=int)
AXES_COOLOFF_TIME = timedelta(minutes=env("AXES_COOLOFF_MINUTES", 15, cast=int))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.http.client_ip"

# No avatars from gravatar.com: editors' e-mail hashes stay in house, and the admin loads
# nothing from a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Only zones the admin's JavaScript (Intl.DateTimeFormat) accepts: the server's zone database
# also lists "localtime", "Factory" and old aliases, which make the account page fail.
WAGTAIL_USER_TIME_ZONES = time_zone_names()


def media_origins(bucket_name):
    """Where the admin loads uploaded images and video from: S3 (or its CDN) when used."""
    if not bucket_name:
        return []
    origins = []
    if env("AWS_S3_CUSTOM_DOMAIN"):
        origins.append(f"https://{env('AWS_S3_CUSTOM_DOMAIN')}")
    endpoint = env("AWS_S3_ENDPOINT_URL")
    if endpoint:
        parts = urlsplit(endpoint)
        origins += [f"{parts.scheme}://{parts.netloc}", f"{parts.scheme}://*.{parts.netloc}"]
    else:
        origins.append("https://*.amazonaws.com")
    return origins


def origin_of(url):
    """``[scheme://host[:port]]`` of ``url``, or nothing when it is empty."""
    if not url:
        return []
    parts = urlsplit(url)
    return [f"{parts.scheme}://{parts.netloc}"]


# Content security policy of every HTML response (the API's JSON is unaffected by it).
# Wagtail's admin puts <script> elements inside its pages and form widgets and sets
# style attributes, so scripts and styles need 'unsafe-inline'; everything else loads from
# this server or the media storage only, and nothing may frame the admin from elsewhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *media_origins(AWS_STORAGE_BUCKET_NAME)],
        "media-src": [SELF, "blob:", *media_origins(AWS_STORAGE_BUCKET_NAME)],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        # Video embeds (YouTube, Vimeo, UN Web TV) are previewed in the editor.
        # The frontend preview mode frames the website's preview route.
        "frame-src": [SELF, "https:", *origin_of(FRONTEND_PREVIEW_URL)],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    },
}
# --- End of edge hardening ------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

# --- Public API hardening: request limits, query cost, production defaults ---------------
# Checked in this order before a query runs (api/views.py); each refusal is a coded JSON
# error. Production answers neither introspection nor "Did you mean" suggestions: the
# schema is published in frontend_contract/schema.graphql.
API_MAX_REQUEST_BYTES = env("API_MAX_REQUEST_BYTES", 64 * 1024, cast=int)
API_MAX_QUERY_LENGTH = env("API_MAX_QUERY_LENGTH", 20_000, cast=int)
API_MAX_FIELDS = env("API_MAX_FIELDS", 500, cast=int)
API_MAX_FIELD_REPEATS = env("API_MAX_FIELD_REPEATS", 10, cast=int)
API_MAX_ALIASES = env("API_MAX_ALIASES", 30, cast=int)
API_MAX_STRING_LENGTH = env("API_MAX_STRING_LENGTH", 2048, cast=int)
API_MAX_QUERY_COST = env("API_MAX_QUERY_COST", 50_000, cast=int)
GRAPHQL_INTROSPECTION = env("GRAPHQL_INTROSPECTION", False, cast=bool)
GRAPHQL_SUGGESTIONS = env("GRAPHQL_SUGGESTIONS", False, cast=bool)
# --- End of public API hardening ----------------------------------------------------------

# --- Public API caching and persisted queries (api/caching.py, api/persisted.py) ---------
# Successful anonymous GET answers are kept in the cache below for API_CACHE_SECONDS (0:
# not at all) and dropped at once by any publish or content change (a generation number
# kept in the same cache: Redis in production, shared by every process).
API_CACHE_ALIAS = "default"
API_CACHE_SECONDS = env("API_CACHE_SECONDS", 300, cast=int)
# What browsers (max-age) and shared caches such as a CDN (s-maxage) may keep a GET answer.
API_CACHE_MAX_AGE = env("API_CACHE_MAX_AGE", 30, cast=int)
API_CACHE_S_MAXAGE = env("API_CACHE_S_MAXAGE", 60, cast=int)
# Parsed documents and validation results kept in each process, by the document's hash.
API_DOCUMENT_CACHE_SIZE = 500
# The contract's operations, callable by the SHA-256 of their text.
API_PERSISTED_QUERIES_DIR = BASE_DIR / "frontend_contract" / "operations"
API_PERSISTED_QUERIES_ONLY = env("API_PERSISTED_QUERIES_ONLY", False, cast=bool)
# --- End of public API caching ----------------------------------------------------------
