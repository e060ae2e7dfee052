"""The link that stands in for a player (a UN Web TV page with no video) is in the
language asked for; a player is passed on as the provider made it."""

from django.test import SimpleTestCase
from wagtail.embeds.models import Embed

from api.locale import content_language_codes
from api.media import WATCH_ON, embed_html
from media_library.embeds.unwebtv import UNWebTVFinder

SCHEDULE = "https://webtv.un.org/en/schedule"
VIDEO = "https://webtv.un.org/en/asset/k1a/k1abcdef12"


def embed_for(url):
    found = UNWebTVFinder().find_embed(url)
    return Embed(url=url, type=found["type"], html=found["html"], provider_name="UN Web TV")


class EmbedLinkLanguageTests(SimpleTestCase):
    def test_every_content_language_has_a_link_text(self):
        self.assertEqual(set(WATCH_ON), set(content_language_codes()))

    def test_a_un_web_tv_link_is_worded_in_the_language_asked_for(self):
        embed = embed_for(SCHEDULE)
        self.assertIn("Watch on UN Web TV", embed.html)
        self.assertEqual(
            embed_html(embed, "fr"),
            f'<a href="{SCHEDULE}" rel="noopener" target="_blank">Regarder sur UN Web TV</a>',
        )
        self.assertIn("شاهد على UN Web TV", embed_html(embed, "ar"))
        self.assertIn("在UN Web TV上观看", embed_html(embed, "zh-hans"))

    def test_a_player_is_left_as_the_provider_made_it(self):
        embed = embed_for(VIDEO)
        self.assertEqual(embed.type, "video")
        self.assertEqual(embed_html(embed, "fr"), embed.html)
        self.assertIsNone(embed_html(None, "fr"))
