"""Images as the API shows them: allow-listed renditions only, never the original file.

Alt text belongs to the place an image is used (a story's hero, an image block), so an
``ImageRef`` pairs a library image with the alt text of that use.

Resolvers never generate a rendition: they serve what is stored (prefetched with the
image, see ``api.image_specs``). A rendition not made yet is queued once for the task
worker and answered with the nearest stored rendition of the same shape, or with null and
a warning coded ``RENDITION_PENDING`` in the response's ``extensions.warnings`` (not an
error: nothing is wrong, and clients that stop at the first error keep working).
"""

import os
from dataclasses import dataclass

import graphene

from api.errors import ApiError, ErrorCode
from api.image_specs import format_value, specs_for
from api.loading.loaders import ImagesByIdLoader
from api.loading.request import api_context
from media_library.renditions import (
    EXTENSION_FORMATS,
    STANDARD_WIDTHS,
    RenditionNotAllowed,
    allowed_crops,
    allowed_formats,
    allowed_widths,
    failure_reason,
    nearest_ready,
    own_format,
    ready_renditions,
)
from media_library.tasks import queue_generation


@dataclass
class ImageRef:
    image: object
    alt: str


def image_ref(context, image_id, alt=None, default_alt=""):
    """An ``ImageRef`` for a library image id, or None when the image is gone."""
    image = ImagesByIdLoader(context).get(image_id)
    if image is None:
        return None
    return ImageRef(image, alt or image.description or default_alt)


class ImageFormat(graphene.Enum):
    """File formats renditions can be made in."""

    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"

    @property
    def description(self):
        return {
            "JPEG": "JPEG: photographs, understood everywhere.",
            "PNG": "PNG: lossless, for logos and flags.",
            "WEBP": "WebP: smaller than JPEG, supported by all current browsers.",
            "AVIF": "AVIF: smallest; only where the server's image library can write it.",
        }[self.name]


class FocalPoint(graphene.ObjectType):
    """The part of the image that must stay visible when it is cropped, in pixels."""

    x = graphene.Int(required=True, description="Centre, pixels from the left.")
    y = graphene.Int(required=True, description="Centre, pixels from the top.")
    width = graphene.Int(required=True, description="Width of the area.")
    height = graphene.Int(required=True, description="Height of the area.")


class RenditionType(graphene.ObjectType):
    """A resized copy of an image."""

    class Meta:
        name = "Rendition"

    url = graphene.String(required=True, description="Absolute address of the file.")
    width = graphene.Int(required=True, description="Width in pixels.")
    height = graphene.Int(required=True, description="Height in pixels.")
    format = graphene.Field(ImageFormat, description="File format.")


def _allowed_details():
    return {
        "allowedWidths": list(allowed_widths()),
        "allowedCrops": [f"{width}x{height}" for width, height in allowed_crops()],
        "allowedFormats": list(allowed_formats()),
    }


def _specs(image, widths, height, image_format):
    """Filter specs for the arguments; the original's format when none is named."""
    try:
        return specs_for(widths, height, format_value(image_format) or own_format(image))
    except RenditionNotAllowed as error:
        raise ApiError(f"{error}.", ErrorCode.RENDITION_NOT_ALLOWED, **_allowed_details()) from None


def _ready(image, specs):
    """The stored renditions for ``specs``; those missing are queued, once, for the worker."""
    ready = ready_renditions(image, specs)
    missing = [spec for spec in specs if spec not in ready]
    if missing:
        queue_generation(image, missing)
    return ready, missing


def _unavailable(info, image, specs):
    """Null for renditions not made yet, with a warning; a field error if they never will be."""
    reason = failure_reason(image, specs)
    if reason:
        raise ApiError(
            f"{reason} No rendition is available; the rest of the response is unaffected.",
            ErrorCode.RENDITION_FAILED,
            imageId=str(image.pk),
        )
    api_context(info).warn(
        info,
        f"Image {image.pk} has no rendition of this size ready yet; it is being made. Ask "
        "again in a minute.",
        ErrorCode.RENDITION_PENDING,
        imageId=str(image.pk),
    )


def rendition_url(context, image, spec):
    """Absolute address of ``image``'s rendition for ``spec``, or of the nearest ready one;
    None (with the rendition queued) when none is ready. For fields that answer with an
    address instead of an ``Image``."""
    ready, _ = _ready(image, [spec])
    rendition = ready.get(spec) or nearest_ready(image, spec)
    return context.absolute(rendition.url) if rendition else None


def _rendition_value(context, rendition):
    extension = os.path.splitext(rendition.file.name)[1].lower()
    return {
        "url": context.absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "format": EXTENSION_FORMATS.get(extension),
    }


class ImageType(graphene.ObjectType):
    """An image with its alt text. The original file is never exposed: ask for a rendition."""

    class Meta:
        name = "Image"

    id = graphene.ID(required=True, description="The library image's id.")
    alt = graphene.String(
        required=True,
        description="Text describing the image for people who cannot see it, in the "
        "language asked for. Empty only for decorative images.",
    )
    title = graphene.String(required=True, description="The image's title in the library.")
    credit = graphene.String(description="Photographer or owner, to print with the image.")
    width = graphene.Int(required=True, description="Width of the original, in pixels.")
    height = graphene.Int(required=True, description="Height of the original, in pixels.")
    focal_point = graphene.Field(
        FocalPoint, description="The area to keep in view when cropping, if editors set one."
    )
    rendition = graphene.Field(
        RenditionType,
        width=graphene.Int(
            required=True, description="Width in pixels, one of the allowed widths."
        ),
        height=graphene.Int(
            description="Height in pixels (one of the allowed widths): the image is cropped "
            "around its focal point to exactly width × height. Leave out to keep the "
            "proportions."
        ),
        format=graphene.Argument(
            ImageFormat, description="File format; the original's format when left out."
        ),
        description="A resized copy. Widths and formats come from an allow-list; asking for "
        "another gives a RENDITION_NOT_ALLOWED error listing the allowed values. Null with a "
        "RENDITION_FAILED error if the image file cannot be read.",
    )
    src_set = graphene.String(
        widths=graphene.List(
            graphene.NonNull(graphene.Int),
            description="Widths to include, from the allow-list (default 320, 640, 1024, 1600).",
        ),
        format=graphene.Argument(
            ImageFormat, description="File format; the original's format when left out."
        ),
        description="A ready-made `srcset` attribute value: `url 320w, url 640w, …`. A width "
        "larger than the original gives the original's width, listed once.",
    )

    @staticmethod
    def resolve_id(ref, info):
        return ref.image.pk

    @staticmethod
    def resolve_alt(ref, info):
        return ref.alt or ""

    @staticmethod
    def resolve_title(ref, info):
        return ref.image.title

    @staticmethod
    def resolve_credit(ref, info):
        return getattr(ref.image, "credit", "") or None

    @staticmethod
    def resolve_width(ref, info):
        return ref.image.width

    @staticmethod
    def resolve_height(ref, info):
        return ref.image.height

    @staticmethod
    def resolve_focal_point(ref, info):
        image = ref.image
        if image.focal_point_x is None or image.focal_point_y is None:
            return None
        return {
            "x": image.focal_point_x,
            "y": image.focal_point_y,
            "width": image.focal_point_width or 0,
            "height": image.focal_point_height or 0,
        }

    @staticmethod
    def resolve_rendition(ref, info, width, height=None, format=None):
        (spec,) = _specs(ref.image, [width], height, format)
        ready, _ = _ready(ref.image, [spec])
        rendition = ready.get(spec) or nearest_ready(ref.image, spec)
        if rendition is None:
            return _unavailable(info, ref.image, [spec])
        return _rendition_value(api_context(info), rendition)

    @staticmethod
    def resolve_src_set(ref, info, widths=None, format=None):
        widths = list(dict.fromkeys(widths or STANDARD_WIDTHS))
        if not widths:
            return ""
        specs = _specs(ref.image, widths, None, format)
        ready, missing = _ready(ref.image, specs)
        if not ready:
            return _unavailable(info, ref.image, missing)
        # Widths not made yet are left out: the browser picks among those that are.
        context = api_context(info)
        seen, parts = set(), []
        for spec in specs:
            rendition = ready.get(spec)
            if rendition is None or rendition.width in seen:
                continue
            seen.add(rendition.width)
            parts.append(f"{context.absolute(rendition.url)} {rendition.width}w")
        return ", ".join(parts)
