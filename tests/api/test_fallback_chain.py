"""The fallback chain: the requested language, then the chain's languages, then the original.

A story first written in Spanish and translated into English and French, never into
Russian: a Russian reader asking for fallback gets the English version (the default
chain), the French one when the server or the request says so, and the Spanish original
only when the chain is empty.
"""

from django.test import TestCase, override_settings

from tests.api.builders import build_content, gql, make_story, publish, translate

STORY = """query ($locale: String!, $slug: String, $id: ID, $fallback: Boolean = true,
                  $chain: [String!]) {
  story(locale: $locale, slug: $slug, id: $id, fallback: $fallback, fallbackLocales: $chain) {
    title isFallback locale { code } urlPath
  }
}"""
LISTING = """query ($locale: String!, $chain: [String!]) {
  stories(locale: $locale, fallback: true, fallbackLocales: $chain, first: 100) {
    nodes { title locale { code } isFallback }
  }
}"""
ROUTE = """query ($locale: String!, $path: String!, $chain: [String!]) {
  page(locale: $locale, urlPath: $path, fallback: true, fallbackLocales: $chain) {
    title isFallback locale { code } urlPath
  }
}"""


class FallbackChainTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = build_content()
        site = content.site
        sections = {}
        for language, stories_slug in (("es", "historias"), ("fr", "histoires")):
            translate(site.home, language, slug=f"ghrs-home-{language}")
            translate(site.stories, language, slug=stories_slug)
            sections[language] = translate(content.no_section, language)
        translate(site.home, "ru", slug="ghrs-home-ru")
        # First written in Spanish, then translated.
        cls.original = publish(
            make_story(sections["es"], title="Escuelas abiertas", slug="escuelas-abiertas")
        )
        cls.english = translate(cls.original, "en", title="Open schools", slug="open-schools")
        cls.french = translate(cls.original, "fr", title="Écoles ouvertes", slug="ecoles")

    def story(self, **variables):
        status, body = gql(STORY, {"locale": "ru", "id": str(self.original.pk), **variables})
        self.assertEqual(status, 200)
        self.assertNotIn("errors", body)
        return body["data"]["story"]

    def test_by_default_the_default_language_comes_before_the_original(self):
        story = self.story()
        self.assertEqual((story["title"], story["locale"]["code"]), ("Open schools", "en"))
        self.assertTrue(story["isFallback"])

    def test_the_request_can_name_its_own_chain(self):
        self.assertEqual(self.story(chain=["fr", "en"])["title"], "Écoles ouvertes")
        self.assertEqual(self.story(chain=["zh-hans", "fr"])["title"], "Écoles ouvertes")

    def test_an_empty_chain_goes_straight_to_the_original(self):
        self.assertEqual(self.story(chain=[])["title"], "Escuelas abiertas")

    @override_settings(API_FALLBACK_LOCALES={"ru": ["fr", "en"]})
    def test_the_server_setting_configures_each_languages_chain(self):
        self.assertEqual(self.story()["title"], "Écoles ouvertes")

    def test_a_published_version_in_the_requested_language_is_never_a_fallback(self):
        story = self.story(locale="fr", chain=["en"])
        self.assertEqual(story["title"], "Écoles ouvertes")
        self.assertFalse(story["isFallback"])

    def test_a_slug_from_another_language_follows_the_chain_too(self):
        story = self.story(id=None, slug="escuelas-abiertas")
        self.assertEqual(story["locale"]["code"], "en")

    def test_lists_show_each_story_once_in_the_chains_language(self):
        for chain, expected in ((None, "Open schools"), (["fr"], "Écoles ouvertes")):
            with self.subTest(chain=chain):
                status, body = gql(LISTING, {"locale": "ru", "chain": chain})
                titles = [node["title"] for node in body["data"]["stories"]["nodes"]]
                self.assertIn(expected, titles)
                self.assertEqual(
                    len([t for t in titles if t in {"Open schools", "Écoles ouvertes"}]), 1
                )
                self.assertNotIn("Escuelas abiertas", titles)

    def test_a_path_in_another_language_is_answered_in_the_chains_language(self):
        status, body = gql(
            ROUTE, {"locale": "ru", "path": "/es/historias/no/escuelas-abiertas/", "chain": None}
        )
        page = body["data"]["page"]
        self.assertEqual(page["title"], "Open schools")
        self.assertEqual(page["urlPath"], self.english_path())

    def english_path(self):
        status, body = gql(STORY, {"locale": "en", "id": str(self.original.pk)})
        return body["data"]["story"]["urlPath"]

    def test_fallback_locales_need_fallback_and_known_codes(self):
        status, body = gql(STORY, {"locale": "ru", "id": "1", "fallback": False, "chain": ["en"]})
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
        self.assertIn("fallback: true", error["message"])
        status, body = gql(STORY, {"locale": "ru", "id": "1", "chain": ["EN"]})
        self.assertEqual(body["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")
        status, body = gql(STORY, {"locale": "ru", "id": "1", "chain": ["en"] * 7})
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")
