"""The reference JavaScript client: its operations are the contract's, and it works."""

import importlib.util
import json
import shutil
import subprocess  # runs node on a script of this repository
from pathlib import Path
from unittest import skipIf

from django.test import LiveServerTestCase, SimpleTestCase

from api import persisted
from conftest import missing_program
from core.preview import make_token
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

    def test_the_client_knows_the_persisted_id_of_every_operation(self):
        sync = _sync_module()
        source = (CLIENTS / "ghrs-client.mjs").read_text()
        self.assertEqual(
            sync.embedded_ids(source),
            sync.ids_block(source),
            "ghrs-client.mjs has stale persisted query ids: run "
            "`.venv/bin/python frontend_contract/clients/sync_operations.py`.",
        )
        self.assertEqual(
            sync.manifest_text(), (CLIENTS.parent / "persisted-queries.json").read_text()
        )
        for query_id in persisted.manifest().values():
            self.assertIn(query_id, source)


SCRIPT = """
import { createClient, GhrsApiError, persistedUrl } from %(client)s;
const api = createClient({ endpoint: %(endpoint)s });
const out = {};
out.locales = (await api.locales()).locales.map((locale) => locale.code);
const { stories } = await api.stories({ locale: "en", first: 1 });
out.firstStory = stories.edges[0].node.title;
out.all = [];
for await (const story of api.allStories({ locale: "en" })) out.all.push(story.slug);
out.detail = (await api.story({ locale: "en", slug: "courts-that-listen" })).story.memberState.code;
out.preview = (await api.preview(%(token)s)).preview.title;
try {
  await api.preview("not-a-token");
} catch (error) {
  out.previewError = error.codes;
}
out.paths = [];
const storyPages = api.allPages({ locale: "en", types: ["StoryPage"] });
for await (const page of storyPages) out.paths.push(page.urlPath);
out.menu = (await api.navigation({ locale: "fr" })).menu;
out.redirects = [];
for await (const redirect of api.allRedirects()) out.redirects.push(redirect.oldPath);
out.home = (await api.homePage({ locale: "en" })).homePage.title;
const { declarations } = await api.declarations({ locale: "en" });
const current = (await api.currentDeclaration({ locale: "en" })).declaration;
out.declarations = declarations.length;
out.current = current.id === declarations[0].id && current.signatories.length > 0;
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
const sent = [];
const recording = (url, init) => {
  sent.push(init.method);
  return fetch(url, init);
};
const cached = createClient({ endpoint: %(endpoint)s, persisted: true, fetch: recording });
const listing = await cached.stories({ locale: "en", first: 1 });
out.persisted = { title: listing.stories.edges[0].node.title, methods: sent };
const unknown = await fetch(persistedUrl(%(endpoint)s, "0".repeat(64)));
out.unknown = (await unknown.json()).errors[0].extensions.code;
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
        content = build_content()
        story = content.courts
        story.title = "Courts that listen (draft)"
        self.token = make_token(story.pk, story.save_revision().pk)

    def test_the_client_queries_a_running_server(self):
        script = SCRIPT % {
            "client": json.dumps((CLIENTS / "ghrs-client.mjs").as_uri()),
            "endpoint": json.dumps(f"{self.live_server_url}/graphql/"),
            "token": json.dumps(self.token),
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
                "preview": "Courts that listen (draft)",
                "previewError": ["PREVIEW_TOKEN_INVALID"],
                "paths": [
                    "/en/stories/no/girls-back-in-school/",
                    "/en/stories/uy/courts-that-listen/",
                ],
                "menu": [],
                "redirects": [],
                "home": "Good Human Rights Stories",
                "declarations": 1,
                "current": True,
                "search": ["Courts that listen"],
                "suggestions": ["Courts that listen"],
                "error": {"isApiError": True, "codes": ["UNKNOWN_LOCALE"]},
                "persisted": {"title": "Girls back in school", "methods": ["GET"]},
                "unknown": "PERSISTED_QUERY_NOT_FOUND",
            },
        )
