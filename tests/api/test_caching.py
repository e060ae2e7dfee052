"""Cached GET answers: served without SQL, retired at once by any change readers can see,
with ETag, 304 and the Cache-Control and Vary headers shared caches need."""

import datetime
import json
import time
from unittest import mock

from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory, SimpleTestCase, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from graphql import parse

from api import caching, checks, documents, persisted, views
from meetings.models import MeetingPage
from tests.api.builders import build_content, publish

LISTING = """query Listing($locale: String!) {
  stories(locale: $locale) { totalCount nodes { title } }
}"""
THEMES = "query Themes($locale: String!) { themes(locale: $locale) { name } }"


def get(query, variables=None, **headers):
    params = {"query": query}
    if variables is not None:
        params["variables"] = json.dumps(variables)
    return Client().get("/graphql/", params, **headers)


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(node["title"] for node in response.json()["data"]["stories"]["nodes"])


@override_settings(API_CACHE_SECONDS=300, API_CACHE_MAX_AGE=30, API_CACHE_S_MAXAGE=60)
class CachedAnswerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.content = build_content()

    def setUp(self):
        cache.clear()
        documents.clear()

    def changed(self, change):
        """Run ``change`` as an editor would: committed, so the generation moves on."""
        with self.captureOnCommitCallbacks(execute=True):
            change()

    def test_a_second_identical_get_runs_no_sql(self):
        first = get(LISTING, {"locale": "en"})
        with self.assertNumQueries(0):
            second = get(LISTING, {"locale": "en"})
        self.assertEqual(second.status_code, 200)
        self.assertEqual(second.content, first.content)
        self.assertEqual(second["ETag"], first["ETag"])

    def test_other_variables_are_another_answer(self):
        get(LISTING, {"locale": "en"})
        with CaptureQueriesContext(connection) as queries:
            response = get(LISTING, {"locale": "fr"})
        self.assertGreater(len(queries), 0)
        self.assertEqual(titles(response), [])

    def test_publishing_shows_at_once_in_the_next_get(self):
        self.assertIn("Girls back in school", titles(get(LISTING, {"locale": "en"})))
        school = self.content.school

        def rename():
            school.title = "Girls return to school"
            publish(school)

        self.changed(rename)
        self.assertIn("Girls return to school", titles(get(LISTING, {"locale": "en"})))

    def test_unpublishing_moving_and_deleting_show_at_once(self):
        changes = {
            "unpublish": lambda: self.content.courts.unpublish(),
            "move": lambda: self.content.courts.move(self.content.no_section, pos="last-child"),
            "delete": lambda: self.content.courts.delete(),
        }
        for name, change in changes.items():
            with self.subTest(name), self.captureOnCommitCallbacks(execute=True):
                before = caching.generation()
                change()
            self.assertGreater(caching.generation(), before, name)
        self.assertEqual(titles(get(LISTING, {"locale": "en"})), ["Girls back in school"])

    def test_a_snippet_change_shows_at_once(self):
        first = get(THEMES, {"locale": "en"}).json()["data"]["themes"]
        self.assertIn({"name": "Education"}, first)
        theme = self.content.education

        def rename():
            theme.name = "Schooling"
            theme.save()

        self.changed(rename)
        second = get(THEMES, {"locale": "en"}).json()["data"]["themes"]
        self.assertIn({"name": "Schooling"}, second)

    def test_an_uncommitted_change_retires_nothing_until_it_commits(self):
        before = caching.generation()
        with self.captureOnCommitCallbacks(execute=False) as callbacks:
            self.content.education.save()
        self.assertEqual(caching.generation(), before)
        for callback in callbacks:
            callback()
        self.assertGreater(caching.generation(), before)

    def test_saving_a_draft_retires_nothing(self):
        before = caching.generation()
        with self.captureOnCommitCallbacks(execute=True):
            self.content.school.title = "A draft title"
            self.content.school.save_revision()
        self.assertEqual(caching.generation(), before)

    def test_a_lost_generation_starts_again_beyond_every_earlier_one(self):
        before = caching.generation()
        cache.delete(caching.GENERATION_KEY)
        self.assertGreater(caching.generation(), before)
        cache.delete(caching.GENERATION_KEY)
        caching.bump_generation()
        self.assertGreater(caching.generation(), before)

    def test_a_matching_etag_gets_304_without_a_body(self):
        first = get(LISTING, {"locale": "en"})
        etag = first["ETag"]
        for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
            with self.subTest(header):
                response = get(LISTING, {"locale": "en"}, HTTP_IF_NONE_MATCH=header)
                self.assertEqual(response.status_code, 304)
                self.assertEqual(response.content, b"")
                self.assertEqual(response["ETag"], etag)
                self.assertIn("max-age=30", response["Cache-Control"])
        self.assertEqual(
            get(LISTING, {"locale": "en"}, HTTP_IF_NONE_MATCH='"stale"').status_code, 200
        )

    def test_the_etag_changes_with_the_content(self):
        etag = get(LISTING, {"locale": "en"})["ETag"]
        school = self.content.school

        def rename():
            school.title = "Girls return to school"
            publish(school)

        self.changed(rename)
        response = get(LISTING, {"locale": "en"}, HTTP_IF_NONE_MATCH=etag)
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(response["ETag"], etag)

    def test_a_get_answer_says_who_may_keep_it_and_for_how_long(self):
        response = get(LISTING, {"locale": "en"})
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        self.assertEqual(directives, {"public", "max-age=30", "s-maxage=60"})
        self.assertIn("Origin", response["Vary"])
        self.assertRegex(response["ETag"], r'^"[0-9a-f]{40}"$')
        self.assertNotIn("Set-Cookie", response)

    def test_post_answers_and_refusals_are_never_kept(self):
        post = Client().post(
            "/graphql/",
            json.dumps({"query": LISTING, "variables": {"locale": "en"}}),
            content_type="application/json",
        )
        refused = get("{ nope }")
        field_error = get(LISTING, {"locale": "xx"})
        for name, response in {"POST": post, "refusal": refused, "error": field_error}.items():
            with self.subTest(name):
                self.assertNotIn("ETag", response)
                self.assertIn("no-store", response["Cache-Control"])
                self.assertIn("private", response["Cache-Control"])

    def test_an_answer_with_errors_is_not_stored(self):
        with mock.patch.object(caching, "store_response") as store:
            response = get(LISTING, {"locale": "xx"})
            self.assertEqual(response.json()["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")
            get(LISTING, {"locale": "en"})
        self.assertEqual(store.call_count, 1)

    def test_a_request_with_credentials_is_answered_afresh(self):
        get(LISTING, {"locale": "en"})
        with CaptureQueriesContext(connection) as queries:
            get(LISTING, {"locale": "en"}, HTTP_AUTHORIZATION="Bearer something")
        self.assertGreater(len(queries), 0)

    def test_answers_for_another_host_are_kept_apart(self):
        get(LISTING, {"locale": "en"})
        with CaptureQueriesContext(connection) as queries:
            get(LISTING, {"locale": "en"}, HTTP_HOST="localhost")
        self.assertGreater(len(queries), 0)

    def test_a_cached_answer_costs_one_point_of_the_budget(self):
        miss = get(LISTING, {"locale": "en"})
        cost = miss.json()["extensions"]["cost"]["requested"]
        self.assertGreater(cost, 1)
        used = int(miss["X-RateLimit-Used"])
        hit = get(LISTING, {"locale": "en"})
        self.assertEqual(int(hit["X-RateLimit-Used"]), used + 1)
        not_modified = get(LISTING, {"locale": "en"}, HTTP_IF_NONE_MATCH=hit["ETag"])
        self.assertEqual(int(not_modified["X-RateLimit-Used"]), used + 2)

    def test_an_answer_is_kept_no_longer_than_until_a_meeting_starts(self):
        meeting = self.content.meeting
        MeetingPage.objects.filter(pk=meeting.pk).update(
            starts_at=timezone.now() + datetime.timedelta(seconds=20),
            ends_at=timezone.now() + datetime.timedelta(hours=2),
        )
        query = 'query { meetings(locale: "en") { nodes { title status } } }'
        response = get(query)
        self.assertEqual(response.json()["data"]["meetings"]["nodes"][0]["status"], "UPCOMING")
        directives = dict(
            part.strip().partition("=")[::2] for part in response["Cache-Control"].split(",")
        )
        self.assertLessEqual(int(directives["max-age"]), 20)
        self.assertLessEqual(int(directives["s-maxage"]), 20)
        with mock.patch("time.time", return_value=time.time() + 30):
            self.assertIsNone(caching.cached_response(caching.generation(), self.key_of(query)))

    def key_of(self, query):
        request = RequestFactory().get("/graphql/")
        return caching.response_key(request, persisted.digest(query), None, None)

    @override_settings(API_CACHE_SECONDS=0)
    def test_with_the_cache_off_every_get_runs_but_etags_still_work(self):
        first = get(LISTING, {"locale": "en"})
        with CaptureQueriesContext(connection) as queries:
            second = get(LISTING, {"locale": "en"}, HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertGreater(len(queries), 0)
        self.assertEqual(second.status_code, 304)


class DocumentCacheTests(TestCase):
    """A repeated query is neither parsed nor validated again; limits still hold."""

    @classmethod
    def setUpTestData(cls):
        build_content()

    def setUp(self):
        documents.clear()

    def post(self, query, variables=None):
        return Client().post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
        )

    def test_a_repeated_query_is_parsed_and_validated_once(self):
        with (
            mock.patch.object(views, "parse", wraps=parse) as parsing,
            mock.patch.object(views, "validate", wraps=views.validate) as validating,
            mock.patch.object(views, "check_limits", wraps=views.check_limits) as limits,
        ):
            for locale in ("en", "fr", "en"):
                response = self.post(LISTING, {"locale": locale})
                self.assertEqual(response.status_code, 200, response.content)
        self.assertEqual(parsing.call_count, 1)
        self.assertEqual(validating.call_count, 1)
        self.assertEqual(limits.call_count, 1)

    def test_a_validation_is_not_reused_under_other_limits(self):
        self.assertEqual(self.post(LISTING, {"locale": "en"}).status_code, 200)
        with override_settings(API_MAX_QUERY_DEPTH=2):
            response = self.post(LISTING, {"locale": "en"})
        self.assertEqual(response.status_code, 400)
        error = response.json()["errors"][0]["extensions"]
        self.assertEqual((error["code"], error["limit"]), ("QUERY_TOO_COMPLEX", "depth"))

    @override_settings(API_MAX_QUERY_COST=20)
    def test_variables_and_cost_are_still_checked_on_a_known_document(self):
        query = 'query ($first: Int) { stories(locale: "en", first: $first) { nodes { id } } }'
        self.assertEqual(self.post(query, {"first": 5}).status_code, 200)
        response = self.post(query, {"first": 50})
        self.assertEqual(response.json()["errors"][0]["extensions"]["code"], "QUERY_TOO_COSTLY")
        response = self.post(query, {"first": "x" * 5000})
        self.assertEqual(response.json()["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")

    def test_a_refused_document_is_not_remembered(self):
        hostile = "{ " + 'stories(locale: "en") { nodes { ' * 20 + "id" + " } }" * 20 + " }"
        for _ in range(2):
            response = self.post(hostile)
            self.assertEqual(
                response.json()["errors"][0]["extensions"]["code"], "QUERY_TOO_COMPLEX"
            )
        self.assertEqual(len(documents._validated), 0)

    def test_the_maps_are_bounded(self):
        with override_settings(API_DOCUMENT_CACHE_SIZE=3):
            for number in range(6):
                self.post(f"{{ locales {{ code }} __typename a{number}: __typename }}")
        self.assertEqual(len(documents._parsed), 3)


class PrivateRootFieldTests(SimpleTestCase):
    def test_a_preview_answer_is_never_shared_however_it_is_selected(self):
        private = (
            '{ preview(token: "t") { id } }',
            '{ ... on Query { preview(token: "t") { id } } }',
            "query { ...A } fragment A on Query { ...B } fragment B on Query { preview { id } }",
        )
        for text in private:
            document = parse(text)
            with self.subTest(text):
                self.assertTrue(views.selects_private_root_field(document, document.definitions[0]))
        document = parse("{ locales { preview: code } }")
        self.assertFalse(views.selects_private_root_field(document, document.definitions[0]))


class SharedCacheCheckTests(SimpleTestCase):
    @override_settings(API_CACHE_SECONDS=300)
    def test_a_response_cache_in_local_memory_is_reported_for_deployments(self):
        self.assertEqual([w.id for w in checks.response_cache_is_shared()], [checks.W001])

    @override_settings(API_CACHE_SECONDS=0)
    def test_no_warning_without_the_response_cache(self):
        self.assertEqual(checks.response_cache_is_shared(), [])
