"""UN Web TV has no oEmbed endpoint: its links become a player or a plain link here."""

import re
from html import escape

from wagtail.embeds.finders.base import EmbedFinder

UNWEBTV_URL = re.compile(
    r"^https?://(?:www\.)?webtv\.un\.org/(?:(?P<lang>[a-z]{2})/)?(?P<path>asset/[\w/-]+|[\w/-]*)",
    re.IGNORECASE,
)
KALTURA_ENTRY = re.compile(
    r"(?:entry_id=|/entryId/|kaltura_entry=)(?P<entry>[01]_[a-z0-9]{8})", re.I
)


class UNWebTVFinder(EmbedFinder):
    """Recognises webtv.un.org links without calling UN Web TV.

    A link carrying a Kaltura entry id becomes an iframe player; any other UN Web TV link
    becomes a plain link, so an embed never fails on a valid address.
    """

    def __init__(self, partner_id="2503451", player_id="49033883", **options):
        self.partner_id = partner_id
        self.player_id = player_id
        super().__init__(**options)

    def accept(self, url):
        return bool(UNWEBTV_URL.match(url))

    def find_embed(self, url, max_width=None, max_height=None):
        entry = KALTURA_ENTRY.search(url)
        if entry:
            player = (
                f"https://cdnapisec.kaltura.com/p/{self.partner_id}/sp/{self.partner_id}00/"
                f"embedIframeJs/uiconf_id/{self.player_id}/partner_id/{self.partner_id}"
                f"?iframeembed=true&entry_id={entry.group('entry')}"
            )
            html = (
                f'<iframe src="{escape(player)}" width="640" height="360" '
                'allow="autoplay; fullscreen; encrypted-media" allowfullscreen '
                'title="UN Web TV"></iframe>'
            )
            embed_type = "video"
        else:
            html = f'<a href="{escape(url)}">Watch on UN Web TV</a>'
            embed_type = "link"
        return {
            "title": "UN Web TV",
            "author_name": "United Nations",
            "provider_name": "UN Web TV",
            "type": embed_type,
            "thumbnail_url": None,
            "width": 640 if entry else None,
            "height": 360 if entry else None,
            "html": html,
        }


embed_finder_class = UNWebTVFinder
