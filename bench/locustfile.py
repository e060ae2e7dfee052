"""The readers bench/load.py sends at the API: external sites using the contract's operations.

Each simulated client is a member state's website: it mostly lists stories, opens story
pages, routes URLs, and now and then reads the launch event, the declaration and the
country list, in all six languages. The variables (slugs, paths, meeting ids) come from
``bench/load.py`` through the ``LOAD_TARGETS`` file, so the readers only ask for content
that exists. Requests go to the ``--host`` locust is given, which bench/load.py sets to a
loopback address.
"""

import json
import os
import random
from pathlib import Path

from locust import HttpUser, between, task

OPERATIONS = Path(__file__).resolve().parent.parent / "frontend_contract" / "operations"
DOCUMENTS = {path.stem: path.read_text() for path in OPERATIONS.glob("*.graphql")}
TARGETS = json.loads(Path(os.environ["LOAD_TARGETS"]).read_text())
LOCALES = ["en", "fr", "es", "ar", "ru", "zh-hans"]


class MemberStateWebsite(HttpUser):
    wait_time = between(0.1, 0.5)

    def ask(self, operation, variables, name):
        body = {"query": DOCUMENTS[operation], "variables": variables}
        with self.client.post("/graphql/", json=body, name=name, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"HTTP {answer.status_code}")
                return
            payload = answer.json()
            if payload.get("errors"):
                answer.failure(json.dumps(payload["errors"])[:300])

    @task(6)
    def story_listing(self):
        locale = random.choice(LOCALES)  # noqa: S311 (load mix, not security)
        self.ask("storyListing", {"locale": locale, "first": 20}, "storyListing")

    @task(6)
    def story_detail(self):
        locale, slug = random.choice(TARGETS["stories"])  # noqa: S311
        self.ask("storyDetail", {"locale": locale, "slug": slug}, "storyDetail")

    @task(3)
    def route_by_path(self):
        locale, path = random.choice(TARGETS["paths"])  # noqa: S311
        self.ask("routeByPath", {"locale": locale, "urlPath": path}, "routeByPath")

    @task(1)
    def launch_event(self):
        locale = random.choice(LOCALES)  # noqa: S311
        variables = {"locale": locale, "id": TARGETS["meeting"], "fallback": True}
        self.ask("meetingWithProgramme", variables, "meetingWithProgramme")

    @task(1)
    def declaration(self):
        locale, slug = random.choice(TARGETS["declarations"])  # noqa: S311
        self.ask("declarationWithSignatories", {"locale": locale, "slug": slug}, "declaration")

    @task(1)
    def member_states(self):
        locale = random.choice(LOCALES)  # noqa: S311
        self.ask("memberStatesAndThemes", {"locale": locale}, "memberStatesAndThemes")
