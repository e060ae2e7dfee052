"""Story rules editors meet in the admin: consent, country, slug, summary."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils

from coalition.factories import MemberStateFactory
from home.factories import build_site_tree
from media_library.factories import ImageFactory
from stories.factories import (
    MemberStateStoriesPageFactory,
    StoryPageFactory,
    draft_story,
    story_form_data,
)
from stories.models import MemberStateStoriesPage, StoryPage


class StoryAdminValidationTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_site_tree().stories
        cls.norway = MemberStateFactory(name="Norway", code="NO")
        cls.uruguay = MemberStateFactory(name="Uruguay", code="UY")
        cls.norway_section = MemberStateStoriesPageFactory(
            parent=cls.index, member_state=cls.norway
        )
        cls.uruguay_section = MemberStateStoriesPageFactory(
            parent=cls.index, member_state=cls.uruguay
        )
        cls.existing = StoryPageFactory(
            parent=cls.uruguay_section, title="Water for all", slug="water-for-all"
        )
        cls.image = ImageFactory()

    def setUp(self):
        self.login()

    def add_url(self, section):
        return reverse("wagtailadmin_pages:add", args=["stories", "storypage", section.pk])

    def post_story(self, section, title, action=None, **overrides):
        data = story_form_data(section, title, hero_image=self.image.pk, **overrides)
        if action:
            data[f"action-{action}"] = f"action-{action}"
        return self.client.post(self.add_url(section), data)

    def form_errors(self, response):
        self.assertEqual(response.status_code, 200, "the form should have been shown again")
        return response.context["form"].errors

    def test_a_draft_saves_without_consent(self):
        response = self.post_story(
            self.norway_section, "Draft without consent", consent_confirmed=""
        )
        story = StoryPage.objects.get(title="Draft without consent")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[story.pk]))
        self.assertFalse(story.consent_confirmed)
        self.assertFalse(story.live)

    def test_publishing_requires_consent(self):
        response = self.post_story(
            self.norway_section, "Published without consent", "publish", consent_confirmed=""
        )
        errors = self.form_errors(response)
        self.assertIn("Confirm that the people featured consented", errors["consent_confirmed"][0])
        self.assertFalse(StoryPage.objects.filter(title="Published without consent").exists())

    def test_publishing_an_existing_draft_requires_consent(self):
        self.post_story(self.norway_section, "Later published", consent_confirmed="")
        story = StoryPage.objects.get(title="Later published")
        data = story_form_data(story, "Later published", hero_image=self.image.pk)
        data["consent_confirmed"] = ""
        data["action-publish"] = "action-publish"
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[story.pk]), data)
        self.assertIn("consent_confirmed", self.form_errors(response))
        story.refresh_from_db()
        self.assertFalse(story.live)

    def test_publishing_with_consent_goes_live(self):
        self.post_story(self.norway_section, "Published with consent", "publish")
        self.assertTrue(StoryPage.objects.get(title="Published with consent").live)

    def test_story_country_must_match_its_section(self):
        response = self.post_story(
            self.norway_section, "Wrong country", member_state=self.uruguay.pk
        )
        message = self.form_errors(response)["member_state"][0]
        self.assertIn("This story is filed under Norway", message)

    def test_the_section_country_is_proposed_for_a_new_story(self):
        response = self.client.get(self.add_url(self.norway_section))
        self.assertEqual(response.context["form"].initial["member_state"], self.norway.pk)

    def test_story_slug_is_unique_within_a_language(self):
        response = self.post_story(self.norway_section, "Water for all", slug="water-for-all")
        message = self.form_errors(response)["slug"][0]
        self.assertIn("The address “water-for-all” is already used by", message)
        self.assertIn(f'href="/admin/pages/{self.existing.pk}/edit/">Water for all</a>', message)

    def test_the_same_slug_is_allowed_in_another_language(self):
        french = Locale.objects.get(language_code="fr")
        section_fr = self.norway_section.copy_for_translation(french, copy_parents=True)
        story = StoryPageFactory.build(
            title="L'eau pour tous",
            slug="water-for-all",
            member_state=self.norway,
            hero_image=self.image,
            locale=french,
        )
        section_fr.add_child(instance=story)
        self.assertEqual(StoryPage.objects.filter(slug="water-for-all").count(), 2)

    def test_summary_is_required_and_at_most_300_characters(self):
        response = self.post_story(self.norway_section, "Too long", summary="x" * 301)
        self.assertIn("summary", self.form_errors(response))
        response = self.post_story(self.norway_section, "No summary", "publish", summary="")
        self.assertIn("summary", self.form_errors(response))

    def test_hero_image_alt_text_is_required_to_publish(self):
        response = self.post_story(self.norway_section, "No alt", "publish", hero_image_alt="")
        self.assertIn("hero_image_alt", self.form_errors(response))


class StoryModelValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_site_tree().stories
        cls.section = MemberStateStoriesPageFactory(parent=cls.index)
        StoryPageFactory(parent=cls.section, slug="taken")

    def test_model_clean_rejects_a_slug_taken_in_the_same_language(self):
        story = StoryPageFactory.build(slug="taken", member_state=self.section.member_state)
        story.locale = self.section.locale
        with self.assertRaises(ValidationError) as caught:
            story.clean()
        self.assertIn("slug", caught.exception.message_dict)

    def test_a_country_has_one_section_per_language(self):
        duplicate = MemberStateStoriesPage(
            title="Second section",
            slug="second",
            member_state=self.section.member_state,
            locale=self.section.locale,
        )
        with self.assertRaises(ValidationError) as caught:
            self.index.add_child(instance=duplicate)
        self.assertIn(
            "already has a story section", caught.exception.message_dict["member_state"][0]
        )


class BulkPublishingChecksConsentTests(WagtailTestUtils, TestCase):
    """Bulk actions publish without the edit form, so consent is checked there too."""

    @classmethod
    def setUpTestData(cls):
        cls.section = MemberStateStoriesPageFactory(parent=build_site_tree().stories)
        cls.without_consent = draft_story(
            cls.section, "Draft lacking consent", consent_confirmed=False
        )
        cls.with_consent = draft_story(cls.section, "Draft with consent")

    def setUp(self):
        self.login()

    def bulk_publish(self, *pages, include_descendants=False):
        url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        query = "&".join(f"id={page.pk}" for page in pages)
        data = {"include_descendants": "on"} if include_descendants else {}
        return self.client.post(f"{url}?{query}&next=/admin/", data, follow=True)

    def test_a_story_without_consent_is_not_published_in_bulk(self):
        response = self.bulk_publish(self.without_consent, self.with_consent)
        self.assertContains(response, "Nothing was published: consent is not confirmed")
        self.assertContains(response, "Draft lacking consent")
        self.assertFalse(StoryPage.objects.filter(live=True, title__startswith="Draft").exists())

    def test_stories_with_consent_are_published_in_bulk(self):
        self.bulk_publish(self.with_consent)
        self.assertTrue(StoryPage.objects.get(pk=self.with_consent.pk).live)

    def test_publishing_a_section_with_its_drafts_checks_each_story(self):
        self.bulk_publish(self.section, include_descendants=True)
        self.assertFalse(StoryPage.objects.get(pk=self.with_consent.pk).live)
        self.assertFalse(StoryPage.objects.get(pk=self.without_consent.pk).live)
