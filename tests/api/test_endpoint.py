"""The /graphql/ endpoint over HTTP: methods, bodies, errors, CORS and GraphiQL."""

import json
import logging
from unittest import mock

from django.test import Client, SimpleTestCase, TestCase, override_settings
from graphql import get_introspection_query

from tests.api.builders import build_content, gql

LOCALES = "{ locales { code } }"


class MalformedInputTests(TestCase):
    """No client input produces a 500; every refusal is JSON that says what to send."""

    @classmethod
    def setUpTestData(cls):
        build_content()

    def post(self, body, content_type="application/json", **extra):
        return Client().post("/graphql/", data=body, content_type=content_type, **extra)

    def assert_json_error(self, response, status, code=None):
        self.assertEqual(response.status_code, status, response.content)
        self.assertEqual(response["Content-Type"], "application/json")
        body = response.json()
        self.assertTrue(body["errors"][0]["message"])
        if code:
            self.assertEqual(body["errors"][0]["extensions"]["code"], code)
        return body

    def test_a_query_over_get_works(self):
        response = Client().get("/graphql/", {"query": LOCALES})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.json()["data"]["locales"]), 6)

    def test_a_query_over_post_with_json_works(self):
        response = self.post(json.dumps({"query": LOCALES}))
        self.assertEqual(response.status_code, 200)
        self.assertIn("data", response.json())

    def test_get_variables_are_read_from_the_query_string(self):
        query = "query ($l: String!) { stories(locale: $l) { totalCount } }"
        response = Client().get("/graphql/", {"query": query, "variables": '{"l": "en"}'})
        self.assertEqual(response.json()["data"]["stories"]["totalCount"], 2)

    def test_bad_json_is_a_400(self):
        self.assert_json_error(self.post("{not json"), 400, "BAD_REQUEST")

    def test_a_body_that_is_not_utf8_is_a_400(self):
        self.assert_json_error(self.post(b"\xff\xfe{}"), 400, "BAD_REQUEST")

    def test_form_and_text_bodies_are_refused_with_415(self):
        for content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "text/plain",
        ):
            with self.subTest(content_type=content_type):
                response = self.post("query=%7Blocales%7Bcode%7D%7D", content_type=content_type)
                self.assert_json_error(response, 415, "UNSUPPORTED_MEDIA_TYPE")

    def test_array_batch_bodies_are_refused(self):
        body = json.dumps([{"query": LOCALES}, {"query": LOCALES}])
        error = self.assert_json_error(self.post(body), 400, "BAD_REQUEST")
        self.assertIn("one operation per request", error["errors"][0]["message"])

    def test_json_that_is_not_an_object_is_refused(self):
        for body in ('"a string"', "42", "null", "true"):
            with self.subTest(body=body):
                self.assert_json_error(self.post(body), 400, "BAD_REQUEST")

    def test_a_missing_or_non_string_query_is_a_400(self):
        for body in ({}, {"query": None}, {"query": 42}, {"query": ["{ locales { code } }"]}):
            with self.subTest(body=body):
                self.assert_json_error(self.post(json.dumps(body)), 400, "BAD_REQUEST")

    def test_invalid_variables_are_a_400(self):
        for variables in ("{oops", "[1, 2]", 17, ["en"]):
            with self.subTest(variables=variables):
                body = json.dumps(
                    {
                        "query": "query ($l: String!) { themes(locale: $l) { name } }",
                        "variables": variables,
                    }
                )
                self.assert_json_error(self.post(body), 400, "BAD_REQUEST")

    def test_variables_of_the_wrong_type_are_a_400(self):
        status, body = gql(
            'query ($first: Int) { stories(locale: "en", first: $first) { totalCount } }',
            {"first": "ten"},
        )
        self.assertEqual(status, 400)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED")

    def test_a_syntax_error_is_a_400_with_a_parse_code(self):
        status, body = gql("{ locales { code }")
        self.assertEqual(status, 400)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "GRAPHQL_PARSE_FAILED")

    def test_a_mutation_over_get_is_refused(self):
        response = Client().get("/graphql/", {"query": "mutation { x }"})
        self.assert_json_error(response, 405, "METHOD_NOT_ALLOWED")

    def test_a_mutation_over_post_is_refused_the_api_is_read_only(self):
        self.assert_json_error(self.post(json.dumps({"query": "mutation { x }"})), 400)

    def test_other_http_methods_are_refused(self):
        for method in ("put", "patch", "delete"):
            with self.subTest(method=method):
                response = getattr(Client(), method)("/graphql/")
                self.assert_json_error(response, 405, "METHOD_NOT_ALLOWED")

    def test_huge_and_negative_page_sizes_are_refused_without_a_500(self):
        cases = {
            "first: 101": (200, "PAGE_SIZE_TOO_LARGE"),
            "first: 100000": (200, "PAGE_SIZE_TOO_LARGE"),
            "first: -1": (200, "INVALID_ARGUMENT"),
            "first: 99999999999": (400, "GRAPHQL_VALIDATION_FAILED"),
        }
        for argument, (expected_status, code) in cases.items():
            with self.subTest(argument=argument):
                status, body = gql(f'{{ stories(locale: "en", {argument}) {{ totalCount }} }}')
                self.assertEqual(status, expected_status)
                self.assertEqual(body["errors"][0]["extensions"]["code"], code)

    def test_unknown_operation_name_and_several_anonymous_operations_are_400(self):
        body = {"query": "query A { locales { code } } query B { locales { name } }"}
        for extra in ({}, {"operationName": "C"}):
            with self.subTest(extra=extra):
                response = self.post(json.dumps({**body, **extra}))
                self.assert_json_error(response, 400)

    def test_a_query_deeper_than_the_limit_is_refused(self):
        query = '{ story(locale: "en", slug: "x") { ' + "memberState { stories { " * 7
        query += "title" + " } }" * 7 + " } }"
        status, body = gql(query)
        self.assertEqual(status, 400)
        self.assertIn("at most 15 are allowed", body["errors"][0]["message"])
        self.assertEqual(body["errors"][0]["extensions"]["code"], "QUERY_TOO_COMPLEX")

    def test_fragments_count_towards_the_depth(self):
        fragment = "fragment Deep on MemberState { " + "stories { memberState { " * 7
        fragment += "name" + " } }" * 7 + " }"
        status, body = gql('{ memberStates(locale: "en") { ...Deep } } ' + fragment)
        self.assertEqual(status, 400)
        self.assertIn("at most 15 are allowed", body["errors"][0]["message"])

    def test_a_fragment_cycle_is_rejected_not_crashed_on(self):
        query = (
            '{ memberStates(locale: "en") { ...A } } '
            "fragment A on MemberState { stories { memberState { ...B } } } "
            "fragment B on MemberState { stories { memberState { ...A } } }"
        )
        status, body = gql(query)
        self.assertEqual(status, 400)
        self.assertIn("Cannot spread fragment", body["errors"][0]["message"])

    def test_an_overlong_document_is_refused(self):
        query = "{ " + " ".join(f"a{index}: locales {{ code }}" for index in range(2000)) + " }"
        status, body = gql(query)
        self.assertEqual(status, 413)
        self.assertIn("at most 20,000 characters", body["errors"][0]["message"])
        self.assertEqual(body["errors"][0]["extensions"]["code"], "REQUEST_TOO_LARGE")

    def test_a_document_over_the_token_cap_is_refused(self):
        status, body = gql("{ " + "a " * 2000 + "}")
        self.assertEqual(status, 400)
        self.assertIn("more than 2000 tokens", body["errors"][0]["message"])
        self.assertEqual(body["errors"][0]["extensions"]["code"], "QUERY_TOO_COMPLEX")


class ValidationRuleTests(TestCase):
    """Adding this API's rules keeps the GraphQL specification's rules in force."""

    def assert_invalid(self, query, fragment):
        status, body = gql(query)
        self.assertEqual(status, 400, body)
        self.assertIn(fragment, body["errors"][0]["message"])
        self.assertEqual(body["errors"][0]["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED")

    def test_unknown_fields_are_rejected(self):
        self.assert_invalid("{ locales { code secret } }", "Cannot query field 'secret'")

    def test_bad_variable_types_are_rejected(self):
        self.assert_invalid(
            "query ($l: Int!) { themes(locale: $l) { name } }", "Variable '$l' of type 'Int!'"
        )

    def test_undefined_fragments_are_rejected(self):
        self.assert_invalid("{ locales { ...Nothing } }", "Unknown fragment 'Nothing'")

    def test_missing_required_arguments_are_rejected(self):
        self.assert_invalid("{ themes { name } }", "argument 'locale'")


class IntrospectionTests(SimpleTestCase):
    def test_the_standard_introspection_query_passes_the_limits(self):
        status, body = gql(get_introspection_query(descriptions=True))
        self.assertEqual(status, 200)
        self.assertNotIn("errors", body)
        self.assertEqual(body["data"]["__schema"]["queryType"]["name"], "Query")
        self.assertIsNone(body["data"]["__schema"]["mutationType"])


class ErrorCodeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    def test_an_unknown_locale_lists_the_valid_codes(self):
        status, body = gql('{ stories(locale: "xx") { totalCount } }')
        self.assertEqual(status, 200)
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "UNKNOWN_LOCALE")
        self.assertEqual(
            error["extensions"]["validLocales"], ["en", "fr", "es", "ar", "ru", "zh-hans"]
        )
        self.assertIn("en, fr, es, ar, ru, zh-hans", error["message"])
        self.assertEqual(error["path"], ["stories"])

    def test_a_field_error_caused_by_the_request_is_classified_as_a_bad_request(self):
        """Generic clients tell a refused argument from a server fault by the classification."""
        status, body = gql('{ stories(locale: "xx") { totalCount } }')
        self.assertEqual(body["errors"][0]["extensions"]["classification"], "BAD_REQUEST")

    def test_every_root_field_checks_its_locale(self):
        fields = {
            "stories": "{ totalCount }",
            "story": "{ id }",
            "meetings": "{ totalCount }",
            "meeting": "{ id }",
            "declarations": "{ id }",
            "declaration": "{ id }",
            "memberStates": "{ id }",
            "themes": "{ id }",
            "sdgs": "{ id }",
            "organisations": "{ id }",
            "homePage": "{ id }",
        }
        for field, selection in fields.items():
            arguments = 'locale: "klingon"'
            if field in {"story", "meeting", "declaration"}:
                arguments += ', slug: "x"'
            with self.subTest(field=field):
                status, body = gql(f"{{ {field}({arguments}) {selection} }}")
                self.assertEqual(body["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")
        status, body = gql('{ page(locale: "klingon", urlPath: "/") { id } }')
        self.assertEqual(body["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")

    def test_only_the_canonical_spelling_of_a_locale_is_accepted(self):
        """One spelling per language: one cache key, one value for generated clients."""
        for code, canonical in (("EN", "en"), ("ZH-Hans", "zh-hans"), ("zh_hans", "zh-hans")):
            with self.subTest(code=code):
                status, body = gql(f'{{ stories(locale: "{code}") {{ totalCount }} }}')
                error = body["errors"][0]
                self.assertEqual(error["extensions"]["code"], "UNKNOWN_LOCALE")
                self.assertIn(f"“{canonical}”", error["message"])
                self.assertEqual(body["data"], {"stories": None})
        status, body = gql('{ stories(locale: " en") { totalCount } }')
        self.assertEqual(body["errors"][0]["extensions"]["code"], "UNKNOWN_LOCALE")

    def test_a_cursor_not_from_this_api_is_invalid(self):
        for cursor in ("garbage", "djE6LTE=", "Zm9vOjE=", "%%%", ""):
            with self.subTest(cursor=cursor):
                status, body = gql(
                    'query ($a: String) { stories(locale: "en", after: $a) { totalCount } }',
                    {"a": cursor},
                )
                if cursor == "":
                    self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_CURSOR")
                    continue
                self.assertEqual(status, 200)
                self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_CURSOR")

    def test_a_page_size_over_100_names_the_maximum(self):
        status, body = gql('{ stories(locale: "en", first: 101) { totalCount } }')
        error = body["errors"][0]
        self.assertEqual(
            error["extensions"],
            {"code": "PAGE_SIZE_TOO_LARGE", "maxPageSize": 100, "classification": "BAD_REQUEST"},
        )
        self.assertEqual(body["data"], {"stories": None})

    def test_slug_and_id_together_or_neither_is_a_clear_error(self):
        for arguments in ('locale: "en"', 'locale: "en", slug: "a", id: "1"'):
            with self.subTest(arguments=arguments):
                status, body = gql(f"{{ story({arguments}) {{ id }} }}")
                self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")
                self.assertIn("either `slug` or `id`", body["errors"][0]["message"])

    def test_an_id_that_is_not_a_number_is_a_clear_error(self):
        status, body = gql('{ story(locale: "en", id: "abc") { id } }')
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")

    def test_bad_filter_values_are_clear_errors(self):
        for arguments in (
            'memberState: "Norway"',
            "sdg: 18",
            'dateFrom: "2020-01-02", dateTo: "2020-01-01"',
            'meeting: "x"',
        ):
            with self.subTest(arguments=arguments):
                status, body = gql(f'{{ stories(locale: "en", {arguments}) {{ totalCount }} }}')
                self.assertEqual(status, 200)
                self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")

    def test_a_malformed_date_is_a_400(self):
        status, body = gql('{ stories(locale: "en", dateFrom: "yesterday") { totalCount } }')
        self.assertEqual(status, 400)


class ErrorMaskingTests(TestCase):
    """An unexpected failure is logged in full and shown to the client as a generic error."""

    @classmethod
    def setUpTestData(cls):
        build_content()

    def test_an_exception_in_a_resolver_is_masked_and_logged(self):
        secret = 'relation "stories_storypage" at /srv/app/db.py password=hunter2'
        with (
            mock.patch("stories.types.image_ref", side_effect=RuntimeError(secret)),
            self.assertLogs("ghrs.api", level=logging.ERROR) as logs,
        ):
            status, body = gql('{ stories(locale: "en") { nodes { title heroImage { id } } } }')
        self.assertEqual(status, 200)
        error = body["errors"][0]
        self.assertEqual(error["extensions"], {"code": "INTERNAL_ERROR"})
        self.assertEqual(error["path"], ["stories", "nodes", 0, "heroImage"])
        text = json.dumps(body)
        for leak in ("hunter2", "/srv/app", "stories_storypage", "RuntimeError"):
            self.assertNotIn(leak, text)
        self.assertIn(secret, "\n".join(logs.output))
        # The rest of the response is still there.
        self.assertEqual(body["data"]["stories"]["nodes"][0]["title"], "Girls back in school")
        self.assertIsNone(body["data"]["stories"]["nodes"][0]["heroImage"])

    def test_a_database_error_is_masked_and_answered_as_an_outage(self):
        from django.db import OperationalError

        with (
            mock.patch(
                "coalition.resolvers.snippets_in_language",
                side_effect=OperationalError('could not connect to "db.internal" user=ghrs'),
            ),
            self.assertLogs("ghrs.api", level=logging.ERROR),
        ):
            status, body = gql('{ themes(locale: "en") { name } }')
        self.assertNotIn("db.internal", json.dumps(body))
        self.assertEqual(status, 503)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "SERVICE_UNAVAILABLE")


class CorsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    @override_settings(CORS_ALLOWED_ORIGINS=["https://partner.example.org"])
    def test_an_allowed_origin_gets_cors_headers(self):
        response = Client().post(
            "/graphql/",
            data=json.dumps({"query": LOCALES}),
            content_type="application/json",
            HTTP_ORIGIN="https://partner.example.org",
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Access-Control-Allow-Origin"], "https://partner.example.org")

    @override_settings(CORS_ALLOWED_ORIGINS=["https://partner.example.org"])
    def test_a_preflight_from_an_allowed_origin_is_answered(self):
        response = Client().options(
            "/graphql/",
            HTTP_ORIGIN="https://partner.example.org",
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Access-Control-Allow-Origin"], "https://partner.example.org")
        self.assertIn("POST", response["Access-Control-Allow-Methods"])

    @override_settings(CORS_ALLOWED_ORIGINS=["https://partner.example.org"])
    def test_another_origin_gets_no_cors_headers(self):
        response = Client().post(
            "/graphql/",
            data=json.dumps({"query": LOCALES}),
            content_type="application/json",
            HTTP_ORIGIN="https://evil.example.com",
        )
        self.assertNotIn("Access-Control-Allow-Origin", response)

    @override_settings(CORS_ALLOWED_ORIGINS=["https://partner.example.org"])
    def test_cors_applies_to_the_api_only(self):
        response = Client().get("/admin/login/", HTTP_ORIGIN="https://partner.example.org")
        self.assertNotIn("Access-Control-Allow-Origin", response)

    def test_posts_need_no_csrf_token_and_set_no_cookie(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(
            "/graphql/", data=json.dumps({"query": LOCALES}), content_type="application/json"
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.cookies)


class GraphiqlTests(SimpleTestCase):
    def test_graphiql_is_off_by_default(self):
        response = Client().get("/graphql/", HTTP_ACCEPT="text/html")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response["Content-Type"], "application/json")

    @override_settings(GRAPHIQL_ENABLED=True)
    def test_graphiql_is_served_in_development(self):
        response = Client().get("/graphql/", HTTP_ACCEPT="text/html")
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"graphiql", response.content.lower())
