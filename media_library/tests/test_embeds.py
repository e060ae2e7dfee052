"""Embedded video: YouTube, Vimeo and UN Web TV links, resolved without the network."""

import socket

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import (
    EmbedNotFoundException,
    EmbedUnsupportedProviderException,
)
from wagtail.embeds.format import embed_to_frontend_html

from core.blocks import VideoBlock
from media_library.embeds.unwebtv import UNWebTVFinder, kaltura_entry_id

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("an embed finder tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_a_youtube_link_becomes_a_youtube_player():
    embed = get_embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ")

    assert embed.provider_name == "YouTube"
    assert embed.type == "video"
    assert 'src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"' in embed.html
    assert embed.thumbnail_url == "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"


@pytest.mark.parametrize(
    "url",
    [
        "https://youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ?si=abc",
        "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
    ],
)
def test_youtube_short_embed_and_live_links_are_recognised(url):
    assert "dQw4w9WgXcQ" in get_embed(url).html


def test_a_vimeo_link_becomes_a_vimeo_player():
    embed = get_embed("https://vimeo.com/76979871")

    assert embed.provider_name == "Vimeo"
    assert 'src="https://player.vimeo.com/video/76979871"' in embed.html


def test_a_un_web_tv_asset_link_becomes_the_un_player():
    embed = get_embed("https://webtv.un.org/en/asset/k1k/k1kfcwu5kc")

    assert embed.provider_name == "UN Web TV"
    assert embed.type == "video"
    assert (
        'src="https://cdnapisec.kaltura.com/p/2503451/embedPlaykitJs/uiconf_id/49754663'
        '?iframeembed=true&amp;entry_id=1_kfcwu5kc"'
    ) in embed.html
    assert (embed.width, embed.height) == (640, 360)
    assert embed.thumbnail_url.endswith("/thumbnail/entry_id/1_kfcwu5kc/width/640")


@pytest.mark.parametrize(
    ("url", "entry"),
    [
        ("https://webtv.un.org/en/asset/k1k/k1kfcwu5kc", "1_kfcwu5kc"),
        ("https://webtv.un.org/fr/asset/k16/k166cn2v34/", "1_66cn2v34"),
        ("http://webtv.un.org/asset/k1t/k1tbxblcyi", "1_tbxblcyi"),
        ("https://webtv.un.org/en/watch/player?entry_id=0_abcd1234", "0_abcd1234"),
        ("https://webtv.un.org/en/asset/k1x/k1kfcwu5kc", None),
        ("https://webtv.un.org/en/schedule", None),
    ],
)
def test_the_kaltura_entry_is_read_from_the_un_web_tv_address(url, entry):
    assert kaltura_entry_id(url) == entry


def test_another_un_web_tv_page_becomes_a_plain_link():
    embed = get_embed("http://webtv.un.org/en/schedule/2018-09-27")

    assert embed.type == "link"
    assert embed.html == (
        '<a href="https://webtv.un.org/en/schedule/2018-09-27" rel="noopener" '
        'target="_blank">Watch on UN Web TV</a>'
    )


def test_the_un_player_fits_the_requested_width():
    embed = UNWebTVFinder().find_embed(
        "https://webtv.un.org/en/asset/k1k/k1kfcwu5kc", max_width=480
    )

    assert (embed["width"], embed["height"]) == (480, 270)


def test_a_look_alike_host_is_not_taken_for_un_web_tv():
    assert not UNWebTVFinder().accept("https://webtv.un.org.example.com/en/asset/k1k/k1kfcwu5kc")


def test_an_unknown_provider_is_unsupported():
    with pytest.raises(EmbedUnsupportedProviderException):
        get_embed("https://video.example.org/watch/42")


def test_a_provider_address_without_a_video_is_not_found():
    with pytest.raises(EmbedNotFoundException):
        get_embed("https://www.youtube.com/channel/UC5O114-PQNYkurlTg6hekZw")


@pytest.mark.parametrize(
    "url",
    ["https://video.example.org/watch/42", "https://www.youtube.com/channel/UC5O114-PQNYkurlTg6"],
)
def test_a_link_without_an_embed_is_an_editor_error_and_renders_nothing(url):
    block = VideoBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"embed": url, "video": None}))
    assert embed_to_frontend_html(url) == ""
