"""Content for API tests: a site with stories and meetings in English and French.

Built with the project's factories; each test class builds it once in setUpTestData.
"""

import datetime
import json
import zoneinfo
from types import SimpleNamespace

from django.test import Client
from wagtail.models import Locale

from coalition.factories import (
    MemberStateFactory,
    OrganisationFactory,
    PersonFactory,
    ThemeFactory,
)
from coalition.models import SustainableDevelopmentGoal
from home.factories import build_site_tree
from media_library.factories import ImageFactory
from media_library.models import CustomImage
from media_library.warming import warm_images
from meetings.factories import (
    DeclarationPageFactory,
    MeetingPageFactory,
    SignatoryFactory,
)
from stories.factories import (
    MemberStateStoriesPageFactory,
    StoryPageFactory,
)

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


def gql(query, variables=None, client=None, **headers):
    """POST a query to /graphql/ and return (status, parsed JSON)."""
    client = client or Client()
    response = client.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        **headers,
    )
    return response.status_code, response.json()


def data_of(query, variables=None):
    """The ``data`` of a query that must succeed without errors."""
    status, body = gql(query, variables)
    assert status == 200, body
    assert "errors" not in body, body["errors"]
    return body["data"]


def warm_all_images():
    """Make the standard renditions of every image, as upload and publishing do in production.

    Test transactions never commit, so the warming those queue on commit never runs here.
    """
    warm_images(CustomImage.objects.all())


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, language, **changes):
    """A published translation of a page (whose parent already has one)."""
    copy = page.copy_for_translation(locale(language))
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy)


def translate_snippet(snippet, language, **changes):
    copy = snippet.copy_for_translation(locale(language))
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def make_site():
    """The English home page as the default site's root, with its two sections."""
    return build_site_tree()


def make_sdgs(numbers=(4, 5, 16)):
    """The English goals (a data migration creates all 17)."""
    return list(SustainableDevelopmentGoal.objects.filter(number__in=numbers, locale=locale("en")))


def make_story(section, **kwargs):
    return StoryPageFactory(parent=section, **kwargs)


def build_content():
    """A small but complete site: two countries, stories, a meeting and the declaration."""
    site = make_site()
    norway = MemberStateFactory(code="NO", name="Norway")
    uruguay = MemberStateFactory(code="UY", name="Uruguay")
    education = ThemeFactory(name="Education", slug="education")
    equality = ThemeFactory(name="Gender equality", slug="gender-equality")
    sdgs = make_sdgs()
    partner = OrganisationFactory(name="Children's Rights Network")
    minister = PersonFactory(name="Ine Eriksen", member_state=norway)
    no_section = MemberStateStoriesPageFactory(parent=site.stories, member_state=norway)
    uy_section = MemberStateStoriesPageFactory(parent=site.stories, member_state=uruguay)
    school = make_story(
        no_section,
        title="Girls back in school",
        slug="girls-back-in-school",
        story_date=datetime.date(2019, 3, 1),
        presenter=minister,
    )
    school.themes.set([education, equality])
    school.sdgs.set(sdgs[:2])
    school.partners.set([partner])
    publish(school)
    courts = make_story(
        uy_section,
        title="Courts that listen",
        slug="courts-that-listen",
        story_date=datetime.date(2018, 5, 1),
    )
    courts.themes.set([equality])
    publish(courts)
    meeting = MeetingPageFactory(
        parent=site.meetings,
        title="Launch of the initiative",
        slug="launch",
        programme=[
            {
                "type": "item",
                "value": {
                    "starts_at": "2018-09-27T13:10:00",
                    "duration_minutes": 20,
                    "title": "Presentation by Norway",
                    "kind": "story",
                    "speakers": [minister.pk],
                    "member_state": norway.pk,
                    "story": school.pk,
                    "media": [],
                    "presenter_notes": "Secret staff note: microphone 2.",
                },
            }
        ],
    )
    declaration = DeclarationPageFactory(parent=site.home, adopted_at=meeting)
    SignatoryFactory(
        declaration=declaration, member_state=uruguay, signed_on=datetime.date(2019, 1, 10)
    )
    SignatoryFactory(
        declaration=declaration, member_state=norway, signed_on=datetime.date(2018, 9, 27)
    )
    publish(declaration)
    return SimpleNamespace(
        site=site,
        norway=norway,
        uruguay=uruguay,
        education=education,
        equality=equality,
        sdgs=sdgs,
        partner=partner,
        minister=minister,
        no_section=no_section,
        uy_section=uy_section,
        school=school,
        courts=courts,
        meeting=meeting,
        declaration=declaration,
        image=ImageFactory,
    )


def rich_body(count, *, images, document, hosted_video, link_page, private_page=None):
    """A body of ``count`` blocks cycling through every block type, with links in paragraphs."""
    paragraph = (
        f'<p>See <a linktype="page" id="{link_page.pk}">the other story</a>, '
        f'<a linktype="document" id="{document.pk}">the report</a> and '
        '<a href="https://www.ohchr.org/">OHCHR</a>.'
        + (f' <a linktype="page" id="{private_page.pk}">Hidden</a>' if private_page else "")
        + "</p>"
    )
    cycle = [
        {"type": "heading", "value": {"text": "What changed", "level": "h2"}},
        {"type": "paragraph", "value": paragraph},
        {
            "type": "image",
            "value": {
                "image": images[0].pk,
                "alt_text": "A classroom",
                "caption": "Pupils in Oslo",
                "credit": "",
            },
        },
        {"type": "quote", "value": {"quote": "We came back.", "attribution": "A pupil"}},
        {
            "type": "video",
            "value": {"embed": "https://www.youtube.com/watch?v=abcdefghijk", "video": None},
        },
        {"type": "video", "value": {"embed": "", "video": hosted_video.pk, "title": "Film"}},
        {
            "type": "gallery",
            "value": {
                "title": "Moments",
                "images": [
                    {"image": image.pk, "alt_text": f"Moment {index}"}
                    for index, image in enumerate(images)
                ],
            },
        },
        {"type": "key_figure", "value": {"figure": "12,000", "label": "girls back in school"}},
        {"type": "document", "value": {"document": document.pk, "title": ""}},
        {
            "type": "call_to_action",
            "value": {"text": "Read on", "button_label": "Next story", "page": link_page.pk},
        },
        {
            "type": "live_feed",
            "value": {
                "title": "Live from Geneva",
                "stream_url": "https://www.youtube.com/live/abcdefghijk",
                "provider": "youtube",
                "starts_at": "2030-09-27T10:00:00",
                "ends_at": "2030-09-27T12:00:00",
                "time_zone": "Europe/Zurich",
                "fallback_embed": "https://vimeo.com/123456",
            },
        },
    ]
    return [cycle[index % len(cycle)] for index in range(count)]
