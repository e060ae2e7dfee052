"""Renditions in public requests: served when ready, queued once when not, never made there."""

import threading
from types import SimpleNamespace
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models.signals import post_init
from django.test import TestCase, override_settings
from django_tasks import default_task_backend
from graphql import OperationDefinitionNode, parse
from wagtail.images.utils import generate_signature

from api import image_specs
from api.image_specs import requested_rendition_specs
from cms.schema import schema
from media_library import renditions
from media_library.factories import ImageFactory
from media_library.models import CustomImage, CustomRendition
from media_library.renditions import standard_filter_specs
from media_library.tasks import generate_renditions, queue_generation
from media_library.warming import warm_images
from tests.api.builders import build_content, gql, make_story, warm_all_images
from tests.api.operations import all_operations, operation

# Enqueued tasks are recorded, not run: the request is seen on its own, as in production,
# where the worker does the work after the response has gone.
RECORDING_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

STORY_HERO = '{ story(locale: "en", slug: "x") { heroImage { %s } } }'
HERO = 'query ($s: String!) { story(locale: "en", slug: $s) { title heroImage { %s } } }'


def hero(selection, slug="cold"):
    return gql(HERO % selection, {"s": slug})


def queued():
    """(image id, spec) of every rendition queued for generation so far, in order."""
    return sorted(
        (result.args[0], spec)
        for result in default_task_backend.results
        if result.task.name == generate_renditions.name
        for spec in result.args[1]
    )


@override_settings(TASKS=RECORDING_TASKS)
class ColdRenditionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()
        cls.image = ImageFactory(title="Cold")
        make_story(cls.content.no_section, title="Cold", slug="cold", hero_image=cls.image)

    def setUp(self):
        default_task_backend.clear()
        cache.clear()  # queue marks outlive each test's rolled-back renditions

    def test_a_cold_rendition_is_never_made_in_the_request_and_the_rest_is_served(self):
        before = CustomRendition.objects.count()
        with (
            mock.patch.object(CustomImage, "get_renditions") as many,
            mock.patch.object(CustomImage, "create_renditions") as create,
            mock.patch("PIL.Image.open") as pillow,
        ):
            status, body = hero("alt r: rendition(width: 640, format: WEBP) { url } srcSet")
        self.assertEqual(status, 200)
        self.assertEqual(CustomRendition.objects.count(), before)
        for processing in (many, create, pillow):
            processing.assert_not_called()
        story = body["data"]["story"]
        self.assertEqual(story["title"], "Cold")
        self.assertIsNotNone(story["heroImage"])
        self.assertIsNone(story["heroImage"]["r"])
        self.assertIsNone(story["heroImage"]["srcSet"])
        self.assertNotIn("errors", body, "a rendition being made is a warning, not an error")
        warnings = body["extensions"]["warnings"]
        codes = {(warning["code"], tuple(warning["path"])) for warning in warnings}
        self.assertEqual(
            codes,
            {
                ("RENDITION_PENDING", ("story", "heroImage", "r")),
                ("RENDITION_PENDING", ("story", "heroImage", "srcSet")),
            },
        )

    def test_a_missing_rendition_is_queued_once_however_many_requests_ask(self):
        for _ in range(3):
            hero("a: rendition(width: 640, format: WEBP) { url } b: srcSet(format: WEBP)")
        specs = ["width-320", "width-640", "width-1024", "width-1600"]
        self.assertEqual(queued(), sorted((self.image.pk, f"{spec}|format-webp") for spec in specs))

    def test_concurrent_callers_queue_the_same_rendition_once(self):
        image = ImageFactory()
        specs = ["width-1024|format-jpeg", "width-160|format-webp"]
        barrier = threading.Barrier(8)
        claimed = []

        def ask():
            barrier.wait()
            claimed.append(queue_generation(image, specs))

        with mock.patch("media_library.tasks.generate_renditions") as task:
            threads = [threading.Thread(target=ask) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        self.assertEqual(task.enqueue.call_count, 1)
        self.assertEqual(sorted(spec for specs in claimed for spec in specs), sorted(specs))

    def test_a_rendition_whose_queueing_failed_is_queued_by_a_later_request(self):
        with mock.patch("media_library.tasks.generate_renditions") as task:
            task.enqueue.side_effect = OSError("queue down")
            status, body = hero("rendition(width: 1024, format: PNG) { url }")
        self.assertEqual(body["extensions"]["warnings"][0]["code"], "RENDITION_PENDING")
        hero("rendition(width: 1024, format: PNG) { url }")
        self.assertEqual(queued(), [(self.image.pk, "width-1024|format-png")])

    def test_after_warming_the_exact_rendition_is_returned(self):
        warm_images(
            CustomImage.objects.filter(pk=self.image.pk),
            ["width-1024|format-jpeg", "fill-1600x800|format-webp"],
        )
        status, body = hero(
            "a: rendition(width: 1024, format: JPEG) { url width format } "
            "b: rendition(width: 1600, height: 800, format: WEBP) { url format }"
        )
        self.assertNotIn("errors", body)
        image = body["data"]["story"]["heroImage"]
        self.assertEqual((image["a"]["width"], image["a"]["format"]), (800, "JPEG"))
        self.assertIn(".width-1024.format-jpeg.", image["a"]["url"])
        self.assertIn(".fill-1600x800.format-webp.", image["b"]["url"])
        self.assertEqual(queued(), [])

    def test_a_missing_width_gets_the_nearest_ready_one_and_is_left_out_of_the_src_set(self):
        warm_images(
            CustomImage.objects.filter(pk=self.image.pk),
            ["width-320|format-webp", "width-640|format-webp"],
        )
        status, body = hero(
            "big: rendition(width: 1024, format: WEBP) { width format } "
            "srcSet(widths: [320, 640, 1024], format: WEBP)"
        )
        self.assertNotIn("errors", body)
        image = body["data"]["story"]["heroImage"]
        self.assertEqual(image["big"], {"width": 640, "format": "WEBP"})
        widths = [part.rsplit(" ", 1)[1] for part in image["srcSet"].split(", ")]
        self.assertEqual(widths, ["320w", "640w"])
        self.assertEqual(queued(), [(self.image.pk, "width-1024|format-webp")])

    def test_a_crop_is_replaced_only_by_the_same_crop_never_by_other_proportions(self):
        warm_images(
            CustomImage.objects.filter(pk=self.image.pk),
            ["fill-1600x800|format-webp", "width-640|format-jpeg"],
        )
        status, body = hero(
            "webp: rendition(width: 1600, height: 800, format: WEBP) { format } "
            "jpeg: rendition(width: 1600, height: 800, format: JPEG) { format url } "
            "wide: rendition(width: 1600, format: JPEG) { url } "
            "card: rendition(width: 640, format: JPEG) { url }"
        )
        image = body["data"]["story"]["heroImage"]
        self.assertEqual(image["jpeg"]["format"], "WEBP")
        self.assertIn(".fill-1600x800.", image["jpeg"]["url"])
        self.assertIn(".width-640.", image["wide"]["url"], "a narrower width, same proportions")
        self.assertNotIn("errors", body)


class PrefetchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = build_content()
        for index in range(20):
            make_story(
                content.no_section,
                title=f"Card {index:02}",
                slug=f"card-{index:02}",
                hero_image=ImageFactory(),
            )
        warm_all_images()
        # Renditions the listing does not show, as on-demand use and old sizes leave behind.
        warm_images(
            CustomImage.objects.all(),
            ["width-160|format-jpeg", "width-1024|format-jpeg", "width-320|format-png"],
        )

    def test_a_listing_of_20_cards_loads_only_the_renditions_its_cards_show(self):
        loaded = []
        instances = []

        class Counted(renditions.StoredRendition):
            __slots__ = ()

            def __init__(self, *args):
                super().__init__(*args)
                loaded.append(self.filter_spec)

        def count(sender, instance, **kwargs):
            instances.append(instance.filter_spec)

        post_init.connect(count, sender=CustomRendition)
        try:
            with mock.patch.object(renditions, "StoredRendition", Counted):
                status, body = gql(operation("storyListing"), {"locale": "en", "first": 20})
        finally:
            post_init.disconnect(count, sender=CustomRendition)
        self.assertNotIn("errors", body)
        # Read as rows: no rendition model instance is built for a listing.
        self.assertEqual(instances, [])
        self.assertEqual(len(body["data"]["stories"]["edges"]), 20)
        # Each card shows a WebP srcset of four widths and a JPEG fallback.
        self.assertEqual(
            set(loaded),
            {
                "width-320|format-webp",
                "width-640|format-webp",
                "width-1024|format-webp",
                "width-1600|format-webp",
                "width-640|format-jpeg",
            },
        )
        self.assertLessEqual(len(loaded), 5 * 20)
        self.assertGreater(
            CustomRendition.objects.count(), 2 * len(loaded), "the images have more renditions"
        )


def info_for(document, variables=None):
    """What a resolver's ``info`` offers the spec reader, for a document."""
    ast = parse(document)
    operation_node = next(d for d in ast.definitions if isinstance(d, OperationDefinitionNode))
    fragments = {
        d.name.value: d for d in ast.definitions if d is not operation_node and hasattr(d, "name")
    }
    return SimpleNamespace(
        schema=schema.graphql_schema,
        operation=operation_node,
        fragments=fragments,
        variable_values=variables or {},
    )


class RequestedSpecsTests(TestCase):
    def test_specs_come_from_fields_fragments_and_variables(self):
        document = """
            query ($w: Int!) { story(locale: "en", slug: "x") {
              heroImage {
                ...Picture
                wide: rendition(width: 1600, height: 800, format: WEBP) { url }
              }
              socialImage { rendition(width: $w, format: JPEG) { url } } } }
            fragment Picture on Image { srcSet(widths: [160, 320], format: PNG) }
        """
        specs = requested_rendition_specs(info_for(document, {"w": 1280}))
        self.assertEqual(
            specs,
            {
                "width-160|format-png",
                "width-320|format-png",
                "fill-1600x800|format-webp",
                "width-1280|format-jpeg",
            },
        )

    def test_a_field_without_a_format_may_need_any_allowed_format(self):
        specs = requested_rendition_specs(
            info_for(
                '{ story(locale: "en", slug: "x") { heroImage { rendition(width: 640) { url } } } }'
            )
        )
        self.assertTrue({"width-640|format-jpeg", "width-640|format-png"} <= specs)
        self.assertTrue(all(spec.startswith("width-640|") for spec in specs))

    def test_sizes_outside_the_allow_list_add_nothing(self):
        specs = requested_rendition_specs(
            info_for(
                '{ story(locale: "en", slug: "x") { heroImage { rendition(width: 641) { url } } } }'
            )
        )
        self.assertEqual(specs, frozenset())

    def test_a_fragment_fan_out_and_an_alias_flood_are_read_in_linear_time(self):
        depth = 40
        spread = "...F{0} ...F{0}"
        fragments = "".join(
            f"fragment F{level} on Image {{ a: srcSet(format: WEBP) {spread.format(level + 1)} }}\n"
            for level in range(depth)
        )
        fragments += (
            f"fragment F{depth} on Image {{ rendition(width: 160, format: PNG) {{ url }} }}"
        )
        aliases = " ".join(
            f"r{n}: rendition(width: 320, format: WEBP) {{ url }}" for n in range(2000)
        )
        document = STORY_HERO % f"...F0 {aliases}" + "\n" + fragments
        with mock.patch(
            "api.image_specs._image_field_specs", wraps=image_specs._image_field_specs
        ) as read:
            specs = requested_rendition_specs(info_for(document))
        self.assertIn("width-160|format-png", specs)
        self.assertIn("width-320|format-webp", specs)
        # Each field is read once where it is written: 2,000 aliases, one srcSet per
        # fragment and the last fragment's rendition; following the spreads would be 2^40.
        self.assertEqual(read.call_count, 2000 + depth + 1)


class DynamicServeViewTests(TestCase):
    def test_wagtails_signed_image_urls_make_no_renditions_for_the_public(self):
        image = ImageFactory()
        spec = "width-123"
        url = f"/images/{generate_signature(image.pk, spec)}/{image.pk}/{spec}/"
        response = self.client.get(url, follow=True)
        self.assertNotEqual(response.status_code, 200)
        self.assertFalse(CustomRendition.objects.filter(image=image).exists())

    def test_the_admin_still_shows_an_image_to_its_editor(self):
        user = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
        self.client.force_login(user)
        image = ImageFactory()
        response = self.client.get(f"/admin/images/{image.pk}/")
        self.assertEqual(response.status_code, 200)


def test_the_standard_specs_cover_every_rendition_the_contract_operations_ask_for():
    """What the frontend asks for is made at upload and publish, never found missing."""
    standard = set(standard_filter_specs())
    for name, document in all_operations().items():
        specs = requested_rendition_specs(info_for(document))
        assert specs <= standard, (name, specs - standard)
