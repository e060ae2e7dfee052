"""Every page type can be created through the admin's own form, as an editor would."""

import datetime
import zoneinfo

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from coalition.factories import (
    MemberStateFactory,
    OrganisationFactory,
    PersonFactory,
    ThemeFactory,
)
from coalition.models import SustainableDevelopmentGoal
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from media_library.factories import DocumentFactory, ImageFactory
from meetings.factories import MeetingIndexPageFactory
from meetings.models import DeclarationPage, MeetingIndexPage, MeetingPage
from stories.factories import MemberStateStoriesPageFactory, StoryIndexPageFactory, StoryPageFactory
from stories.models import MemberStateStoriesPage, StoryIndexPage, StoryPage

NO_COMMENTS = inline_formset([])


def list_block(values):
    """Form data of a ListBlock, as the admin's JavaScript submits it."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


class CreatePagesThroughTheAdminTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=cls.root, slug="ghrs")
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        cls.meeting_index = MeetingIndexPageFactory(parent=cls.home)
        cls.norway = MemberStateFactory(name="Norway", code="NO")
        cls.uruguay = MemberStateFactory(name="Uruguay", code="UY")
        cls.section = MemberStateStoriesPageFactory(parent=cls.story_index, member_state=cls.norway)
        cls.story = StoryPageFactory(parent=cls.section, title="Existing story")
        cls.theme = ThemeFactory(name="Gender equality", slug="gender-equality")
        cls.organisation = OrganisationFactory(name="Norwegian Human Rights Institution")
        cls.person = PersonFactory(name="Ine Eriksen Søreide", member_state=cls.norway)
        cls.image = ImageFactory()
        cls.document = DocumentFactory()
        cls.sdg = SustainableDevelopmentGoal.objects.get(number=5)

    def setUp(self):
        self.login()

    def test_create_home_page(self):
        self.assertCanCreate(
            self.root,
            HomePage,
            nested_form_data(
                {
                    "title": "Good Human Rights Stories (second site)",
                    "slug": "ghrs-second",
                    "introduction": rich_text("<p>Countries sharing what works.</p>"),
                    "featured_stories": inline_formset([{"story": self.story.pk}]),
                    "comments": NO_COMMENTS,
                }
            ),
        )
        home = HomePage.objects.get(slug="ghrs-second")
        self.assertEqual(home.featured_stories.get().story, self.story)

    def test_create_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Membership criteria",
                    "introduction": "Who can join the initiative.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Criteria", "level": "h2"}),
                            ("paragraph", rich_text("<p>Any UN member state.</p>")),
                            ("key_figure", {"figure": "14", "label": "members", "source": ""}),
                        ]
                    ),
                    "comments": NO_COMMENTS,
                }
            ),
        )
        page = StandardPage.objects.get(slug="membership-criteria")
        self.assertEqual(
            [block.block_type for block in page.body], ["heading", "paragraph", "key_figure"]
        )

    def test_create_story_index_page(self):
        other_home = HomePageFactory(parent=self.root, slug="ghrs-other")
        self.assertCanCreate(
            other_home,
            StoryIndexPage,
            nested_form_data(
                {"title": "Stories", "introduction": "Stories of change.", "comments": NO_COMMENTS}
            ),
        )

    def test_create_member_state_stories_page(self):
        self.assertCanCreate(
            self.story_index,
            MemberStateStoriesPage,
            nested_form_data(
                {
                    "title": "Uruguay",
                    "member_state": self.uruguay.pk,
                    "introduction": "Stories from Uruguay.",
                    "comments": NO_COMMENTS,
                }
            ),
        )
        self.assertEqual(
            MemberStateStoriesPage.objects.get(slug="uruguay").member_state, self.uruguay
        )

    def test_create_story_page(self):
        data = nested_form_data(
            {
                "title": "Girls back to school",
                "member_state": self.norway.pk,
                "summary": "A programme brought 12,000 girls back to school.",
                "story_date": "2018-06-01",
                "location": "Tromsø, Norway",
                "presenter": self.person.pk,
                "hero_image": self.image.pk,
                "hero_image_alt": "Girls in a classroom",
                "hero_video": streamfield(
                    [("video", {"embed": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"})]
                ),
                "body": streamfield(
                    [
                        ("heading", {"text": "What changed", "level": "h2"}),
                        ("paragraph", rich_text("<p>Illustrative text.</p>")),
                        (
                            "quote",
                            {"quote": "We can learn.", "attribution": "A pupil", "role": ""},
                        ),
                        (
                            "image",
                            {
                                "image": self.image.pk,
                                "alt_text": "A classroom",
                                "caption": "",
                                "credit": "",
                            },
                        ),
                        (
                            "document",
                            {"document": self.document.pk, "title": "", "description": ""},
                        ),
                        (
                            "call_to_action",
                            {
                                "text": "Read the report",
                                "button_label": "Read",
                                "page": "",
                                "url": "https://example.org/report",
                            },
                        ),
                    ]
                ),
                "consent_confirmed": "on",
                "consent_expires_on": "2030-01-01",
                "comments": NO_COMMENTS,
                "related_stories": inline_formset([]),
            }
        )
        data["themes"] = [self.theme.pk]
        data["sdgs"] = [self.sdg.pk]
        data["partners"] = [self.organisation.pk]
        self.assertCanCreate(self.section, StoryPage, data)
        story = StoryPage.objects.get(slug="girls-back-to-school")
        self.assertTrue(story.live)
        self.assertEqual(list(story.themes.all()), [self.theme])
        self.assertEqual(list(story.sdgs.all()), [self.sdg])
        self.assertEqual(story.presenter, self.person)
        self.assertEqual(len(story.body), 6)

    def test_create_meeting_index_page(self):
        other_home = HomePageFactory(parent=self.root, slug="ghrs-meetings")
        self.assertCanCreate(
            other_home,
            MeetingIndexPage,
            nested_form_data({"title": "Meetings", "introduction": "", "comments": NO_COMMENTS}),
        )

    def test_create_meeting_page_with_programme_and_livestream(self):
        data = nested_form_data(
            {
                "title": "Launch of the initiative",
                "kind": MeetingPage.Kind.LAUNCH,
                "starts_at": "2018-09-27 13:15",
                "ends_at": "2018-09-27 14:45",
                "time_zone": "America/New_York",
                "city": "New York",
                "venue": "United Nations Headquarters",
                "session_reference": "UNGA 73",
                "introduction": "The launch at the 73rd General Assembly.",
                "body": streamfield([]),
                "livestream": streamfield(
                    [
                        (
                            "live_feed",
                            {
                                "title": "UN Web TV",
                                "stream_url": "https://webtv.un.org/en/asset/k1x/k1xyz",
                                "provider": "unwebtv",
                                "starts_at": "2018-09-27 13:15",
                                "ends_at": "2018-09-27 14:45",
                                "time_zone": "America/New_York",
                                "fallback_embed": "",
                                "fallback_video": "",
                            },
                        )
                    ]
                ),
                "programme": streamfield(
                    [
                        (
                            "item",
                            {
                                "starts_at": "2018-09-27 13:15",
                                "duration_minutes": "10",
                                "title": "Opening remarks",
                                "kind": "opening",
                                "speakers": list_block([self.person.pk]),
                                "member_state": self.norway.pk,
                                "story": "",
                                "media": streamfield([]),
                                "presenter_notes": "Microphone 1.",
                            },
                        ),
                        (
                            "item",
                            {
                                "starts_at": "2018-09-27 13:25",
                                "duration_minutes": "15",
                                "title": "Girls back to school",
                                "kind": "story",
                                "speakers": list_block([]),
                                "member_state": self.norway.pk,
                                "story": self.story.pk,
                                "media": streamfield([]),
                                "presenter_notes": "",
                            },
                        ),
                    ]
                ),
                "outcome_documents": streamfield(
                    [("document", {"document": self.document.pk, "title": "", "description": ""})]
                ),
                "comments": NO_COMMENTS,
            }
        )
        data["co_chairs"] = [self.norway.pk, self.uruguay.pk]
        data["themes"] = [self.theme.pk]
        data["organisations"] = [self.organisation.pk]
        self.assertCanCreate(self.meeting_index, MeetingPage, data)
        meeting = MeetingPage.objects.get(slug="launch-of-the-initiative")
        new_york = zoneinfo.ZoneInfo("America/New_York")
        self.assertEqual(meeting.starts_at, datetime.datetime(2018, 9, 27, 13, 15, tzinfo=new_york))
        self.assertEqual(len(meeting.programme), 2)
        self.assertEqual(meeting.programme[1].value["story"].specific, self.story)
        self.assertEqual(set(meeting.co_chairs.all()), {self.norway, self.uruguay})

    def test_create_declaration_page_with_signatories(self):
        self.assertCanCreate(
            self.home,
            DeclarationPage,
            nested_form_data(
                {
                    "title": "Joint declaration",
                    "text": rich_text("<p>The members reaffirm the universality of rights.</p>"),
                    "status": DeclarationPage.Status.OPEN,
                    "adopted_at": "",
                    "opened_for_signature_on": "2018-09-27",
                    "pdf": self.document.pk,
                    "signatories": inline_formset(
                        [
                            {
                                "member_state": self.norway.pk,
                                "signatory_name": "Ine Eriksen Søreide",
                                "signatory_title": "Minister of Foreign Affairs",
                                "level": "minister",
                                "signed_on": "2018-09-27",
                            },
                            {
                                "member_state": self.uruguay.pk,
                                "signatory_name": "Rodolfo Nin Novoa",
                                "signatory_title": "Minister of Foreign Affairs",
                                "level": "minister",
                                "signed_on": "2018-09-27",
                            },
                        ]
                    ),
                    "comments": NO_COMMENTS,
                }
            ),
        )
        declaration = DeclarationPage.objects.get(slug="joint-declaration")
        self.assertEqual(
            [signatory.member_state for signatory in declaration.signatories.all()],
            [self.norway, self.uruguay],
        )
        self.assertEqual(declaration.signatories.first().locale, declaration.locale)
