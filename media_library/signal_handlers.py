"""Signal handlers: warming renditions at upload and publish; caption files go with their rows."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.signals import page_published

from media_library.files import delete_file_on_commit
from media_library.models import CaptionTrack
from media_library.tasks import warm_image_renditions, warm_page_renditions

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


def warm_renditions_after_image_save(sender, instance, **kwargs):
    """Queue the standard renditions of an uploaded or edited image once it has committed.

    An edit can replace the file or move the focal point, which needs new renditions;
    when nothing changed the task finds them all present and generates nothing.
    """
    image_id = instance.pk

    def enqueue():
        try:
            warm_image_renditions.enqueue(image_id)
        except Exception:  # a queue outage must not fail an upload that has committed
            logger.exception("Could not queue rendition warming for image %s", image_id)

    transaction.on_commit(enqueue)


def delete_caption_file(sender, instance, **kwargs):
    delete_file_on_commit(instance.file.storage, instance.file.name)


def register_signal_handlers():
    page_published.connect(warm_renditions_after_publish, dispatch_uid="media_library_warm")
    post_save.connect(
        warm_renditions_after_image_save,
        sender=get_image_model(),
        dispatch_uid="media_library_warm_image",
    )
    post_delete.connect(
        delete_caption_file, sender=CaptionTrack, dispatch_uid="media_library_captions"
    )
