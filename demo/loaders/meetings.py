"""Meetings with their programmes, and the joint declaration with its signatories.

Programme times are wall-clock times at the venue; a live feed from a capital runs on that
capital's clock. Each language version of the declaration links the PDF in its language
where one exists, through a wagtail-localize segment override.
"""

import datetime
import zoneinfo

from django.utils import timezone

from demo.content.types import EN
from demo.loaders.context import block_id, list_items, paragraph, wall_clock
from localization.seeding import override_segment
from meetings.models import DeclarationPage, MeetingPage, Signatory


def live_feed_for(ctx, country_code, title):
    """The live feed from ``country_code``'s capital, timed by its presentation at a meeting."""
    meeting, item = next(
        (meeting, item)
        for meeting in ctx.content.meetings
        for item in meeting.programme
        if item.country == country_code and item.media and item.media.kind == "live_feed"
    )
    zone = zoneinfo.ZoneInfo(item.media.time_zone)
    start = timezone.make_aware(item.starts_at, zoneinfo.ZoneInfo(meeting.time_zone))
    end = start + datetime.timedelta(minutes=item.minutes)
    # The recording outside the window: the story's hosted video where it has one (the
    # presenter plays it on stage), else the UN Web TV link.
    recording = ctx.videos.get(item.story)
    return {
        "title": title,
        "stream_url": item.media.url,
        "provider": "hls",
        "starts_at": wall_clock(start.astimezone(zone)),
        "ends_at": wall_clock(end.astimezone(zone)),
        "time_zone": item.media.time_zone,
        "fallback_embed": "" if recording else item.media.recording,
        "fallback_video": recording.pk if recording else None,
    }


def meeting_strings(ctx, meeting, language):
    content = ctx.content
    strings = {
        "title": meeting.title.get(language),
        "slug": meeting.slug.get(language, meeting.slug[EN]),
        "introduction": meeting.introduction.get(language),
        "body": meeting.body.get(language),
        "city": meeting.city.get(language),
        "venue": meeting.venue.get(language),
        "video_title": content.words("video_title", language),
        "video_caption": content.words("video_caption", language),
    }
    if meeting.livestream:
        strings["livestream"] = meeting.livestream.title.get(language)
    if meeting.outcome:
        strings["outcome"] = meeting.outcome.title.get(language)
    for index, item in enumerate(meeting.programme):
        strings[f"item:{index}"] = item.title.get(language)
        strings[f"notes:{index}"] = item.notes.get(language)
        if item.media and item.media.kind == "live_feed":
            strings[f"feed:{index}"] = item.media.title[language]
    return {slot: text for slot, text in strings.items() if text}


def programme_item(ctx, meeting, index, item, strings):
    media = []
    if item.media and item.media.kind == "video":
        media = [
            {
                "type": "video",
                "value": {
                    "embed": item.media.url,
                    "video": None,
                    "title": strings["video_title"],
                    "caption": strings["video_caption"],
                },
                "id": block_id(meeting.key, "media", index),
            }
        ]
    elif item.media:
        media = [
            {
                "type": "live_feed",
                "value": live_feed_for(ctx, item.country, strings[f"feed:{index}"]),
                "id": block_id(meeting.key, "media", index),
            }
        ]
    story = ctx.english_story(item.story) if item.story else None
    return {
        "type": "item",
        "value": {
            "starts_at": wall_clock(item.starts_at),
            "duration_minutes": item.minutes,
            "title": strings[f"item:{index}"],
            "kind": item.kind,
            "speakers": list_items(
                f"{meeting.key}/speakers/{index}", [ctx.people[key].pk for key in item.speakers]
            ),
            "member_state": ctx.member_states[item.country].pk if item.country else None,
            "story": story.pk if story else None,
            "media": media,
            "presenter_notes": strings.get(f"notes:{index}", ""),
        },
        "id": block_id(meeting.key, "programme", index),
    }


def meeting_page(ctx, meeting):
    index = ctx.pages["meetings"]
    page = ctx.child(index, MeetingPage, meeting.slug[EN])
    if page is None:
        zone = zoneinfo.ZoneInfo(meeting.time_zone)
        strings = meeting_strings(ctx, meeting, EN)
        page = MeetingPage(
            title=strings["title"],
            slug=strings["slug"],
            kind=meeting.kind,
            starts_at=timezone.make_aware(meeting.starts_at, zone),
            ends_at=timezone.make_aware(meeting.ends_at, zone),
            time_zone=meeting.time_zone,
            city=strings["city"],
            venue=strings["venue"],
            session_reference=meeting.session_reference,
            introduction=strings["introduction"],
            body=[
                {
                    "type": "paragraph",
                    "value": paragraph(strings["body"]),
                    "id": block_id(meeting.key, "body", 0),
                }
            ],
            programme=[
                programme_item(ctx, meeting, number, item, strings)
                for number, item in enumerate(meeting.programme)
            ],
        )
        if meeting.livestream:
            page.livestream = [
                {
                    "type": "live_feed",
                    "value": {
                        "title": strings["livestream"],
                        "stream_url": meeting.livestream.url,
                        "provider": meeting.livestream.provider,
                        "starts_at": wall_clock(meeting.starts_at),
                        "ends_at": wall_clock(meeting.ends_at),
                        "time_zone": meeting.time_zone,
                        "fallback_embed": meeting.livestream.recording,
                        "fallback_video": None,
                    },
                    "id": block_id(meeting.key, "livestream"),
                }
            ]
        if meeting.outcome:
            key = "declaration:en" if meeting.outcome.declaration else f"summary:{meeting.key}"
            page.outcome_documents = [
                {
                    "type": "document",
                    "value": {
                        "document": ctx.documents[key].pk,
                        "title": strings["outcome"],
                        "description": "",
                    },
                    "id": block_id(meeting.key, "outcome"),
                }
            ]
        page.themes = [ctx.themes[slug] for slug in meeting.themes]
        page.co_chairs = [ctx.member_states[code] for code in meeting.co_chairs]
        page.organisations = [ctx.organisations[key] for key in meeting.organisations]
        page = ctx.add_page(index, page)
    ctx.pages[f"meeting:{meeting.key}"] = page


def translate_meeting(ctx, meeting):
    page = ctx.pages[f"meeting:{meeting.key}"]
    source = meeting_strings(ctx, meeting, EN)
    for language, live in meeting.translations.items():
        target = meeting_strings(ctx, meeting, language)
        strings = {source[slot]: text for slot, text in target.items() if slot in source}
        ctx.translate(page, language, strings, live=live)


def declaration(ctx):
    home = ctx.pages["home"]
    spec = ctx.content.declaration
    page = ctx.child(home, DeclarationPage, spec.slug[EN])
    if page is None:
        english = ctx.locale(EN)
        page = DeclarationPage(
            title=spec.title[EN],
            slug=spec.slug[EN],
            text=spec.html(EN),
            adopted_at=ctx.pages[f"meeting:{spec.adopted_at}"],
            opened_for_signature_on=spec.opened_for_signature_on,
            status=spec.status,
            pdf=ctx.documents["declaration:en"],
        )
        page.signatories = [
            Signatory(
                locale=english,
                member_state=ctx.member_states[signature.country],
                signatory_name=signature.name,
                signatory_title=signature.title,
                level=signature.level,
                signed_on=signature.signed_on,
                sort_order=number,
            )
            for number, signature in enumerate(spec.signatures)
        ]
        page = ctx.add_page(home, page)
    ctx.pages["declaration"] = page


def translate_declaration(ctx):
    page = ctx.pages["declaration"]
    spec = ctx.content.declaration
    signatures = {(s.country, s.signed_on): s for s in spec.signatures}
    for language, live in spec.translations.items():
        if page.get_translation_or_none(ctx.locale(language)) is not None:
            continue
        strings = {
            spec.title[EN]: spec.title[language],
            spec.slug[EN]: spec.slug.get(language, spec.slug[EN]),
        }
        strings.update({text[EN]: text[language] for text in spec.paragraphs})
        # The same title ("Minister of Foreign Affairs") reads differently for a man and a
        # woman, so titles are matched by signatory, not by text.
        contexts = {}
        for signatory in page.signatories.select_related("member_state"):
            signature = signatures[(signatory.member_state.code.code, signatory.signed_on)]
            contexts[f"signatories.{signatory.translation_key}.signatory_title"] = (
                ctx.content.role_in(signature.title, language, signature.gender)
            )
        document = ctx.documents.get(f"declaration:{language}")
        if document is not None:
            override_segment(
                page, "pdf", ctx.locale(language), document.pk, user=ctx.users["admin"]
            )
        ctx.translate(page, language, strings, live=live, contexts=contexts)
