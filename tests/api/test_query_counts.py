"""SQL queries per public operation, pinned at two sizes.

Every operation runs after what production pre-generates is there (the standard
renditions, made at upload and publish and by ``warm_renditions``; embeds, stored on first
view), then is counted. A count that grows with the
number of items, blocks or links means an N+1 query crept in.
"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from coalition.factories import MemberStateFactory, OrganisationFactory, ThemeFactory
from core.preview import make_token
from home.factories import StandardPageFactory
from home.models import SiteSettings, SiteSettingsText, SocialLink
from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from meetings.factories import MeetingPageFactory
from stories.factories import MemberStateStoriesPageFactory
from tests.api.builders import (
    build_content,
    gql,
    locale,
    make_story,
    publish,
    rich_body,
    translate,
    warm_all_images,
)
from tests.api.operations import operation

# The pinned counts. Change them only on purpose, and say why in the commit.
LISTING_QUERIES = 9
# The story page's breadcrumbs (1), related story cards (5: the editors' choices, the
# candidates, the stories, their images and countries) and meetings (2) cost 8 of these.
DETAIL_QUERIES = 24
MEETINGS_QUERIES = 4
MEETING_PROGRAMME_QUERIES = 10
PRESENTER_PROGRAMME_QUERIES = 7
# 10, plus one count of stories per theme and one per goal (storyCount, one query each).
TAXONOMY_QUERIES = 12
ROUTE_SECTION_QUERIES = 10  # breadcrumbs: one query for every page's ancestors
SITEMAP_QUERIES = 4
NAVIGATION_QUERIES = 5
REDIRECTS_QUERIES = 3
HOME_QUERIES = 5
DECLARATIONS_QUERIES = 4
CURRENT_DECLARATION_QUERIES = 5
# Search: the visibility tree, promotions, the search, the type's pages, member states,
# themes, then the loaders of the cards; plus the popular-searches hit, which the
# immediate task backend of tests adds within the request.
SEARCH_QUERIES = 12
SEARCH_SUGGESTIONS_QUERIES = 3


def count_queries(name, variables):
    warm_all_images()
    gql(operation(name), variables)  # stores the embeds, as the first view in production
    with CaptureQueriesContext(connection) as queries:
        status, body = gql(operation(name), variables)
    assert status == 200 and "errors" not in body, body
    return len(queries), body["data"]


class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        images = [ImageFactory() for _ in range(8)]
        themes = [ThemeFactory() for _ in range(4)]
        for index in range(110):
            story = make_story(
                content.no_section if index % 2 else content.uy_section,
                title=f"Story {index:03}",
                slug=f"story-{index:03}",
                hero_image=images[index % len(images)],
            )
            story.themes.set(themes[index % 3 : index % 3 + 2])
            story.save()  # parental many-to-many links are written on save
        translate(site.home, "fr", title="Accueil")
        translate(site.stories, "fr", title="Histoires")
        translate(content.no_section, "fr", title="Norvège")
        translate(content.school, "fr", title="L'école")
        for code in ("CL", "PE", "GE", "ID", "NZ", "TN", "AR", "KR"):
            member_state = MemberStateFactory(code=code, flag=images[0])
            MemberStateStoriesPageFactory(parent=site.stories, member_state=member_state)
        for _ in range(6):
            OrganisationFactory(logo=images[1])
        cls.images, cls.themes = images, themes

    def test_story_listing_costs_the_same_at_10_and_100_stories(self):
        small, data = count_queries("storyListing", {"locale": "en", "first": 10})
        self.assertEqual(len(data["stories"]["edges"]), 10)
        large, data = count_queries("storyListing", {"locale": "en", "first": 100})
        self.assertEqual(len(data["stories"]["edges"]), 100)
        self.assertEqual(small, large)
        self.assertLessEqual(large, 12)
        self.assertEqual(large, LISTING_QUERIES)

    def test_story_listing_with_fallback_and_filters_costs_the_same(self):
        variables = {"locale": "fr", "fallback": True, "theme": self.themes[1].slug}
        small, _ = count_queries("storyListing", {**variables, "first": 10})
        large, data = count_queries("storyListing", {**variables, "first": 100})
        self.assertGreater(len(data["stories"]["edges"]), 50)
        self.assertEqual(small, large)
        self.assertLessEqual(large, 12)

    def story_with_blocks(self, slug, blocks):
        content = self.content
        story = make_story(
            content.no_section,
            slug=slug,
            presenter=content.minister,
            body=rich_body(
                blocks,
                images=self.images[:3],
                document=DocumentFactory(),
                hosted_video=HostedVideoFactory(),
                link_page=content.courts,
                private_page=make_story(content.uy_section, live=False, slug=f"{slug}-draft"),
            ),
        )
        story.themes.set(self.themes)
        story.sdgs.set(content.sdgs)
        story.partners.set([content.partner])
        return publish(story)

    def test_story_detail_costs_at_most_24_queries_whatever_the_number_of_blocks(self):
        self.story_with_blocks("short", 11)
        self.story_with_blocks("long", 44)
        short, _ = count_queries("storyDetail", {"locale": "en", "slug": "short"})
        long, data = count_queries("storyDetail", {"locale": "en", "slug": "long"})
        self.assertEqual(len(data["story"]["body"]), 44)
        self.assertEqual(short, long)
        self.assertLessEqual(long, 24)
        self.assertEqual(long, DETAIL_QUERIES)

    def test_preview_of_a_story_costs_the_same_whatever_the_number_of_blocks(self):
        """The draft goes through the live page's loaders: never a query per block."""
        tokens = {}
        for slug, blocks in (("short", 11), ("long", 44)):
            story = self.story_with_blocks(slug, blocks)
            story.title = f"{story.title} (draft)"
            tokens[slug] = make_token(story.pk, story.save_revision().pk)
        short, _ = count_queries("preview", {"token": tokens["short"]})
        long, data = count_queries("preview", {"token": tokens["long"]})
        self.assertEqual(len(data["preview"]["body"]), 44)
        self.assertEqual(short, long)
        # Measured: the token's revision, the page, then what routeByPath's selection costs.
        self.assertEqual(long, 21)

    def test_meeting_listing_costs_the_same_at_two_sizes(self):
        for index in range(30):
            MeetingPageFactory(parent=self.content.site.meetings, slug=f"m-{index}")
        small, _ = count_queries("meetings", {"locale": "en", "first": 3})
        large, data = count_queries("meetings", {"locale": "en", "first": 30})
        self.assertEqual(len(data["meetings"]["nodes"]), 30)
        self.assertEqual(small, large)
        self.assertEqual(large, MEETINGS_QUERIES)

    def test_meeting_programme_costs_the_same_at_two_sizes(self):
        content = self.content

        def item(index):
            return {
                "type": "item",
                "value": {
                    "starts_at": "2018-09-27T13:00:00",
                    "duration_minutes": 5,
                    "title": f"Item {index}",
                    "kind": "story",
                    "speakers": [content.minister.pk],
                    "member_state": content.norway.pk,
                    "story": content.school.pk if index % 2 else content.courts.pk,
                    "media": [
                        {
                            "type": "video",
                            "value": {"embed": f"https://vimeo.com/{1000 + index}"},
                        }
                    ],
                },
            }

        for slug, size in (("few", 2), ("many", 24)):
            MeetingPageFactory(
                parent=content.site.meetings,
                slug=slug,
                programme=[item(index) for index in range(size)],
            )
        small, _ = count_queries("meetingWithProgramme", {"locale": "en", "slug": "few"})
        large, data = count_queries("meetingWithProgramme", {"locale": "en", "slug": "many"})
        self.assertEqual(len(data["meeting"]["programme"]), 24)
        self.assertEqual(small, large)
        self.assertEqual(large, MEETING_PROGRAMME_QUERIES)

    def test_presenter_programme_costs_the_same_at_two_sizes(self):
        content = self.content
        recording = HostedVideoFactory()

        def item(index):
            live = {
                "type": "live_feed",
                "value": {
                    "stream_url": f"https://stream.example.org/{index}.m3u8",
                    "provider": "hls",
                    "starts_at": "2018-09-27T13:00:00",
                    "ends_at": "2018-09-27T13:05:00",
                    "time_zone": "America/New_York",
                    "fallback_video": recording.pk,
                },
            }
            video = {"type": "video", "value": {"video": recording.pk}}
            return {
                "type": "item",
                "value": {
                    "starts_at": "2018-09-27T13:00:00",
                    "duration_minutes": 5,
                    "title": f"Item {index}",
                    "kind": "story",
                    "speakers": [content.minister.pk],
                    "member_state": content.norway.pk,
                    "story": content.school.pk if index % 2 else content.courts.pk,
                    "media": [live if index % 2 else video],
                },
            }

        ids = {}
        for slug, size in (("on-stage-few", 2), ("on-stage-many", 24)):
            ids[slug] = MeetingPageFactory(
                parent=content.site.meetings,
                slug=slug,
                programme=[item(index) for index in range(size)],
            ).id
        small, _ = count_queries("presenterProgramme", {"locale": "en", "id": ids["on-stage-few"]})
        large, data = count_queries(
            "presenterProgramme", {"locale": "en", "id": ids["on-stage-many"]}
        )
        self.assertEqual(len(data["meeting"]["programme"]), 24)
        self.assertEqual(small, large)
        self.assertEqual(large, PRESENTER_PROGRAMME_QUERIES)

    def test_taxonomy_lists_cost_the_same_at_two_sizes_and_in_any_language(self):
        english, data = count_queries("memberStatesAndThemes", {"locale": "en"})
        self.assertEqual(len(data["memberStates"]), 10)
        for code in ("GM", "CV", "BF", "CO", "MX"):
            MemberStateFactory(code=code, flag=self.images[2])
            OrganisationFactory(logo=self.images[3])
        more, data = count_queries("memberStatesAndThemes", {"locale": "en"})
        self.assertEqual(len(data["memberStates"]), 15)
        french, _ = count_queries("memberStatesAndThemes", {"locale": "fr"})
        self.assertEqual({english, more, french}, {TAXONOMY_QUERIES})

    def test_home_page_and_declarations_cost_a_fixed_number_of_queries(self):
        home, _ = count_queries("homePage", {"locale": "en"})
        declarations, _ = count_queries("declarations", {"locale": "en"})
        current, _ = count_queries("declarationWithSignatories", {"locale": "en"})
        self.assertEqual(
            (home, declarations, current),
            (HOME_QUERIES, DECLARATIONS_QUERIES, CURRENT_DECLARATION_QUERIES),
        )

    def test_routing_to_a_section_with_its_stories_is_bounded(self):
        count, data = count_queries("routeByPath", {"locale": "en", "urlPath": "/en/stories/no/"})
        self.assertEqual(data["page"]["stories"]["totalCount"], 56)
        self.assertEqual(count, ROUTE_SECTION_QUERIES)

    def test_the_sitemap_costs_the_same_at_10_and_100_pages(self):
        small, data = count_queries("sitemap", {"locale": "en", "first": 10})
        self.assertEqual(len(data["pages"]["nodes"]), 10)
        large, data = count_queries("sitemap", {"locale": "en", "first": 100})
        self.assertEqual(len(data["pages"]["nodes"]), 100)
        self.assertGreater(data["pages"]["totalCount"], 110)
        self.assertEqual(small, large)
        self.assertEqual(large, SITEMAP_QUERIES)

    def test_navigation_costs_the_same_with_2_and_12_menu_entries(self):
        site = self.content.site
        settings = SiteSettings.objects.create(contact_email="hello@example.org")
        SiteSettingsText.objects.create(
            settings=settings, locale=locale("en"), footer_text="Footer", contact_text="Write"
        )
        SocialLink.objects.create(settings=settings, network="x", url="https://x.example")
        Page.objects.filter(pk__in=[site.stories.pk, site.meetings.pk]).update(show_in_menus=True)
        small, data = count_queries("navigation", {"locale": "en"})
        self.assertEqual(len(data["menu"]), 2)
        for index in range(10):
            publish(StandardPageFactory(parent=site.home, slug=f"p-{index}", show_in_menus=True))
        self.content.no_section.show_in_menus = True
        publish(self.content.no_section)
        large, data = count_queries("navigation", {"locale": "en"})
        self.assertEqual(len(data["menu"]), 12)
        self.assertEqual(small, large)
        self.assertEqual(large, NAVIGATION_QUERIES)

    def test_redirects_cost_the_same_at_5_and_50(self):
        def redirect(index):
            target = (
                {"redirect_page": self.content.school}
                if index % 2
                else {"redirect_link": "https://www.ohchr.org/"}
            )
            Redirect.objects.create(old_path=f"/en/old-{index:03}", **target)

        for index in range(5):
            redirect(index)
        small, data = count_queries("redirects", {"first": 100})
        self.assertEqual(len(data["redirects"]["nodes"]), 5)
        for index in range(5, 50):
            redirect(index)
        large, data = count_queries("redirects", {"first": 100})
        self.assertEqual(len(data["redirects"]["nodes"]), 50)
        self.assertEqual(small, large)
        self.assertEqual(large, REDIRECTS_QUERIES)

    def test_search_costs_the_same_at_10_and_100_hits(self):
        MeetingPageFactory(parent=self.content.site.meetings, title="Story meeting", slug="sm")
        small, data = count_queries("search", {"locale": "en", "query": "story", "first": 10})
        self.assertEqual(len(data["search"]["edges"]), 10)
        large, data = count_queries("search", {"locale": "en", "query": "story", "first": 100})
        self.assertEqual(len(data["search"]["edges"]), 100)
        self.assertGreater(data["search"]["totalCount"], 100)
        self.assertEqual(small, large)
        self.assertEqual(large, SEARCH_QUERIES)

    def test_search_suggestions_are_bounded(self):
        count, data = count_queries(
            "searchSuggestions", {"locale": "en", "prefix": "stor", "first": 20}
        )
        self.assertEqual(len(data["searchSuggestions"]), 20)
        self.assertEqual(count, SEARCH_SUGGESTIONS_QUERIES)
