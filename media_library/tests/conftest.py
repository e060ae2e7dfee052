"""Fixtures for the media tests: moto's S3 server on loopback, and the storage pointed at it.

The server is real HTTP (``ThreadedMotoServer``), so uploads, signed URLs, bucket policies
and outages behave as they do against S3, with boto3, botocore's timeouts and retries and
django-storages all in the path. One server runs per test session (per xdist worker); each
test gets its own bucket.
"""

import contextlib
import json
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

import boto3
import pytest
from django.apps import apps
from django.core.cache import caches
from django.db.models import FileField
from django.utils.functional import empty
from moto.server import ThreadedMotoServer

# Readable without a signature, as docs/media.md's bucket policy for a deployment without CDN.
PUBLIC_PREFIXES = ("images/", "media/", "media_thumbnails/", "captions/")


class LoopbackS3:
    """moto's S3 server in a thread on a free loopback port; it can stop and come back."""

    def __init__(self):
        self.host, self.port = "127.0.0.1", 0
        self._server = None

    def start(self):
        server = ThreadedMotoServer(ip_address=self.host, port=self.port, verbose=False)
        server.start()
        # The first start picks a free port; a restart reuses it, as S3 keeps its address.
        self.host, self.port = server.get_host_and_port()
        self._server = server

    def stop(self):
        self._server.stop()
        # ThreadedMotoServer leaves the listening socket open after stopping. Closing it makes
        # new connections fail as they do when S3 is down, and frees the port for a restart.
        self._server._server.server_close()
        self._server = None

    @property
    def running(self):
        return self._server is not None

    @property
    def endpoint_url(self):
        return f"http://{self.host}:{self.port}"

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            region_name="us-east-1",
        )


def reset_media_storage():
    """Forget every storage object built so far, so the next use reads STORAGES again.

    Django caches storage instances (``storages``, ``default_storage``); file fields whose
    storage is a callable (Wagtail's rendition storage) evaluate it once, when the model
    class is built; the renditions cache holds rendition rows that point at the old
    storage. Dropping the cached instances also drops their pooled S3 connections.
    """
    from django.core.files.storage import default_storage, storages

    with contextlib.suppress(AttributeError):
        del storages.backends
    storages._backends = None
    storages._storages = {}
    default_storage._wrapped = empty
    for model in apps.get_models():
        for field in model._meta.fields:
            if isinstance(field, FileField) and hasattr(field, "_storage_callable"):
                field.storage = field._storage_callable()
    caches["renditions"].clear()


def fetch(url):
    """GET ``url`` over HTTP: (status, body bytes), also for error statuses."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback moto
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@dataclass
class Bucket:
    """The test's bucket on the moto server."""

    server: LoopbackS3
    name: str

    def list_keys(self, prefix=""):
        response = self.server.client().list_objects_v2(Bucket=self.name, Prefix=prefix)
        return sorted(item["Key"] for item in response.get("Contents", []))

    def read(self, key):
        return self.server.client().get_object(Bucket=self.name, Key=key)["Body"].read()

    def plain_url(self, key):
        return f"{self.server.endpoint_url}/{self.name}/{key}"


@pytest.fixture(scope="session")
def s3_server():
    server = LoopbackS3()
    server.start()
    yield server
    if server.running:
        server.stop()


@pytest.fixture
def s3_bucket(s3_server, settings, monkeypatch):
    """A fresh bucket, with STORAGES["default"] pointing at it as production would configure it.

    The options come from the settings' own ``s3_storage_options``, fed the environment a
    deployment would set.
    """
    from cms.settings.base import s3_storage_options

    if not s3_server.running:
        s3_server.start()
    name = f"media-{uuid.uuid4().hex[:12]}"
    client = s3_server.client()
    client.create_bucket(Bucket=name)
    client.put_bucket_policy(
        Bucket=name,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Sid": "PublicMedia",
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": [
                            f"arn:aws:s3:::{name}/{prefix}*" for prefix in PUBLIC_PREFIXES
                        ],
                    }
                ],
            }
        ),
    )
    for variable, value in {
        "AWS_S3_ENDPOINT_URL": s3_server.endpoint_url,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_S3_ADDRESSING_STYLE": "path",
        # Two attempts keep the outage tests quick while still exercising a retry.
        "AWS_S3_MAX_ATTEMPTS": "2",
        "AWS_S3_CONNECT_TIMEOUT": "2",
        "AWS_S3_READ_TIMEOUT": "5",
    }.items():
        monkeypatch.setenv(variable, value)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "media_library.storage.S3MediaStorage",
            "OPTIONS": s3_storage_options(name),
        },
    }
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    reset_media_storage()
    yield Bucket(server=s3_server, name=name)
    reset_media_storage()
    if s3_server.running:
        for key in Bucket(s3_server, name).list_keys():
            client.delete_object(Bucket=name, Key=key)
        client.delete_bucket(Bucket=name)


@pytest.fixture
def local_media(settings, tmp_path):
    """Uploads go to a temporary folder on the local disk."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    reset_media_storage()
    yield tmp_path / "media"
    reset_media_storage()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="x"
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
