"""Generating the API's standard renditions ahead of time, so public requests never have to.

Which images are "in use" comes from Wagtail's reference index, which records every image a
page or snippet points at: hero and social images, flags, logos and photos, and images
inside StreamField blocks. For the whole site that is every image referenced by a live
page, plus every image referenced by a snippet (snippets here have no drafts, and the API
lists them independently of pages). For one page it is the page's own images plus those of
the snippets it points at (its country's flag, its presenter's photo, its partners' logos).
"""

import functools
import logging
import operator
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from media_library.renditions import RenditionFailed, get_renditions, standard_filter_specs

logger = logging.getLogger(__name__)


@dataclass
class WarmingReport:
    """What a warming run did; ``as_dict()`` is the task's JSON result."""

    images: int = 0
    generated: int = 0
    present: int = 0
    failures: list = field(default_factory=list)

    def as_dict(self):
        return {
            "images": self.images,
            "generated": self.generated,
            "present": self.present,
            "failures": list(self.failures),
        }


def _image_content_type():
    return ContentType.objects.get_for_model(get_image_model())


def _page_content_type():
    return ContentType.objects.get_for_model(Page)


def _referenced_image_ids(sources):
    """Image ids referenced by the given (content type id, object id) sources."""
    if not sources:
        return set()
    match = functools.reduce(
        operator.or_,
        (Q(base_content_type_id=ct_id, object_id=str(obj_id)) for ct_id, obj_id in sources),
    )
    return set(
        ReferenceIndex.objects.filter(match, to_content_type=_image_content_type()).values_list(
            "to_object_id", flat=True
        )
    )


def images_in_use():
    """Images referenced by a live page or by any published snippet, as a queryset."""
    image_type, page_type = _image_content_type(), _page_content_type()
    references = ReferenceIndex.objects.filter(to_content_type=image_type)
    live_pages = Page.objects.live().annotate(key=Cast("pk", CharField())).values("key")
    ids = set(
        references.filter(base_content_type=page_type, object_id__in=live_pages).values_list(
            "to_object_id", flat=True
        )
    )
    other_sources = (
        references.exclude(base_content_type=page_type)
        .values_list("base_content_type_id", flat=True)
        .distinct()
    )
    for content_type_id in other_sources:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        from_model = references.filter(base_content_type_id=content_type_id)
        if model is None:
            continue
        if any(f.name == "live" for f in model._meta.get_fields()):
            # Snippets with drafts: only the published ones count.
            live = model._default_manager.filter(live=True)
            from_model = from_model.filter(
                object_id__in=live.annotate(key=Cast("pk", CharField())).values("key")
            )
        ids.update(from_model.values_list("to_object_id", flat=True))
    return get_image_model().objects.filter(pk__in=[int(pk) for pk in ids])


def images_of_page(page):
    """Images a page shows: its own, and those of the snippets it refers to."""
    page = page.specific
    # The index is updated by a separate task, which may not have run yet for this save.
    ReferenceIndex.create_or_update_for_object(page)
    image_type, page_type = _image_content_type(), _page_content_type()
    ids, hops = set(), []
    for content_type_id, object_id in ReferenceIndex.get_references_for_object(page).values_list(
        "to_content_type_id", "to_object_id"
    ):
        if content_type_id == image_type.id:
            ids.add(object_id)
        elif content_type_id != page_type.id:
            hops.append((content_type_id, object_id))
    # Many-to-many relations (themes, partners) are not in the reference index.
    for relation in page._meta.many_to_many:
        content_type = ContentType.objects.get_for_model(relation.related_model)
        for pk in getattr(page, relation.name).values_list("pk", flat=True):
            hops.append((content_type.id, pk))
    ids |= _referenced_image_ids(hops)
    return get_image_model().objects.filter(pk__in=[int(pk) for pk in ids])


def warm_images(images, specs=None, progress=None):
    """Make sure every image in ``images`` has a rendition for each spec; idempotent.

    ``progress`` wraps the iteration (a progress bar); a failing image is reported and
    skipped, so one damaged file does not stop the run.
    """
    specs = list(specs or standard_filter_specs())
    images = images.order_by("pk").prefetch_renditions(*specs).iterator(chunk_size=100)
    report = WarmingReport()
    iterable = progress(images) if progress else images
    for image in iterable:
        report.images += 1
        known = {rendition.pk for rendition in image.prefetched_renditions}
        try:
            renditions = get_renditions(image, specs)
        except RenditionFailed as error:
            report.failures.append(f"Image {image.pk} “{image.title}”: {error.reason}")
            continue
        created = sum(1 for rendition in renditions.values() if rendition.pk not in known)
        report.generated += created
        report.present += len(renditions) - created
    return report
