"""The requests ``bench/run.py`` measures, with variables taken from the demo content.

Each scenario is also run once in-process to count its SQL queries, so the table shows
both the time a request takes and the database work behind it.
"""

import json

import django
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.server import OPERATIONS

# One search per language, with words the demo's stories (and so the stories
# ``generate_stories`` borrows their texts from) use often.
SEARCHES = [
    ("en", "health"),
    ("fr", "santé"),
    ("es", "salud"),
    ("ar", "مدارس"),
    ("ru", "помощь"),
    ("zh-hans", "电脑"),
]


def _count_queries(client, operation, variables):
    body = {"query": (OPERATIONS / operation).read_text(), "variables": variables}
    # Counted warm, as the server answers after its first request: renditions generated,
    # embeds stored, the site's paths cached.
    client.post(
        "/graphql/", json.dumps(body), content_type="application/json", HTTP_HOST="localhost"
    )
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            "/graphql/", json.dumps(body), content_type="application/json", HTTP_HOST="localhost"
        )
    payload = response.json()
    if payload.get("errors"):
        raise SystemExit(f"{operation} {variables}: {payload['errors']}")
    return len(queries)


def scenarios():
    django.setup()
    # Models can be imported only once django.setup() has loaded the apps, and this module
    # is imported by a bare interpreter (``bench/run.py`` starts it) before that.
    from meetings.models import DeclarationPage, MeetingPage
    from stories.models import StoryPage

    story = StoryPage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    meeting = (
        MeetingPage.objects.live()
        .filter(locale__language_code="en", kind=MeetingPage.Kind.LAUNCH)
        .first()
    )
    declaration = DeclarationPage.objects.live().filter(locale__language_code="en").first()
    rows = [
        ("story listing, 20 cards (en)", "storyListing.graphql", {"locale": "en", "first": 20}),
        ("story listing, 100 cards (en)", "storyListing.graphql", {"locale": "en", "first": 100}),
        ("story listing, 20 cards (ar)", "storyListing.graphql", {"locale": "ar", "first": 20}),
        ("story detail (en)", "storyDetail.graphql", {"locale": "en", "slug": story.slug}),
        (
            "route by path (en)",
            "routeByPath.graphql",
            {"locale": "en", "urlPath": story.get_url_parts()[2]},
        ),
        (
            "launch event with programme (fr)",
            "meetingWithProgramme.graphql",
            {"locale": "fr", "id": str(meeting.get_translation(_locale("fr")).pk)},
        ),
        (
            "declaration with signatories (es)",
            "declarationWithSignatories.graphql",
            {"locale": "es", "id": str(declaration.get_translation(_locale("es")).pk)},
        ),
        ("member states and themes (en)", "memberStatesAndThemes.graphql", {"locale": "en"}),
        *(
            (
                f"search “{query}” ({language})",
                "search.graphql",
                {"locale": language, "query": query},
            )
            for language, query in SEARCHES
        ),
        (
            "search suggestions “hea” (en)",
            "searchSuggestions.graphql",
            {"locale": "en", "prefix": "hea"},
        ),
    ]
    client = Client()
    return [
        [name, operation, variables, _count_queries(client, operation, variables)]
        for name, operation, variables in rows
    ]


def _locale(code):
    # Called only after scenarios() has set Django up; see the comment there.
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)
