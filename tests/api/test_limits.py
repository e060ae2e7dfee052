"""Limits on what one request may ask, checked before it runs, and the errors that say so.

Every hostile document is refused with a coded JSON error before any SQL query runs; the
time each refusal takes through the Django test client is printed (run with ``-s``), not
asserted, since it depends on the machine.
"""

import json
import logging
import time
from unittest import mock

from django.conf import settings
from django.db import connection
from django.test import Client, SimpleTestCase, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from graphql import parse

from api.cost import operation_cost
from bench.adversarial import HOSTILE
from cms.schema import schema
from cms.settings import base
from tests.api.builders import gql
from tests.api.operations import all_operations

LOCALES = "{ locales { code } }"


def post(body, content_type="application/json", **extra):
    return Client().post("/graphql/", data=body, content_type=content_type, **extra)


class JsonErrorAssertions:
    def assert_json_error(self, response, status, code):
        self.assertEqual(response.status_code, status, response.content[:500])
        self.assertEqual(response["Content-Type"], "application/json")
        error = response.json()["errors"][0]
        self.assertEqual(error["extensions"]["code"], code, error)
        return error


class HostileDocumentTests(JsonErrorAssertions, TestCase):
    def test_every_hostile_document_is_refused_with_a_code_before_any_sql_runs(self):
        timings = []
        for hostile in HOSTILE:
            with self.subTest(hostile.name):
                body = json.dumps({"query": hostile.query, "variables": hostile.variables})
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = post(body)
                    elapsed = time.perf_counter() - started
                self.assert_json_error(response, hostile.status, hostile.code)
                self.assertEqual(len(queries), 0, [query["sql"] for query in queries])
                self.assertNotIn("data", response.json())
                timings.append((hostile.name, len(body), elapsed))
        print("\nTime to refusal through the Django test client:")
        for name, size, elapsed in timings:
            print(f"  {elapsed * 1000:7.1f} ms  {size:>7,} bytes  {name}")

    def test_a_fragment_fan_out_is_refused_for_its_expanded_size(self):
        hostile = next(item for item in HOSTILE if item.name.startswith("fragment fan-out"))
        status, body = gql(hostile.query)
        error = body["errors"][0]
        self.assertEqual(status, 400)
        self.assertEqual(error["extensions"]["limit"], "fields")
        self.assertEqual(error["extensions"]["requested"], 2**24 * 2)
        self.assertIn("33,554,432 fields", error["message"])

    def test_an_alias_flood_of_full_story_pages_reports_its_cost(self):
        hostile = next(item for item in HOSTILE if item.name.startswith("20 aliases"))
        status, body = gql(hostile.query)
        error = body["errors"][0]
        self.assertEqual(status, 400)
        self.assertEqual(error["extensions"]["maximum"], 50_000)
        self.assertGreater(error["extensions"]["requested"], 50_000)
        self.assertEqual(body["extensions"]["cost"]["requested"], error["extensions"]["requested"])
        self.assertIn("ask for fewer items", error["message"])

    def test_too_many_aliases_are_refused(self):
        status, body = gql("{ " + " ".join(f"a{n}: __typename" for n in range(31)) + " }")
        self.assertEqual(status, 400)
        self.assertEqual(
            body["errors"][0]["extensions"],
            {"code": "QUERY_TOO_COMPLEX", "limit": "aliases", "maximum": 30, "requested": 31},
        )

    def test_a_repeated_field_is_refused_and_named(self):
        status, body = gql("{ locales { " + "code " * 11 + "} }")
        error = body["errors"][0]
        self.assertEqual(status, 400)
        self.assertEqual(error["extensions"]["limit"], "repeatedField")
        self.assertIn("'code' is selected 11 times", error["message"])

    def test_a_few_repeats_and_fragments_selecting_the_same_field_are_fine(self):
        query = "{ locales { code code ...A ...B } } fragment A on Locale { code name } "
        query += "fragment B on Locale { code }"
        status, body = gql(query)
        self.assertEqual(status, 200, body)
        self.assertEqual(len(body["data"]["locales"]), 6)

    @override_settings(API_MAX_FIELDS=10)
    def test_the_field_limit_counts_each_spread_of_a_fragment(self):
        fragment = "fragment Names on Locale { code name nativeName }"
        status, body = gql(f"{{ a: locales {{ ...Names }} b: locales {{ ...Names }} }} {fragment}")
        self.assertEqual(status, 200)
        status, body = gql(
            f"{{ a: locales {{ ...Names }} b: locales {{ ...Names }} "
            f"c: locales {{ ...Names }} }} {fragment}"
        )
        self.assertEqual(status, 400)
        self.assertEqual(body["errors"][0]["extensions"]["requested"], 12)


class RequestSizeTests(JsonErrorAssertions, SimpleTestCase):
    def test_a_body_declared_over_the_limit_is_refused_before_it_is_read(self):
        # The body sent is small: only the declared Content-Length can have been checked.
        response = post(json.dumps({"query": LOCALES}), CONTENT_LENGTH=str(10 * 1024 * 1024))
        error = self.assert_json_error(response, 413, "REQUEST_TOO_LARGE")
        self.assertIn("10,485,760 bytes", error["message"])
        self.assertEqual(error["extensions"]["maximum"], 64 * 1024)

    def test_a_body_over_the_limit_is_a_json_413(self):
        body = json.dumps({"query": LOCALES, "variables": {"pad": "x" * 70_000}})
        self.assert_json_error(post(body), 413, "REQUEST_TOO_LARGE")

    @override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=100)
    def test_djangos_own_body_limit_is_a_json_413_too(self):
        body = json.dumps({"query": LOCALES, "variables": {"pad": "x" * 200}})
        self.assert_json_error(post(body), 413, "REQUEST_TOO_LARGE")

    def test_a_long_query_string_is_a_json_413(self):
        response = Client().get("/graphql/", {"query": "#" + "x" * 70_000 + "\n" + LOCALES})
        self.assert_json_error(response, 413, "REQUEST_TOO_LARGE")

    def test_a_query_over_the_length_limit_is_refused_before_parsing(self):
        with mock.patch("api.views.parse") as parse:
            response = post(json.dumps({"query": LOCALES + " " * 20_000}))
        self.assert_json_error(response, 413, "REQUEST_TOO_LARGE")
        parse.assert_not_called()

    def test_every_refusal_is_a_json_body(self):
        cases = [
            (Client().put("/graphql/"), 405),
            (post("{oops"), 400),
            (post("query=x", content_type="application/x-www-form-urlencoded"), 415),
            (post("{}", CONTENT_LENGTH=str(10**9)), 413),
            (Client().get("/graphql/", HTTP_ACCEPT="text/html"), 400),
        ]
        for response, status in cases:
            with self.subTest(status=status):
                self.assertEqual(response.status_code, status)
                self.assertEqual(response["Content-Type"], "application/json")
                self.assertTrue(response.json()["errors"][0]["extensions"]["code"])

    def test_an_unexpected_fault_in_the_view_is_a_json_500_and_logged(self):
        with (
            mock.patch("api.views.operation_cost", side_effect=RuntimeError("/srv/secret.py")),
            self.assertLogs("ghrs.api", level=logging.ERROR) as logs,
        ):
            response = post(json.dumps({"query": LOCALES}))
        error = self.assert_json_error(response, 500, "INTERNAL_ERROR")
        self.assertNotIn("secret", json.dumps(error))
        self.assertIn("/srv/secret.py", "\n".join(logs.output))


class MalformedValueTests(JsonErrorAssertions, TestCase):
    """Bad values are the client's error, coded, and never repeated back whole."""

    def test_a_nul_byte_in_an_argument_is_an_invalid_argument_not_an_internal_error(self):
        status, body = gql('{ story(locale: "en", slug: "a\\u0000b") { id } }')
        self.assertEqual(status, 400)
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
        self.assertIn("`slug` contains a NUL character", error["message"])

    def test_a_nul_byte_in_a_variable_is_an_invalid_argument(self):
        status, body = gql(
            'query ($slug: String) { story(locale: "en", slug: $slug) { id } }',
            {"slug": "a\x00b"},
        )
        self.assertEqual(status, 400)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")
        self.assertIn("`$slug` contains a NUL character", body["errors"][0]["message"])

    def test_a_nul_byte_inside_a_list_variable_is_found(self):
        status, body = gql(
            "query ($w: [Int!]) { locales { code } }", {"w": [1, {"deep": ["ok", "\x00"]}]}
        )
        self.assertEqual(status, 400)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "INVALID_ARGUMENT")

    def test_a_megabyte_locale_is_a_json_413_not_an_echo(self):
        response = post(
            json.dumps(
                {
                    "query": "query ($l: String!) { stories(locale: $l) { totalCount } }",
                    "variables": {"l": "x" * 1024 * 1024},
                }
            )
        )
        self.assert_json_error(response, 413, "REQUEST_TOO_LARGE")
        self.assertLess(len(response.content), 1000)

    def test_an_overlong_locale_is_refused_with_the_value_cut_short(self):
        status, body = gql(
            "query ($l: String!) { stories(locale: $l) { totalCount } }", {"l": "y" * 10_000}
        )
        self.assertEqual(status, 400)
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "INVALID_ARGUMENT")
        self.assertIn("10,000 characters long; at most 2,048", error["message"])
        self.assertIn("“" + "y" * 40 + "…”", error["message"])
        self.assertLess(len(json.dumps(body)), 1000)

    def test_an_unknown_locale_is_echoed_cut_short(self):
        status, body = gql(f'{{ stories(locale: "{"z" * 500}") {{ totalCount }} }}')
        error = body["errors"][0]
        self.assertEqual(error["extensions"]["code"], "UNKNOWN_LOCALE")
        self.assertIn("(500 characters)", error["message"])
        self.assertNotIn("z" * 41, error["message"])

    def test_a_bad_cursor_and_a_bad_id_are_echoed_cut_short(self):
        long_value = "q" * 1000
        for query in (
            f'{{ stories(locale: "en", after: "{long_value}") {{ totalCount }} }}',
            f'{{ story(locale: "en", id: "{long_value}") {{ id }} }}',
        ):
            with self.subTest(query=query[:30]):
                status, body = gql(query)
                code = body["errors"][0]["extensions"]["code"]
                self.assertIn(code, {"INVALID_CURSOR", "INVALID_ARGUMENT"})
                self.assertNotIn("q" * 41, body["errors"][0]["message"])

    def test_values_of_the_wrong_type_are_coded_client_errors(self):
        for query, variables in (
            ("query ($l: String!) { stories(locale: $l) { totalCount } }", {"l": 42}),
            ('query ($n: Int) { stories(locale: "en", first: $n) { totalCount } }', {"n": "x"}),
            ('{ stories(locale: "en", first: "ten") { totalCount } }', None),
            ('{ stories(locale: "en", sdg: 1.5) { totalCount } }', None),
        ):
            with self.subTest(query=query):
                status, body = gql(query, variables)
                self.assertEqual(status, 400)
                self.assertEqual(
                    body["errors"][0]["extensions"]["code"], "GRAPHQL_VALIDATION_FAILED"
                )

    def test_deeply_nested_json_is_a_bad_request(self):
        body = '{"query": "{ locales { code } }", "variables": {"x": ' + "[" * 20_000
        body += "]" * 20_000 + "}}"
        self.assert_json_error(post(body), 400, "BAD_REQUEST")

    def test_an_operation_name_that_is_no_name_is_a_bad_request_cut_short(self):
        body = json.dumps({"query": "query A { locales { code } }", "operationName": "B" * 5000})
        error = self.assert_json_error(post(body), 400, "BAD_REQUEST")
        self.assertNotIn("B" * 41, error["message"])


class CostReportTests(TestCase):
    def test_every_answer_reports_its_cost_and_the_limit(self):
        response = post(json.dumps({"query": LOCALES}))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["extensions"], {"cost": {"requested": 7, "limit": 50_000}})

    def test_the_cost_is_kept_on_the_request_for_rate_limiting(self):
        response = post(json.dumps({"query": '{ stories(locale: "en") { nodes { title } } }'}))
        self.assertEqual(response.wsgi_request.graphql_cost, 1 + 1 + 20)

    def test_an_invalid_query_still_reports_its_cost(self):
        status, body = gql("{ locales { code secret } }")
        self.assertEqual(status, 400)
        self.assertEqual(body["extensions"]["cost"]["requested"], 7)

    def test_a_request_refused_before_parsing_has_no_cost(self):
        response = post(json.dumps({"query": "{ locales { "}))
        self.assertIsNone(response.wsgi_request.graphql_cost)
        self.assertNotIn("extensions", response.json())

    def test_the_reported_cost_is_the_cost_function_of_the_operation(self):
        for name, text in all_operations().items():
            with self.subTest(name):
                variables = {"locale": "en", "slug": "x"}
                body = json.dumps({"query": text, "variables": variables})
                reported = post(body).json()["extensions"]["cost"]["requested"]
                self.assertEqual(
                    reported, operation_cost(parse(text), None, variables, schema.graphql_schema)
                )


class ProductionDefaultTests(JsonErrorAssertions, TestCase):
    def test_base_settings_turn_introspection_suggestions_and_graphiql_off(self):
        self.assertIs(base.GRAPHQL_INTROSPECTION, False)
        self.assertIs(base.GRAPHQL_SUGGESTIONS, False)
        self.assertIs(base.GRAPHIQL_ENABLED, False)

    @override_settings(GRAPHQL_INTROSPECTION=False)
    def test_introspection_is_refused_when_off(self):
        for query in ("{ __schema { types { name } } }", '{ __type(name: "Query") { name } }'):
            with self.subTest(query=query):
                with CaptureQueriesContext(connection) as queries:
                    error = self.assert_json_error(
                        post(json.dumps({"query": query})), 400, "INTROSPECTION_DISABLED"
                    )
                self.assertIn("schema.graphql", error["message"])
                self.assertEqual(len(queries), 0)

    @override_settings(GRAPHQL_INTROSPECTION=False)
    def test_typename_still_works_without_introspection(self):
        status, body = gql("{ __typename locales { __typename code } }")
        self.assertEqual(status, 200)
        self.assertEqual(body["data"]["__typename"], "Query")

    @override_settings(GRAPHQL_INTROSPECTION=True)
    def test_introspection_works_when_on(self):
        status, body = gql("{ __schema { queryType { name } } }")
        self.assertEqual(body["data"]["__schema"]["queryType"]["name"], "Query")

    def suggestion_cases(self):
        return [
            ("{ locales { cod } }", None),
            ('{ stories(locale: "en", orderBy: NEWES) { totalCount } }', None),
            ('{ stories(locale: "en", firts: 3) { totalCount } }', None),
            ("{ locales { ... on Locle { code } } }", None),
            (
                'query ($o: StoryOrder) { stories(locale: "en", orderBy: $o) { totalCount } }',
                {"o": "NEWES"},
            ),
        ]

    @override_settings(GRAPHQL_SUGGESTIONS=False)
    def test_did_you_mean_suggestions_are_left_out_when_off(self):
        for query, variables in self.suggestion_cases():
            with self.subTest(query=query):
                status, body = gql(query, variables)
                self.assertEqual(status, 400)
                self.assertNotIn("Did you mean", json.dumps(body))
                self.assertNotIn("NEWEST", json.dumps(body))

    @override_settings(GRAPHQL_SUGGESTIONS=True)
    def test_did_you_mean_suggestions_help_developers_when_on(self):
        for query, variables in self.suggestion_cases():
            with self.subTest(query=query):
                status, body = gql(query, variables)
                self.assertIn("Did you mean", json.dumps(body))


class ContractCostTests(SimpleTestCase):
    """The frontend contract's operations fit the limits with room to spare."""

    def test_every_contract_operation_costs_under_half_the_limit(self):
        for name, text in all_operations().items():
            for first in (None, 100):
                variables = {"locale": "en", **({"first": first} if first else {})}
                with self.subTest(name, first=first):
                    cost = operation_cost(parse(text), None, variables, schema.graphql_schema)
                    print(f"{name} (first={first or 'default'}): {cost}")
                    self.assertLess(cost, settings.API_MAX_QUERY_COST / 2)
