"""The demo's library: drawn illustrations and flags, PDFs, and hosted videos with captions.

Images and documents are found by title and drawn or written only when missing, so a
second load draws nothing. Story illustrations go to their country's collection.
"""

import functools
import hashlib
import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model

from demo import files, images
from demo.content.types import EN
from media_library.models import CaptionTrack, CustomImage, HostedMedia


def image(ctx, key, title, draw, filename, *, collection=None, credit="Demo image"):
    """The library image called ``title``, drawn by ``draw()`` if it does not exist yet."""
    instance = CustomImage.objects.filter(title=title).first()
    if instance is None:
        content = draw()
        # An ImageFile (not a ContentFile) lets Django read the width and height.
        instance = CustomImage(
            title=title,
            credit=credit,
            file=ImageFile(io.BytesIO(content), name=filename),
            collection=collection or ctx.collection,
            file_size=len(content),
            file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
        )
        instance.save()
        ctx.created += 1
    ctx.images[key] = instance
    return instance


def document(ctx, key, title, write, filename, *, language, collection=None):
    """The library document called ``title`` in ``language``, written by ``write()`` if it
    is missing (a document loaded before documents had a language gets it)."""
    Document = get_document_model()
    instance = Document.objects.filter(title=title).first()
    if instance is None:
        content = write()
        instance = Document(
            title=title,
            language=language,
            collection=collection or ctx.collection,
            file_size=len(content),
            file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
        )
        instance.file.save(filename, ContentFile(content), save=False)
        instance.save()
        ctx.created += 1
    elif instance.language != language:
        instance.language = language
        instance.save(update_fields=["language"])
    ctx.documents[key] = instance
    return instance


def library(ctx):
    """Every story's illustration, the gallery pictures, summaries, videos and the PDFs."""
    content = ctx.content
    for story in content.stories:
        palette = content.palettes[story.palette]
        image(
            ctx,
            f"hero:{story.key}",
            f"Demo illustration: {story.title}",
            functools.partial(
                images.illustration, story.key, palette.start, palette.end, palette.accent
            ),
            f"demo-{story.country.lower()}-{len(ctx.images):02d}.jpg",
            collection=ctx.collection_of(story.country),
        )
    for number, key in enumerate(content.gallery, start=1):
        palette = content.palettes[key]
        image(
            ctx,
            f"gallery:{key}",
            f"Demo illustration: gallery picture {number}",
            functools.partial(
                images.illustration,
                f"gallery-{key}",
                palette.start,
                palette.end,
                palette.accent,
                size=(1200, 800),
            ),
            f"demo-gallery-{number}.jpg",
        )
    for story in content.stories:
        if "document" in story.extras:
            texts = [story.summary, story.intro, story.detail]
            document(
                ctx,
                f"summary:{story.key}",
                f"Demo summary: {story.title}",
                functools.partial(
                    files.pdf, story.title, [*texts, content.words("demo_note", story.language)]
                ),
                f"demo-summary-{story.country.lower()}.pdf",
                language=story.language,
                collection=ctx.collection_of(story.country),
            )
        if "hosted_video" in story.extras:
            hosted_video(ctx, story)
    declaration = content.declaration
    for language in declaration.pdf_languages:
        document(
            ctx,
            f"declaration:{language}",
            f"{declaration.title[language]} ({language})",
            functools.partial(
                files.pdf,
                declaration.title[language],
                [text[language] for text in declaration.paragraphs],
            ),
            f"joint-declaration-{language}.pdf",
            language=language,
        )
    for meeting in content.meetings:
        summary = meeting.outcome.pdf if meeting.outcome else None
        if summary is not None:
            document(
                ctx,
                f"summary:{meeting.key}",
                summary.library_title,
                functools.partial(
                    files.pdf,
                    summary.heading,
                    [meeting.introduction[EN], meeting.body[EN], summary.note],
                ),
                summary.filename,
                language=EN,
            )


def hosted_video(ctx, story):
    title = f"Demo video: {story.title}"
    palette = ctx.content.palettes[story.palette]
    still = functools.partial(
        images.thumbnail, f"video-{story.key}", palette.start, palette.end, palette.accent
    )
    # The poster is the video's first picture without the moving dot. Its description is
    # left empty: the API then reads out the video's title, translated with each page.
    poster = image(
        ctx,
        f"poster:{story.key}",
        f"Demo poster: {story.title}",
        still,
        f"demo-video-{story.country.lower()}.jpg",
        collection=ctx.collection_of(story.country),
    )
    video = HostedMedia.objects.filter(title=title).first()
    if video is None:
        width, height = files.VIDEO_SIZE
        video = HostedMedia(
            title=title,
            type="video",
            duration=files.VIDEO_SECONDS,
            width=width,
            height=height,
            collection=ctx.collection_of(story.country),
            transcript=f"{story.intro} {story.detail} {story.quote} ({story.quote_by})",
            poster=poster,
        )
        video.file.save(
            f"demo-video-{story.country.lower()}.mp4",
            ContentFile(files.video(still(), palette.accent)),
            save=False,
        )
        video.full_clean()
        video.save()
        ctx.created += 1
    elif video.poster_id is None:
        video.poster = poster
        video.save(update_fields=["poster"])
    # Captions in every language the story is written in, timed to the video's length.
    for language in [story.language, *story.translations]:
        if video.caption_tracks.filter(language=language).exists():
            continue
        texts = story.texts(language)
        lines = [texts[slot] for slot in ("intro", "detail", "quote") if slot in texts]
        lines = lines if len(lines) == 3 else [texts["title"], texts["summary"]]
        step = files.VIDEO_SECONDS / len(lines)
        cues = [(step * number, step * (number + 1), line) for number, line in enumerate(lines)]
        track = CaptionTrack(
            media=video,
            language=language,
            file=ContentFile(
                files.webvtt(cues), name=f"demo-{story.country.lower()}-{language}.vtt"
            ),
        )
        track.full_clean()  # the same WebVTT checks as an upload in the admin
        track.save()
        ctx.created += 1
    ctx.videos[story.key] = video
