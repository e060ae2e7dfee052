"""The `preview(token:)` root field: a draft for the frontend's preview route, and nothing else.

Tokens come from the CMS (core.preview); these tests make them the same way the "On the
website" preview mode does, and read them over HTTP as a frontend would.
"""

import datetime
import json

import time_machine
from django.core import signing
from django.test import TestCase, override_settings
from django.utils import timezone

from core.preview import make_token, store_preview_revision
from home.models import HomePageFeaturedStory
from meetings.models import DeclarationPage
from stories.factories import StoryPageFactory
from stories.models import StoryPageRelatedStory
from tests.api.builders import build_content, gql, locale, publish

PREVIEW = """query ($token: String!) {
  preview(token: $token) {
    __typename id title urlPath locale { code direction }
    translations { title }
    ... on StoryPage {
      summary
      memberState { code }
      themes { name }
      body { __typename ... on ParagraphBlock { html } }
    }
  }
}"""


def preview(token, **headers):
    return gql(PREVIEW, {"token": token}, **headers)


class PreviewFieldTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()
        story = cls.content.school
        story.title = "Girls back in school, draft"
        story.body = [{"type": "paragraph", "value": "<p>An unpublished paragraph.</p>"}]
        cls.revision = story.save_revision()
        cls.token = make_token(story.pk, cls.revision.pk)
        cls.unpublished = StoryPageFactory(
            parent=cls.content.uy_section, title="Never published", live=False
        )
        cls.unpublished_token = make_token(cls.unpublished.pk, cls.unpublished.save_revision().pk)

    def test_preview_returns_the_draft_with_the_live_page_types(self):
        status, body = preview(self.token)
        self.assertEqual(status, 200, body)
        page = body["data"]["preview"]
        self.assertEqual(page["__typename"], "StoryPage")
        self.assertEqual(page["title"], "Girls back in school, draft")
        self.assertEqual(
            page["body"],
            [{"__typename": "ParagraphBlock", "html": ("<p>An unpublished paragraph.</p>")}],
        )
        self.assertEqual(page["memberState"], {"code": "NO"})
        self.assertEqual(
            sorted(theme["name"] for theme in page["themes"]), ["Education", "Gender equality"]
        )
        self.assertEqual(page["locale"], {"code": "en", "direction": "LTR"})

    def test_the_draft_s_own_themes_are_shown(self):
        """Links and rows the draft changed come from its revision, not from the live page."""
        story = self.content.school.get_latest_revision_as_object()
        story.themes.set([self.content.school.themes.order_by("name").first()])
        token = make_token(story.pk, story.save_revision().pk)
        status, body = preview(token)
        self.assertEqual(
            [theme["name"] for theme in body["data"]["preview"]["themes"]], ["Education"]
        )
        status, body = gql(
            '{ story(locale: "en", slug: "girls-back-in-school") { themes { name } } }'
        )
        self.assertEqual(len(body["data"]["story"]["themes"]), 2, "the live page keeps both")

    def test_the_draft_s_own_signatories_are_shown(self):
        declaration = DeclarationPage.objects.get().get_latest_revision_as_object()
        declaration.signatories.remove(
            next(row for row in declaration.signatories.all() if row.member_state.code == "UY")
        )
        token = make_token(declaration.pk, declaration.save_revision().pk)
        query = """query ($token: String!) { preview(token: $token) {
          ... on DeclarationPage { signatories { memberState { code } } } } }"""
        status, body = gql(query, {"token": token})
        codes = [row["memberState"]["code"] for row in body["data"]["preview"]["signatories"]]
        self.assertEqual(codes, ["NO"])

    def test_the_draft_s_own_related_and_featured_stories_are_shown(self):
        """Editors' story choices (related, featured) come from the revision, in its order."""
        unrelated = StoryPageFactory(parent=self.content.uy_section, title="Water for all")
        story = self.content.school.get_latest_revision_as_object()
        story.related_stories = [StoryPageRelatedStory(story=unrelated)]
        token = make_token(story.pk, story.save_revision().pk)
        query = """query ($token: String!) { preview(token: $token) {
          ... on StoryPage { relatedStories(first: 5) { title } } } }"""
        status, body = gql(query, {"token": token})
        titles = [row["title"] for row in body["data"]["preview"]["relatedStories"]]
        self.assertEqual(titles[0], "Water for all")
        status, body = gql(
            '{ story(locale: "en", slug: "girls-back-in-school") { relatedStories(first: 5) '
            "{ title } } }"
        )
        live = [row["title"] for row in body["data"]["story"]["relatedStories"]]
        self.assertNotIn("Water for all", live, "the live page has no such choice")

        home = self.content.site.home.get_latest_revision_as_object()
        home.featured_stories = [
            HomePageFeaturedStory(story=unrelated),
            HomePageFeaturedStory(story=self.content.courts),
        ]
        token = make_token(home.pk, home.save_revision().pk)
        query = """query ($token: String!) { preview(token: $token) {
          ... on HomePage { featuredStories { title } } } }"""
        status, body = gql(query, {"token": token})
        self.assertEqual(
            [row["title"] for row in body["data"]["preview"]["featuredStories"]],
            ["Water for all", "Courts that listen"],
        )
        status, body = gql('{ homePage(locale: "en") { featuredStories { title } } }')
        self.assertEqual(body["data"]["homePage"]["featuredStories"], [])

    def test_the_live_page_is_unchanged_by_a_draft(self):
        status, body = gql('{ story(locale: "en", slug: "girls-back-in-school") { title } }')
        self.assertEqual(body["data"]["story"]["title"], "Girls back in school")

    def test_a_page_never_published_can_be_previewed(self):
        status, body = preview(self.unpublished_token)
        self.assertEqual(body["data"]["preview"]["title"], "Never published")

    def test_preview_responses_are_never_cached(self):
        client_response = self.client.get(
            "/graphql/", {"query": PREVIEW, "variables": json.dumps({"token": self.token})}
        )
        self.assertEqual(client_response.status_code, 200)
        self.assertEqual(client_response["Cache-Control"], "private, no-store")
        refused = self.client.post(
            "/graphql/",
            data={"query": PREVIEW, "variables": {"token": "forged"}},
            content_type="application/json",
        )
        self.assertEqual(refused["Cache-Control"], "private, no-store")

    def test_a_public_query_has_no_private_cache_control(self):
        response = self.client.get("/graphql/", {"query": "{ locales { code } }"})
        self.assertNotEqual(response.get("Cache-Control"), "private, no-store")

    def test_an_altered_token_is_refused_with_a_code(self):
        for token in ["", "nonsense", self.token[:-2] + "xx", self.token.replace(":", ";", 1)]:
            with self.subTest(token=token):
                status, body = preview(token)
                self.assertIsNone(body["data"]["preview"])
                self.assertEqual(body["errors"][0]["extensions"]["code"], "PREVIEW_TOKEN_INVALID")

    def test_a_token_signed_for_something_else_is_refused(self):
        other = signing.dumps({"page": self.content.courts.pk, "revision": self.revision.pk})
        status, body = preview(other)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "PREVIEW_TOKEN_INVALID")

    def test_a_token_names_one_page_only(self):
        # The revision belongs to the school story: paired with another page id, nothing.
        token = make_token(self.content.courts.pk, self.revision.pk)
        status, body = preview(token)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "PREVIEW_TOKEN_INVALID")

    def test_a_token_expires_after_an_hour(self):
        later = timezone.now() + datetime.timedelta(minutes=61)
        with time_machine.travel(later):
            status, body = preview(self.token)
        self.assertEqual(status, 200)
        self.assertIsNone(body["data"]["preview"])
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "PREVIEW_TOKEN_EXPIRED")
        self.assertIn("expired", error["message"])

    @override_settings(FRONTEND_PREVIEW_TOKEN_SECONDS=60)
    def test_the_lifetime_is_configurable(self):
        token = make_token(self.content.school.pk, self.revision.pk)
        with time_machine.travel(timezone.now() + datetime.timedelta(seconds=50)):
            self.assertIsNotNone(preview(token)[1]["data"]["preview"])
        with time_machine.travel(timezone.now() + datetime.timedelta(seconds=61)):
            self.assertEqual(
                preview(token)[1]["errors"][0]["extensions"]["code"],
                "PREVIEW_TOKEN_EXPIRED",
            )

    def test_a_token_stops_working_when_the_page_is_deleted(self):
        story = StoryPageFactory(parent=self.content.uy_section, title="To be deleted")
        token = make_token(story.pk, store_preview_revision(story, None).pk)
        self.assertEqual(preview(token)[1]["data"]["preview"]["title"], "To be deleted")
        story.delete()
        status, body = preview(token)
        self.assertIsNone(body["data"]["preview"])
        self.assertEqual(body["errors"][0]["extensions"]["code"], "PREVIEW_TOKEN_INVALID")

    def test_the_draft_shows_only_public_relations(self):
        """A draft's translations and links go through the visibility policy: an unpublished
        translation stays hidden in the preview too."""
        french = self.content.school.copy_for_translation(locale("fr"), copy_parents=True)
        french.title = "Brouillon"
        french.save_revision()
        status, body = preview(self.token)
        self.assertEqual(body["data"]["preview"]["translations"], [])
        publish(french)
        status, body = preview(self.token)
        self.assertEqual(body["data"]["preview"]["translations"], [{"title": "Brouillon"}])
