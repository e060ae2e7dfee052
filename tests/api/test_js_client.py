"""The reference JavaScript client: its operations are the contract's, and it works."""

import importlib.util
import json
import shutil
import subprocess  # runs node on a script of this repository
from pathlib import Path
from unittest import skipIf

from django.test import LiveServerTestCase, SimpleTestCase

from conftest import missing_program
from tests.api.builders import build_content
from tests.api.operations import all_operations

CLIENTS = Path(__file__).resolve().parents[2] / "frontend_contract" / "clients"
NODE = shutil.which("node")


def _sync_module():
    spec = importlib.util.spec_from_file_location("sync_operations", CLIENTS / "sync_operations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class ClientOperationsTests(SimpleTestCase):
    def test_the_client_sends_exactly_the_contract_operations(self):
        embedded = _sync_module().embedded_operations((CLIENTS / "ghrs-client.mjs").read_text())
        self.assertEqual(
            embedded,
            all_operations(),
            "ghrs-client.mjs differs from operations/: run "
            "`.venv/bin/python frontend_contract/clients/sync_operations.py`.",
        )


SCRIPT = """
import { createClient, GhrsApiError } from %(client)s;
const api = createClient({ endpoint: %(endpoint)s });
const out = {};
out.locales = (await api.locales()).locales.map((locale) => locale.code);
const { stories } = await api.stories({ locale: "en", first: 1 });
out.firstStory = stories.edges[0].node.title;
out.all = [];
for await (const story of api.allStories({ locale: "en" })) out.all.push(story.slug);
out.detail = (await api.story({ locale: "en", slug: "courts-that-listen" })).story.memberState.code;
out.search = (await api.search({ locale: "en", query: "courts" })).search.edges.map(
  (edge) => edge.node.title,
);
out.suggestions = (await api.searchSuggestions({ locale: "en", prefix: "cour" }))
  .searchSuggestions.map((page) => page.title);
try {
  await api.stories({ locale: "xx" });
} catch (error) {
  out.error = { isApiError: error instanceof GhrsApiError, codes: error.codes };
}
console.log(JSON.stringify(out));
"""


@skipIf(
    missing_program("node"),
    "needs Node.js: install it (apt-get install nodejs) to check the JavaScript client",
)
class ClientOverHttpTests(LiveServerTestCase):
    # Put back what data migrations created (languages, goals) for the tests that follow.
    serialized_rollback = True

    def setUp(self):
        build_content()

    def test_the_client_queries_a_running_server(self):
        script = SCRIPT % {
            "client": json.dumps((CLIENTS / "ghrs-client.mjs").as_uri()),
            "endpoint": json.dumps(f"{self.live_server_url}/graphql/"),
        }
        result = subprocess.run(  # noqa: S603
            [NODE, "--input-type=module", "-e", script],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(
            json.loads(result.stdout),
            {
                "locales": ["en", "fr", "es", "ar", "ru", "zh-hans"],
                "firstStory": "Girls back in school",
                "all": ["girls-back-in-school", "courts-that-listen"],
                "detail": "UY",
                "search": ["Courts that listen"],
                "suggestions": ["Courts that listen"],
                "error": {"isApiError": True, "codes": ["UNKNOWN_LOCALE"]},
            },
        )
