"""The API's second line of defence: a time budget per request, and 503s for outages."""

import itertools
import json
import logging
from unittest import mock

from django.db import OperationalError, connection
from django.test import Client, TestCase, override_settings

from api import execution
from api.models import PartnerApiKey
from tests.api.builders import build_content, gql

STORIES = '{ stories(locale: "en", first: 100) { nodes { title slug url storyDate } } }'
# Five copies of the stories list: 50 fields to resolve.
MANY_STORIES = (
    "{ "
    + " ".join(
        f'copy{n}: stories(locale: "en", first: 100) {{ nodes {{ title slug url storyDate }} }}'
        for n in range(5)
    )
    + " }"
)


def refuse_every_query(execute, sql, params, many, context):
    """What a database that went away does: every query fails to connect."""
    raise OperationalError('connection to server at "db.internal" (10.0.0.9), port 5432 failed')


class DeadlineTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    def test_a_request_within_its_time_budget_is_untouched(self):
        status, body = gql(STORIES)

        self.assertEqual(status, 200)
        self.assertNotIn("errors", body)
        self.assertEqual(len(body["data"]["stories"]["nodes"]), 2)

    @override_settings(API_REQUEST_TIMEOUT_SECONDS=0.000001)
    def test_a_request_past_its_deadline_stops_with_one_timeout_error(self):
        response = Client().post(
            "/graphql/", data=json.dumps({"query": STORIES}), content_type="application/json"
        )

        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertIsNone(body["data"])
        self.assertEqual(len(body["errors"]), 1)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "TIMEOUT")
        self.assertIn("fewer items", body["errors"][0]["message"])
        # A CDN must not keep an answer that was cut short.
        self.assertIn("no-store", response["Cache-Control"])

    @override_settings(API_REQUEST_TIMEOUT_SECONDS=0.010)
    def test_execution_stops_at_the_deadline_not_at_the_end_of_the_query(self):
        """With a clock that advances 1 ms per reading, a 10 ms budget resolves ~10 fields."""
        ticks = itertools.count()
        resolved = []
        original = execution.ExecutionContext.execute_field

        def counting_execute_field(self, *args):
            resolved.append(args[-1])
            return original(self, *args)

        with (
            mock.patch.object(execution.time, "monotonic", lambda: next(ticks) / 1000),
            mock.patch.object(execution.ExecutionContext, "execute_field", counting_execute_field),
        ):
            status, body = gql(MANY_STORIES)

        self.assertIsNone(body["data"])
        self.assertEqual([error["extensions"]["code"] for error in body["errors"]], ["TIMEOUT"])
        self.assertLess(len(resolved), 12)


class OutageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    def assert_outage(self, response):
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")
        self.assertIn("no-store", response["Cache-Control"])
        self.assertEqual(response["Content-Type"], "application/json")
        body = response.json()
        self.assertNotIn("data", body)
        self.assertEqual(body["errors"][0]["extensions"]["code"], "SERVICE_UNAVAILABLE")
        self.assertNotIn("db.internal", response.content.decode())

    def test_a_database_outage_is_a_503_that_no_cache_keeps(self):
        with (
            connection.execute_wrapper(refuse_every_query),
            self.assertLogs("ghrs.api", level=logging.ERROR),
        ):
            response = Client().post(
                "/graphql/", data=json.dumps({"query": STORIES}), content_type="application/json"
            )

        self.assert_outage(response)

    def test_a_database_outage_while_checking_an_api_key_is_a_503(self):
        key = PartnerApiKey(name="Partner")
        raw_key = key.issue_key()
        key.save()

        with (
            connection.execute_wrapper(refuse_every_query),
            self.assertLogs("ghrs.api", level=logging.ERROR),
        ):
            response = Client().get(
                "/graphql/", {"query": "{ locales { code } }"}, HTTP_X_API_KEY=raw_key
            )

        self.assert_outage(response)

    def test_a_page_address_during_a_database_outage_is_a_503_not_a_500(self):
        with connection.execute_wrapper(refuse_every_query):
            response = Client().get("/en/stories/")

        self.assertEqual(response.status_code, 503)
        self.assertIn("no-store", response["Cache-Control"])
