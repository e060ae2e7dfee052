"""Mail settings come from the environment; time zones offered are ones browsers accept."""

import json
import shutil
import subprocess
import sys

import pytest
from django.conf import settings

from core.timezones import time_zone_choices, time_zone_names
from tests.settings.test_settings import ROOT

PRODUCTION = {"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "cms.example.org"}
MAIL_SETTINGS = (
    "EMAIL_BACKEND",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_HOST_USER",
    "EMAIL_HOST_PASSWORD",
    "EMAIL_USE_TLS",
    "EMAIL_USE_SSL",
    "DEFAULT_FROM_EMAIL",
)


def production_mail_settings(**environ):
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{name: getattr(settings, name) for name in {MAIL_SETTINGS!r}}}))"
    )
    env = {"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, **PRODUCTION, **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_mail_is_configured_by_separate_variables():
    mail = production_mail_settings(
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="587",
        EMAIL_HOST_USER="cms",
        EMAIL_HOST_PASSWORD="secret",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="Stories <stories@example.org>",
    )
    assert mail["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (mail["EMAIL_HOST"], mail["EMAIL_PORT"]) == ("smtp.example.org", 587)
    assert (mail["EMAIL_HOST_USER"], mail["EMAIL_HOST_PASSWORD"]) == ("cms", "secret")
    assert mail["EMAIL_USE_TLS"] is True
    assert mail["DEFAULT_FROM_EMAIL"] == "Stories <stories@example.org>"


def test_mail_is_configured_by_one_url_with_escaped_credentials():
    mail = production_mail_settings(EMAIL_URL="smtps://cms%40example.org:p%2Fw@mail.example.org")
    assert (mail["EMAIL_HOST"], mail["EMAIL_PORT"]) == ("mail.example.org", 465)
    assert (mail["EMAIL_HOST_USER"], mail["EMAIL_HOST_PASSWORD"]) == ("cms@example.org", "p/w")
    assert (mail["EMAIL_USE_SSL"], mail["EMAIL_USE_TLS"]) == (True, False)


def test_an_unknown_mail_url_scheme_is_refused_with_the_allowed_ones():
    code = "import django; django.setup()"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "EMAIL_URL": "imap://mail.example.org",
            **PRODUCTION,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "EMAIL_URL must start with smtp://, smtps:// or console://" in result.stderr


def test_server_only_zone_names_are_never_offered():
    names = set(time_zone_names())
    assert {"UTC", "Europe/Zurich", "America/Argentina/Buenos_Aires"} <= names
    assert not names & {"localtime", "Factory", "posixrules", "GB", "Navajo"}
    assert not [name for name in names if name.startswith(("posix/", "right/"))]
    assert time_zone_names() == settings.WAGTAIL_USER_TIME_ZONES
    assert [name for name, _label in time_zone_choices()] == time_zone_names()


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js: apt-get install nodejs")
def test_every_zone_offered_is_accepted_by_intl_date_time_format():
    """The admin's account page formats dates in the chosen zone with ``Intl``; a name it
    rejects (``localtime`` was offered) throws a RangeError in the browser."""
    script = (
        "const names = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const bad = names.filter(n => { try { new Intl.DateTimeFormat('en', {timeZone: n});"
        " return false; } catch (e) { return true; } });"
        "console.log(JSON.stringify(bad));"
    )
    result = subprocess.run(  # noqa: S603
        [shutil.which("node"), "-e", script],
        input=json.dumps(time_zone_names()),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == []
