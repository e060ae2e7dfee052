"""Story pages: written in their source language by the country's editor, published by the
Secretariat, translated (live, draft or partly), and some edited again after translation.
"""

from demo.content.types import EN
from demo.loaders.context import block_id, list_items, paragraph
from demo.loaders.meetings import live_feed_for
from stories.models import StoryPage

UDHR_URL = "https://www.un.org/en/about-us/universal-declaration-of-human-rights"


def story_strings(ctx, story, language):
    """Every text of ``story``'s page in ``language``, keyed by slot; empty if untranslated."""
    content = ctx.content
    strings = dict(story.texts(language))
    if not strings:
        return {}
    for key in content.glossary:
        strings[key] = content.words(key, language)
    strings["alt"] = content.alt_text(story.palette, language)
    strings["figure"] = story.figure.text(language)
    for key in content.gallery:
        strings[f"gallery_alt:{key}"] = content.alt_text(key, language)
    return strings


def section_in(ctx, country_code, language):
    section = ctx.pages[f"section:{country_code}"]
    if language == EN:
        return section
    return section.get_translation(ctx.locale(language)).specific


def body(ctx, story, strings):
    key = story.key
    blocks = [("paragraph", paragraph(strings["intro"]))]
    hero = ctx.images[f"hero:{key}"]
    blocks.append(
        (
            "image",
            {
                "image": hero.pk,
                "alt_text": strings["alt"],
                "caption": strings["image_caption"],
                "credit": strings["image_credit"],
            },
        )
    )
    blocks.append(("heading", {"text": strings["what_changed"], "level": "h2"}))
    blocks.append(("paragraph", paragraph(strings["detail"])))
    if "video" in story.extras:
        blocks.append(
            (
                "video",
                {
                    "embed": story.video,
                    "video": None,
                    "title": strings["video_title"],
                    "caption": strings["video_caption"],
                },
            )
        )
    if "hosted_video" in story.extras:
        blocks.append(
            (
                "video",
                {
                    "embed": "",
                    "video": ctx.videos[key].pk,
                    "title": strings["video_title"],
                    "caption": strings["hosted_video_caption"],
                },
            )
        )
    blocks.append(
        (
            "quote",
            {
                "quote": strings["quote"],
                "attribution": strings["quote_by"],
                "role": strings.get("quote_role", ""),
            },
        )
    )
    blocks.append(
        (
            "key_figure",
            {
                "figure": strings["figure"],
                "label": strings["figure_label"],
                "source": strings["figure_source"],
            },
        )
    )
    if "live_feed" in story.extras:
        blocks.append(("live_feed", live_feed_for(ctx, story.country, strings["live_feed_title"])))
    if "gallery" in story.extras:
        gallery = ctx.content.gallery
        start = sum(map(ord, key)) % len(gallery)
        picks = [gallery[(start + offset) % len(gallery)] for offset in range(3)]
        blocks.append(
            (
                "gallery",
                {
                    "title": strings["gallery_title"],
                    "images": list_items(
                        f"{key}/gallery",
                        [
                            {
                                "image": ctx.images[f"gallery:{pick}"].pk,
                                "alt_text": strings[f"gallery_alt:{pick}"],
                                "caption": strings["image_caption"],
                                "credit": strings["image_credit"],
                            }
                            for pick in picks
                        ],
                    ),
                },
            )
        )
    if "document" in story.extras:
        blocks.append(
            (
                "document",
                {
                    "document": ctx.documents[f"summary:{key}"].pk,
                    "title": strings["document_title"],
                    "description": "",
                },
            )
        )
    blocks.append(("paragraph", paragraph(strings["demo_note"])))
    if "cta" in story.extras:
        blocks.append(
            (
                "call_to_action",
                {
                    "text": strings["cta_text"],
                    "button_label": strings["cta_button"],
                    "page": None,
                    "url": UDHR_URL,
                },
            )
        )
    return [
        {"type": block_type, "value": value, "id": block_id(key, "body", index)}
        for index, (block_type, value) in enumerate(blocks)
    ]


def story_page(ctx, story):
    section = section_in(ctx, story.country, story.language)
    page = ctx.child(section, StoryPage, story.slug)
    if page is None:
        strings = story_strings(ctx, story, story.language)
        page = StoryPage(
            title=story.title,
            slug=story.slug,
            member_state=ctx.member_states[story.country],
            summary=story.summary,
            story_date=story.date,
            location=story.location,
            presenter=ctx.people[story.presenter],
            hero_image=ctx.images[f"hero:{story.key}"],
            hero_image_alt=strings["alt"],
            body=body(ctx, story, strings),
            consent_confirmed=True,
            consent_expires_on=story.consent_expires_on,
        )
        if story.hero_video:
            page.hero_video = [
                {
                    "type": "video",
                    "value": {
                        "embed": story.hero_video,
                        "video": None,
                        "title": strings["video_title"],
                        "caption": "",
                    },
                    "id": block_id(story.key, "hero-video"),
                }
            ]
        # Lists of snippets point at the snippets in the story's own language, as the
        # editor's choosers offer them; the member state and presenter are synchronised
        # fields and stay the ones of the country's section.
        locale = ctx.locale(story.language)
        page.themes = [ctx.themes[slug].get_translation(locale) for slug in story.themes]
        page.sdgs = [ctx.sdgs[number].get_translation(locale) for number in story.sdgs]
        page.partners = [ctx.organisations[key].get_translation(locale) for key in story.partners]
        page = ctx.add_page(
            section, page, owner=ctx.users[story.country], publisher=ctx.users["secretariat"]
        )
    ctx.pages[f"story:{story.key}"] = page


def translate_story(ctx, story):
    page = ctx.pages[f"story:{story.key}"]
    source = story_strings(ctx, story, story.language)
    # English first: meetings link to the English version of every story.
    languages = sorted(story.translations, key=lambda language: language != EN)
    for language in languages:
        target = story_strings(ctx, story, language)
        strings = {source[slot]: text for slot, text in target.items() if slot in source}
        ctx.translate(
            page,
            language,
            strings,
            live=story.translations[language].live,
            publisher=ctx.users["secretariat"],
        )


def later_edits(ctx):
    """Edit some sources after translation without syncing: their translations go stale."""
    for story in ctx.content.stories:
        if not story.update:
            continue
        page = StoryPage.objects.get(pk=ctx.pages[f"story:{story.key}"].pk)
        blocks = list(page.body.raw_data)
        update = paragraph(story.update)
        if any(block.get("value") == update for block in blocks):
            continue
        note = next(
            index
            for index, block in enumerate(blocks)
            if block["type"] == "paragraph"
            and ctx.content.words("demo_note", story.language) in block["value"]
        )
        blocks.insert(
            note, {"type": "paragraph", "value": update, "id": block_id(story.key, "update")}
        )
        page.body = blocks
        page.save_revision(user=ctx.users[story.country], log_action=True).publish(
            user=ctx.users["secretariat"]
        )
        ctx.created += 1
