"""Where each page type may be created: the tree every language's site follows."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from meetings.factories import MeetingIndexPageFactory
from meetings.models import DeclarationPage, MeetingIndexPage, MeetingPage
from stories.factories import StoryIndexPageFactory
from stories.models import MemberStateStoriesPage, StoryIndexPage, StoryPage

ALL_TYPES = {
    HomePage,
    StandardPage,
    StoryIndexPage,
    MemberStateStoriesPage,
    StoryPage,
    MeetingIndexPage,
    MeetingPage,
    DeclarationPage,
}


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_of_each_language(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, StoryIndexPage, MeetingIndexPage, DeclarationPage}
        )

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_stories_live_in_a_country_section_of_the_story_index(self):
        self.assertAllowedParentPageTypes(StoryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {MemberStateStoriesPage})
        self.assertAllowedParentPageTypes(MemberStateStoriesPage, {StoryIndexPage})
        self.assertAllowedSubpageTypes(MemberStateStoriesPage, {StoryPage})
        self.assertAllowedParentPageTypes(StoryPage, {MemberStateStoriesPage})
        self.assertAllowedSubpageTypes(StoryPage, set())

    def test_meetings_live_in_the_meeting_index(self):
        self.assertAllowedParentPageTypes(MeetingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(MeetingIndexPage, {MeetingPage})
        self.assertAllowedParentPageTypes(MeetingPage, {MeetingIndexPage})
        self.assertAllowedSubpageTypes(MeetingPage, set())

    def test_the_declaration_sits_under_the_home_page(self):
        self.assertAllowedParentPageTypes(DeclarationPage, {HomePage})
        self.assertAllowedSubpageTypes(DeclarationPage, set())

    def test_can_create_at_matches_the_rules(self):
        allowed = {
            (Page, HomePage),
            (HomePage, StandardPage),
            (HomePage, StoryIndexPage),
            (HomePage, MeetingIndexPage),
            (HomePage, DeclarationPage),
            (StandardPage, StandardPage),
            (StoryIndexPage, MemberStateStoriesPage),
            (MemberStateStoriesPage, StoryPage),
            (MeetingIndexPage, MeetingPage),
        }
        for parent in ALL_TYPES | {Page}:
            for child in ALL_TYPES:
                with self.subTest(parent=parent.__name__, child=child.__name__):
                    if (parent, child) in allowed:
                        self.assertCanCreateAt(parent, child)
                    else:
                        self.assertCanNotCreateAt(parent, child)

    def test_a_story_cannot_be_filed_outside_a_country_section(self):
        self.assertCanNotCreateAt(StoryIndexPage, StoryPage)
        self.assertCanNotCreateAt(HomePage, StoryPage)
        self.assertCanNotCreateAt(StoryPage, StoryPage)


class OneSectionPerHomePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="ghrs")
        StoryIndexPageFactory(parent=cls.home)
        MeetingIndexPageFactory(parent=cls.home)

    def test_a_home_page_has_one_story_index_and_one_meeting_index(self):
        self.assertFalse(StoryIndexPage.can_create_at(self.home))
        self.assertFalse(MeetingIndexPage.can_create_at(self.home))
        self.assertTrue(StandardPage.can_create_at(self.home))

    def test_another_language_home_page_gets_its_own_sections(self):
        other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="ghrs-other")
        self.assertTrue(StoryIndexPage.can_create_at(other_home))
        self.assertTrue(MeetingIndexPage.can_create_at(other_home))
