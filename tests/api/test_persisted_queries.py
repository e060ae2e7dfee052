"""Persisted queries: the contract's operations run by the SHA-256 of their text."""

import hashlib
import json
from pathlib import Path

from django.test import Client, SimpleTestCase, TestCase, override_settings

from api import persisted
from tests.api.builders import build_content, warm_all_images
from tests.api.operations import OPERATIONS_DIR, all_operations

MANIFEST = OPERATIONS_DIR.parent / "persisted-queries.json"
LISTING = all_operations()["storyListing"]
LISTING_ID = hashlib.sha256(LISTING.encode("utf-8")).hexdigest()
UNKNOWN_ID = "0" * 64


def get(**params):
    params = {
        name: json.dumps(value) if isinstance(value, dict) else value
        for name, value in params.items()
    }
    return Client().get("/graphql/", params)


def post(body):
    return Client().post("/graphql/", json.dumps(body), content_type="application/json")


def code_of(response):
    return response.json()["errors"][0]["extensions"]["code"]


class ManifestTests(SimpleTestCase):
    def test_the_manifest_lists_the_id_of_every_operation(self):
        self.assertEqual(
            json.loads(MANIFEST.read_text()),
            persisted.manifest(),
            "frontend_contract/persisted-queries.json is out of date: run "
            "`.venv/bin/python frontend_contract/clients/sync_operations.py`.",
        )

    def test_an_id_is_the_sha256_of_the_file(self):
        for stem, query_id in persisted.manifest().items():
            raw = Path(OPERATIONS_DIR / f"{stem}.graphql").read_bytes()
            self.assertEqual(query_id, hashlib.sha256(raw).hexdigest(), stem)
            self.assertEqual(persisted.lookup(query_id), raw.decode("utf-8"))


class PersistedQueryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()
        warm_all_images()

    def test_a_persisted_query_runs_by_id_with_get(self):
        by_id = get(id=LISTING_ID, variables={"locale": "en"})
        by_text = get(query=LISTING, variables={"locale": "en"})
        self.assertEqual(by_id.status_code, 200, by_id.content)
        self.assertEqual(by_id.json()["data"], by_text.json()["data"])
        self.assertEqual(by_id.json()["data"]["stories"]["totalCount"], 2)
        self.assertIn("ETag", by_id)

    def test_every_contract_operation_is_callable_by_id(self):
        for stem, query_id in persisted.manifest().items():
            with self.subTest(stem):
                response = get(id=query_id, variables={"locale": "en", "urlPath": "/"})
                self.assertNotIn(
                    code_of(response) if "errors" in response.json() else None,
                    {"PERSISTED_QUERY_NOT_FOUND", "BAD_REQUEST"},
                )

    def test_apollo_automatic_persisted_queries_are_understood(self):
        extensions = {"persistedQuery": {"version": 1, "sha256Hash": LISTING_ID}}
        response = get(extensions=extensions, variables={"locale": "en"})
        self.assertEqual(response.json()["data"]["stories"]["totalCount"], 2)
        posted = post({"extensions": extensions, "variables": {"locale": "en"}})
        self.assertEqual(posted.json()["data"]["stories"]["totalCount"], 2)

    def test_an_unknown_id_is_a_clear_error(self):
        for response in (
            get(id=UNKNOWN_ID),
            get(extensions={"persistedQuery": {"version": 1, "sha256Hash": UNKNOWN_ID}}),
            post({"id": UNKNOWN_ID}),
        ):
            self.assertEqual(response.status_code, 400)
            self.assertEqual(code_of(response), "PERSISTED_QUERY_NOT_FOUND")
            self.assertIn("persisted-queries.json", response.json()["errors"][0]["message"])
            self.assertIn("no-store", response["Cache-Control"])

    def test_a_malformed_id_is_a_bad_request(self):
        for bad in ("abc", LISTING_ID.upper(), LISTING_ID + "0", "g" * 64):
            with self.subTest(bad):
                response = get(id=bad)
                self.assertEqual(response.status_code, 400)
                self.assertEqual(code_of(response), "BAD_REQUEST")
        for extensions in (
            "{not json",
            '"text"',
            {"persistedQuery": {"version": 2, "sha256Hash": LISTING_ID}},
            {"persistedQuery": "yes"},
        ):
            with self.subTest(extensions):
                self.assertEqual(code_of(get(extensions=extensions)), "BAD_REQUEST")
        self.assertEqual(code_of(post({"id": 5})), "BAD_REQUEST")

    def test_a_document_sent_with_another_documents_id_is_refused(self):
        response = get(query="{ locales { code } }", id=LISTING_ID)
        self.assertEqual(response.status_code, 400)
        self.assertIn("SHA-256", response.json()["errors"][0]["message"])

    def test_a_document_sent_with_its_own_id_runs(self):
        response = get(query=LISTING, id=LISTING_ID, variables={"locale": "en"})
        self.assertEqual(response.json()["data"]["stories"]["totalCount"], 2)


@override_settings(API_PERSISTED_QUERIES_ONLY=True)
class PersistedOnlyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_content()

    def test_an_ad_hoc_query_is_refused(self):
        for response in (
            get(query="{ locales { code } }"),
            post({"query": "{ locales { code } }"}),
        ):
            self.assertEqual(response.status_code, 400)
            self.assertEqual(code_of(response), "PERSISTED_QUERY_REQUIRED")

    def test_an_ad_hoc_query_with_its_own_id_is_still_refused(self):
        query = "{ locales { code } }"
        query_id = hashlib.sha256(query.encode()).hexdigest()
        response = get(query=query, id=query_id)
        self.assertEqual(code_of(response), "PERSISTED_QUERY_NOT_FOUND")

    def test_persisted_queries_run_by_id_or_by_their_exact_text(self):
        by_id = get(id=LISTING_ID, variables={"locale": "en"})
        self.assertEqual(by_id.json()["data"]["stories"]["totalCount"], 2)
        by_text = post({"query": LISTING, "variables": {"locale": "en"}})
        self.assertEqual(by_text.json()["data"]["stories"]["totalCount"], 2)
