"""StreamField blocks, rich text links, images and videos as the API returns them."""

import json
from unittest import mock

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.embeds.exceptions import EmbedNotFoundException

from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from media_library.models import CaptionTrack, CustomImage, CustomRendition
from media_library.renditions import allowed_widths
from media_library.warming import warm_images
from stories.factories import StoryPageFactory
from tests.api.builders import (
    build_content,
    data_of,
    gql,
    make_story,
    publish,
    rich_body,
    translate,
    warm_all_images,
)
from tests.api.operations import operation

WEBVTT = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello\n"


class BodyBlockTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        cls.images = [ImageFactory(credit="© UN Photo") for _ in range(2)]
        cls.document = DocumentFactory(title="Annual report")
        cls.video = HostedVideoFactory(title="Documentary", transcript="Words spoken.")
        for language, label in (("en", ""), ("fr", "Français (sous-titres)")):
            CaptionTrack.objects.create(
                media=cls.video,
                language=language,
                label=label,
                file=ContentFile(WEBVTT, name=f"captions-{language}.vtt"),
            )
        cls.story = make_story(
            content.no_section,
            title="Every block",
            slug="every-block",
            body=rich_body(
                11,
                images=cls.images,
                document=cls.document,
                hosted_video=cls.video,
                link_page=content.courts,
            ),
            hero_video=[
                {"type": "video", "value": {"embed": "https://vimeo.com/76979871", "video": None}}
            ],
        )
        publish(cls.story)
        warm_all_images()

    def body(self, language="en", slug="every-block"):
        return data_of(operation("storyDetail"), {"locale": language, "slug": slug})["story"]

    def test_every_block_type_comes_back_typed(self):
        body = self.body()["body"]
        self.assertEqual(
            [block["__typename"] for block in body],
            [
                "HeadingBlock",
                "ParagraphBlock",
                "ImageBlock",
                "QuoteBlock",
                "VideoBlock",
                "VideoBlock",
                "GalleryBlock",
                "KeyFigureBlock",
                "DocumentBlock",
                "CallToActionBlock",
                "LiveFeedBlock",
            ],
        )
        self.assertTrue(all(block["id"] for block in body))
        heading, _, image, quote, youtube, hosted, gallery, figure, document, button, live = body
        self.assertEqual(heading["level"], "H2")
        self.assertEqual(image["caption"], "Pupils in Oslo")
        self.assertEqual(image["credit"], "© UN Photo")  # the library's, as the block has none
        self.assertEqual(image["image"]["alt"], "A classroom")
        self.assertEqual(quote, {**quote, "quote": "We came back.", "role": None})
        self.assertEqual(youtube["video"]["provider"], "YOUTUBE")
        self.assertIn("youtube.com/embed/abcdefghijk", youtube["video"]["embedHtml"])
        self.assertEqual(
            youtube["video"]["thumbnail"], "https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg"
        )
        self.assertEqual(hosted["video"]["provider"], "HOSTED")
        self.assertEqual(
            [image["image"]["alt"] for image in gallery["images"]], ["Moment 0", "Moment 1"]
        )
        self.assertEqual(figure["figure"], "12,000")
        self.assertEqual(document["title"], "Annual report")
        self.assertEqual(document["document"]["fileExtension"], "dat")
        self.assertEqual(
            button["url"], "https://stories.example.org/en/stories/uy/courts-that-listen/"
        )
        self.assertFalse(button["isExternal"])
        self.assertEqual(live["liveFeed"]["status"], "SCHEDULED")
        self.assertEqual(live["liveFeed"]["startsAt"], "2030-09-27T10:00:00+02:00")
        self.assertEqual(live["liveFeed"]["fallbackVideo"]["provider"], "VIMEO")

    def test_hosted_video_has_sources_and_a_caption_track_per_language(self):
        video = self.body("en")["body"][5]["video"]
        self.assertEqual(video["title"], "Film")
        self.assertEqual(video["sources"][0]["mimeType"], "video/mp4")
        self.assertTrue(video["sources"][0]["url"].startswith("http://testserver/media/"))
        self.assertIsNone(video["embedHtml"])
        self.assertEqual(video["transcript"], "Words spoken.")
        tracks = [
            {key: track[key] for key in ("srclang", "label", "kind", "isDefault")}
            for track in video["captionTracks"]
        ]
        self.assertEqual(
            tracks,
            [
                {"srclang": "en", "label": "English", "kind": "captions", "isDefault": True},
                {
                    "srclang": "fr",
                    "label": "Français (sous-titres)",
                    "kind": "captions",
                    "isDefault": False,
                },
            ],
        )
        self.assertTrue(video["captionTracks"][0]["url"].endswith(".vtt"))

    def test_hero_video_is_a_video(self):
        self.assertEqual(self.body()["heroVideo"]["provider"], "VIMEO")

    def test_an_embed_no_finder_knows_has_no_player_and_no_error(self):
        story = StoryPageFactory(
            parent=self.content.uy_section,
            slug="odd-video",
            body=[{"type": "video", "value": {"embed": "https://videos.example.net/v/1"}}],
        )
        publish(story)
        warm_all_images()
        video = self.body(slug="odd-video")["body"][0]["video"]
        self.assertEqual(video["provider"], "OTHER")
        self.assertIsNone(video["embedHtml"])
        self.assertEqual(video["url"], "https://videos.example.net/v/1")

    def test_a_link_without_an_embed_is_not_looked_up_again_on_every_request(self):
        story = StoryPageFactory(
            parent=self.content.uy_section,
            slug="dead-video",
            body=[{"type": "video", "value": {"embed": "https://videos.example.net/v/404"}}],
        )
        publish(story)
        warm_all_images()
        cache.clear()
        with mock.patch(
            "api.loading.loaders.get_embed", side_effect=EmbedNotFoundException
        ) as lookup:
            first = self.body(slug="dead-video")["body"][0]["video"]
            second = self.body(slug="dead-video")["body"][0]["video"]
        self.assertIsNone(first["embedHtml"])
        self.assertIsNone(second["embedHtml"])
        self.assertEqual(lookup.call_count, 1)

    def test_blocks_of_unknown_types_are_left_out(self):
        self.story.body = [
            {"type": "heading", "value": {"text": "Kept", "level": "h3"}},
            {"type": "retired_block", "value": {"anything": 1}},
        ]
        publish(self.story)
        body = self.body()["body"]
        self.assertEqual([block["__typename"] for block in body], ["HeadingBlock"])


class RichTextTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        site = content.site
        translate(site.home, "fr", title="Accueil")
        translate(site.stories, "fr", title="Histoires", slug="histoires")
        translate(content.no_section, "fr", title="Norvège")
        cls.document = DocumentFactory(title="Report")
        draft = make_story(content.no_section, slug="draft", live=False)
        content.school.body = [
            {
                "type": "paragraph",
                "value": (
                    f'<p data-block-key="a1"><a linktype="page" id="{content.school.pk}">self</a>'
                    f' <a linktype="page" id="{content.courts.pk}">courts</a>'
                    f' <a linktype="page" id="{draft.pk}">draft</a>'
                    f' <a linktype="page" id="999999">gone</a>'
                    f' <a linktype="document" id="{cls.document.pk}">report</a>'
                    ' <a href="https://www.ohchr.org/en">OHCHR</a>'
                    ' <a href="mailto:info@example.org">mail</a></p>'
                ),
            }
        ]
        publish(content.school)
        cls.school_fr = translate(content.school, "fr", title="L'école", slug="ecole")

    def paragraph(self, language, slug):
        story = data_of(
            "query ($l: String!, $s: String!) { story(locale: $l, slug: $s) { "
            "body { ... on ParagraphBlock { html } } } }",
            {"l": language, "s": slug},
        )["story"]
        return story["body"][0]["html"]

    def test_links_point_at_the_same_language_page_or_lose_their_link(self):
        html = self.paragraph("fr", "ecole")
        document_url = f"http://testserver{self.document.url}"
        self.assertEqual(
            html,
            '<p data-block-key="a1">'
            '<a href="https://stories.example.org/fr/histoires/no/ecole/">self</a>'
            ' <a href="https://stories.example.org/en/stories/uy/courts-that-listen/"'
            ' hreflang="en">courts</a>'
            " draft gone"
            f' <a href="{document_url}">report</a>'
            ' <a href="https://www.ohchr.org/en">OHCHR</a>'
            ' <a href="mailto:info@example.org">mail</a></p>',
        )

    def test_the_source_language_keeps_its_own_links(self):
        html = self.paragraph("en", "girls-back-in-school")
        self.assertIn(
            '<a href="https://stories.example.org/en/stories/no/girls-back-in-school/">self</a>',
            html,
        )
        self.assertNotIn("linktype", html)

    def test_rich_text_fields_outside_streams_are_rewritten_too(self):
        content = self.content
        content.declaration.text = f'<p>See <a linktype="page" id="{content.school.pk}">it</a></p>'
        publish(content.declaration)
        text = data_of('{ declaration(locale: "en", slug: "declaration") { text } }')
        self.assertEqual(
            text["declaration"]["text"],
            '<p>See <a href="https://stories.example.org/en/stories/no/girls-back-in-school/">'
            "it</a></p>",
        )


class ImageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = cls.content = build_content()
        cls.image = content.school.hero_image
        cls.image.focal_point_x, cls.image.focal_point_y = 400, 200
        cls.image.focal_point_width, cls.image.focal_point_height = 100, 80
        cls.image.save()
        cls.broken = ImageFactory(title="Broken")
        with cls.broken.file.storage.open(cls.broken.file.name, "wb") as damaged:
            damaged.write(b"this is not a jpeg")
        StoryPageFactory(
            parent=content.uy_section, slug="broken-image", hero_image=cls.broken, title="Broken"
        )

    def hero(self, selection, slug="girls-back-in-school"):
        query = 'query ($s: String!) { story(locale: "en", slug: $s) { title heroImage { '
        return gql(query + selection + " } } }", {"s": slug})

    def test_renditions_and_src_set_from_the_allow_list(self):
        warm_images(
            CustomImage.objects.filter(pk=self.image.pk),
            [
                "width-320|format-jpeg",
                "fill-1600x800|format-webp",
                *(f"width-{width}|format-webp" for width in (320, 640, 1600)),
            ],
        )
        status, body = self.hero(
            "id width height focalPoint { x y width height } "
            "small: rendition(width: 320) { url width height format } "
            "crop: rendition(width: 1600, height: 800, format: WEBP) { width height format } "
            "srcSet(widths: [320, 640, 1600], format: WEBP)"
        )
        self.assertNotIn("errors", body)
        image = body["data"]["story"]["heroImage"]
        self.assertEqual(image["focalPoint"], {"x": 400, "y": 200, "width": 100, "height": 80})
        self.assertEqual(image["small"]["width"], 320)
        self.assertEqual(image["small"]["format"], "JPEG")
        self.assertTrue(image["small"]["url"].startswith("http://testserver/media/images/"))
        # An 800 × 600 original is not enlarged: the 2:1 crop is as wide as the original.
        self.assertEqual((image["crop"]["width"], image["crop"]["format"]), (800, "WEBP"))
        self.assertAlmostEqual(image["crop"]["height"], 400, delta=1)
        parts = image["srcSet"].split(", ")
        self.assertEqual([part.rsplit(" ", 1)[1] for part in parts], ["320w", "640w", "800w"])
        self.assertTrue(all(".webp " in part for part in parts))

    def test_sizes_outside_the_allow_list_are_refused_with_the_allowed_values(self):
        before = CustomRendition.objects.count()
        for selection in (
            "rendition(width: 1234) { url }",
            "rendition(width: 320, height: 333) { url }",
            "rendition(width: 640, height: 640) { url }",
            "srcSet(widths: [320, 777])",
        ):
            with self.subTest(selection=selection):
                status, body = self.hero(selection)
                self.assertEqual(status, 200)
                error = body["errors"][0]
                self.assertEqual(error["extensions"]["code"], "RENDITION_NOT_ALLOWED")
                self.assertEqual(error["extensions"]["allowedWidths"], list(allowed_widths()))
                self.assertEqual(error["extensions"]["allowedCrops"], ["1600x800"])
                self.assertIn(
                    "160 (thumbnail), 320, 640 (card), 1024 (gallery), 1280 (social), 1600; "
                    "crops 1600×800 (hero)",
                    error["message"],
                )
                self.assertEqual(body["data"]["story"]["title"], "Girls back in school")
        self.assertEqual(CustomRendition.objects.count(), before)

    def test_a_broken_image_file_fails_its_rendition_field_only(self):
        """The tests' immediate task backend runs the queued generation at once; the
        worker's failure is remembered and reported instead of queueing it again."""
        status, body = self.hero(
            "alt width r: rendition(width: 320) { url } s: srcSet", slug="broken-image"
        )
        self.assertEqual(status, 200)
        hero = body["data"]["story"]["heroImage"]
        self.assertEqual(hero["alt"], "People gathered in a community hall")
        self.assertIsNone(hero["r"])
        self.assertIsNone(hero["s"])
        codes = {error["extensions"]["code"] for error in body["errors"]}
        self.assertEqual(codes, {"RENDITION_FAILED"})
        self.assertEqual(body["data"]["story"]["title"], "Broken")

    def test_the_original_file_is_never_exposed(self):
        status, body = self.hero("id rendition(width: 1600) { url } srcSet")
        text = json.dumps(body)
        self.assertNotIn("original_images", text)
        self.assertNotIn(self.image.file.name, text)
