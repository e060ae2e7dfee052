"""The renditions the public API may ask for, and how to get them without a server error.

An allow-list keeps anonymous clients from making the server generate (and store) an
unbounded number of image sizes. ``warm_renditions`` pre-generates the standard set.
``get_rendition`` and ``get_renditions`` turn every way a rendition can fail (a damaged
original, an unreachable storage) into ``RenditionFailed`` with a message that can be
shown to an API client.
"""

import logging

from django.conf import settings
from PIL import Image as PILImage
from PIL import features
from wagtail.images.models import SourceImageIOError
from willow.image import UnrecognisedImageFormatError

from media_library.storage import StorageUnavailable

logger = logging.getLogger(__name__)

DEFAULT_WIDTHS = (160, 320, 480, 640, 800, 1024, 1280, 1600, 1920)
DEFAULT_FORMATS = ("jpeg", "png", "webp", "avif")
# Widths generated ahead of time for every live image (the API's srcSet default).
STANDARD_WIDTHS = (320, 640, 1024, 1600)
STANDARD_FORMATS = ("webp", "jpeg")


class RenditionNotAllowed(ValueError):
    """A width, height or format outside the allow-list; the message lists what is allowed."""


def allowed_widths():
    return tuple(getattr(settings, "API_IMAGE_WIDTHS", DEFAULT_WIDTHS))


def allowed_formats():
    formats = tuple(getattr(settings, "API_IMAGE_FORMATS", DEFAULT_FORMATS))
    # AVIF only where the installed Pillow can write it.
    return tuple(f for f in formats if f != "avif" or features.check("avif"))


def filter_spec(width, height=None, image_format=None):
    """The Wagtail filter spec for an allowed size and format, e.g. ``fill-640x360|format-webp``."""
    widths = allowed_widths()
    if width not in widths:
        raise RenditionNotAllowed(
            f"width {width} is not allowed; use one of {', '.join(map(str, widths))}"
        )
    if height is not None and height not in widths:
        raise RenditionNotAllowed(
            f"height {height} is not allowed; use one of {', '.join(map(str, widths))}"
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


def standard_filter_specs():
    """The filter specs generated ahead of time for every live image."""
    return [
        filter_spec(width, image_format=image_format)
        for width in STANDARD_WIDTHS
        for image_format in STANDARD_FORMATS
    ]


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
