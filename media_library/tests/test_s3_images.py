"""Images on S3: uploaded through the Wagtail admin, resized, fetched back over HTTP."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from media_library.models import CustomImage, CustomRendition
from media_library.renditions import filter_spec, get_rendition
from media_library.tests.conftest import fetch
from media_library.tests.uploads import image_upload

pytestmark = pytest.mark.django_db


def upload_image(client, title="Harbour", name="photo.jpg", **kwargs):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": image_upload(name, **kwargs)},
    )


def test_an_image_uploaded_in_the_admin_is_stored_in_the_bucket(editor_client, s3_bucket):
    response = upload_image(editor_client)

    assert response.status_code == 302, response.content.decode()[:2000]
    image = CustomImage.objects.get(title="Harbour")
    assert image.file.name.startswith("original_images/photo")
    assert s3_bucket.list_keys("original_images/") == [image.file.name]
    assert image.file_size == len(s3_bucket.read(image.file.name))
    assert (image.width, image.height) == (640, 480)


def test_a_rendition_is_generated_on_s3_and_its_url_serves_the_resized_image(
    editor_client, s3_bucket
):
    upload_image(editor_client)
    image = CustomImage.objects.get(title="Harbour")

    rendition = get_rendition(image, filter_spec(320, image_format="webp"))

    assert rendition.file.name in s3_bucket.list_keys("images/")
    status, body = fetch(rendition.url)
    assert status == 200
    served = Image.open(io.BytesIO(body))
    assert (served.format, served.size) == ("WEBP", (320, 240))


def test_two_uploads_of_the_same_file_name_keep_both_files(editor_client, s3_bucket):
    upload_image(editor_client, title="First", color=(200, 0, 0))
    upload_image(editor_client, title="Second", color=(0, 0, 200))

    first, second = CustomImage.objects.get(title="First"), CustomImage.objects.get(title="Second")
    assert first.file.name != second.file.name
    assert s3_bucket.list_keys("original_images/") == sorted([first.file.name, second.file.name])
    red = Image.open(io.BytesIO(s3_bucket.read(first.file.name))).getpixel((5, 5))
    blue = Image.open(io.BytesIO(s3_bucket.read(second.file.name))).getpixel((5, 5))
    assert red[0] > 150 and blue[2] > 150


def test_deleting_an_image_in_the_admin_removes_its_files_from_the_bucket(
    editor_client, s3_bucket, django_capture_on_commit_callbacks
):
    upload_image(editor_client)
    image = CustomImage.objects.get(title="Harbour")
    get_rendition(image, filter_spec(320))
    assert len(s3_bucket.list_keys()) == 2

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = editor_client.post(reverse("wagtailimages:delete", args=[image.pk]))

    assert response.status_code == 302
    assert callbacks, "file deletion is queued once the transaction commits"
    assert not CustomImage.objects.filter(pk=image.pk).exists()
    assert not CustomRendition.objects.filter(image_id=image.pk).exists()
    assert s3_bucket.list_keys() == []


def test_an_original_image_is_refused_without_a_signature_and_served_with_one(
    editor_client, s3_bucket
):
    upload_image(editor_client)
    image = CustomImage.objects.get(title="Harbour")

    assert fetch(s3_bucket.plain_url(image.file.name))[0] == 403
    signed = image.file.url
    assert "X-Amz-Signature=" in signed
    status, body = fetch(signed)
    assert status == 200
    assert body == s3_bucket.read(image.file.name)
