"""A hosted video's poster is a library image; a document says which language it is in.

The poster comes as the same ``Image`` as every other image of the API (allow-listed
renditions, ``srcSet``, alt text), fetched for every video of a response in one batch:
the SQL query count is pinned at two numbers of videos. ``Video.thumbnail`` (deprecated)
keeps answering with an address, now a JPEG rendition of the poster. A document carries
its language, and whether it is in the language asked for.
"""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from tests.api.builders import build_content, data_of, make_story, publish, warm_all_images

VIDEOS = """
query ($slug: String!) {
  story(locale: "en", slug: $slug) {
    body {
      ... on VideoBlock {
        video {
          title
          thumbnail
          poster {
            alt
            width
            srcSet(format: WEBP)
            rendition(width: 640, format: JPEG) { url width format }
          }
        }
      }
    }
  }
}
"""

DOCUMENTS = """
query ($locale: String!, $slug: String!) {
  story(locale: $locale, slug: $slug) {
    body {
      ... on DocumentBlock { document { title language inLanguageAskedFor } }
    }
  }
}
"""

# The story (with its breadcrumbs, country and other relations the query does not ask
# for), the hosted videos with their caption tracks, then the posters and their
# renditions: the same for 2 videos as for 20.
VIDEO_QUERIES = 6


def video_block(video, title=""):
    return {"type": "video", "value": {"embed": "", "video": video.pk, "title": title}}


class PosterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = build_content()
        cls.section = content.no_section
        cls.described = ImageFactory(description="A girl reads aloud to her class")
        cls.undescribed = ImageFactory(description="")
        with_description = HostedVideoFactory(poster=cls.described)
        without_description = HostedVideoFactory(title="Back to school", poster=cls.undescribed)
        without_poster = HostedVideoFactory()
        cls.story_with_blocks(
            "three-videos",
            [
                video_block(with_description, title="Reading class"),
                video_block(without_description),
                video_block(without_poster),
            ],
        )

    @classmethod
    def story_with_blocks(cls, slug, blocks):
        return publish(make_story(cls.section, slug=slug, body=blocks))

    def videos(self, slug):
        body = data_of(VIDEOS, {"slug": slug})["story"]["body"]
        return [block["video"] for block in body if "video" in block]

    def test_a_poster_is_an_image_with_allow_listed_renditions(self):
        warm_all_images()
        poster = self.videos("three-videos")[0]["poster"]
        self.assertEqual(poster["width"], 800)
        self.assertEqual(poster["rendition"]["width"], 640)
        self.assertEqual(poster["rendition"]["format"], "JPEG")
        self.assertRegex(poster["srcSet"], r"^http://testserver/\S+\.webp 320w, ")

    def test_the_poster_alt_is_the_image_description_else_the_video_title(self):
        warm_all_images()
        first, second, third = self.videos("three-videos")
        self.assertEqual(first["poster"]["alt"], "A girl reads aloud to her class")
        self.assertEqual(second["poster"]["alt"], "Back to school")
        self.assertIsNone(third["poster"])

    def test_the_deprecated_thumbnail_is_a_jpeg_rendition_of_the_poster(self):
        warm_all_images()
        first, _, third = self.videos("three-videos")
        rendition = self.described.renditions.get(filter_spec="width-1280|format-jpeg")
        self.assertEqual(first["thumbnail"], f"http://testserver{rendition.url}")
        self.assertIsNone(third["thumbnail"])

    def test_posters_cost_the_same_queries_for_2_and_20_videos(self):
        counts = {}
        for size in (2, 20):
            blocks = [
                video_block(HostedVideoFactory(poster=ImageFactory()), title=f"Video {n}")
                for n in range(size)
            ]
            self.story_with_blocks(f"videos-{size}", blocks)
            warm_all_images()
            data_of(VIDEOS, {"slug": f"videos-{size}"})  # as a first view
            with CaptureQueriesContext(connection) as queries:
                videos = self.videos(f"videos-{size}")
            self.assertEqual(len(videos), size)
            self.assertTrue(all(video["poster"]["srcSet"] for video in videos))
            counts[size] = len(queries)
        self.assertEqual(counts[2], counts[20])
        self.assertEqual(counts[20], VIDEO_QUERIES)


class DocumentLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = build_content()
        section = content.no_section
        cls.slug = "reports"
        blocks = [
            {"type": "document", "value": {"document": document.pk, "title": ""}}
            for document in (
                DocumentFactory(title="Report (English)", language="en"),
                DocumentFactory(title="Rapport (français)", language="fr"),
                DocumentFactory(title="Data tables", language=""),
            )
        ]
        publish(make_story(section, slug=cls.slug, body=blocks))

    def documents(self, locale):
        story = data_of(DOCUMENTS, {"locale": locale, "slug": self.slug})["story"]
        return [block["document"] for block in story["body"]]

    def test_a_document_says_its_language_and_whether_it_is_the_one_asked_for(self):
        self.assertEqual(
            self.documents("en"),
            [
                {"title": "Report (English)", "language": "en", "inLanguageAskedFor": True},
                {"title": "Rapport (français)", "language": "fr", "inLanguageAskedFor": False},
                {"title": "Data tables", "language": None, "inLanguageAskedFor": None},
            ],
        )
