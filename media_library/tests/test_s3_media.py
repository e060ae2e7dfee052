"""Hosted video on S3: the file and captions are public media and leave with the video; the
poster is a library image, which stays."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from media_library.factories import ImageFactory
from media_library.models import HostedMedia
from media_library.tests.conftest import fetch
from media_library.tests.uploads import GOOD_VTT, MP4, caption_rows, vtt

pytestmark = pytest.mark.django_db


def test_a_video_with_poster_and_captions_is_served_from_s3_and_deleted_with_it(
    editor_client, s3_bucket, django_capture_on_commit_callbacks
):
    poster = ImageFactory(title="Listening to survivors, still")
    image_keys = s3_bucket.list_keys()
    form = editor_client.get(reverse("wagtailmedia:add", args=["video"]))
    data = querydict_from_html(form.content.decode(), form_id="media-form").dict()
    response = editor_client.post(
        reverse("wagtailmedia:add", args=["video"]),
        {
            **data,
            "title": "Listening to survivors",
            "file": SimpleUploadedFile("story.mp4", MP4),
            "poster": poster.pk,
            f"captions-{caption_rows(data)['fr']}-file": vtt(GOOD_VTT, "fr.vtt"),
        },
    )
    assert response.status_code == 302
    video = HostedMedia.objects.get()
    track = video.caption_tracks.get()

    assert fetch(video.url) == (200, MP4)
    assert fetch(track.file.url) == (200, GOOD_VTT.encode())
    assert video.poster == poster
    assert fetch(poster.file.url)[0] == 200
    assert len(s3_bucket.list_keys()) == len(image_keys) + 2

    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("wagtailmedia:delete", args=[video.pk]))

    # The video and its captions are gone; the poster stays in the image library.
    assert s3_bucket.list_keys() == image_keys
