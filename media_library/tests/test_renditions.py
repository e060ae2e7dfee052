"""The API's rendition allow-list, and renditions that fail cleanly instead of crashing."""

import pytest

from media_library.factories import ImageFactory
from media_library.renditions import (
    NAMED_SIZES,
    RenditionFailed,
    RenditionNotAllowed,
    all_filter_specs,
    allowed_formats,
    filter_spec,
    get_rendition,
    get_renditions,
    parse_spec,
    standard_filter_specs,
)
from media_library.tests.uploads import image_bytes

pytestmark = pytest.mark.django_db


def test_an_allowed_size_and_format_make_a_filter_spec():
    assert filter_spec(640) == "width-640"
    assert filter_spec(1600, 800, "webp") == "fill-1600x800|format-webp"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((641,), "width 641 is not allowed; use one of widths 160 \\(thumbnail\\), 320"),
        ((640, 480), "a 640×480 crop is not allowed; use one of widths .* crops 1600×800"),
        ((640, None, "gif"), "format 'gif' is not allowed; use one of jpeg, png, webp"),
    ],
)
def test_a_size_or_format_outside_the_allow_list_is_refused_with_what_is_allowed(
    arguments, message
):
    with pytest.raises(RenditionNotAllowed, match=message):
        filter_spec(*arguments)


def test_the_allow_list_is_a_few_named_sizes_not_hundreds_of_combinations():
    assert len(all_filter_specs()) <= 7 * len(allowed_formats())
    assert {size.name for size in NAMED_SIZES} == {"thumbnail", "card", "gallery", "social", "hero"}


def test_the_standard_specs_are_on_the_allow_list_and_cover_every_named_size():
    standard = standard_filter_specs()
    assert set(standard) <= set(all_filter_specs())
    shapes = {parse_spec(spec)[:2] for spec in standard}
    assert {(size.width, size.height) for size in NAMED_SIZES} <= shapes
    assert {"width-640|format-webp", "width-160|format-png", "width-1280|format-jpeg"} <= set(
        standard
    )


def test_a_rendition_of_a_sound_image_is_generated_once(local_media):
    image = ImageFactory(file__width=800, file__height=600)

    first = get_rendition(image, "width-320|format-webp")
    again = get_rendition(image, "width-320|format-webp")

    assert (first.width, first.height) == (320, 240)
    assert again.pk == first.pk


@pytest.mark.parametrize(
    "damage",
    [
        b"this is not an image at all",
        image_bytes("JPEG", size=(800, 600))[:600],
        image_bytes("PNG", size=(800, 600))[:200],
    ],
    ids=["not an image", "truncated JPEG", "truncated PNG"],
)
def test_a_damaged_original_fails_with_a_message_fit_for_an_api_client(local_media, damage):
    image = ImageFactory(file__width=800, file__height=600)
    (local_media / image.file.name).write_bytes(damage)

    with pytest.raises(RenditionFailed) as raised:
        get_rendition(image, "width-320|format-webp")

    assert str(raised.value) == (
        f"Image {image.pk} could not be resized (width-320|format-webp): its original file is "
        "damaged or is not an image."
    )
    assert raised.value.image_id == image.pk


def test_a_missing_original_fails_with_a_storage_message(local_media):
    image = ImageFactory()
    (local_media / image.file.name).unlink()

    with pytest.raises(RenditionFailed, match="could not be read from the media storage"):
        get_rendition(image, "width-320")


def test_several_renditions_fail_together_naming_the_specs(local_media):
    image = ImageFactory()
    (local_media / image.file.name).write_bytes(b"broken")

    with pytest.raises(RenditionFailed, match=r"\(width-320, width-640\)"):
        get_renditions(image, ["width-320", "width-640"])
