"""The renditions the public API may serve, which of them exist already, and generating them.

The allow-list is a handful of sizes named for where they are used (a flag, a story card,
a gallery image, a share preview, a hero banner) plus the widths of a ``srcset``, in a few
formats: about thirty renditions per image at most, never an unbounded number.

Renditions are generated ahead of time, never while answering a public request:
``standard_filter_specs()`` lists those made for every image when it is uploaded and when a
page using it is published (``media_library.tasks``) and by ``warm_renditions``. Anything
else on the allow-list is queued the first time it is asked for. ``ready_renditions`` and
``nearest_ready`` only look at what is already stored; ``get_rendition`` and
``get_renditions`` generate, and belong to background work and the admin only. They turn
every way a rendition can fail (a damaged original, an unreachable storage) into
``RenditionFailed`` with a message that can be shown to an API client.

This module must not enqueue work or know about GraphQL.
"""

import functools
import hashlib
import logging
import os
import re
from dataclasses import dataclass

from django.core.cache import cache
from PIL import Image as PILImage
from PIL import features
from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError
from willow.image import UnrecognisedImageFormatError

from media_library.storage import StorageUnavailable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class NamedSize:
    """A size the API serves, named for where it is used."""

    name: str
    width: int
    height: int | None
    use: str

    @property
    def label(self):
        return f"{self.width}×{self.height}" if self.height else f"{self.width}"


NAMED_SIZES = (
    NamedSize("thumbnail", 160, None, "flags, logos and portraits"),
    NamedSize("card", 640, None, "story cards in listings"),
    NamedSize("gallery", 1024, None, "images in a story's body and in galleries"),
    NamedSize("social", 1280, None, "the preview shown when a page is shared"),
    NamedSize("hero", 1600, 800, "the wide banner at the top of a story, cropped"),
)
# The widths a ``srcset`` may list, and those it lists when the client names none.
SRCSET_WIDTHS = (160, 320, 640, 1024, 1600)
STANDARD_WIDTHS = (320, 640, 1024, 1600)
BASE_FORMATS = ("jpeg", "png", "webp")

# Generated for every image at upload and publish, so that the contract's operations find
# them ready: srcset widths in WebP, flags in PNG, the card fallback and the share preview
# in JPEG, the hero crop in WebP.
_STANDARD = (
    *((width, None, "webp") for width in SRCSET_WIDTHS),
    (160, None, "png"),
    (640, None, "jpeg"),
    (1280, None, "jpeg"),
    (1600, 800, "webp"),
)

EXTENSION_FORMATS = {
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".png": "png",
    ".webp": "webp",
    ".avif": "avif",
}
SPEC_PATTERN = re.compile(
    r"^(?:width-(?P<width>\d+)|fill-(?P<fill_width>\d+)x(?P<fill_height>\d+))"
    r"(?:\|format-(?P<format>[a-z]+))?$"
)

# How long a queued rendition is not queued again, and a failed one not retried.
QUEUED_SECONDS = 10 * 60
FAILED_SECONDS = 60 * 60


class RenditionNotAllowed(ValueError):
    """A size or format outside the allow-list; the message lists what is allowed."""


@functools.cache
def allowed_widths():
    """Widths a rendition without a crop, or a ``srcset``, may have."""
    return tuple(sorted({*SRCSET_WIDTHS, *(s.width for s in NAMED_SIZES if s.height is None)}))


def allowed_crops():
    """(width, height) pairs a cropped rendition may have."""
    return tuple((s.width, s.height) for s in NAMED_SIZES if s.height is not None)


@functools.cache
def allowed_formats():
    # AVIF only where the installed Pillow can write it.
    return (*BASE_FORMATS, *(["avif"] if features.check("avif") else []))


def _sizes_text():
    named = {(s.width, s.height): s.name for s in NAMED_SIZES}
    widths = [
        f"{width} ({named[(width, None)]})" if (width, None) in named else str(width)
        for width in allowed_widths()
    ]
    crops = [f"{w}×{h} ({named[(w, h)]})" for w, h in allowed_crops()]
    return f"widths {', '.join(widths)}; crops {', '.join(crops)}"


def filter_spec(width, height=None, image_format=None):
    """The Wagtail filter spec for an allowed size and format: ``fill-1600x800|format-webp``."""
    if height is None and width not in allowed_widths():
        raise RenditionNotAllowed(f"width {width} is not allowed; use one of {_sizes_text()}")
    if height is not None and (width, height) not in allowed_crops():
        raise RenditionNotAllowed(
            f"a {width}×{height} crop is not allowed; use one of {_sizes_text()}"
        )
    formats = allowed_formats()
    if image_format is not None and image_format not in formats:
        raise RenditionNotAllowed(
            f"format {image_format!r} is not allowed; use one of {', '.join(formats)}"
        )
    spec = f"fill-{width}x{height}" if height else f"width-{width}"
    if image_format:
        spec += f"|format-{image_format}"
    return spec


def parse_spec(spec):
    """(width, height or None, format or None) of a spec ``filter_spec`` makes, else None."""
    match = SPEC_PATTERN.match(spec)
    if match is None:
        return None
    if match["width"]:
        return int(match["width"]), None, match["format"]
    return int(match["fill_width"]), int(match["fill_height"]), match["format"]


def own_format(image):
    """The format a rendition keeps when the client names none: the original's."""
    extension = os.path.splitext(image.file.name)[1].lower()
    image_format = EXTENSION_FORMATS.get(extension, "jpeg")
    return image_format if image_format in allowed_formats() else "jpeg"


def standard_filter_specs():
    """The filter specs generated ahead of time for every image."""
    return [filter_spec(width, height, image_format) for width, height, image_format in _STANDARD]


def all_filter_specs():
    """Every filter spec on the allow-list."""
    shapes = [(width, None) for width in allowed_widths()] + list(allowed_crops())
    return [
        filter_spec(width, height, image_format)
        for width, height in shapes
        for image_format in allowed_formats()
    ]


# Which renditions are ready --------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _filter(spec):
    """The parsed ``Filter`` of ``spec``, made once per process and shared.

    Parsing a spec into operations is most of the cost of matching a rendition (Wagtail
    builds a new ``Filter`` per image and spec); a parsed ``Filter`` is only read
    afterwards. Specs come from the allow-list, so the cache stays small.
    """
    parsed = Filter(spec)
    parsed.operations  # noqa: B018 (parse now, once, not lazily in each thread)
    return parsed


def focal_point_key(image, spec):
    """The focal-point part of a rendition's key: empty unless ``spec`` crops."""
    return _filter(spec).get_cache_key(image)


class StoredRendition:
    """A stored rendition's row, read without building a model instance.

    What the API needs of a rendition (its spec, focal-point key, size and file) for a
    fraction of the cost of a ``Rendition`` instance: a listing of 20 cards reads about a
    hundred of them. ``url`` is what ``Rendition.url`` gives (the rendition storage's URL
    of the file). Read only: never saved, never handed to Wagtail.
    """

    __slots__ = ("pk", "image_id", "filter_spec", "focal_point_key", "width", "height", "file")

    def __init__(self, storage, pk, image_id, filter_spec, focal_point_key, width, height, name):
        self.pk = pk
        self.image_id = image_id
        self.filter_spec = filter_spec
        self.focal_point_key = focal_point_key
        self.width = width
        self.height = height
        self.file = StoredFile(storage, name)

    @property
    def url(self):
        return self.file.url


class StoredFile:
    """The file of a ``StoredRendition``: its name and its storage URL."""

    __slots__ = ("name", "storage")

    def __init__(self, storage, name):
        self.storage = storage
        self.name = name

    @property
    def url(self):
        return self.storage.url(self.name)


def attach_stored_renditions(images, specs):
    """Read the stored renditions of ``images`` for ``specs`` in one query and keep them
    on each image (``stored_renditions``), for ``ready_renditions`` and ``nearest_ready``."""
    images = list(images)
    if not images:
        return images
    model = get_image_model().get_rendition_model()
    storage = model._meta.get_field("file").storage
    rows = model.objects.filter(
        image_id__in=[image.pk for image in images], filter_spec__in=specs
    ).values_list("pk", "image_id", "filter_spec", "focal_point_key", "width", "height", "file")
    by_image = {image.pk: [] for image in images}
    for row in rows:
        by_image[row[1]].append(StoredRendition(storage, *row))
    for image in images:
        image.stored_renditions = by_image[image.pk]
    return images


def _prefetched_renditions(image):
    """The renditions prefetched with ``image``, or None when they were not prefetched."""
    stored = getattr(image, "stored_renditions", None)
    if stored is not None:
        return stored
    cache = getattr(image, "_prefetched_objects_cache", {})
    if "renditions" in cache:
        return cache["renditions"]
    return getattr(image, "prefetched_renditions", None)


def _loaded_renditions(image):
    """The renditions prefetched with ``image``; none when they were not prefetched."""
    return list(_prefetched_renditions(image) or ())


def ready_renditions(image, specs):
    """The stored renditions of ``image`` for ``specs``, keyed by spec; never generates.

    With renditions prefetched (as the API loads images, filtered on the specs the request
    asks for) this runs no query and parses no spec: one pass over the prefetched rows,
    each compared on its spec and, for crops, its focal point.
    """
    loaded = _prefetched_renditions(image)
    if loaded is None:
        found = image.find_existing_renditions(*(_filter(spec) for spec in specs))
        return {filter_.spec: rendition for filter_, rendition in found.items()}
    wanted = set(specs)
    ready = {}
    for rendition in loaded:
        spec = rendition.filter_spec
        if (
            spec in wanted
            and spec not in ready
            and rendition.focal_point_key == focal_point_key(image, spec)
        ):
            ready[spec] = rendition
    return ready


def nearest_ready(image, spec):
    """The prefetched rendition closest to ``spec``: same shape, then format, then width.

    A crop is only replaced by the same crop in another format, a width by another width,
    so that a layout never gets an image of other proportions. None when nothing fits.
    """
    wanted = parse_spec(spec)
    if wanted is None:
        return None
    width, height, image_format = wanted
    candidates = []
    for rendition in _loaded_renditions(image):
        other = parse_spec(rendition.filter_spec)
        if other is None or rendition.filter_spec == spec:
            continue
        if (other[1] is None) != (height is None):
            continue
        if height is not None and other[0] * height != other[1] * width:
            continue
        if rendition.focal_point_key != focal_point_key(image, rendition.filter_spec):
            continue  # made for an earlier focal point
        candidates.append(((other[2] != image_format, abs(other[0] - width), -other[0]), rendition))
    if not candidates:
        return None
    return min(candidates, key=lambda candidate: candidate[0])[1]


# Queue and failure marks, shared by the API and the task worker ---------------------------


def _cache_key(kind, image, spec):
    # The file name and focal point are part of the key: a replaced file or a moved focal
    # point needs new renditions, and must not be mistaken for the old ones.
    focal = focal_point_key(image, spec)
    digest = hashlib.sha256(f"{image.pk}:{image.file.name}:{focal}:{spec}".encode()).hexdigest()
    return f"rendition-{kind}:{digest[:32]}"


def claim_generation(image, specs):
    """The specs nobody has queued yet, now marked as queued (``cache.add``, atomic).

    Of concurrent callers for the same rendition exactly one gets it back. The mark
    expires after ``QUEUED_SECONDS``, so a lost task is queued again later.
    """
    return [
        spec for spec in specs if cache.add(_cache_key("queued", image, spec), True, QUEUED_SECONDS)
    ]


def release_generation(image, specs):
    """Forget that ``specs`` were queued (the task could not be queued after all)."""
    cache.delete_many([_cache_key("queued", image, spec) for spec in specs])


def mark_failed(image, specs, reason):
    cache.set_many({_cache_key("failed", image, spec): reason for spec in specs}, FAILED_SECONDS)


def failure_reason(image, specs):
    """Why the last attempt at one of ``specs`` failed, or None."""
    keys = [_cache_key("failed", image, spec) for spec in specs]
    reasons = cache.get_many(keys)
    return next((reasons[key] for key in keys if key in reasons), None)


# Generating (background work and the admin only) ---------------------------------------


class RenditionFailed(Exception):
    """A rendition could not be generated; ``str()`` is a message fit for an API client."""

    def __init__(self, image, spec, reason):
        self.image_id = image.pk
        self.spec = spec
        self.reason = reason
        super().__init__(f"Image {image.pk} could not be resized ({spec}): {reason}.")


# What Pillow and Willow raise for a damaged or unreadable file, besides OSError (truncated
# or unidentified data): SyntaxError and ValueError come from malformed headers and chunks.
_DAMAGED = (UnrecognisedImageFormatError, PILImage.DecompressionBombError, SyntaxError, ValueError)


def _failure(image, spec, error):
    if isinstance(error, SourceImageIOError):
        reason = "its original file could not be read from the media storage"
    elif isinstance(error, StorageUnavailable):
        reason = "the media storage is not responding"
    else:
        reason = "its original file is damaged or is not an image"
    logger.warning("Rendition %s of image %s failed: %r", spec, image.pk, error)
    return RenditionFailed(image, spec, reason)


def get_rendition(image, spec):
    """The rendition of ``image`` for filter ``spec``, generated if it does not exist yet.

    Raises ``RenditionFailed`` when the original cannot be read or processed.
    """
    try:
        return image.get_rendition(spec)
    except (SourceImageIOError, OSError, *_DAMAGED) as error:
        raise _failure(image, spec, error) from error


def get_renditions(image, specs):
    """Renditions of ``image`` for several filter specs, keyed by spec; one read of the original.

    Raises ``RenditionFailed`` (naming the first spec) when the original cannot be processed.
    """
    specs = list(specs)
    try:
        return image.get_renditions(*specs)
    except (SourceImageIOError, OSError, *_DAMAGED) as error:
        raise _failure(image, specs[0] if len(specs) == 1 else ", ".join(specs), error) from error
