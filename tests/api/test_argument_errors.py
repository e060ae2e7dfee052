"""Bad arguments: each is a coded error on its own field, and the rest of ``data`` survives.

The README promises that a field error leaves "the rest of `data`"; root lists and
connections are nullable so that one refused argument nulls only its own field. Ids are
bounded before they reach the database, and a filter value that names nothing is refused
the same way for every filter (member state, theme, SDG, meeting).
"""

import http.client
import json
from urllib.parse import urlencode, urlsplit

from django.test import LiveServerTestCase, TestCase

from tests.api.builders import build_content, gql

BIG_IDS = ("9223372036854775808", "99999999999999999999999999", "2147483648", "0", "-1", "1e3")


class NullableRootFieldsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    def test_a_bad_argument_nulls_only_its_own_field(self):
        status, body = gql(
            '{ bad: stories(locale: "en", theme: "no-such-theme") { totalCount } '
            'good: stories(locale: "en") { totalCount } locales { code } }'
        )
        self.assertEqual(status, 200)
        self.assertIsNone(body["data"]["bad"])
        self.assertEqual(body["data"]["good"], {"totalCount": 2})
        self.assertEqual(len(body["data"]["locales"]), 6)
        self.assertEqual([error["path"] for error in body["errors"]], [["bad"]])

    def test_every_root_list_is_nullable(self):
        fields = {
            "meetings": "{ totalCount }",
            "declarations": "{ id }",
            "memberStates": "{ id }",
            "themes": "{ id }",
            "sdgs": "{ id }",
            "organisations": "{ id }",
        }
        for field, selection in fields.items():
            with self.subTest(field=field):
                status, body = gql(
                    f'{{ bad: {field}(locale: "xx") {selection} locales {{ code }} }}'
                )
                self.assertEqual(body["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")
                self.assertIsNone(body["data"]["bad"])
                self.assertTrue(body["data"]["locales"])


class IdBoundsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    def test_ids_beyond_a_page_id_are_invalid_arguments_never_internal_errors(self):
        queries = {
            "story": 'query ($id: ID) { story(locale: "en", id: $id) { id } }',
            "meeting": 'query ($id: ID) { meeting(locale: "en", id: $id) { id } }',
            "declaration": 'query ($id: ID) { declaration(locale: "en", id: $id) { id } }',
            "stories": 'query ($id: ID) { stories(locale: "en", meeting: $id) { totalCount } }',
        }
        for field, query in queries.items():
            for value in BIG_IDS:
                with self.subTest(field=field, id=value):
                    status, body = gql(query, {"id": value})
                    self.assertEqual(status, 200)
                    error = body["errors"][0]
                    self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
                    self.assertIn("from 1 to 2147483647", error["message"])

    def test_an_integer_literal_id_is_read_as_an_id(self):
        status, body = gql('{ story(locale: "en", id: 99999999999999999999) { id } }')
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")


class UnknownFilterValuesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        content = build_content()
        cls.meeting_id = content.meeting.pk

    def stories_error(self, arguments):
        status, body = gql(f'{{ stories(locale: "en", {arguments}) {{ totalCount }} }}')
        self.assertEqual(status, 200)
        self.assertIsNone(body["data"]["stories"])
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
        return error

    def test_an_unknown_theme_is_refused_naming_the_slugs(self):
        error = self.stories_error('theme: "right-to-education"')
        self.assertEqual(error["extensions"]["argument"], "theme")
        self.assertIn("education, gender-equality", error["message"])

    def test_an_unknown_member_state_is_refused_saying_how_to_list_them(self):
        error = self.stories_error('memberState: "FR"')
        self.assertEqual(error["extensions"]["argument"], "memberState")
        self.assertIn("`memberStates` lists them", error["message"])

    def test_an_unknown_meeting_is_refused_saying_how_to_list_them(self):
        error = self.stories_error('meeting: "999999"')
        self.assertEqual(error["extensions"]["argument"], "meeting")
        self.assertIn("`meetings` lists them", error["message"])

    def test_an_unknown_sdg_is_refused_as_before(self):
        self.stories_error("sdg: 18")

    def test_known_values_still_filter(self):
        for arguments, count in (
            ('theme: "education"', 1),
            ('memberState: "no"', 1),
            (f'meeting: "{self.meeting_id}"', 1),
        ):
            with self.subTest(arguments=arguments):
                status, body = gql(f'{{ stories(locale: "en", {arguments}) {{ totalCount }} }}')
                self.assertNotIn("errors", body)
                self.assertEqual(body["data"]["stories"]["totalCount"], count)

    def test_a_malformed_member_state_code_on_the_lookup_is_refused(self):
        status, body = gql('{ memberState(locale: "en", code: "NOR") { name } }')
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")
        status, body = gql('{ memberState(locale: "en", code: "FR") { name } }')
        self.assertEqual(body, {"data": {"memberState": None}, "extensions": body["extensions"]})


class HttpMethodsAndContentTypesTests(LiveServerTestCase):
    """Over a real HTTP connection, as a CDN, a link checker or a client library sends them."""

    # Every transactional test of the suite restores the migrations' data (Wagtail's root
    # page and collection) rather than letting a flush re-create content types, which the
    # next test's restore would then insert a second time.
    serialized_rollback = True

    QUERY = "{ locales { code } }"

    def request(self, method, path="/graphql/", body=None, headers=None):
        address = urlsplit(self.live_server_url)
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def test_head_answers_like_get_without_a_body(self):
        path = "/graphql/?" + urlencode({"query": self.QUERY})
        get_status, get_headers, get_body = self.request("GET", path)
        head_status, head_headers, head_body = self.request("HEAD", path)
        self.assertEqual((get_status, head_status), (200, 200))
        self.assertEqual(json.loads(get_body)["data"]["locales"][0], {"code": "en"})
        self.assertEqual(head_body, b"")
        self.assertEqual(head_headers["Content-Type"], "application/json")
        self.assertEqual(head_headers["Content-Length"], str(len(get_body)))

    def test_head_of_a_bad_query_has_the_status_of_get(self):
        path = "/graphql/?" + urlencode({"query": "{ nope"})
        status, _headers, body = self.request("HEAD", path)
        self.assertEqual((status, body), (400, b""))

    def test_json_bodies_are_accepted_with_or_without_a_charset(self):
        for content_type in ("application/json", "application/json; charset=utf-8"):
            with self.subTest(content_type=content_type):
                status, _headers, body = self.request(
                    "POST",
                    body=json.dumps({"query": self.QUERY}),
                    headers={"Content-Type": content_type},
                )
                self.assertEqual(status, 200)
                self.assertIn("locales", json.loads(body)["data"])

    def test_other_content_types_are_refused_with_415_as_documented(self):
        for content_type in (
            "application/graphql",
            "text/plain",
            "application/x-www-form-urlencoded",
        ):
            with self.subTest(content_type=content_type):
                status, headers, body = self.request(
                    "POST", body=self.QUERY, headers={"Content-Type": content_type}
                )
                self.assertEqual(status, 415)
                self.assertEqual(headers["Content-Type"], "application/json")
                error = json.loads(body)["errors"][0]
                self.assertEqual(error["extensions"]["code"], "UNSUPPORTED_MEDIA_TYPE")
                self.assertIn("application/json", error["message"])

    def test_other_methods_name_the_allowed_ones(self):
        status, headers, _body = self.request("PUT", body=b"{}")
        self.assertEqual(status, 405)
        self.assertEqual(headers["Allow"], "GET, HEAD, POST")
