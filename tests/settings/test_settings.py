"""The settings package: production-safe defaults, and every variable documented."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETTINGS_DIR = ROOT / "cms" / "settings"
ENV_READ = re.compile(r"""\benv\(\s*["']([A-Z][A-Z0-9_]+)["']""")


def settings_variables():
    names = set()
    for path in SETTINGS_DIR.glob("*.py"):
        names.update(ENV_READ.findall(path.read_text()))
    return names


def import_settings(module, **environ):
    """Import a settings module in a clean interpreter with only ``environ`` set."""
    env = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": module, **environ}
    code = (
        "import django; from django.conf import settings; django.setup(); "
        "print(settings.DEBUG, settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)"
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_every_environment_variable_is_in_the_readme_configuration_table():
    readme = (ROOT / "README.md").read_text()
    table_rows = {
        match.group(1) for match in re.finditer(r"^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|", readme, re.M)
    }
    variables = settings_variables()
    assert len(variables) > 10
    missing = sorted(variables - table_rows)
    assert not missing, f"Settings read these variables the README table does not list: {missing}"


def test_production_refuses_to_start_without_a_secret_key():
    result = import_settings("cms.settings.production", ALLOWED_HOSTS="cms.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = import_settings("cms.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_starts_with_debug_off_and_secure_cookies():
    result = import_settings(
        "cms.settings.production", SECRET_KEY="x" * 50, ALLOWED_HOSTS="cms.example.org"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_malformed_boolean_variable_is_refused_with_the_allowed_values(value):
    result = import_settings(
        "cms.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="cms.example.org",
        SESSION_COOKIE_SECURE=value,
    )
    assert result.returncode != 0
    assert "SESSION_COOKIE_SECURE must be one of true/false" in result.stderr


def test_base_settings_are_production_safe(settings):
    from cms.settings import base

    assert base.DEBUG is False
    assert base.GRAPHIQL_ENABLED is False
    assert base.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
    assert [code for code, _ in base.WAGTAIL_CONTENT_LANGUAGES] == [
        "en",
        "fr",
        "es",
        "ar",
        "ru",
        "zh-hans",
    ]
