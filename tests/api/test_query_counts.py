"""SQL queries per public operation, pinned at two sizes.

Every operation runs after what production pre-generates is there (the standard
renditions, made at upload and publish and by ``warm_renditions``; embeds, stored on first
view), then is counted. A count that grows with the
number of items, blocks or links means an N+1 query crept in.
"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from coalition.factories import MemberStateFactory, OrganisationFactory, ThemeFactory
from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from meetings.factories import MeetingPageFactory
from stories.factories import MemberStateStoriesPageFactory
from tests.api.builders import (
    build_content,
    gql,
    make_story,
    publish,
    rich_body,
    translate,
    warm_all_images,
)
from tests.api.operations import operation

# The pinned counts. Change them only on purpose, and say why in the commit.
LISTING_QUERIES = 9
DETAIL_QUERIES = 16
MEETINGS_QUERIES = 4
MEETING_PROGRAMME_QUERIES = 10
TAXONOMY_QUERIES = 10
ROUTE_SECTION_QUERIES = 9
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

    def test_story_detail_costs_at_most_20_queries_whatever_the_number_of_blocks(self):
        self.story_with_blocks("short", 11)
        self.story_with_blocks("long", 44)
        short, _ = count_queries("storyDetail", {"locale": "en", "slug": "short"})
        long, data = count_queries("storyDetail", {"locale": "en", "slug": "long"})
        self.assertEqual(len(data["story"]["body"]), 44)
        self.assertEqual(short, long)
        self.assertLessEqual(long, 20)
        self.assertEqual(long, DETAIL_QUERIES)

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

    def test_routing_to_a_section_with_its_stories_is_bounded(self):
        count, data = count_queries("routeByPath", {"locale": "en", "urlPath": "/en/stories/no/"})
        self.assertEqual(data["page"]["stories"]["totalCount"], 56)
        self.assertEqual(count, ROUTE_SECTION_QUERIES)

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
