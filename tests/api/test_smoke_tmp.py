from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from tests.api.builders import build_content, gql, make_story, publish, rich_body
from tests.api.operations import operation


class Smoke(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()
        images = [ImageFactory() for _ in range(3)]
        doc = DocumentFactory()
        video = HostedVideoFactory()
        s = make_story(
            cls.content.no_section,
            title="Long",
            slug="long",
            body=rich_body(
                40, images=images, document=doc, hosted_video=video, link_page=cls.content.courts
            ),
        )
        s.themes.set([cls.content.education])
        s.sdgs.set(cls.content.sdgs)
        s.partners.set([cls.content.partner])
        s.presenter = cls.content.minister
        publish(s)

    def run_count(self):
        with CaptureQueriesContext(connection) as ctx:
            status, body = gql(operation("storyDetail"), {"locale": "en", "slug": "long"})
        assert "errors" not in body, body
        return len(ctx.captured_queries), ctx, body

    def test_it(self):
        self.run_count()
        n, ctx, body = self.run_count()
        print("COUNTS", n)
        for q in ctx.captured_queries:
            print(q["sql"][:200])
            print()
        import json

        print(json.dumps(body)[:3000])
