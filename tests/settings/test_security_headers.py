"""Browser-facing security: the admin's content security policy, HSTS, and `check --deploy`."""

import os
import secrets
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from django.contrib.auth import get_user_model
from django.test import Client, TestCase, override_settings

from tests.api.builders import build_content

ROOT = Path(__file__).resolve().parents[2]

# What an operator sets in production, as the README's configuration table documents.
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "cms.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://cms.example.org",
    "DATABASE_URL": "postgres://ghrs:secret@db.internal:5432/ghrs",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "AWS_STORAGE_BUCKET_NAME": "ghrs-media",
    "AWS_S3_REGION_NAME": "eu-west-1",
    "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
    "FRONTEND_BASE_URL": "https://stories.example.org",
    "WAGTAILADMIN_BASE_URL": "https://cms.example.org",
    "CORS_ALLOWED_ORIGINS": "https://stories.example.org",
    "TRUSTED_PROXY_IP_HEADER": "X-Forwarded-For",
    "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_PRELOAD": "true",
}


def run(args, **environ):
    """Run ``manage.py`` in a clean environment holding only ``environ``."""
    env = {"PATH": os.environ.get("PATH", ""), **environ}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing_with_the_production_variables():
    result = run(["check", "--deploy", "--fail-level", "WARNING"], **PRODUCTION_ENVIRONMENT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_reminds_of_preload_until_it_is_chosen():
    environ = {**PRODUCTION_ENVIRONMENT}
    del environ["SECURE_HSTS_PRELOAD"]

    result = run(["check", "--deploy"], **environ)

    assert "security.W021" in result.stderr
    assert "identified 1 issue" in result.stderr


def test_check_deploy_refuses_media_on_the_local_disk():
    environ = {**PRODUCTION_ENVIRONMENT}
    del environ["AWS_STORAGE_BUCKET_NAME"]

    result = run(["check", "--deploy"], **environ)

    assert result.returncode != 0
    assert "media_library.E001" in result.stderr


def test_hsts_is_configured_from_the_environment():
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "settings.SECURE_HSTS_PRELOAD)"
    )
    environ = {
        **PRODUCTION_ENVIRONMENT,
        "SECURE_HSTS_SECONDS": "63072000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "false",
        "SECURE_HSTS_PRELOAD": "false",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == ["63072000", "False", "False"], result.stderr


@override_settings(
    SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True, SECURE_HSTS_PRELOAD=True
)
def test_https_responses_carry_the_hsts_header(client, db):
    response = client.get("/admin/login/", secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


class Resources(HTMLParser):
    """Every script, stylesheet and image a page loads, and its inline scripts."""

    def __init__(self):
        super().__init__()
        self.urls, self.inline_scripts, self.nonces = [], 0, []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("nonce"):
            self.nonces.append(attrs["nonce"])
        if tag == "script":
            if attrs.get("src"):
                self.urls.append(attrs["src"])
            elif attrs.get("type") in (None, "text/javascript", "module"):
                self.inline_scripts += 1
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or ""):
            self.urls.append(attrs["href"])
        elif tag in ("img", "iframe", "video", "audio", "source") and attrs.get("src"):
            self.urls.append(attrs["src"])


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        name: values.split()
        for name, _, values in (part.strip().partition(" ") for part in header.split(";"))
    }


class AdminContentSecurityPolicyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()
        cls.admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")

    def setUp(self):
        self.client.force_login(self.admin)

    def test_admin_pages_are_served_with_the_policy(self):
        response = Client().get("/admin/login/")

        directives = policy(response)
        self.assertEqual(directives["default-src"], ["'self'"])
        self.assertEqual(directives["object-src"], ["'none'"])
        self.assertEqual(directives["frame-ancestors"], ["'self'"])
        self.assertEqual(directives["base-uri"], ["'self'"])
        self.assertEqual(directives["form-action"], ["'self'"])
        self.assertNotIn("'unsafe-eval'", directives["script-src"])

    def test_the_story_editor_loads_only_what_the_policy_allows(self):
        """Every file the editor loads comes from this server; its inline scripts may run."""
        for url in (
            f"/admin/pages/{self.content.school.pk}/edit/",
            "/admin/",
            "/admin/images/",
            "/admin/media/",
        ):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            page = Resources()
            page.feed(response.content.decode())
            directives = policy(response)

            foreign = [src for src in page.urls if not src.startswith("/") or src.startswith("//")]
            self.assertEqual(foreign, [], url)
            if page.inline_scripts:
                # A nonce or hash in script-src would make browsers ignore 'unsafe-inline'.
                self.assertIn("'unsafe-inline'", directives["script-src"])
                self.assertFalse(
                    [v for v in directives["script-src"] if v.startswith(("'nonce-", "'sha"))]
                )
            self.assertIn("'unsafe-inline'", directives["style-src"])

    def test_the_admin_loads_no_avatars_from_a_third_party(self):
        response = self.client.get("/admin/")

        self.assertNotIn("gravatar.com", response.content.decode())

    def test_admin_pages_cannot_be_framed_elsewhere(self):
        response = self.client.get("/admin/")

        self.assertEqual(response["X-Frame-Options"], "DENY")


def test_media_on_s3_is_allowed_as_images_and_video():
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "d = settings.CONTENT_SECURITY_POLICY['DIRECTIVES']; "
        "print(' '.join(d['img-src']), '|', ' '.join(d['media-src']))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **PRODUCTION_ENVIRONMENT},
        capture_output=True,
        text=True,
        timeout=60,
    )

    images, video = result.stdout.split("|")
    assert "https://media.example.org" in images.split(), result.stderr
    assert "https://*.amazonaws.com" in video.split()
