"""Request budgets of the public API: per address, per partner key, through the shared cache."""

import json
import time

import pytest
from django.core.cache import caches
from django.test import Client, RequestFactory, SimpleTestCase, TestCase, override_settings

from api import throttling
from api.models import PartnerApiKey, digest
from api.views import PublicGraphQLView
from cms.settings.base import cache_settings
from conftest import require_server
from core.http import client_ip, client_key

# `__typename` costs nothing, so each request is charged the minimum of one point and the
# budgets below count requests; what a costlier query is charged is tested on its own.
ONE_POINT = json.dumps({"query": "{ __typename }"})
SMALL_BUDGETS = {
    "API_RATE_LIMIT_POINTS_PER_MINUTE": 3,
    "API_RATE_LIMIT_PARTNER_POINTS_PER_MINUTE": 5,
}


def post(client=None, **headers):
    client = client or Client()
    return client.post("/graphql/", data=ONE_POINT, content_type="application/json", **headers)


def issue_key(**fields):
    key = PartnerApiKey(name="Norway MFA website", **fields)
    raw_key = key.issue_key()
    key.save()
    return key, raw_key


@override_settings(**SMALL_BUDGETS)
class AddressBudgetTests(TestCase):
    def setUp(self):
        caches["default"].clear()

    def test_every_response_carries_the_remaining_budget(self):
        response = post()

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-RateLimit-Limit"], "3")
        self.assertEqual(response["X-RateLimit-Remaining"], "2")
        self.assertAlmostEqual(int(response["X-RateLimit-Reset"]), time.time() + 30, delta=31)

    def test_a_spent_budget_is_a_429_with_retry_after_and_a_coded_json_error(self):
        for _ in range(3):
            self.assertEqual(post().status_code, 200)

        response = post()

        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertGreaterEqual(int(response["Retry-After"]), 1)
        self.assertLessEqual(int(response["Retry-After"]), 60)
        self.assertEqual(response["X-RateLimit-Remaining"], "0")
        self.assertIn("no-store", response["Cache-Control"])
        error = response.json()["errors"][0]
        self.assertEqual(error["extensions"]["code"], "RATE_LIMITED")
        self.assertIn("X-Api-Key", error["message"])

    def test_refused_requests_run_nothing(self):
        for _ in range(3):
            post()
        with self.assertNumQueries(0):
            self.assertEqual(post().status_code, 429)

    def test_each_address_has_its_own_budget(self):
        for _ in range(3):
            post(REMOTE_ADDR="192.0.2.1")

        self.assertEqual(post(REMOTE_ADDR="192.0.2.1").status_code, 429)
        self.assertEqual(post(REMOTE_ADDR="192.0.2.2").status_code, 200)

    def test_invalid_requests_are_charged_too(self):
        for _ in range(3):
            Client().post("/graphql/", data="{not json", content_type="application/json")

        self.assertEqual(post().status_code, 429)

    def test_a_new_window_renews_the_budget(self):
        for _ in range(3):
            post()
        self.assertEqual(post().status_code, 429)

        later = time.time() + throttling.WINDOW_SECONDS
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(throttling.time, "time", lambda: later)
            self.assertEqual(post().status_code, 200)

    def test_a_request_whose_cost_does_not_fit_takes_nothing(self):
        request = RequestFactory().post("/graphql/")
        throttling.check(request)
        throttling.charge(request, 1)

        with self.assertRaises(throttling.RateLimited):
            throttling.charge(request, 5)

        self.assertEqual(throttling.check(request).remaining, 2)


@override_settings(API_RATE_LIMIT_POINTS_PER_MINUTE=10)
class CostChargingTests(TestCase):
    def setUp(self):
        caches["default"].clear()

    def test_the_view_charges_the_operations_cost_when_it_is_known(self):
        request = RequestFactory().post("/graphql/")
        request.graphql_cost = 7

        PublicGraphQLView().charge_rate_limit(request)

        self.assertEqual(request.api_budget.remaining, 3)

    def test_without_a_cost_a_request_costs_one_point(self):
        request = RequestFactory().post("/graphql/")

        PublicGraphQLView().charge_rate_limit(request)

        self.assertEqual(request.api_budget.remaining, 9)

    def test_a_query_is_charged_its_cost_and_refused_when_it_does_not_fit(self):
        """`{ locales { code } }` costs 7 points (see extensions.cost): more than 3."""
        with self.settings(API_RATE_LIMIT_POINTS_PER_MINUTE=3):
            response = Client().post(
                "/graphql/",
                data=json.dumps({"query": "{ locales { code } }"}),
                content_type="application/json",
            )
            self.assertEqual(response.status_code, 429)
            error = response.json()["errors"][0]
            self.assertEqual(error["extensions"]["code"], "RATE_LIMITED")
            self.assertIn("costs 7 points", error["message"])
            # A refused query takes nothing: the cheap one still fits.
            self.assertEqual(post().status_code, 200)


@override_settings(**SMALL_BUDGETS)
class PartnerKeyTests(TestCase):
    def setUp(self):
        caches["default"].clear()

    def test_a_partner_key_gets_the_partner_budget(self):
        _, raw_key = issue_key()

        response = post(HTTP_X_API_KEY=raw_key)

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-RateLimit-Limit"], "5")
        self.assertEqual(response["X-RateLimit-Remaining"], "4")

    def test_a_key_can_have_its_own_budget(self):
        _, raw_key = issue_key(points_per_minute=50)

        self.assertEqual(post(HTTP_X_API_KEY=raw_key)["X-RateLimit-Limit"], "50")

    def test_a_partner_budget_is_separate_from_its_address(self):
        _, raw_key = issue_key()
        for _ in range(3):
            post()
        self.assertEqual(post().status_code, 429)

        self.assertEqual(post(HTTP_X_API_KEY=raw_key).status_code, 200)

    def test_an_unknown_key_is_refused_not_downgraded(self):
        response = post(HTTP_X_API_KEY="ghrs_not-a-key")

        self.assertEqual(response.status_code, 401)
        error = response.json()["errors"][0]
        self.assertEqual(error["extensions"]["code"], "INVALID_API_KEY")
        self.assertIn("leave the header out", error["message"])

    def test_a_revoked_key_is_refused(self):
        key, raw_key = issue_key()
        key.is_active = False
        key.save()

        self.assertEqual(post(HTTP_X_API_KEY=raw_key).status_code, 401)

    def test_an_absurdly_long_key_is_refused_without_a_query(self):
        with self.assertNumQueries(0):
            self.assertEqual(post(HTTP_X_API_KEY="x" * 10_000).status_code, 401)

    def test_only_the_digest_of_a_key_is_stored(self):
        key, raw_key = issue_key()
        key.refresh_from_db()

        stored = json.dumps(list(PartnerApiKey.objects.values()), default=str)
        self.assertNotIn(raw_key, stored)
        self.assertEqual(key.key_digest, digest(raw_key))
        self.assertTrue(raw_key.startswith(key.visible_prefix))


class ClientAddressTests(SimpleTestCase):
    def request(self, **meta):
        request = RequestFactory().get("/graphql/")
        request.META.update(meta)
        return request

    def test_without_a_trusted_header_forwarding_headers_are_ignored(self):
        request = self.request(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.9")
        self.assertEqual(client_ip(request), "198.51.100.7")

    @override_settings(TRUSTED_PROXY_IP_HEADER="X-Forwarded-For")
    def test_behind_a_proxy_the_entry_it_appended_is_the_client(self):
        request = self.request(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
        self.assertEqual(client_ip(request), "203.0.113.9")

    @override_settings(TRUSTED_PROXY_IP_HEADER="X-Forwarded-For", TRUSTED_PROXY_COUNT=2)
    def test_with_two_proxies_the_client_is_two_entries_from_the_right(self):
        request = self.request(HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9, 10.0.0.5")
        self.assertEqual(client_ip(request), "203.0.113.9")

    @override_settings(TRUSTED_PROXY_IP_HEADER="CF-Connecting-IP")
    def test_a_single_address_header_can_be_trusted_instead(self):
        request = self.request(REMOTE_ADDR="10.0.0.2", HTTP_CF_CONNECTING_IP="203.0.113.9")
        self.assertEqual(client_ip(request), "203.0.113.9")

    def test_an_ipv6_client_is_counted_by_its_64_network(self):
        one = self.request(REMOTE_ADDR="2001:db8:1:2::1")
        other = self.request(REMOTE_ADDR="2001:db8:1:2:ffff::9")
        self.assertEqual(client_key(one), client_key(other))
        self.assertEqual(client_key(one), "2001:db8:1:2::/64")


@override_settings(**SMALL_BUDGETS, TRUSTED_PROXY_IP_HEADER="X-Forwarded-For")
class TrustedProxyBudgetTests(TestCase):
    def setUp(self):
        caches["default"].clear()

    def test_clients_behind_the_proxy_have_separate_budgets(self):
        for _ in range(3):
            post(HTTP_X_FORWARDED_FOR="203.0.113.1")

        self.assertEqual(post(HTTP_X_FORWARDED_FOR="203.0.113.1").status_code, 429)
        self.assertEqual(post(HTTP_X_FORWARDED_FOR="203.0.113.2").status_code, 200)


@pytest.fixture
def redis_budgets():
    require_server("127.0.0.1", 6379, "start Redis (redis-server) on 127.0.0.1:6379")
    with override_settings(CACHES=cache_settings("redis://127.0.0.1:6379/14"), **SMALL_BUDGETS):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


@pytest.mark.django_db
def test_budgets_are_counted_atomically_in_redis(redis_budgets):
    client = Client()
    statuses = [post(client, REMOTE_ADDR="192.0.2.50").status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 429]
    keys = redis_budgets.client.get_client().keys("ghrs:*api-budget:ip:192.0.2.50:*")
    assert len(keys) == 1
    # The counter is a plain Redis integer (INCRBY) that expires with its window.
    assert int(redis_budgets.client.get_client().get(keys[0])) == 3
    assert 0 < redis_budgets.client.get_client().ttl(keys[0]) <= 2 * throttling.WINDOW_SECONDS


@pytest.mark.django_db
def test_an_unreachable_budget_cache_is_a_503_not_an_unlimited_api():
    with override_settings(CACHES=cache_settings("redis://127.0.0.1:1/0")):
        response = post()

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    assert response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"


def test_a_request_without_a_valid_address_has_no_client_ip_and_shares_one_budget():
    """None, not a made-up string: django-axes stores the address in an IP column."""
    request = RequestFactory().get("/graphql/", REMOTE_ADDR="")
    assert client_ip(request) is None
    assert client_key(request) == "unknown"
