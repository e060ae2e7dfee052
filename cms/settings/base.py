"""Production-safe settings shared by every environment.

Everything that differs between machines is read from the environment through ``env()``;
every variable read here is listed in the README's configuration table. ``dev`` and
``test`` relax these settings; ``production`` tightens them further.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

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
    "localization",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
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

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ghrs",
            "OPTIONS": {
                # A cache outage degrades speed, never availability.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "ghrs-renditions",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
        },
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
        },
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the six official languages of the United Nations, English first.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("ar", "Arabic"),
    ("ru", "Russian"),
    ("zh-hans", "Chinese (Simplified)"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]

# Unreviewed translations never go public: a translation made from a live page stays
# a draft until a reviewer publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Machine translation is off unless MACHINE_TRANSLATOR names a backend.
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR", "")
if MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_AUTH_KEY"), "TIMEOUT": 30},
    }
elif MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL"),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", ""),
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

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Good Human Rights Stories"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
FRONTEND_BASE_URL = env("FRONTEND_BASE_URL", "http://localhost:3000").rstrip("/")

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

WAGTAILIMAGES_IMAGE_MODEL = "media_library.CustomImage"
WAGTAILMEDIA = {
    "MEDIA_MODEL": "media_library.HostedMedia",
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg", "wav"],
    "VIDEO_EXTENSIONS": ["mp4", "webm"],
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env("DOCUMENT_MAX_UPLOAD_MB", 20, cast=int) * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env("IMAGE_MAX_UPLOAD_MB", 10, cast=int) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env("IMAGE_MAX_PIXELS", 40_000_000, cast=int)
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]

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

TASKS = {
    "default": {"BACKEND": env("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}
}

# Public API.
CORS_ALLOWED_ORIGINS = env("CORS_ALLOWED_ORIGINS", [], cast=list)
CORS_URLS_REGEX = r"^/graphql/?$"
CORS_ALLOW_METHODS = ["GET", "OPTIONS", "POST"]
GRAPHENE = {"SCHEMA": "cms.schema.schema", "ATOMIC_MUTATIONS": False}
GRAPHIQL_ENABLED = False
API_MAX_PAGE_SIZE = 100
API_DEFAULT_PAGE_SIZE = 20

# Security defaults; ``dev`` and ``test`` turn the HTTPS ones off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_SECURE = env("SESSION_COOKIE_SECURE", True, cast=bool)
CSRF_COOKIE_SECURE = env("CSRF_COOKIE_SECURE", True, cast=bool)
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
