"""What ``bench/compare.py`` measures on one database: each scenario for each system.

Run inside the bench settings (``python -m bench.comparison``, database variables set):
prints, as JSON, every scenario with the request each system answers it with (this API's
operation and variables, Wagtail's REST API v2 path, the floor view's path) and the SQL
queries each request runs, counted warm with Django's test client. A system that cannot
answer a scenario has no request for it.
"""

import json
from urllib.parse import urlencode

import django
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.server import OPERATIONS

REST_LISTING_FIELDS = "summary,story_date,location,member_state,themes,hero_image_alt,hero_card"


def _api(operation, variables):
    return {
        "method": "POST",
        "path": "/graphql/",
        "body": json.dumps({"query": (OPERATIONS / operation).read_text(), "variables": variables}),
    }


def _get(path, **params):
    return {"method": "GET", "path": f"{path}?{urlencode(params)}" if params else path}


def _count(client, request):
    def send():
        if request["method"] == "POST":
            return client.post(
                request["path"],
                request["body"],
                content_type="application/json",
                HTTP_HOST="localhost",
            )
        return client.get(request["path"], HTTP_HOST="localhost")

    send()  # warm: renditions found, caches filled, as a running server has them
    with CaptureQueriesContext(connection) as queries:
        response = send()
    if response.status_code != 200 or b'"errors"' in response.content[:2000]:
        raise SystemExit(f"{request['path']}: {response.status_code} {response.content[:300]}")
    if b'"RENDITION_PENDING"' in response.content:
        # Null images are less work than real ones: the comparison would flatter the API.
        raise SystemExit(f"{request['path']}: renditions missing; run warm_renditions first")
    return len(queries), len(response.content)


def listing(language, first, **filters):
    return {
        "api": _api("storyListing.graphql", {"locale": language, "first": first, **filters}),
        "rest": None
        if filters
        else _get(
            "/api/v2/pages/",
            type="stories.StoryPage",
            locale=language,
            limit=first,
            fields=REST_LISTING_FIELDS,
            order="-story_date",
        ),
        "floor": None if filters else _get("/bench/floor/stories/", locale=language, first=first),
    }


def scenarios(page_sizes=(10, 20, 50, 100)):
    django.setup()
    # Models can be imported only once django.setup() has run; this module is started by
    # a bare interpreter.
    from api.connection import Keys
    from meetings.models import MeetingPage
    from stories.models import StoryPage, StoryPageQuerySet

    english = StoryPage.objects.live().filter(locale__language_code="en")
    story = english.exclude(slug__startswith="generated-").order_by("pk").first()
    launch = (
        MeetingPage.objects.live()
        .filter(locale__language_code="fr", kind=MeetingPage.Kind.LAUNCH)
        .first()
    )
    total = english.count()
    # A late page: after as many stories as the data has, up to 500 pages of 20.
    late = english.ordered("newest")[min(total - 1, 20 * 500) - 20]
    late_cursor = Keys(StoryPage, "newest", StoryPageQuerySet.KEYS["newest"]).encode(late)
    theme = story.themes.first()
    rows = {
        "story listing, 20 cards (en)": listing("en", 20),
        "story listing, 20 cards (ar)": listing("ar", 20),
        "late page of the listing (en)": {
            "api": _api(
                "storyListing.graphql", {"locale": "en", "first": 20, "after": late_cursor}
            ),
            "rest": _get(
                "/api/v2/pages/",
                type="stories.StoryPage",
                locale="en",
                limit=20,
                offset=max(0, min(total - 20, 20 * 499)),
                fields=REST_LISTING_FIELDS,
                order="-story_date",
            ),
            "floor": None,
        },
        "filters: member state and theme (en)": listing(
            "en", 20, memberState=str(story.member_state.code), theme=theme.slug
        ),
        "story detail (en)": {
            "api": _api("storyDetail.graphql", {"locale": "en", "slug": story.slug}),
            "rest": _get(f"/api/v2/pages/{story.pk}/"),
            "floor": _get("/bench/floor/story/", locale="en", slug=story.slug),
        },
        "route by path (en)": {
            "api": _api(
                "routeByPath.graphql", {"locale": "en", "urlPath": story.get_url_parts()[2]}
            ),
            "rest": None,
            "floor": None,
        },
        "launch event with programme (fr)": {
            "api": _api("meetingWithProgramme.graphql", {"locale": "fr", "id": str(launch.pk)}),
            # REST API v2 cannot give a programme (no nested items): not compared.
            "rest": None,
            "floor": None,
        },
    }
    sweep = {f"listing, {size} cards (en)": listing("en", size) for size in page_sizes}
    client = Client()
    out = {"stories": total, "scenarios": [], "sweep": []}
    for key, table in (("scenarios", rows), ("sweep", sweep)):
        for name, systems in table.items():
            entry = {"scenario": name, "systems": {}}
            for system, request in systems.items():
                if request is None:
                    continue
                queries, size = _count(client, request)
                entry["systems"][system] = {**request, "sql_queries": queries, "bytes": size}
            out[key].append(entry)
    return out


if __name__ == "__main__":
    print(json.dumps(scenarios()))
