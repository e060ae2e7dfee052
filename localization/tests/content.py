"""Pages of every type, filled with nested content as editors and the demo loader make it.

Each builder returns a live page whose StreamFields reach the nesting the PO round trip
must handle: programme items holding a media StreamBlock and a ListBlock of speakers, a
gallery ListBlock of StructBlocks, live feeds, and optional blocks left empty.
"""

import datetime

from coalition.factories import MemberStateFactory, PersonFactory
from home.factories import StandardPageFactory
from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from meetings.factories import DeclarationPageFactory, MeetingPageFactory, SignatoryFactory
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

LIVE_FEED = {
    "title": "Live from the General Assembly",
    "stream_url": "https://media.example.org/unga73/live.m3u8",
    "provider": "hls",
    "starts_at": "2018-09-27T13:00:00",
    "ends_at": "2018-09-27T15:00:00",
    "time_zone": "America/New_York",
    "fallback_embed": "",
    "fallback_video": None,
}


def gallery(images):
    """A gallery as code writes it: ListBlock items as bare values (no ids yet)."""
    return {
        "type": "gallery",
        "value": {
            "title": "Faces of the reform",
            "images": [
                {
                    "image": image.pk,
                    "alt_text": f"Alt text {number}",
                    "caption": f"Caption {number}",
                    "credit": "© UN Photo",
                }
                for number, image in enumerate(images, start=1)
            ],
        },
    }


def hosted_video(video, title="The reform in pictures"):
    """A VideoBlock with a hosted file and, as editors leave it, no video link."""
    return {
        "type": "video",
        "value": {"embed": "", "video": video.pk, "title": title, "caption": None},
    }


def body():
    images = [ImageFactory(), ImageFactory()]
    return [
        {"type": "heading", "value": {"text": "What changed", "level": "h2"}},
        {
            "type": "paragraph",
            "value": '<p>Read <a href="https://example.org/law">the law</a> and its story.</p>',
        },
        {
            "type": "image",
            "value": {
                "image": images[0].pk,
                "alt_text": "Girls in a classroom",
                "caption": "A school in Salto",
                "credit": "© UNICEF",
            },
        },
        {
            "type": "quote",
            "value": {"quote": "Our lives changed.", "attribution": "A teacher", "role": ""},
        },
        hosted_video(HostedVideoFactory()),
        {"type": "live_feed", "value": dict(LIVE_FEED)},
        gallery(images),
        {
            "type": "key_figure",
            "value": {"figure": "12,000", "label": "girls back in school", "source": ""},
        },
        {
            "type": "document",
            "value": {"document": DocumentFactory().pk, "title": "The law", "description": ""},
        },
        {
            "type": "call_to_action",
            "value": {
                "text": "Read every story",
                "button_label": "Stories",
                "page": None,
                "url": "https://example.org/stories",
            },
        },
    ]


def standard_page(home):
    return StandardPageFactory(parent=home, title="About the initiative", slug="about", body=body())


def story(stories_index):
    section = MemberStateStoriesPageFactory(
        parent=stories_index,
        member_state=MemberStateFactory(code="UY", name="Uruguay"),
        introduction="Stories from Uruguay.",
    )
    return StoryPageFactory(
        parent=section,
        title="Girls go back to school",
        slug="girls-school",
        hero_video=[hosted_video(HostedVideoFactory(), title="Hero video")],
        body=body(),
    )


def meeting(meetings_index):
    speakers = [PersonFactory(role="Minister of Education"), PersonFactory(role="Advocate")]
    images = [ImageFactory(), ImageFactory()]
    return MeetingPageFactory(
        parent=meetings_index,
        title="Launch of the initiative",
        slug="launch",
        introduction="The launch at UNGA 73.",
        body=[gallery(images)],
        livestream=[{"type": "live_feed", "value": dict(LIVE_FEED)}],
        programme=[
            {
                "type": "item",
                "value": {
                    "starts_at": "2018-09-27T13:00:00",
                    "duration_minutes": 30,
                    "title": "Opening by the High Representative",
                    "kind": "opening",
                    "speakers": [speaker.pk for speaker in speakers],
                    "member_state": MemberStateFactory(code="NO", name="Norway").pk,
                    "story": None,
                    "media": [hosted_video(HostedVideoFactory(), title="Opening film")],
                    "presenter_notes": "Dim the lights.",
                },
            },
            {
                "type": "item",
                "value": {
                    "starts_at": "2018-09-27T13:30:00",
                    "duration_minutes": 20,
                    "title": "Uruguay presents",
                    "kind": "story",
                    "speakers": [],
                    "member_state": None,
                    "story": None,
                    "media": [
                        {"type": "live_feed", "value": dict(LIVE_FEED, title="From Montevideo")}
                    ],
                    "presenter_notes": "",
                },
            },
        ],
        outcome_documents=[
            {
                "type": "document",
                "value": {
                    "document": DocumentFactory().pk,
                    "title": "Summary",
                    "description": "What was agreed.",
                },
            }
        ],
    )


def declaration(home, pdf=None):
    page = DeclarationPageFactory(
        parent=home,
        text="<h2>Preamble</h2><p>We, the members, <b>reaffirm</b> human rights.</p>",
        pdf=pdf,
    )
    SignatoryFactory(
        declaration=page,
        member_state=MemberStateFactory(code="CL", name="Chile"),
        signatory_title="Minister of Foreign Affairs",
        signed_on=datetime.date(2018, 9, 27),
    )
    page.save_revision().publish()
    return page
