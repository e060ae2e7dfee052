"""The contract in frontend_contract/: the committed schema and the frontend operations.

``schema.graphql`` must match the schema the code builds (regenerate with ``make
schema``); every operation must validate against it and, run against the demo content,
return data without errors.
"""

import json
import os
import re
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import SimpleTestCase
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    parse,
    print_schema,
    validate,
)

from cms.schema import schema
from core.preview import make_token
from demo.testing import DemoTestCase
from stories.models import StoryPage
from tests.api.builders import gql
from tests.api.operations import all_operations

CONTRACT = Path(__file__).resolve().parents[2] / "frontend_contract"


class SchemaFileTests(SimpleTestCase):
    def test_committed_schema_matches_the_code(self):
        committed = (CONTRACT / "schema.graphql").read_text()
        self.assertEqual(
            committed.strip(),
            print_schema(schema.graphql_schema).strip(),
            "frontend_contract/schema.graphql is stale: run `make schema` and commit it, "
            "and tell the frontend teams what changed.",
        )

    def test_make_schema_writes_the_committed_file(self):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "schema.graphql"
            call_command(
                "graphql_schema", schema="cms.schema.schema", out=str(out), stdout=StringIO()
            )
            self.assertEqual(out.read_text(), (CONTRACT / "schema.graphql").read_text())

    def test_the_schema_is_read_only(self):
        self.assertIsNone(schema.graphql_schema.mutation_type)
        self.assertIsNone(schema.graphql_schema.subscription_type)

    def test_every_type_field_argument_and_enum_value_is_described(self):
        missing = []
        for name, graphql_type in schema.graphql_schema.type_map.items():
            if name.startswith("__") or name in {
                "String",
                "Int",
                "Float",
                "Boolean",
                "ID",
            }:
                continue
            if not graphql_type.description:
                missing.append(name)
            if isinstance(
                graphql_type, GraphQLObjectType | GraphQLInterfaceType | GraphQLInputObjectType
            ):
                for field_name, field in graphql_type.fields.items():
                    if not field.description:
                        missing.append(f"{name}.{field_name}")
                    for argument_name, argument in getattr(field, "args", {}).items():
                        if not argument.description:
                            missing.append(f"{name}.{field_name}({argument_name})")
            if isinstance(graphql_type, GraphQLEnumType):
                for value_name, value in graphql_type.values.items():
                    if not value.description:
                        missing.append(f"{name}.{value_name}")
        self.assertEqual(missing, [])

    def test_internal_fields_are_not_in_the_schema(self):
        internal = {"presenterNotes", "contactEmail", "contactName", "consentConfirmed", "owner"}
        for name, graphql_type in schema.graphql_schema.type_map.items():
            fields = set(getattr(graphql_type, "fields", {}) or {})
            with self.subTest(type=name):
                self.assertFalse(fields & internal)
        image_fields = schema.graphql_schema.type_map["Image"].fields
        self.assertNotIn("file", image_fields)
        self.assertNotIn("url", image_fields)

    def test_every_operation_validates_against_the_schema(self):
        operations = all_operations()
        self.assertGreaterEqual(
            set(operations),
            {
                "locales",
                "storyListing",
                "storyDetail",
                "routeByPath",
                "meetings",
                "meetingWithProgramme",
                "declarationWithSignatories",
                "memberStatesAndThemes",
                "preview",
                "sitemap",
                "navigation",
                "redirects",
                "homePage",
                "declarations",
            },
        )
        for name, document in operations.items():
            with self.subTest(operation=name):
                self.assertEqual(validate(schema.graphql_schema, parse(document)), [])


class DemoContentOperationsTests(DemoTestCase):
    """Every contract operation against the demo content: no errors, data in every field."""

    def run_operation(self, name, variables):
        status, body = gql(all_operations()[name], variables)
        self.assertEqual(status, 200, body)
        self.assertNotIn("errors", body, json.dumps(body.get("errors"), indent=1))
        for field, value in body["data"].items():
            self.assertTrue(value, f"{name}: `{field}` is empty for {variables}")
        return body["data"]

    def example_variables(self):
        """Variables for each operation, taken from what the demo content holds."""
        listing = self.run_operation("storyListing", {"locale": "en", "first": 5})
        story = listing["stories"]["edges"][0]["node"]
        meetings = self.run_operation("meetings", {"locale": "en"})
        with_programme = [meeting for meeting in meetings["meetings"]["nodes"] if meeting["slug"]]
        status, body = gql('{ declarations(locale: "en") { id slug } }')
        declaration = body["data"]["declarations"][0]
        launch = next(m for m in meetings["meetings"]["nodes"] if m["kind"] == "LAUNCH")
        return {
            "locales": [{}],
            "storyListing": [
                {"locale": "en"},
                {"locale": "fr", "fallback": True, "first": 100},
                {"locale": "ar", "first": 3, "after": listing["stories"]["pageInfo"]["endCursor"]},
                {"locale": "en", "memberState": story["memberState"]["code"]},
                {"locale": "en", "theme": story["themes"][0]["slug"]}
                if story["themes"]
                else {"locale": "en"},
                {"locale": "en", "orderBy": "TITLE", "dateFrom": "2000-01-01"},
            ],
            "storyDetail": [
                {"locale": "en", "slug": story["slug"]},
                {"locale": "en", "id": story["id"]},
            ],
            "routeByPath": [
                {"locale": "en", "urlPath": "/en/"},
                {"locale": "en", "urlPath": story["urlPath"]},
                {"locale": "en", "urlPath": "/en/stories/"},
                {"locale": "fr", "urlPath": "/fr/"},
            ],
            "meetings": [{"locale": "en"}, {"locale": "es", "orderBy": "EARLIEST_FIRST"}],
            "meetingWithProgramme": [
                {"locale": "en", "slug": meeting["slug"]} for meeting in with_programme[:3]
            ],
            "declarationWithSignatories": [
                {"locale": "en", "slug": declaration["slug"]},
                {"locale": "fr", "id": declaration["id"]},
                {"locale": "ar", "id": declaration["id"]},
                {"locale": "zh-hans"},
            ],
            "declarations": [{"locale": "en"}, {"locale": "ru", "fallback": True}],
            "homePage": [
                {"locale": "en"},
                {"locale": "ar"},
                {"locale": "ru", "fallback": True, "fallbackLocales": ["fr"]},
            ],
            "memberStatesAndThemes": [{"locale": "en"}, {"locale": "zh-hans"}],
            "presenterProgramme": [
                {"locale": "en", "id": launch["id"]},
                {"locale": "ar", "id": launch["id"]},
            ],
            "preview": [{"token": self.preview_token(story["id"])}],
            "sitemap": [
                {"locale": "en"},
                {"locale": "ar", "types": ["StoryPage"], "first": 5},
            ],
            "navigation": [{"locale": "en"}, {"locale": "fr"}, {"locale": "ru"}],
            "redirects": [{}],
            # Queries with few hits, each ranked apart, so that SQLite's and PostgreSQL's
            # full-text scores give the same order (the relevance table tests ranking).
            "search": [
                {"locale": "en", "query": "paralegals mediation"},
                {"locale": "fr", "query": "parajuristes", "types": ["STORY"], "first": 3},
                {"locale": "zh-hans", "query": "电脑"},
            ],
            "searchSuggestions": [
                {"locale": "en", "prefix": "paral"},
                {"locale": "fr", "prefix": "parajur"},
            ],
        }

    @staticmethod
    def preview_token(story_id):
        """A token for a draft of the story, as the CMS's website preview mode makes one."""
        story = StoryPage.objects.get(pk=story_id)
        story.title = f"{story.title} (draft)"
        return make_token(story.pk, story.save_revision().pk)

    def test_every_operation_runs_on_demo_content_without_errors(self):
        examples = self.example_variables()
        self.assertEqual(set(examples), set(all_operations()))
        for name, variable_sets in examples.items():
            for variables in variable_sets:
                with self.subTest(operation=name, variables=variables):
                    self.run_operation(name, variables)

    def test_the_demo_programme_has_stories_and_speakers(self):
        meetings = self.run_operation("meetings", {"locale": "en", "first": 100})
        items = []
        for meeting in meetings["meetings"]["nodes"]:
            data = self.run_operation("meetingWithProgramme", {"locale": "en", "id": meeting["id"]})
            items.extend(data["meeting"]["programme"])
        self.assertTrue(any(item["story"] for item in items))
        self.assertTrue(any(item["speakers"] for item in items))

    def test_every_operation_returns_the_recorded_json(self):
        """The demo's answers are pinned: a change of layout must not change a byte a client sees.

        Values that differ between two loads of the same demo (database ids, dates relative to
        today, file URLs with storage suffixes) are replaced by placeholders; everything else
        must equal tests/api/snapshots/<operation>.json. After an intended change of output,
        rewrite them with ``UPDATE_SNAPSHOTS=1`` and say why in the commit.
        """
        examples = self.example_variables()
        recorded = {
            name: [
                {"variables": variables, "data": placeholders(self.run_operation(name, variables))}
                for variables in variable_sets
            ]
            for name, variable_sets in examples.items()
        }
        for name, answers in recorded.items():
            path = SNAPSHOTS / f"{name}.json"
            text = json.dumps(placeholders(answers), indent=1, ensure_ascii=False, sort_keys=True)
            if os.environ.get("UPDATE_SNAPSHOTS"):
                path.parent.mkdir(exist_ok=True)
                path.write_text(text + "\n")
            with self.subTest(operation=name):
                self.assertEqual(text + "\n", path.read_text(), f"{name} answers differently")


SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
# Keys whose values depend on the order rows were created in, or on the day of the run.
VOLATILE_KEYS = {
    "id",
    "translationKey",
    "after",
    "cursor",
    "startCursor",
    "endCursor",
    "token",
}
VOLATILE_STRINGS = re.compile(r"^\d{4}-\d{2}-\d{2}|/media/|/images/|/documents/")
# Django's storage adds "_" and seven random characters to a file name already taken.
STORAGE_SUFFIX = re.compile(r"_[A-Za-z0-9]{7}(?=\.[a-z0-9]+$)")


def placeholders(value, key=None):
    """``value`` with run-dependent parts replaced by stable placeholders."""
    if isinstance(value, dict):
        return {name: placeholders(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [placeholders(item, key) for item in value]
    if key in VOLATILE_KEYS and value is not None:
        return f"<{key}>"
    if isinstance(value, str) and VOLATILE_STRINGS.search(value):
        return "<date or file URL>"
    if isinstance(value, str):
        return STORAGE_SUFFIX.sub("", value)
    return value
