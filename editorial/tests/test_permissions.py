"""The permission matrix, checked through the admin views an editor actually uses.

Norway's editor works in Norway's sections; Uruguay's drafts must not appear to them
anywhere in the admin, and nothing of Uruguay's can be edited or published by them.
"""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils

from editorial.factories import PASSWORD, build_editorial_site
from media_library.factories import ImageFactory
from stories.factories import StoryPageFactory, draft_story, story_form_data
from stories.models import StoryPage

NORWAY_DRAFT = "Norwegian draft zebra"
URUGUAY_DRAFT = "Uruguayan draft okapi"
URUGUAY_LIVE = "Uruguayan live story"


class EditorialSiteTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.image = ImageFactory()
        cls.norway_draft = draft_story(cls.site.norway_section, NORWAY_DRAFT)
        cls.uruguay_draft = draft_story(cls.site.uruguay_section, URUGUAY_DRAFT)
        cls.uruguay_live = StoryPageFactory(parent=cls.site.uruguay_section, title=URUGUAY_LIVE)

    def setUp(self):
        self.client.login(username="norway-editor", password=PASSWORD)


class CountryEditorCannotTouchOtherCountriesTests(EditorialSiteTestCase):
    def assertDenied(self, response):
        self.assertIn(response.status_code, (302, 403))
        if response.status_code == 302:
            self.assertEqual(response.url, reverse("wagtailadmin_home"))

    def test_edit_view_of_another_countrys_story_is_denied(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.uruguay_draft.pk]))
        self.assertDenied(response)
        self.assertNotContains(response, URUGUAY_DRAFT, status_code=response.status_code)

    def test_posting_an_edit_to_another_countrys_story_changes_nothing(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.uruguay_draft.pk])
        data = story_form_data(self.uruguay_draft, "Hijacked", hero_image=self.image.pk)
        self.assertDenied(self.client.post(url, data))
        self.uruguay_draft.refresh_from_db()
        self.assertEqual(self.uruguay_draft.get_latest_revision_as_object().title, URUGUAY_DRAFT)

    def test_publishing_another_countrys_story_is_refused(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.uruguay_draft.pk])
        data = story_form_data(self.uruguay_draft, URUGUAY_DRAFT, hero_image=self.image.pk)
        data["action-publish"] = "action-publish"
        self.client.post(url, data)
        self.uruguay_draft.refresh_from_db()
        self.assertFalse(self.uruguay_draft.live)

    def test_another_countrys_draft_cannot_be_viewed_or_previewed(self):
        pk = self.uruguay_draft.pk
        for url in (
            reverse("wagtailadmin_pages:view_draft", args=[pk]),
            reverse("wagtailadmin_pages:history", args=[pk]),
            reverse("wagtailadmin_pages:preview_on_edit", args=[pk]),
        ):
            with self.subTest(url=url):
                self.assertDenied(self.client.get(url))

    def test_adding_a_story_to_another_countrys_section_is_denied(self):
        url = reverse(
            "wagtailadmin_pages:add", args=["stories", "storypage", self.site.uruguay_section.pk]
        )
        self.assertDenied(self.client.get(url))
        data = story_form_data(self.site.uruguay_section, "Planted", hero_image=self.image.pk)
        self.assertDenied(self.client.post(url, data))
        self.assertFalse(StoryPage.objects.filter(title="Planted").exists())

    def test_explorer_of_another_countrys_section_does_not_list_its_draft(self):
        response = self.client.get(
            reverse("wagtailadmin_explore", args=[self.site.uruguay_section.pk]), follow=True
        )
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, URUGUAY_DRAFT)
        self.assertNotContains(response, URUGUAY_LIVE)

    def test_explorer_of_the_story_index_lists_only_the_editors_own_section(self):
        response = self.client.get(reverse("wagtailadmin_explore", args=[self.site.stories.pk]))
        self.assertEqual(response.status_code, 200)
        listed = {page.pk for page in response.context["object_list"]}
        self.assertEqual(listed, {self.site.norway_section.pk})

    def test_admin_search_does_not_find_another_countrys_draft(self):
        for query in ("okapi", "draft"):
            with self.subTest(query=query):
                response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": query})
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, URUGUAY_DRAFT)
        response = self.client.get(reverse("wagtailadmin_pages:search"), {"q": "zebra"})
        self.assertContains(response, NORWAY_DRAFT)

    def test_admin_pages_api_does_not_return_another_countrys_pages(self):
        listing = reverse("wagtailadmin_api:pages:listing")
        response = self.client.get(listing, {"child_of": self.site.uruguay_section.pk})
        self.assertNotContains(response, URUGUAY_DRAFT, status_code=response.status_code)
        response = self.client.get(listing, {"search": "okapi"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, URUGUAY_DRAFT)
        detail = reverse("wagtailadmin_api:pages:detail", args=[self.uruguay_draft.pk])
        # The admin API answers 404; the language middleware then redirects to /en/..., also 404.
        self.assertEqual(self.client.get(detail, follow=True).status_code, 404)
        response = self.client.get(listing, {"child_of": self.site.norway_section.pk})
        self.assertContains(response, NORWAY_DRAFT)

    def test_page_chooser_offers_other_countries_live_stories_but_not_their_drafts(self):
        response = self.client.get(
            reverse("wagtailadmin_choose_page_child", args=[self.site.uruguay_section.pk])
        )
        self.assertContains(response, URUGUAY_LIVE)
        self.assertNotContains(response, URUGUAY_DRAFT)
        response = self.client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Uruguayan"})
        self.assertContains(response, URUGUAY_LIVE)
        self.assertNotContains(response, URUGUAY_DRAFT)
        response = self.client.get(
            reverse("wagtailadmin_choose_page_child", args=[self.site.norway_section.pk])
        )
        self.assertContains(response, NORWAY_DRAFT)

    def test_reports_do_not_list_another_countrys_draft(self):
        self.client.logout()
        self.client.login(username="uruguay-editor", password=PASSWORD)
        url = reverse("wagtailadmin_pages:edit", args=[self.uruguay_draft.pk])
        data = story_form_data(self.uruguay_draft, URUGUAY_DRAFT, hero_image=self.image.pk)
        data["action-submit"] = "action-submit"
        self.client.post(url, data)
        self.assertTrue(Page.objects.get(pk=self.uruguay_draft.pk).workflow_in_progress)
        self.client.logout()
        self.client.login(username="norway-editor", password=PASSWORD)

        for name in (
            "wagtailadmin_reports:workflow",
            "wagtailadmin_reports:workflow_tasks",
            "wagtailadmin_reports:site_history",
            "wagtailadmin_reports:aging_pages",
            "stories_consent_review",
        ):
            with self.subTest(report=name):
                response = self.client.get(reverse(name))
                self.assertNotContains(response, URUGUAY_DRAFT, status_code=response.status_code)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, URUGUAY_DRAFT)

    def test_home_page_and_other_sections_are_read_only(self):
        self.assertDenied(
            self.client.get(reverse("wagtailadmin_pages:edit", args=[self.site.home.pk]))
        )
        self.assertDenied(
            self.client.get(reverse("wagtailadmin_pages:edit", args=[self.site.stories.pk]))
        )


class CountryEditorWorksInOwnSectionTests(EditorialSiteTestCase):
    def test_editor_creates_a_story_in_their_section(self):
        url = reverse(
            "wagtailadmin_pages:add", args=["stories", "storypage", self.site.norway_section.pk]
        )
        self.assertEqual(self.client.get(url).status_code, 200)
        data = story_form_data(self.site.norway_section, "Fjord school", hero_image=self.image.pk)
        response = self.client.post(url, data)
        story = StoryPage.objects.get(title="Fjord school")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[story.pk]))
        self.assertFalse(story.live)
        self.assertEqual(story.owner.username, "norway-editor")
        self.assertEqual(story.member_state, self.site.norway)

    def test_editor_creates_a_story_in_their_french_section(self):
        url = reverse(
            "wagtailadmin_pages:add",
            args=["stories", "storypage", self.site.norway_section_fr.pk],
        )
        data = story_form_data(
            self.site.norway_section_fr, "École du fjord", hero_image=self.image.pk
        )
        self.client.post(url, data)
        story = StoryPage.objects.get(title="École du fjord")
        self.assertEqual(story.locale.language_code, "fr")

    def test_editor_edits_a_colleagues_story_in_their_section(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.norway_draft.pk])
        self.assertContains(self.client.get(url), NORWAY_DRAFT)
        data = story_form_data(self.norway_draft, "Renamed draft", hero_image=self.image.pk)
        response = self.client.post(url, data)
        self.assertRedirects(response, url)
        self.norway_draft.refresh_from_db()
        self.assertEqual(self.norway_draft.get_latest_revision_as_object().title, "Renamed draft")

    def test_publish_is_not_offered_even_on_the_editors_own_story(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.norway_draft.pk])
        response = self.client.get(url)
        self.assertNotContains(response, 'name="action-publish"')
        self.assertContains(response, 'name="action-submit"')

    def test_posting_publish_on_own_story_only_saves_a_draft(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.norway_draft.pk])
        data = story_form_data(self.norway_draft, NORWAY_DRAFT, hero_image=self.image.pk)
        data["action-publish"] = "action-publish"
        self.client.post(url, data)
        self.norway_draft.refresh_from_db()
        self.assertFalse(self.norway_draft.live)
        self.assertFalse(self.norway_draft.workflow_in_progress)
