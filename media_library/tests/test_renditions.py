"""The API's rendition allow-list, and renditions that fail cleanly instead of crashing."""

import pytest

from media_library.factories import ImageFactory
from media_library.renditions import (
    RenditionFailed,
    RenditionNotAllowed,
    filter_spec,
    get_rendition,
    get_renditions,
    standard_filter_specs,
)
from media_library.tests.uploads import image_bytes

pytestmark = pytest.mark.django_db


def test_an_allowed_size_and_format_make_a_filter_spec():
    assert filter_spec(640) == "width-640"
    assert filter_spec(640, 480, "webp") == "fill-640x480|format-webp"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((641,), "width 641 is not allowed; use one of 160, 320"),
        ((640, 17), "height 17 is not allowed; use one of 160, 320"),
        ((640, None, "gif"), "format 'gif' is not allowed; use one of jpeg, png, webp"),
    ],
)
def test_a_size_or_format_outside_the_allow_list_is_refused_with_what_is_allowed(
    arguments, message
):
    with pytest.raises(RenditionNotAllowed, match=message):
        filter_spec(*arguments)


def test_the_standard_specs_are_allowed_widths_in_webp_and_jpeg():
    assert "width-640|format-webp" in standard_filter_specs()
    formats = {spec.split("|")[1] for spec in standard_filter_specs()}
    assert formats == {"format-webp", "format-jpeg"}


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
