"""The S3 storage for uploaded media, and the translation of S3 faults into file errors.

Two kinds of object live in the bucket:

* **Public media** (image renditions, hosted video and audio, posters, caption files) is
  addressed through the CDN domain when ``custom_domain`` is set, as plain unsigned URLs that
  the CDN can cache; without a CDN, through the bucket endpoint.
* **Private objects** (documents and original images, see ``PRIVATE_PREFIXES``) are never
  addressed through the CDN. Their URLs are always short-lived presigned URLs against the
  bucket endpoint, whatever the CDN setting: an S3 signature is only valid for the bucket's
  own host, so a CDN custom domain cannot carry one. Wagtail's document view checks the
  collection's privacy first and only then redirects to such a URL.

botocore raises its own exception classes, which Wagtail and wagtailmedia do not expect:
they handle missing or unreadable files as ``OSError`` (a broken-image placeholder, "file not
found"). This storage raises ``FileNotFoundError`` for a missing object and
``StorageUnavailable`` (an ``OSError``) when S3 cannot be reached or refuses a request, so a
storage outage degrades those pages instead of turning them into server errors.

Everything passed to the constructor must stay JSON-serialisable: Wagtail deletes files in a
background task that receives ``storage.deconstruct()`` as its arguments.
"""

import contextlib
import logging

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3File, S3Storage
from storages.utils import clean_name

logger = logging.getLogger(__name__)

# Key prefixes whose objects are served only through signed URLs: Wagtail documents (their
# collection may be private) and original images (only renditions are published; the
# originals can be large and may carry metadata such as GPS positions).
PRIVATE_PREFIXES = ("documents/", "original_images/")


class StorageUnavailable(OSError):
    """S3 could not be reached in time, or refused the request."""


def is_private(name):
    """Whether the object called ``name`` may only be fetched through a signed URL."""
    return clean_name(name).lstrip("/").startswith(PRIVATE_PREFIXES)


@contextlib.contextmanager
def translated_errors(action, name):
    """Re-raise botocore errors from ``action`` on ``name`` as the ``OSError`` callers expect."""
    try:
        yield
    except ClientError as error:
        code = error.response.get("Error", {}).get("Code", "")
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        if status == 404 and code != "NoSuchBucket":
            raise FileNotFoundError(f"“{name}” does not exist in the media storage") from error
        logger.warning("S3 refused to %s %s: %s", action, name, error)
        raise StorageUnavailable(
            f"the media storage refused to {action} “{name}” ({code or status})"
        ) from error
    except BotoCoreError as error:
        logger.warning("S3 did not answer a request to %s %s: %s", action, name, error)
        raise StorageUnavailable(
            f"the media storage could not be reached to {action} “{name}”"
        ) from error


class MediaS3File(S3File):
    """An S3 file whose lazy download reports faults as ``OSError``."""

    def _get_file(self):
        with translated_errors("read", self.name):
            return super()._get_file()

    file = property(_get_file, S3File._set_file)


class S3MediaStorage(S3Storage):
    """django-storages' S3 storage with time limits, signed private URLs and file errors.

    ``connect_timeout`` and ``read_timeout`` (seconds) and ``max_attempts`` (tries in all,
    including the first) bound how long one storage call can hold a worker: at most about
    ``max_attempts × (connect_timeout + read_timeout)`` plus the retry back-off.
    """

    def __init__(
        self,
        *,
        connect_timeout=5.0,
        read_timeout=20.0,
        max_attempts=3,
        retry_mode="standard",
        **settings,
    ):
        settings.setdefault("file_overwrite", False)
        super().__init__(**settings)
        # Merged into the config django-storages builds, which carries the addressing
        # style, signature version and proxies.
        self.client_config = self.client_config.merge(
            Config(
                connect_timeout=connect_timeout,
                read_timeout=read_timeout,
                retries={"total_max_attempts": max_attempts, "mode": retry_mode},
            )
        )

    def _open(self, name, mode="rb"):
        key = self._normalize_name(clean_name(name))
        with translated_errors("open", name):
            return MediaS3File(key, mode, self)

    def _save(self, name, content):
        with translated_errors("store", name):
            return super()._save(name, content)

    def delete(self, name):
        with translated_errors("delete", name):
            super().delete(name)

    def exists(self, name):
        with translated_errors("look up", name):
            return super().exists(name)

    def size(self, name):
        with translated_errors("measure", name):
            return super().size(name)

    def listdir(self, path):
        with translated_errors("list", path):
            return super().listdir(path)

    def get_modified_time(self, name):
        with translated_errors("date", name):
            return super().get_modified_time(name)

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not is_private(name):
            return super().url(name, parameters=parameters, expire=expire, http_method=http_method)
        # Signed against the bucket endpoint even when a CDN domain is configured.
        params = {
            **(parameters or {}),
            "Bucket": self.bucket_name,
            "Key": self._normalize_name(clean_name(name)),
        }
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params=params,
            ExpiresIn=self.querystring_expire if expire is None else expire,
            HttpMethod=http_method,
        )
