"""The completeness report as editors use it: numbers need no translation, and publishing
together from a filtered report comes back to the report itself."""

from urllib.parse import parse_qs, urlsplit

from django.test import TestCase
from django.urls import reverse

from coalition.factories import MemberStateFactory
from localization.completeness import translation_status
from localization.tests.utils import build_site, fill, superuser, translate
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

BODY = [
    {"type": "paragraph", "value": "<p>Girls went back to school.</p>"},
    {"type": "key_figure", "value": {"figure": "45", "label": "schools reopened", "source": ""}},
    {"type": "key_figure", "value": {"figure": "12,000", "label": "pupils", "source": ""}},
]


class NumericSegmentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(
            parent=site.stories, member_state=MemberStateFactory(code="UY", name="Uruguay")
        )
        cls.story = StoryPageFactory(parent=section, title="Back to school", body=BODY)
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        cls.translation = translate(cls.story, ["fr"], cls.user)["fr"]
        # A translator fills in every text and leaves the numbers alone.
        fill(
            cls.translation,
            lambda entry: "" if entry.msgid in {"45", "12,000"} else f"[fr] {entry.msgid}",
        )
        cls.translation.save_target(user=cls.user, publish=False)

    def test_a_translation_missing_only_numbers_is_complete_and_ready(self):
        french = translation_status(self.story)["fr"]
        self.assertEqual(french.translated_segments, french.total_segments)
        self.assertEqual(french.missing_segments, 0)
        self.assertTrue(french.ready)

    def test_numbers_are_not_counted_as_segments(self):
        french = translation_status(self.story)["fr"]
        all_segments, _translated = self.translation.get_progress()
        # wagtail-localize counts the slug and both figures; the report does not.
        self.assertEqual(french.total_segments, all_segments - 3)


class PublishTogetherReturnTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        cls.uruguay = MemberStateFactory(code="UY", name="Uruguay")
        section = MemberStateStoriesPageFactory(parent=site.stories, member_state=cls.uruguay)
        cls.story = StoryPageFactory(parent=section, title="Back to school")
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        fill(translate(cls.story, ["fr"], cls.user)["fr"])

    def setUp(self):
        self.client.force_login(self.user)

    def publish_link(self, response):
        html = response.content.decode()
        start = html.index(reverse("localization:publish_together", args=[self.story.pk]))
        href = html[start : html.index('"', start)].replace("&amp;", "&")
        return href

    def test_the_filtered_results_fragment_links_back_to_the_full_report(self):
        filters = f"member_state={self.uruguay.pk}"
        response = self.client.get(f"{reverse('localization:completeness_results')}?{filters}")
        next_url = parse_qs(urlsplit(self.publish_link(response)).query)["next"][0]
        self.assertEqual(next_url, f"{reverse('localization:completeness')}?{filters}")

    def test_publishing_together_lands_on_the_report_page_with_its_message(self):
        response = self.client.get(
            f"{reverse('localization:completeness_results')}?member_state={self.uruguay.pk}"
        )
        response = self.client.post(self.publish_link(response), {"when": "now"}, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.resolver_match.view_name, "localization:completeness")
        self.assertContains(response, "<html", html=False)
        self.assertContains(response, "Published “Back to school” in:")
