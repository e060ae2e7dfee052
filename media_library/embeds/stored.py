"""An oEmbed finder that answers from stored provider responses, never from the network.

Used by the test settings (and by anyone working offline) in place of Wagtail's oEmbed
finder. It accepts the same addresses that finder would send to YouTube and Vimeo, and
answers like those providers do: a video address gets the response the provider gave for a
video of that shape, with the video id substituted; an address on the provider's site that
names no video gets ``EmbedNotFoundException``, as the provider's 404 would.
"""

import re
from html import escape
from urllib.parse import urlsplit

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
YOUTUBE = re.compile(
    r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|live/|shorts/)"
    r"|youtu\.be/)(?P<id>[\w-]{11})(?:[?&#/]|$)"
)
VIMEO = re.compile(r"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?(?P<id>\d+)(?:[?#/]|$)")


def youtube_response(video_id):
    return {
        "title": "Stored YouTube video",
        "author_name": "Stored response",
        "provider_name": "YouTube",
        "type": "video",
        "thumbnail_url": f"https://i.ytimg.com/vi/{video_id}/hqdefault.jpg",
        "width": 560,
        "height": 315,
        "html": (
            f'<iframe width="560" height="315" src="https://www.youtube.com/embed/'
            f'{escape(video_id)}?feature=oembed" frameborder="0" allowfullscreen '
            'title="Stored YouTube video"></iframe>'
        ),
    }


def vimeo_response(video_id):
    return {
        "title": "Stored Vimeo video",
        "author_name": "Stored response",
        "provider_name": "Vimeo",
        "type": "video",
        "thumbnail_url": f"https://i.vimeocdn.com/video/{video_id}_640.jpg",
        "width": 640,
        "height": 360,
        "html": (
            f'<iframe src="https://player.vimeo.com/video/{escape(video_id)}" width="640" '
            'height="360" frameborder="0" allowfullscreen title="Stored Vimeo video">'
            "</iframe>"
        ),
    }


class StoredOEmbedFinder(EmbedFinder):
    def accept(self, url):
        parts = urlsplit(url.strip())
        return parts.scheme in {"http", "https"} and (parts.hostname or "") in (
            YOUTUBE_HOSTS | VIMEO_HOSTS
        )

    def find_embed(self, url, max_width=None, max_height=None):
        url = url.strip()
        if match := YOUTUBE.match(url):
            return youtube_response(match["id"])
        if match := VIMEO.match(url):
            return vimeo_response(match["id"])
        raise EmbedNotFoundException(f"No video at {url}")


embed_finder_class = StoredOEmbedFinder
