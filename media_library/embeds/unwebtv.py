"""UN Web TV links as embeds, worked out from the address alone: this finder never calls out.

UN Web TV (webtv.un.org) has no oEmbed endpoint. Its videos are served by the United
Nations' Kaltura account, and an asset address carries the Kaltura entry id:
``https://webtv.un.org/en/asset/k1k/k1kfcwu5kc`` is entry ``1_kfcwu5kc`` ("k", the
partition digit, then the eight-character id; the folder repeats the first three
characters). Older links and player links carry the entry id itself (``entry_id=1_kfcwu5kc``).
Either becomes UN Web TV's own Kaltura player in an iframe, with its Kaltura thumbnail.

Any other UN Web TV address (the schedule, a channel, a meeting page) becomes a plain link,
so a valid UN Web TV address never fails to embed. Addresses on other hosts are not
accepted, and fall through to the next finder.

The Kaltura partner and player (``uiconf``) ids are options of the finder, in
``WAGTAILEMBEDS_FINDERS``, in case UN Web TV changes its player.
"""

import re
from html import escape
from urllib.parse import urlsplit, urlunsplit

from wagtail.embeds.finders.base import EmbedFinder

HOSTS = {"webtv.un.org", "www.webtv.un.org"}
ASSET_PATH = re.compile(
    r"^/(?:[a-z]{2}/)?asset/(?P<folder>k[0-9a-z]{2})/(?P<asset>k(?P<partition>[0-9])"
    r"(?P<entry>[0-9a-z]{8}))/?$"
)
ENTRY_ID = re.compile(r"entry_?id[=/](?P<entry>[0-9]_[0-9a-z]{8})\b", re.I)
# Players are 16:9; this is the size used when the page does not ask for one.
DEFAULT_WIDTH = 640


def kaltura_entry_id(url):
    """The Kaltura entry id a UN Web TV address refers to, or None."""
    parts = urlsplit(url)
    match = ASSET_PATH.match(parts.path.lower())
    if match and match["asset"].startswith(match["folder"]):
        return f"{match['partition']}_{match['entry']}"
    match = ENTRY_ID.search(f"{parts.path}?{parts.query}")
    return match["entry"].lower() if match else None


class UNWebTVFinder(EmbedFinder):
    """Recognises webtv.un.org addresses and builds the UN Web TV player for them."""

    def __init__(self, partner_id="2503451", player_id="49754663", **options):
        self.partner_id = partner_id
        self.player_id = player_id
        super().__init__(**options)

    def accept(self, url):
        parts = urlsplit(url.strip())
        return parts.scheme in {"http", "https"} and (parts.hostname or "") in HOSTS

    def find_embed(self, url, max_width=None, max_height=None):
        url = url.strip()
        link = urlunsplit(urlsplit(url)._replace(scheme="https"))
        entry = kaltura_entry_id(url)
        if entry is None:
            return {
                "title": "UN Web TV",
                "author_name": "United Nations",
                "provider_name": "UN Web TV",
                "type": "link",
                "thumbnail_url": None,
                "width": None,
                "height": None,
                "html": (
                    f'<a href="{escape(link)}" rel="noopener" target="_blank">'
                    "Watch on UN Web TV</a>"
                ),
            }
        width = min(DEFAULT_WIDTH, max_width) if max_width else DEFAULT_WIDTH
        height = round(width * 9 / 16)
        if max_height and height > max_height:
            height = max_height
            width = round(height * 16 / 9)
        player = (
            f"https://cdnapisec.kaltura.com/p/{self.partner_id}/embedPlaykitJs/uiconf_id/"
            f"{self.player_id}?iframeembed=true&entry_id={entry}"
        )
        return {
            "title": "UN Web TV",
            "author_name": "United Nations",
            "provider_name": "UN Web TV",
            "type": "video",
            "thumbnail_url": (
                f"https://cfvod.kaltura.com/p/{self.partner_id}/sp/{self.partner_id}00/"
                f"thumbnail/entry_id/{entry}/width/{width}"
            ),
            "width": width,
            "height": height,
            "html": (
                f'<iframe src="{escape(player)}" width="{width}" height="{height}" '
                'allow="autoplay; fullscreen; encrypted-media" allowfullscreen '
                'frameborder="0" title="UN Web TV video player"></iframe>'
            ),
        }


embed_finder_class = UNWebTVFinder
