"""The S3 storage class and the settings that build it: URLs, time limits, file errors."""

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django_tasks.utils import normalize_json

from media_library.storage import S3MediaStorage, StorageUnavailable, is_private

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = {
    "bucket_name": "ghrs-media",
    "endpoint_url": "https://s3.eu-west-3.amazonaws.com",
    "region_name": "eu-west-3",
    "access_key": "AKIDEXAMPLE",
    "secret_key": "secret",
    "addressing_style": "path",
    "signature_version": "s3v4",
    "querystring_auth": False,
    "querystring_expire": 300,
}


@pytest.mark.parametrize(
    ("name", "private"),
    [
        ("documents/report.pdf", True),
        ("original_images/harbour.jpg", True),
        ("images/harbour.width-640.webp", False),
        ("media/story.mp4", False),
        ("captions/story-fr.vtt", False),
    ],
)
def test_documents_and_originals_are_private_and_everything_else_public(name, private):
    assert is_private(name) is private


def test_public_media_is_addressed_through_the_cdn_without_a_signature():
    storage = S3MediaStorage(**OPTIONS, custom_domain="media.example.org")

    assert storage.url("images/harbour.width-640.webp") == (
        "https://media.example.org/images/harbour.width-640.webp"
    )


def test_private_objects_are_signed_against_the_bucket_even_when_a_cdn_is_configured():
    storage = S3MediaStorage(**OPTIONS, custom_domain="media.example.org")

    url = storage.url("documents/report.pdf")

    parts = urlsplit(url)
    assert parts.netloc == "s3.eu-west-3.amazonaws.com"
    assert parts.path == "/ghrs-media/documents/report.pdf"
    query = parse_qs(parts.query)
    assert query["X-Amz-Expires"] == ["300"]
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]


def test_without_a_cdn_public_media_gets_a_plain_bucket_url():
    storage = S3MediaStorage(**OPTIONS)

    url = storage.url("media/story.mp4")

    assert url == "https://s3.eu-west-3.amazonaws.com/ghrs-media/media/story.mp4"


def test_uploads_never_overwrite_and_time_limits_reach_botocore():
    storage = S3MediaStorage(**OPTIONS, connect_timeout=3, read_timeout=7, max_attempts=4)

    assert storage.file_overwrite is False
    config = storage.client_config
    assert (config.connect_timeout, config.read_timeout) == (3, 7)
    assert config.retries == {"total_max_attempts": 4, "mode": "standard"}
    assert config.s3 == {"addressing_style": "path"}


def test_the_storage_survives_the_trip_through_a_file_deletion_task():
    """Wagtail hands ``storage.deconstruct()`` to a background task as JSON."""
    storage = S3MediaStorage(**OPTIONS, connect_timeout=3.0)

    path, args, kwargs = normalize_json(storage.deconstruct())
    rebuilt = S3MediaStorage(*args, **kwargs)

    assert path == "media_library.storage.S3MediaStorage"
    assert rebuilt.client_config.connect_timeout == 3.0


@pytest.fixture
def stalled_endpoint():
    """A TCP server that accepts connections and never answers, like a stalled S3."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_a_stalled_s3_frees_the_caller_within_the_configured_time(stalled_endpoint):
    storage = S3MediaStorage(
        **{**OPTIONS, "endpoint_url": stalled_endpoint},
        connect_timeout=1,
        read_timeout=1,
        max_attempts=2,
    )

    started = time.monotonic()
    with pytest.raises(StorageUnavailable, match="could not be reached"):
        storage.save("images/harbour.jpg", ContentFile(b"data"))
    elapsed = time.monotonic() - started

    # Two attempts of one second each, plus at most a second of retry back-off.
    assert 2 <= elapsed < 4.5


def test_a_refused_connection_is_reported_as_a_storage_fault():
    with socket.create_server(("127.0.0.1", 0)) as probe:
        closed_port = probe.getsockname()[1]
    storage = S3MediaStorage(
        **{**OPTIONS, "endpoint_url": f"http://127.0.0.1:{closed_port}"}, max_attempts=1
    )

    with pytest.raises(StorageUnavailable):
        storage.exists("documents/report.pdf")
    with pytest.raises(OSError, match="could not be reached"):
        storage.open("original_images/harbour.jpg")


def test_a_missing_object_is_reported_as_a_missing_file(s3_bucket):
    from django.core.files.storage import default_storage

    with pytest.raises(FileNotFoundError):
        default_storage.open("original_images/missing.jpg")
    with pytest.raises(FileNotFoundError):
        default_storage.size("original_images/missing.jpg")
    assert default_storage.exists("original_images/missing.jpg") is False


def import_settings(**environ):
    """STORAGES and the document serving method of production settings, for ``environ``."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "cms.example.org",
        **environ,
    }
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps([settings.STORAGES['default'], settings.WAGTAILDOCS_SERVE_METHOD]))"
    )
    return subprocess.run(  # noqa: S603 - fixed interpreter and code
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_production_uses_s3_configured_from_the_environment():
    result = import_settings(
        AWS_STORAGE_BUCKET_NAME="ghrs-media",
        AWS_S3_REGION_NAME="eu-west-3",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        AWS_S3_ADDRESSING_STYLE="virtual",
        AWS_S3_CONNECT_TIMEOUT="2.5",
        AWS_S3_READ_TIMEOUT="10",
        AWS_S3_MAX_ATTEMPTS="4",
        AWS_QUERYSTRING_EXPIRE="120",
        AWS_LOCATION="cms",
    )

    assert result.returncode == 0, result.stderr
    storage, serve_method = json.loads(result.stdout)
    assert storage["BACKEND"] == "media_library.storage.S3MediaStorage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "ghrs-media"
    assert options["custom_domain"] == "media.example.org"
    assert options["addressing_style"] == "virtual"
    assert options["access_key"] is None, "no keys: boto3 falls back to the instance role"
    assert options["file_overwrite"] is False
    assert (options["connect_timeout"], options["read_timeout"]) == (2.5, 10.0)
    assert (options["max_attempts"], options["querystring_expire"]) == (4, 120)
    assert options["location"] == "cms"
    assert serve_method == "redirect"


def test_without_a_bucket_media_stays_on_the_local_disk():
    result = import_settings()

    assert result.returncode == 0, result.stderr
    storage, serve_method = json.loads(result.stdout)
    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert serve_method == "serve_view"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"AWS_S3_ADDRESSING_STYLE": "dns"}, "use auto, virtual or path"),
        ({"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE"}, "Set both AWS_ACCESS_KEY_ID and"),
        ({"AWS_S3_READ_TIMEOUT": "soon"}, "AWS_S3_READ_TIMEOUT='soon' is not a valid float"),
    ],
)
def test_a_malformed_storage_variable_stops_the_start_with_a_clear_message(environ, message):
    result = import_settings(AWS_STORAGE_BUCKET_NAME="ghrs-media", **environ)

    assert result.returncode != 0
    assert message in result.stderr
