"""Storage outages, against the real moto server stopped and restarted on the same port.

While S3 is down an upload must end in a form error with nothing saved, and the page editor
must keep working with what the editor typed; once S3 is back the same upload succeeds.
"""

import json
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import querydict_from_html

from home.factories import StandardPageFactory
from media_library.factories import HostedVideoFactory
from media_library.forms import STORAGE_FAULT_MESSAGE
from media_library.models import CustomImage, CustomRendition, HostedMedia
from media_library.renditions import standard_filter_specs
from media_library.tests.conftest import reset_media_storage
from media_library.tests.uploads import image_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def outage(s3_bucket):
    """Stops and restarts the S3 server; it is always running again after the test."""
    server = s3_bucket.server

    def stop():
        server.stop()
        reset_media_storage()

    def start():
        server.start()
        reset_media_storage()

    yield SimpleNamespace(stop=stop, start=start)
    if not server.running:
        start()


def upload_image(client):
    return client.post(
        reverse("wagtailimages:add"), {"title": "Harbour", "file": image_upload("photo.jpg")}
    )


def test_an_image_upload_during_an_outage_shows_an_error_and_saves_nothing(
    editor_client, s3_bucket, outage
):
    outage.stop()

    response = upload_image(editor_client)

    assert response.status_code == 200
    html = response.content.decode()
    assert str(STORAGE_FAULT_MESSAGE) in html
    assert 'value="Harbour"' in html, "the form keeps what the editor typed"
    assert not CustomImage.objects.exists()

    outage.start()
    response = upload_image(editor_client)

    assert response.status_code == 302
    image = CustomImage.objects.get()
    assert s3_bucket.list_keys("original_images/") == [image.file.name]


def test_the_choosers_upload_tab_reports_an_outage_in_the_modal(editor_client, outage):
    outage.stop()

    response = editor_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Harbour",
            "image-chooser-upload-file": image_upload("photo.jpg"),
        },
    )

    assert response.status_code == 200
    payload = json.loads(response.content)
    assert payload["step"] == "reshow_creation_form"
    assert str(STORAGE_FAULT_MESSAGE) in payload["htmlFragment"]
    assert not CustomImage.objects.exists()


def test_a_document_upload_during_an_outage_shows_an_error_and_saves_nothing(editor_client, outage):
    outage.stop()

    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Annual report", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4")},
    )

    assert response.status_code == 200
    assert str(STORAGE_FAULT_MESSAGE) in response.content.decode()
    assert not get_document_model().objects.exists()


@pytest.fixture
def page_with_image(site_tree, editor_client, s3_bucket):
    upload_image(editor_client)
    image = CustomImage.objects.get()
    return StandardPageFactory(
        parent=site_tree["home"], title="About the initiative", social_image=image, body=[]
    )


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # The StreamField's inputs are drawn by JavaScript; an empty body has no blocks.
    data["body-count"] = "0"
    return data


def test_the_page_editor_opens_during_an_outage(editor_client, page_with_image, outage):
    outage.stop()

    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page_with_image.pk]))

    assert response.status_code == 200
    assert "About the initiative" in response.content.decode()
    assert not CustomRendition.objects.exists(), "the preview could not be generated"


def test_an_invalid_page_edit_during_an_outage_is_shown_again_with_the_typed_values(
    editor_client, page_with_image, outage
):
    data = edit_form(editor_client, page_with_image)
    outage.stop()
    data["title"] = ""
    data["introduction"] = "Text typed while the media storage was down."

    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[page_with_image.pk]), data
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Text typed while the media storage was down." in html
    assert "The page could not be saved due to validation errors" in html
    assert f'value="{page_with_image.social_image_id}"' in html


def test_a_draft_saved_during_an_outage_keeps_the_editors_changes(
    editor_client, page_with_image, outage
):
    data = edit_form(editor_client, page_with_image)
    outage.stop()
    data["introduction"] = "Saved while the media storage was down."

    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[page_with_image.pk]), data
    )

    assert response.status_code == 302
    page_with_image.refresh_from_db()
    draft = page_with_image.get_latest_revision_as_object()
    assert draft.introduction == "Saved while the media storage was down."


def test_publishing_during_an_outage_publishes_and_leaves_warming_for_later(
    editor_client, page_with_image, outage, django_capture_on_commit_callbacks, caplog
):
    data = edit_form(editor_client, page_with_image)
    outage.stop()
    data["introduction"] = "Published while the media storage was down."
    data["action-publish"] = "action-publish"

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailadmin_pages:edit", args=[page_with_image.pk]), data
        )

    assert response.status_code == 302
    page_with_image.refresh_from_db()
    assert page_with_image.live
    assert page_with_image.specific.introduction == "Published while the media storage was down."
    assert not CustomRendition.objects.filter(filter_spec__in=standard_filter_specs()).exists()
    assert "media storage could not be reached" in caplog.text, "warming was tried and logged"


def test_the_multiple_uploader_reports_an_outage_for_the_file(editor_client, outage):
    outage.stop()

    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": image_upload("photo.jpg")},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "success": False,
        "error_message": str(STORAGE_FAULT_MESSAGE),
    }
    assert not CustomImage.objects.exists()


def test_deleting_a_video_during_an_outage_still_deletes_it(
    editor_client, s3_bucket, outage, django_capture_on_commit_callbacks
):
    video = HostedVideoFactory()
    outage.stop()

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("wagtailmedia:delete", args=[video.pk]))

    assert response.status_code == 302
    assert not HostedMedia.objects.exists()
