"""An oEmbed finder that answers from stored provider responses, never from the network.

Used by the test settings (and by anyone working offline): YouTube and Vimeo links get the
answer their provider gave for a video of that shape, with the video id substituted.
"""

import re
from html import escape

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

YOUTUBE = re.compile(
    r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|live/)|youtu\.be/)(?P<id>[\w-]{11})"
)
VIMEO = re.compile(r"^https?://(?:www\.)?vimeo\.com/(?:video/)?(?P<id>\d+)")


class StoredOEmbedFinder(EmbedFinder):
    def accept(self, url):
        return bool(YOUTUBE.match(url) or VIMEO.match(url))

    def find_embed(self, url, max_width=None, max_height=None):
        if match := YOUTUBE.match(url):
            video_id = match.group("id")
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
        if match := VIMEO.match(url):
            video_id = match.group("id")
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
        raise EmbedNotFoundException


embed_finder_class = StoredOEmbedFinder
