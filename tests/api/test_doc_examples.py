"""Every example of the API's documentation runs against the demo content and finds something.

The GraphQL and curl examples of frontend_contract/README.md go through Django's test client
as the same request (POST body or GET query string); the JavaScript examples of the README
and of the reference client's header run in Node against a server that answers from this
test's database. An example passes when no error comes back and every field it asks for at
the top is filled (a list or connection with at least one item): an example that quietly
finds nothing, such as a filter on a theme that does not exist, fails. Errors are expected
only where the documentation shows them: the JSON answer printed after a curl example, or
an error code named in a JavaScript example's comments.
"""

import hashlib
import http.server
import json
import re
import shlex
import shutil
import subprocess  # runs node on the documentation's own examples
import textwrap
import threading
from pathlib import Path
from unittest import skipIf
from urllib.parse import parse_qsl, urlsplit

from django.db import connections
from django.test import Client

from conftest import missing_program
from core.preview import make_token
from demo.testing import DemoTestCase
from stories.models import StoryPage

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "frontend_contract"
DOCUMENTS = [CONTRACT / "README.md", ROOT / "README.md"]
CLIENT = CONTRACT / "clients" / "ghrs-client.mjs"
NODE = shutil.which("node")
FENCE = re.compile(r"^( *)```(\w*)\n(.*?)^\1```", re.MULTILINE | re.DOTALL)
ERROR_CODE = re.compile(r"\b[A-Z][A-Z_]{5,}\b")


def code_blocks(path):
    """``(language, text)`` of each fenced block of a Markdown file, in order."""
    return [
        (match.group(2), textwrap.dedent(match.group(3)))
        for match in FENCE.finditer(path.read_text())
    ]


def graphql_examples():
    """The GraphQL blocks; a bare selection (``search(…) { … }``) is a query's body."""
    examples = []
    for path in DOCUMENTS:
        for language, text in code_blocks(path):
            if language == "graphql":
                document = text if re.match(r"\s*(query|\{|fragment)", text) else f"{{ {text} }}"
                examples.append((f"{path.name}: {text.splitlines()[0]}", document))
    return examples


def curl_examples():
    """``(name, curl command, shown answer or None, block)`` for each shell block with curl."""
    examples = []
    for path in DOCUMENTS:
        blocks = code_blocks(path)
        for index, (language, text) in enumerate(blocks):
            if language != "sh" or "curl " not in text:
                continue
            answer = None
            if index + 1 < len(blocks) and blocks[index + 1][0] == "json":
                answer = blocks[index + 1][1]
            command = text[text.index("curl ") :].replace("\\\n", " ")
            examples.append((f"{path.name}: {command[:70]}", command, answer, text))
    return examples


def javascript_examples():
    """The README's JavaScript blocks and the example in the client's opening comment."""
    examples = [
        (f"README.md js #{number}", text)
        for number, (language, text) in enumerate(code_blocks(CONTRACT / "README.md"), 1)
        if language == "js"
    ]
    header = CLIENT.read_text().split("*/", 1)[0]
    lines = [line[len(" *   ") :] for line in header.splitlines() if line.startswith(" *   ")]
    examples.append(("ghrs-client.mjs header", "\n".join(lines)))
    return examples


def curl_request(command, block):
    """What the curl command sends: (method, path, query parameters, JSON body or None)."""
    words = shlex.split(command)
    get, body, params, url = False, None, [], None
    position = 1
    while position < len(words):
        word = words[position]
        if word in ("-G", "--get"):
            get = True
        elif word in ("-d", "--data", "--data-raw"):
            position += 1
            body = words[position]
        elif word == "--data-urlencode":
            position += 1
            name, _, value = words[position].partition("=")
            params.append((name, value))
        elif word in ("-H", "--header"):
            position += 1
        elif not word.startswith("-"):
            url = word
        position += 1
    hashed = re.search(r"sha256sum (\S+)", block)
    if hashed:
        digest = hashlib.sha256((ROOT / hashed.group(1)).read_bytes()).hexdigest()
        params = [(name, value.replace("<that sha256>", digest)) for name, value in params]
    path = urlsplit(url.replace("<cms-host>", "cms.example.org")).path
    return ("GET" if get else "POST"), path, params, body


def filled(data):
    """The top-level fields of ``data`` that came back empty (null, [], no edges/nodes)."""
    empty = []
    for name, value in (data or {}).items():
        items = value
        if isinstance(value, dict):
            items = value.get("edges", value.get("nodes", value))
        if items in (None, [], {}):
            empty.append(name)
    return empty if data else ["data"]


class GraphqlExampleTests(DemoTestCase):
    def test_the_documents_have_examples_to_run(self):
        self.assertTrue(graphql_examples())
        self.assertGreaterEqual(len(curl_examples()), 4)
        self.assertGreaterEqual(len(javascript_examples()), 5)

    def test_an_example_that_finds_nothing_is_caught(self):
        response = Client().post(
            "/graphql/",
            {"query": '{ stories(locale: "en", dateFrom: "2099-01-01") { nodes { title } } }'},
            content_type="application/json",
        )
        self.assertEqual(filled(response.json()["data"]), ["stories"])

    def test_every_graphql_example_finds_content(self):
        for name, document in graphql_examples():
            with self.subTest(name):
                response = Client().post(
                    "/graphql/", {"query": document}, content_type="application/json"
                )
                body = response.json()
                self.assertNotIn("errors", body, body)
                self.assertEqual(filled(body.get("data")), [], body)

    def test_every_curl_example_answers_as_shown(self):
        for name, command, answer, block in curl_examples():
            with self.subTest(name):
                method, path, params, body = curl_request(command, block)
                client = Client()
                if method == "GET":
                    response = client.get(path, dict(params))
                else:
                    response = client.post(path, body, content_type="application/json")
                result = response.json()
                shown = json.loads(answer) if answer and '"errors"' in answer else {}
                if "errors" in shown:
                    self.assertEqual(
                        [error["extensions"]["code"] for error in result.get("errors", [])],
                        [error["extensions"]["code"] for error in shown["errors"]],
                        result,
                    )
                else:
                    self.assertEqual(response.status_code, 200, result)
                    self.assertNotIn("errors", result, result)
                    self.assertEqual(filled(result.get("data")), [], result)


class _Forward(http.server.BaseHTTPRequestHandler):
    """Answers Node's requests through Django's test client, on the test's connection."""

    def do_GET(self):
        self.forward()

    def do_POST(self):
        self.forward()

    def forward(self):
        connections["default"] = self.server.connection
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        client = Client()
        if self.command == "GET":
            response = client.get(parts.path, dict(parse_qsl(parts.query)))
        else:
            response = client.generic(
                "POST", parts.path, body, content_type=self.headers.get("Content-Type")
            )
        self.server.answers.append(json.loads(response.content or b"null"))
        self.send_response(response.status_code)
        for header, value in response.items():
            self.send_header(header, value)
        self.end_headers()
        self.wfile.write(response.content)

    def log_message(self, *args):
        pass


RUNNER = """
import * as ghrs from %(client)s;
globalThis.location = { pathname: "/fr/" };
globalThis.showNotFound = () => { throw new Error("the example's page was not found"); };
globalThis.request = { url: %(preview)s };
globalThis.render = (value) => value;
const nativeFetch = globalThis.fetch;
globalThis.fetch = (url, init) => nativeFetch(String(url).replace(%(public)s, %(local)s), init);
const { createClient, GhrsApiError } = ghrs;
// The README's later examples use the client its first one made.
const api = createClient({ endpoint: "https://cms.example.org/graphql/" });
await (async () => {
%(example)s
})();
"""


@skipIf(
    missing_program("node"),
    "needs Node.js: install it (apt-get install nodejs) to run the JavaScript examples",
)
class JavascriptExampleTests(DemoTestCase):
    def setUp(self):
        server = http.server.HTTPServer(("127.0.0.1", 0), _Forward)
        # The wrapper itself, not the ``connection`` proxy, which would look itself up.
        server.connection = connections["default"]
        server.answers = []
        server.connection.inc_thread_sharing()
        self.addCleanup(server.connection.dec_thread_sharing)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        self.addCleanup(server.server_close)
        self.addCleanup(server.shutdown)
        self.server = server
        story = StoryPage.objects.live().filter(locale__language_code="en").first()
        token = make_token(story.pk, story.get_latest_revision().pk)
        self.preview_url = f"https://site.example/api/preview?token={token}"

    def run_example(self, example):
        local = f"http://127.0.0.1:{self.server.server_port}/graphql/"
        # Node has no document `location`, and a module's `import` must be at its top: the
        # example's import of the client becomes the runner's.
        body = re.sub(r"^import .*$", "", example, flags=re.MULTILINE)
        script = RUNNER % {
            "client": json.dumps(CLIENT.as_uri()),
            "preview": json.dumps(self.preview_url),
            "public": json.dumps("https://cms.example.org/graphql/"),
            "local": json.dumps(local),
            "example": body,
        }
        self.server.answers.clear()
        return subprocess.run(  # noqa: S603
            [NODE, "--input-type=module", "-e", script],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def test_an_example_with_a_filter_that_names_nothing_is_caught(self):
        result = self.run_example('await api.stories({ locale: "fr", theme: "education" });')
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("INVALID_ARGUMENT", json.dumps(self.server.answers))

    def test_every_javascript_example_runs_and_finds_content(self):
        for name, example in javascript_examples():
            with self.subTest(name):
                result = self.run_example(example)
                self.assertEqual(result.returncode, 0, result.stderr)
                answers = list(self.server.answers)
                self.assertTrue(answers, "the example sent no request")
                expected = set(ERROR_CODE.findall(example))
                for answer in answers:
                    if "errors" in answer:
                        codes = {error["extensions"]["code"] for error in answer["errors"]}
                        self.assertLessEqual(codes, expected, answer)
                    else:
                        self.assertEqual(filled(answer.get("data")), [], answer)
