"""Hosted video: caption tracks per language, checked as WebVTT, edited in the media form."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection
from wagtail.test.utils.form_data import querydict_from_html

from media_library.factories import HostedVideoFactory, ImageFactory
from media_library.models import CaptionTrack, HostedMedia
from media_library.tests.uploads import GOOD_VTT, MP4, caption_rows, vtt
from media_library.validators import validate_webvtt, webvtt_problems

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        GOOD_VTT,
        GOOD_VTT.replace("\n", "\r\n"),
        "\ufeffWEBVTT - French captions\n\n00:00:01.000 --> 00:00:02.000\nBonjour\n",
        "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\n01:00:00.000 --> 01:00:02.000\nLate\n",
    ],
)
def test_well_formed_webvtt_passes(text):
    assert webvtt_problems(text.encode()) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nHello\n\n2\n00:01.000 -> 00:02.000\nBad\n",
            "Line 8: cue timing “00:01.000 -> 00:02.000” is not valid; expected HH:MM:SS.mmm "
            "--> HH:MM:SS.mmm (the hours may be left out).",
        ),
        (
            "1\n00:00:01,000 --> 00:00:04,000\nHello\n",
            "Line 1: this looks like an SRT subtitle file; convert it to WebVTT",
        ),
        ("Captions\n\n00:00:01.000 --> 00:00:02.000\nA\n", "Line 1: a WebVTT file must start"),
        (
            "WEBVTT\n\n00:00:01,000 --> 00:00:04.000\nHello\n",
            "Line 3: the time “00:00:01,000” has a comma before the milliseconds",
        ),
        (
            "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nA\n",
            "Line 3: the cue ends at 00:00:04.000, which is not after its start at 00:00:05.000.",
        ),
        (
            "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA\n\n00:00:01.000 --> 00:00:02.000\nB\n",
            "Line 6: the cue starts at 00:00:01.000, before the previous cue (00:00:05.000)",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA\n00:00:03.000 --> 00:00:04.000\nB\n",
            "Line 5: cue text cannot contain “-->”; is a blank line missing",
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n",
            "Line 3: the cue starting at 00:00:01.000 has no text.",
        ),
        ("WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nA\n", "Line 3: the time “00:00:61.000” has"),
        ("WEBVTT\n00:00:01.000 --> 00:00:02.000\nA\n", "Line 2: leave a blank line"),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000 colour:red\nA\n",
            "Line 3: unknown cue setting “colour:red”",
        ),
        ("WEBVTT\n\nhello there\nworld\n", "Line 3: expected a cue timing line"),
        ("WEBVTT\n", "The file has no captions"),
    ],
)
def test_malformed_webvtt_is_reported_with_the_line_and_the_fix(text, problem):
    problems = webvtt_problems(text.encode())

    assert problems
    assert problems[0].startswith(problem)


CUE = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"


@pytest.mark.parametrize(
    "text",
    [
        "<v Mary Robinson>We <i>will</i> <b>listen</b>.</v>",
        "<v.chair Chair>Order, please.</v>",
        "<c.yellow.background-black>Note</c> and <u>this</u>",
        "<lang fr>Bonjour</lang> and <lang zh-Hans>你好</lang>",
        "<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>",
        "Karaoke <00:00:02.000>style <00:00:03.000>timing",
        "Plain text with &lt;brackets&gt; &amp; ampersands",
        "Two lines,\n<i>the second in italics</i>",
    ],
)
def test_webvtt_cue_markup_is_accepted(text):
    assert webvtt_problems(f"{CUE}{text}\n".encode()) == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<script>alert(1)</script>", "Line 4: the tag “<script>” is not allowed in captions"),
        (
            '<img src="x" onerror="alert(1)">',
            'Line 4: the tag “<img src="x" onerror="alert(1)">” is not allowed',
        ),
        ('<a href="https://evil.example">win</a>', "Line 4: the tag “<a href"),
        ("Fine first line\n<iframe src=x>", "Line 5: the tag “<iframe src=x>” is not allowed"),
        ("<b onclick=alert(1)>x</b>", "Line 4: the tag “<b onclick=alert(1)>” cannot have"),
        ("x</script>", "Line 4: the closing tag “</script>” is not allowed"),
        ("<v>Who?</v>", "Line 4: the tag “<v>” needs the speaker's name"),
        ("<lang>?</lang>", "Line 4: the tag “<lang>” needs a language tag"),
        ("<00:00:09.000>late", "Line 4: the timestamp “<00:00:09.000>” is outside its cue"),
        ("<00:00:2.000>x", "Line 4: “<00:00:2.000>” is not a valid timestamp"),
        ("1 < 2", "Line 4: the tag “< 2” is never closed"),
        ("Broken <script", "Line 4: the tag “<script” is never closed"),
    ],
)
def test_markup_that_is_not_webvtt_is_refused_with_its_line(text, problem):
    problems = webvtt_problems(f"{CUE}{text}\n".encode())

    assert problems
    assert problems[0].startswith(problem), problems[0]
    if "not allowed" in problem:
        assert "<c>, <i>, <b>, <u>, <ruby>, <rt>, <v>, <lang>" in problems[0]


def test_a_script_in_a_later_cue_is_reported_with_that_cue_line():
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n"
        "00:00:03.000 --> 00:00:04.000\nStill fine\n<script>steal()</script>\n"
    )

    problems = webvtt_problems(text.encode())

    assert problems[0].startswith("Line 8: the tag “<script>”")


def test_a_file_that_is_not_utf8_is_reported_with_its_line():
    data = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\ndéjà vu\n".encode("latin-1")

    assert webvtt_problems(data) == [
        "Line 4: the file is not UTF-8 text (byte 0xE9); save it again with UTF-8 encoding, "
        "which WebVTT requires."
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Ligne 8 : la balise “<script>” n'est pas autorisée dans les sous-titres"),
        ("ar", "السطر 8: الوسم “<script>” غير مسموح به في الترجمة المرئية"),
        ("zh-hans", "第 8 行：字幕中不允许使用标签 “<script>”"),
    ],
)
def test_caption_problems_are_reported_in_the_editor_s_language(language, expected):
    text = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n\n"
        "00:00:03.000 --> 00:00:04.000\nStill fine\n<script>steal()</script>\n"
    )

    with translation.override(language):
        problems = webvtt_problems(text.encode())

    assert problems[0].startswith(expected)


def test_at_most_five_problems_are_listed():
    cues = "".join(f"00:00:0{n}.000 --> 00:00:0{n}.000\nA\n\n" for n in range(1, 9))

    with pytest.raises(ValidationError) as raised:
        validate_webvtt(ContentFile(f"WEBVTT\n\n{cues}".encode(), name="c.vtt"))

    assert len(raised.value.messages) == 5


def test_an_oversized_caption_file_is_refused_before_it_is_read():
    with pytest.raises(ValidationError, match="caption files can be at most 2.0"):
        validate_webvtt(ContentFile(b"WEBVTT\n" + b"x" * 2_100_000, name="c.vtt"))


@pytest.fixture
def video_form(editor_client):
    """The add-video form as the admin renders it, ready to post."""
    response = editor_client.get(reverse("wagtailmedia:add", args=["video"]))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="media-form").dict()


def post_video(client, data, **files):
    return client.post(
        reverse("wagtailmedia:add", args=["video"]),
        {
            **data,
            "title": "Listening to survivors",
            "duration": "95",
            "file": SimpleUploadedFile("story.mp4", MP4, content_type="video/mp4"),
            **files,
        },
    )


def test_the_video_form_offers_one_caption_row_per_content_language(video_form, settings):
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    assert sorted(caption_rows(video_form)) == sorted(languages)
    assert video_form["captions-TOTAL_FORMS"] == "6"


def test_an_editor_adds_a_video_with_a_poster_and_captions_in_two_languages(
    editor_client, video_form, local_media
):
    row = caption_rows(video_form)
    # In the only collection, as the form was rendered when there was no other.
    poster = ImageFactory(
        title="Still: survivors' circle",
        description="Six women in a circle",
        collection=Collection.get_first_root_node(),
    )
    data = {
        **video_form,
        "poster": str(poster.pk),
        f"captions-{row['fr']}-label": "Français (sous-titres)",
    }

    response = post_video(
        editor_client,
        data,
        **{
            f"captions-{row['fr']}-file": vtt(GOOD_VTT, "fr.vtt"),
            f"captions-{row['ar']}-file": vtt(GOOD_VTT, "ar.vtt"),
        },
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    video = HostedMedia.objects.get()
    assert video.poster == poster
    assert not video.thumbnail
    tracks = {track.language: track for track in video.caption_tracks.all()}
    assert sorted(tracks) == ["ar", "fr"]
    assert tracks["fr"].display_label == "Français (sous-titres)"
    assert tracks["ar"].display_label == "العربيّة"
    assert tracks["fr"].file.read().decode().startswith("WEBVTT")


def test_a_broken_caption_file_is_reported_with_its_line_and_nothing_is_saved(
    editor_client, video_form, local_media
):
    row = caption_rows(video_form)["es"]
    broken = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHola\n\n00:05.000 -> 00:06.000\nMal\n"

    response = post_video(editor_client, video_form, **{f"captions-{row}-file": vtt(broken)})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Line 6: cue timing “00:05.000 -&gt; 00:06.000” is not valid" in html
    assert not HostedMedia.objects.exists()
    assert not CaptionTrack.objects.exists()


def test_a_caption_file_with_a_script_is_refused_in_the_media_form(
    editor_client, video_form, local_media
):
    row = caption_rows(video_form)["fr"]
    hostile = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<img src=x onerror=alert(1)>Bonjour\n"

    response = post_video(editor_client, video_form, **{f"captions-{row}-file": vtt(hostile)})

    assert response.status_code == 200
    assert "Line 4: the tag “&lt;img src=x onerror=alert(1)&gt;” is not allowed" in (
        response.content.decode()
    )
    assert not CaptionTrack.objects.exists()


def test_two_tracks_in_the_same_language_are_refused(editor_client, video_form, local_media):
    row = caption_rows(video_form)
    data = {**video_form, f"captions-{row['ru']}-language": "fr"}

    response = post_video(
        editor_client,
        data,
        **{
            f"captions-{row['fr']}-file": vtt(GOOD_VTT),
            f"captions-{row['ru']}-file": vtt(GOOD_VTT),
        },
    )

    assert response.status_code == 200
    assert "Two caption tracks are in French." in response.content.decode()
    assert not HostedMedia.objects.exists()


def test_a_renamed_file_is_refused_as_video(editor_client, video_form, local_media):
    response = post_video(
        editor_client,
        video_form,
        file=SimpleUploadedFile("story.mp4", b"<html>not a video</html>", content_type="video/mp4"),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "“story.mp4” is named like a MP4 file but does not contain MP4 data." in html
    assert not HostedMedia.objects.exists()


def test_a_video_format_outside_the_list_is_refused_with_the_accepted_ones(
    editor_client, video_form, local_media
):
    response = post_video(
        editor_client, video_form, file=SimpleUploadedFile("story.avi", b"RIFF0000AVI LIST")
    )

    assert "“story.avi” is not an accepted video file. Upload one of: MP4, WebM." in (
        response.content.decode()
    )
    assert not HostedMedia.objects.exists()


def test_the_video_form_chooses_the_poster_from_the_image_library(video_form):
    assert "poster" in video_form
    assert "thumbnail" not in video_form


def test_a_poster_that_is_not_in_the_library_is_refused(editor_client, video_form, local_media):
    response = post_video(editor_client, {**video_form, "poster": "987654"})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not HostedMedia.objects.exists()


@pytest.fixture
def video_with_french_captions(local_media):
    video = HostedVideoFactory(title="Listening to survivors")
    track = CaptionTrack.objects.create(
        media=video, language="fr", file=ContentFile(GOOD_VTT.encode(), name="fr.vtt")
    )
    return video, track


def edit_form(client, video):
    response = client.get(reverse("wagtailmedia:edit", args=[video.pk]))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="media-form").dict()


def test_an_editor_replaces_a_caption_file_and_the_old_file_is_removed(
    editor_client, video_with_french_captions, django_capture_on_commit_callbacks, local_media
):
    video, track = video_with_french_captions
    old_name = track.file.name
    data = edit_form(editor_client, video)
    row = caption_rows(data)["fr"]
    revised = GOOD_VTT.replace("twelve", "eleven")

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailmedia:edit", args=[video.pk]),
            {**data, f"captions-{row}-file": vtt(revised, "fr-v2.vtt")},
        )

    assert response.status_code == 302, response.content.decode()[:3000]
    track.refresh_from_db()
    assert "eleven" in track.file.read().decode()
    assert not (local_media / old_name).exists()


def test_an_editor_removes_a_caption_track_and_its_file(
    editor_client, video_with_french_captions, django_capture_on_commit_callbacks, local_media
):
    video, track = video_with_french_captions
    data = edit_form(editor_client, video)
    row = caption_rows(data)["fr"]

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("wagtailmedia:edit", args=[video.pk]),
            {**data, f"captions-{row}-DELETE": "on"},
        )

    assert response.status_code == 302
    assert not CaptionTrack.objects.exists()
    assert not (local_media / track.file.name).exists()


def test_editing_a_video_does_not_read_its_existing_caption_files(
    editor_client, video_with_french_captions, local_media
):
    """Checked at upload only: saving the title must not depend on reading them back."""
    video, track = video_with_french_captions
    data = edit_form(editor_client, video)
    (local_media / track.file.name).write_bytes(b"not webvtt any more")

    response = editor_client.post(
        reverse("wagtailmedia:edit", args=[video.pk]), {**data, "title": "New title"}
    )

    assert response.status_code == 302
    video.refresh_from_db()
    assert video.title == "New title"


def test_the_choosers_upload_tab_adds_a_video_without_caption_rows(editor_client, local_media):
    response = editor_client.post(
        reverse("wagtailmedia:chooser_upload", args=["video"]),
        {
            "media-chooser-upload-title": "Listening to survivors",
            "media-chooser-upload-duration": "95",
            "media-chooser-upload-file": SimpleUploadedFile("story.mp4", MP4),
        },
    )

    assert response.status_code == 200
    assert '"step": "media_chosen"' in response.content.decode()
    assert HostedMedia.objects.get().caption_tracks.count() == 0


def test_a_video_over_the_size_limit_is_refused_with_both_sizes(
    editor_client, video_form, local_media, settings
):
    settings.HOSTED_MEDIA_MAX_UPLOAD_SIZE = 16

    response = post_video(editor_client, video_form)

    assert "hosted video files can be at most 16\xa0bytes" in response.content.decode()
    assert not HostedMedia.objects.exists()


def test_an_audio_file_is_accepted_without_caption_rows(editor_client, local_media):
    form = editor_client.get(reverse("wagtailmedia:add", args=["audio"]))
    assert "captions-TOTAL_FORMS" not in form.content.decode()

    response = editor_client.post(
        reverse("wagtailmedia:add", args=["audio"]),
        {
            "title": "Anthem of the coalition",
            "file": SimpleUploadedFile(
                "anthem.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\0" * 32
            ),
        },
    )

    assert response.status_code == 302
    assert HostedMedia.objects.get().type == "audio"
