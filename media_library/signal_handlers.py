"""Signal handlers: warming renditions on publish, and removing caption files with their rows."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published

from media_library.files import delete_file_on_commit
from media_library.models import CaptionTrack
from media_library.tasks import warm_page_renditions

logger = logging.getLogger(__name__)


def warm_renditions_after_publish(sender, instance, **kwargs):
    """Queue rendition warming for a published page once its transaction has committed.

    Enqueuing on commit means the worker sees the published content; warming failures are
    the task's, never the editor's publish request's.
    """
    page_id = instance.pk

    def enqueue():
        try:
            warm_page_renditions.enqueue(page_id)
        except Exception:  # a queue outage must not fail a publish that has committed
            logger.exception("Could not queue rendition warming for page %s", page_id)

    transaction.on_commit(enqueue)


def delete_caption_file(sender, instance, **kwargs):
    delete_file_on_commit(instance.file.storage, instance.file.name)


def register_signal_handlers():
    page_published.connect(warm_renditions_after_publish, dispatch_uid="media_library_warm")
    post_delete.connect(
        delete_caption_file, sender=CaptionTrack, dispatch_uid="media_library_captions"
    )
