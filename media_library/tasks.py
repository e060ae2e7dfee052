"""Background work of the media library, run by the task worker in production.

All image processing for the public API happens here (and in ``warm_renditions``): at
upload, at publish, and for a rendition a public request found missing, which that request
queues with ``queue_generation`` and never generates itself.

With the immediate backend (development, tests) a task runs as soon as it is enqueued,
which for the publishing hook means right after the publishing transaction commits, and
for a missing rendition means within the request that queued it (once, thanks to the
queue mark); production's database backend runs them on the worker.
"""

import logging

from django_tasks import task
from wagtail.images import get_image_model
from wagtail.models import Page

from media_library.renditions import (
    RenditionFailed,
    all_filter_specs,
    claim_generation,
    get_renditions,
    mark_failed,
    release_generation,
)
from media_library.warming import images_of_page, warm_images

logger = logging.getLogger(__name__)

NOTHING = {"images": 0, "generated": 0, "present": 0, "failures": []}


@task()
def warm_page_renditions(page_id):
    """Generate the standard renditions of every image a just-published page shows."""
    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        # Unpublished or deleted before the worker got to it.
        return NOTHING
    return warm_images(images_of_page(page)).as_dict()


@task()
def warm_image_renditions(image_id):
    """Generate the standard renditions of a just-uploaded (or edited) image."""
    return warm_images(get_image_model().objects.filter(pk=image_id)).as_dict()


@task()
def generate_renditions(image_id, specs):
    """Generate renditions a public request asked for and found missing.

    A failure is remembered for a while, so that the API reports RENDITION_FAILED instead
    of queueing the same hopeless work again and again.
    """
    image = get_image_model().objects.filter(pk=image_id).first()
    allowed = set(all_filter_specs())
    specs = [spec for spec in specs if spec in allowed]
    if image is None or not specs:
        return NOTHING
    try:
        generated = get_renditions(image, specs)
    except RenditionFailed as error:
        mark_failed(image, specs, str(error))
        return {**NOTHING, "images": 1, "failures": [str(error)]}
    return {**NOTHING, "images": 1, "generated": len(generated)}


def queue_generation(image, specs):
    """Queue the generation of ``specs`` of ``image``, unless someone already has.

    Returns the specs this call queued. Concurrent callers never queue the same rendition
    twice (see ``claim_generation``); a queue outage is logged and the claim released, so
    a later request tries again.
    """
    claimed = claim_generation(image, specs)
    if not claimed:
        return []
    try:
        generate_renditions.enqueue(image.pk, claimed)
    except Exception:  # a queue outage must cost a missing image, not the response
        logger.exception("Could not queue renditions %s of image %s", claimed, image.pk)
        release_generation(image, claimed)
        return []
    return claimed
