"""Choosing the search backend from the environment, checked without a search server."""

import json
import os
import subprocess
import sys

from django.conf import settings
from django.db import connection
from django.test import SimpleTestCase, TestCase
from wagtail.search.backends import get_search_backend

from search.backends import TEXT_SEARCH_CONFIGS, for_language
from tests.settings.test_settings import ROOT

PRINT_BACKENDS = "import json; print(json.dumps(settings.WAGTAILSEARCH_BACKENDS))"


def search_settings(**environ):
    """WAGTAILSEARCH_BACKENDS of the test settings with ``environ`` set, or the error."""
    env = {"PATH": os.environ.get("PATH", ""), "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    code = f"import django; from django.conf import settings; django.setup(); {PRINT_BACKENDS}"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, **environ},
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode:
        return result.stderr
    return json.loads(result.stdout)["default"]


class BackendSettingsTests(SimpleTestCase):
    def test_the_database_backend_is_the_default(self):
        self.assertEqual(search_settings(), {"BACKEND": "search.backends"})

    def test_elasticsearch_is_chosen_with_its_cluster_addresses(self):
        self.assertEqual(
            search_settings(
                SEARCH_BACKEND="elasticsearch8",
                SEARCH_URL="https://a.example.org:9200,https://b.example.org:9200",
                SEARCH_INDEX_PREFIX="ghrs_staging_",
            ),
            {
                "BACKEND": "wagtail.search.backends.elasticsearch8",
                "URLS": ["https://a.example.org:9200", "https://b.example.org:9200"],
                "INDEX_PREFIX": "ghrs_staging_",
                "TIMEOUT": 5,
            },
        )

    def test_opensearch_is_chosen_too(self):
        backend = search_settings(SEARCH_BACKEND="opensearch2", SEARCH_URL="https://os:9200")
        self.assertEqual(backend["BACKEND"], "wagtail.search.backends.opensearch2")

    def test_a_cluster_backend_without_an_address_refuses_to_start(self):
        error = search_settings(SEARCH_BACKEND="opensearch3")
        self.assertIn("SEARCH_BACKEND=opensearch3 needs SEARCH_URL", error)

    def test_an_unknown_backend_refuses_to_start_listing_the_choices(self):
        error = search_settings(SEARCH_BACKEND="solr")
        self.assertIn("'solr' is not a search backend; use one of database, elasticsearch8", error)


class LanguageConfigTests(TestCase):
    def test_every_content_language_has_a_text_search_configuration(self):
        self.assertEqual(
            set(TEXT_SEARCH_CONFIGS), {code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES}
        )

    def test_queries_are_parsed_in_their_language_on_postgresql(self):
        backend = for_language(get_search_backend(), "fr")
        if connection.vendor == "postgresql":
            self.assertEqual(backend.config, "french")
            self.assertEqual(get_search_backend().config, "english")
        else:
            self.assertFalse(hasattr(backend, "for_language"))
