"""wagtailmedia still deletes files synchronously: this test fails once it no longer does.

``MediaLibraryConfig.queue_hosted_media_file_deletion`` replaces wagtailmedia's
``signal_handlers.delete_files`` with one that queues the deletion, as Wagtail does for images
and documents. No upstream issue filed as of 2026-12-01. The test loads wagtailmedia's module
as shipped, apart from the patched one, and checks that its ``delete_files`` still calls the
storage itself; when it stops doing so, the patch can go.
"""

import importlib.util
from types import SimpleNamespace

from django.test import SimpleTestCase
from wagtailmedia import signal_handlers


def shipped_signal_handlers():
    """A fresh copy of wagtailmedia's ``signal_handlers``, without this project's patch."""
    spec = importlib.util.find_spec("wagtailmedia.signal_handlers")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class RecordingFile:
    """A field file that records deletions instead of reaching a storage."""

    def __init__(self, log, name):
        self.log, self.name = log, name

    def __bool__(self):
        return True

    def delete(self, save=True):
        self.log.append((self.name, save))


class HostedMediaDeletionTests(SimpleTestCase):
    def test_the_patch_is_installed(self):
        self.assertIsNot(signal_handlers.delete_files, shipped_signal_handlers().delete_files)

    def test_wagtailmedia_still_deletes_files_inside_the_request(self):
        log = []
        media = SimpleNamespace(
            file=RecordingFile(log, "media/talk.mp4"),
            thumbnail=RecordingFile(log, "media_thumbnails/talk.jpg"),
        )
        shipped_signal_handlers().delete_files(media)
        self.assertEqual(
            log,
            [("media/talk.mp4", False), ("media_thumbnails/talk.jpg", False)],
            "upstream fixed: delete the patch MediaLibraryConfig.queue_hosted_media_file_deletion "
            "and its row in docs/architecture.md",
        )
