"""The demo's videos have library posters, and its PDFs say which language they are in.

Read from the demo: the Indonesian story's hosted video, whose poster has no description
(so its alt text is the video's title, translated with the page), and the declaration,
whose PDF exists in English, French and Spanish only: the Arabic version links the
English PDF and says so.
"""

from demo.testing import DemoTestCase
from media_library.models import CustomImage
from media_library.warming import warm_images
from tests.api.builders import data_of

STORY = """
query ($locale: String!, $slug: String!) {
  story(locale: $locale, slug: $slug) {
    body {
      ... on VideoBlock {
        video {
          provider
          thumbnail
          poster { alt srcSet(format: WEBP) rendition(width: 640, format: JPEG) { width } }
        }
      }
    }
  }
}
"""

DECLARATION = """
query ($locale: String!) {
  declaration(locale: $locale) { pdf { filename language inLanguageAskedFor } }
}
"""


class DemoPosterTests(DemoTestCase):
    def video(self, locale, slug):
        warm_images(CustomImage.objects.filter(title__startswith="Demo poster:"))
        body = data_of(STORY, {"locale": locale, "slug": slug})["story"]["body"]
        (video,) = [block["video"] for block in body if block.get("video")]
        return video

    def test_a_demo_video_has_a_poster_with_renditions(self):
        video = self.video("en", "villages-that-plan-their-budgets-together")
        self.assertEqual(video["provider"], "HOSTED")
        self.assertEqual(video["poster"]["rendition"], {"width": 640})
        self.assertRegex(video["poster"]["srcSet"], r"\.webp 320w, .+\.webp 640w")
        self.assertRegex(video["thumbnail"], r"^http://testserver/.+\.jpg$")

    def test_the_poster_alt_text_follows_the_language_of_the_page(self):
        english = self.video("en", "villages-that-plan-their-budgets-together")
        french = self.video("fr", "des-villages-qui-decident-ensemble-de-leur-budget")
        self.assertEqual(english["poster"]["alt"], "Watch the story")
        self.assertEqual(french["poster"]["alt"], "Regarder l'histoire")


class DemoDeclarationPdfTests(DemoTestCase):
    def pdf(self, locale):
        return data_of(DECLARATION, {"locale": locale})["declaration"]["pdf"]

    def test_the_declaration_links_the_pdf_in_its_own_language_where_one_exists(self):
        for language in ("en", "fr", "es"):
            with self.subTest(language=language):
                self.assertEqual(
                    self.pdf(language),
                    {
                        "filename": f"joint-declaration-{language}.pdf",
                        "language": language,
                        "inLanguageAskedFor": True,
                    },
                )

    def test_the_arabic_declaration_links_the_english_pdf_and_says_so(self):
        for language in ("ar", "ru", "zh-hans"):
            with self.subTest(language=language):
                self.assertEqual(
                    self.pdf(language),
                    {
                        "filename": "joint-declaration-en.pdf",
                        "language": "en",
                        "inLanguageAskedFor": False,
                    },
                )
