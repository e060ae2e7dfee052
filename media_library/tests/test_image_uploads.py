"""Image upload validation in the admin: each refusal says what is accepted instead."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, features

from media_library.models import CustomImage
from media_library.tests.uploads import image_bytes, image_upload

pytestmark = pytest.mark.django_db

ACCEPTED = "JPEG, PNG, WebP or AVIF" if features.check("avif") else "JPEG, PNG or WebP"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script></svg>"
)


def upload(client, file):
    response = client.post(reverse("wagtailimages:add"), {"title": "Flag", "file": file})
    return response, response.content.decode()


def test_the_upload_form_states_the_accepted_formats_and_limits(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

    html = editor_client.get(reverse("wagtailimages:add")).content.decode()

    limits = "Images can be at most 10.0\xa0MB and 40 megapixels."
    assert f"Accepted formats: {ACCEPTED}. {limits}" in html


def test_an_svg_is_refused_with_the_reason_and_the_accepted_formats(editor_client, local_media):
    response, html = upload(editor_client, SimpleUploadedFile("flag.svg", SVG, "image/svg+xml"))

    assert response.status_code == 200
    assert "SVG images are not accepted: an SVG file can contain scripts" in html
    assert f"Accepted formats: {ACCEPTED}." in html
    assert not CustomImage.objects.exists()


def test_an_svg_renamed_to_png_is_refused_as_svg(editor_client, local_media):
    response, html = upload(editor_client, SimpleUploadedFile("flag.png", SVG, "image/png"))

    assert response.status_code == 200
    assert "SVG images are not accepted" in html
    assert not CustomImage.objects.exists()


def test_a_format_outside_the_list_is_refused_with_the_accepted_formats(editor_client, local_media):
    response, html = upload(editor_client, image_upload("flag.gif", image_format="GIF"))

    assert response.status_code == 200
    assert f"“.gif” files are not accepted. Upload a {ACCEPTED} image." in html
    assert not CustomImage.objects.exists()


def test_a_file_whose_content_does_not_match_its_name_is_refused(editor_client, local_media):
    mislabelled = SimpleUploadedFile("flag.png", image_bytes("JPEG"), "image/png")

    response, html = upload(editor_client, mislabelled)

    assert response.status_code == 200
    assert "This file is named .png but contains a JPEG image." in html
    assert not CustomImage.objects.exists()


def test_a_file_that_is_not_an_image_is_refused(editor_client, local_media):
    response, html = upload(editor_client, SimpleUploadedFile("flag.jpg", b"not an image"))

    assert response.status_code == 200
    assert "This file is not an image that can be read; it may be damaged." in html
    assert f"Upload a {ACCEPTED} image." in html
    assert not CustomImage.objects.exists()


def test_a_file_over_the_size_limit_is_refused_with_both_sizes(
    editor_client, local_media, settings
):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    big = image_upload("flag.png", image_format="PNG", size=(400, 400))
    big_size = big.size

    response, html = upload(editor_client, big)

    assert response.status_code == 200
    assert big_size > 1024
    assert "images can be at most 1.0\xa0KB. Resize or compress it" in html
    assert not CustomImage.objects.exists()


def test_an_image_over_the_pixel_limit_is_refused_with_its_dimensions(
    editor_client, local_media, settings
):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100_000

    response, html = upload(editor_client, image_upload("flag.png", "PNG", size=(500, 400)))

    assert response.status_code == 200
    assert "This image is 500 × 400 pixels (0.2 megapixels); images can have at most 0.1 " in html
    assert not CustomImage.objects.exists()


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_are_accepted(editor_client, local_media, image_format):
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[image_format]

    response, _html = upload(editor_client, image_upload(f"flag.{extension}", image_format))

    assert response.status_code == 302
    assert CustomImage.objects.get().file.name.endswith(f".{extension}")


def test_avif_is_accepted_exactly_when_the_installed_pillow_reads_it(editor_client, local_media):
    if not features.check("avif"):
        response, html = upload(editor_client, SimpleUploadedFile("flag.avif", b"\0" * 64))
        assert response.status_code == 200
        assert not CustomImage.objects.exists()
        return
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 90, 40)).save(buffer, format="AVIF")

    response, _html = upload(editor_client, SimpleUploadedFile("flag.avif", buffer.getvalue()))

    assert response.status_code == 302
    assert CustomImage.objects.get().width == 64
