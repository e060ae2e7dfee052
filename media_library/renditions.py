"""The renditions the public API may ask for, and nothing else.

An allow-list keeps anonymous clients from making the server generate (and store) an
unbounded number of image sizes. ``warm_renditions`` pre-generates the standard set.
"""

from django.conf import settings
from PIL import features

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
