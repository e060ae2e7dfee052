"""Documents, videos (embedded or hosted, with captions) and live feeds.

Embeds go through Wagtail's embed machinery (finders configured in
``WAGTAILEMBEDS_FINDERS``, results stored in the database); a provider that cannot be
reached gives ``embedHtml: null``, never an error. Hosted files come from wagtailmedia
with one caption track per language.
"""

import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

import graphene
from django.utils import timezone

from api.image_specs import VIDEO_THUMBNAIL_SPEC
from api.images import ImageType, image_ref, rendition_url
from api.loading.loaders import EmbedsByUrlLoader, HostedMediaByIdLoader, ImagesByIdLoader
from api.loading.references import live_feed_embed_url
from api.loading.request import api_context
from api.loading.scope import Scope
from core.blocks import live_feed_status, live_feed_window

YOUTUBE = re.compile(r"^https?://([\w-]+\.)?(youtube\.com|youtu\.be)/", re.IGNORECASE)
VIMEO = re.compile(r"^https?://([\w-]+\.)?vimeo\.com/", re.IGNORECASE)
UN_WEB_TV = re.compile(r"^https?://(www\.)?webtv\.un\.org/", re.IGNORECASE)


@dataclass
class DocumentRef:
    """A library document, with the content language the request asked for."""

    document: object
    language_asked_for: str


def document_ref(document, language_asked_for):
    """A ``DocumentRef``, or None when the document is gone or not public."""
    return DocumentRef(document, language_asked_for) if document is not None else None


class DocumentType(graphene.ObjectType):
    """A downloadable file, such as a report, a law or the declaration's PDF."""

    class Meta:
        name = "Document"

    id = graphene.ID(required=True, description="The document's id.")
    title = graphene.String(required=True, description="The document's title.")
    url = graphene.String(required=True, description="Absolute download address.")
    filename = graphene.String(required=True, description="File name, e.g. `report.pdf`.")
    file_extension = graphene.String(required=True, description="Extension, e.g. `pdf`.")
    file_size = graphene.Int(description="Size in bytes, when known.")
    language = graphene.String(
        description="Code of the language the document is written in (one of the content "
        "languages, e.g. `fr`); null when editors have not recorded it."
    )
    in_language_asked_for = graphene.Boolean(
        description="True when the document is in the language asked for; false when it is "
        "in another one, which `language` names (show it next to the link, e.g. “PDF, "
        "English”, and set `hreflang`); null when its language is not recorded."
    )

    @staticmethod
    def resolve_id(ref, info):
        return ref.document.pk

    @staticmethod
    def resolve_title(ref, info):
        return ref.document.title

    @staticmethod
    def resolve_url(ref, info):
        return api_context(info).absolute(ref.document.url)

    @staticmethod
    def resolve_filename(ref, info):
        return ref.document.filename

    @staticmethod
    def resolve_file_extension(ref, info):
        return ref.document.file_extension

    @staticmethod
    def resolve_file_size(ref, info):
        return ref.document.file_size

    @staticmethod
    def resolve_language(ref, info):
        return ref.document.language or None

    @staticmethod
    def resolve_in_language_asked_for(ref, info):
        if not ref.document.language:
            return None
        return ref.document.language == ref.language_asked_for


class VideoProvider(graphene.Enum):
    """Where a video is played from."""

    YOUTUBE = "youtube"
    VIMEO = "vimeo"
    UN_WEB_TV = "unwebtv"
    HOSTED = "hosted"
    OTHER = "other"

    @property
    def description(self):
        return {
            "YOUTUBE": "YouTube.",
            "VIMEO": "Vimeo.",
            "UN_WEB_TV": "UN Web TV (webtv.un.org).",
            "HOSTED": "A file hosted by the initiative; see `sources` and `captionTracks`.",
            "OTHER": "Another site that offers an embeddable player.",
        }[self.name]


# The text of the link that stands in for a player a provider does not offer (a UN Web TV
# schedule or channel page), in each content language: it is part of the website's
# interface, so it follows the language asked for.
WATCH_ON = {
    "en": "Watch on {provider}",
    "fr": "Regarder sur {provider}",
    "es": "Ver en {provider}",
    "ar": "شاهد على {provider}",
    "ru": "Смотреть на {provider}",
    "zh-hans": "在{provider}上观看",
}


def embed_html(embed, language):
    """An embed's HTML for a page in ``language``: a player as the provider made it, or a
    link (for addresses with no player) whose text is in ``language``."""
    if embed is None or not embed.html:
        return None
    if embed.type != "link":
        return embed.html
    provider = embed.provider_name or urlsplit(embed.url).hostname or embed.url
    text = WATCH_ON.get(language, WATCH_ON["en"]).format(provider=provider)
    return f'<a href="{escape(embed.url)}" rel="noopener" target="_blank">{escape(text)}</a>'


def embed_provider(url):
    if YOUTUBE.match(url or ""):
        return "youtube"
    if VIMEO.match(url or ""):
        return "vimeo"
    if UN_WEB_TV.match(url or ""):
        return "unwebtv"
    return "other"


@dataclass
class VideoValue:
    """A video as a block gives it: a link to embed, or a hosted file id."""

    scope: Scope
    embed_url: str | None = None
    media_id: int | None = None
    title: str = ""
    caption: str = ""

    def media(self, info):
        return (
            HostedMediaByIdLoader(api_context(info)).get(self.media_id) if self.media_id else None
        )

    def embed(self, info):
        return EmbedsByUrlLoader(api_context(info)).get(self.embed_url) if self.embed_url else None


def video_value(context, scope, embed_url=None, media_id=None, title="", caption=""):
    """A ``VideoValue``, or None when the block points at nothing that still exists."""
    if embed_url:
        EmbedsByUrlLoader(context).want([embed_url])
        return VideoValue(scope, embed_url=embed_url, title=title or "", caption=caption or "")
    if media_id:
        HostedMediaByIdLoader(context).want([media_id])
        return VideoValue(scope, media_id=media_id, title=title or "", caption=caption or "")
    return None


class VideoSource(graphene.ObjectType):
    """One file of a hosted video, for a `<source>` element."""

    url = graphene.String(required=True, description="Absolute address of the file.")
    mime_type = graphene.String(required=True, description="MIME type, e.g. `video/mp4`.")


class CaptionTrackType(graphene.ObjectType):
    """Captions of a hosted video in one language, as a WebVTT file, for a `<track>` element."""

    class Meta:
        name = "CaptionTrack"

    srclang = graphene.String(required=True, description="Language code of the captions.")
    label = graphene.String(
        required=True, description="Name for the player's caption menu, in that language."
    )
    url = graphene.String(required=True, description="Absolute address of the WebVTT file.")
    kind = graphene.String(required=True, description="The `<track>` kind: `captions`.")
    is_default = graphene.Boolean(
        required=True, description="True for the track in the language asked for."
    )


class VideoType(graphene.ObjectType):
    """A video: an embedded player (YouTube, Vimeo, UN Web TV) or a hosted file."""

    class Meta:
        name = "Video"

    provider = graphene.Field(VideoProvider, required=True, description="Where it plays from.")
    url = graphene.String(
        required=True,
        description="The video's address: the link editors gave, or the hosted file.",
    )
    title = graphene.String(description="What the video shows.")
    caption = graphene.String(description="Text shown under the video, if any.")
    embed_html = graphene.String(
        description="The provider's player as HTML (an iframe). Null for hosted files and "
        "when the provider cannot be reached: link to `url` instead."
    )
    thumbnail = graphene.String(
        description="Absolute address of a still image, if any: for hosted videos a JPEG of "
        "the poster 1,280 pixels wide, for embeds the provider's.",
        deprecation_reason="For hosted videos use `poster`, an `Image` with renditions, "
        "`srcSet` and alt text. Embeds still give their provider's still here.",
    )
    poster = graphene.Field(
        ImageType,
        description="The still image shown before a hosted video plays, with renditions and "
        "alt text (the image's description, else the video's title). Null for embeds and "
        "for videos without one.",
    )
    width = graphene.Int(description="Width in pixels, if known.")
    height = graphene.Int(description="Height in pixels, if known.")
    duration = graphene.Float(description="Length in seconds (hosted files).")
    sources = graphene.List(
        graphene.NonNull(VideoSource),
        required=True,
        description="Files to play (hosted videos only; empty for embeds).",
    )
    caption_tracks = graphene.List(
        graphene.NonNull(CaptionTrackType),
        required=True,
        description="One caption track per available language (hosted videos only).",
    )
    transcript = graphene.String(description="Full text of what is said (hosted videos).")

    @staticmethod
    def resolve_provider(value, info):
        return "hosted" if value.media_id else embed_provider(value.embed_url)

    @staticmethod
    def resolve_url(value, info):
        if value.media_id:
            media = value.media(info)
            return api_context(info).absolute(media.url) if media else ""
        return value.embed_url

    @staticmethod
    def resolve_title(value, info):
        if value.title:
            return value.title
        source = value.media(info) or value.embed(info)
        return getattr(source, "title", None) or None

    @staticmethod
    def resolve_caption(value, info):
        return value.caption or None

    @staticmethod
    def resolve_embed_html(value, info):
        return embed_html(value.embed(info), value.scope.locale)

    @staticmethod
    def resolve_thumbnail(value, info):
        context = api_context(info)
        media = value.media(info)
        if media is None:
            embed = value.embed(info)
            return (embed.thumbnail_url or None) if embed else None
        poster = ImagesByIdLoader(context).get(media.poster_id)
        url = rendition_url(context, poster, VIDEO_THUMBNAIL_SPEC) if poster else None
        if url is None and media.thumbnail:
            # Not converted yet, or its rendition is still being made.
            url = context.absolute(media.thumbnail.url)
        return url

    @staticmethod
    def resolve_poster(value, info):
        media = value.media(info)
        if media is None or media.poster_id is None:
            return None
        title = VideoType.resolve_title(value, info) or ""
        return image_ref(api_context(info), media.poster_id, default_alt=title)

    @staticmethod
    def resolve_width(value, info):
        source = value.media(info) or value.embed(info)
        return getattr(source, "width", None)

    @staticmethod
    def resolve_height(value, info):
        source = value.media(info) or value.embed(info)
        return getattr(source, "height", None)

    @staticmethod
    def resolve_duration(value, info):
        media = value.media(info)
        return media.duration if media else None

    @staticmethod
    def resolve_sources(value, info):
        media = value.media(info)
        if media is None:
            return []
        context = api_context(info)
        return [
            {"url": context.absolute(source["src"]), "mime_type": source["type"]}
            for source in media.sources
        ]

    @staticmethod
    def resolve_caption_tracks(value, info):
        media = value.media(info)
        if media is None:
            return []
        context = api_context(info)
        return [
            {
                "srclang": track.language,
                "label": track.display_label,
                "url": context.absolute(track.file.url),
                "kind": "captions",
                "is_default": track.language == value.scope.locale,
            }
            for track in media.caption_tracks.all()
        ]

    @staticmethod
    def resolve_transcript(value, info):
        media = value.media(info)
        return (media.transcript or None) if media else None


class LiveFeedProvider(graphene.Enum):
    """What kind of stream a live feed is."""

    HLS = "hls"
    YOUTUBE = "youtube"
    UN_WEB_TV = "unwebtv"
    OTHER = "other"

    @property
    def description(self):
        return {
            "HLS": "An HLS stream (`.m3u8`) to play in an HTML5 player such as hls.js.",
            "YOUTUBE": "YouTube Live; `embedHtml` holds the player.",
            "UN_WEB_TV": "UN Web TV; `embedHtml` holds the player or a link.",
            "OTHER": "Another stream; link to `url`.",
        }[self.name]


class LiveFeedStatus(graphene.Enum):
    """Where a live feed stands now, worked out at the time of the request."""

    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"

    @property
    def description(self):
        return {
            "SCHEDULED": "Not started yet: show the start time (or `fallbackVideo`).",
            "LIVE": "Broadcasting now: show the stream.",
            "ENDED": "Over: show `fallbackVideo`, the recording, if there is one.",
        }[self.name]


@dataclass
class LiveFeedValue:
    """A live feed block's stored value, read for one request."""

    scope: Scope
    raw: dict
    starts_at: object
    ends_at: object


def live_feed_value(context, scope, block, raw):
    """A ``LiveFeedValue`` from a LiveFeedBlock and its stored JSON value."""
    children = block.child_blocks
    value = {
        "starts_at": children["starts_at"].to_python(raw.get("starts_at")),
        "ends_at": children["ends_at"].to_python(raw.get("ends_at")),
        "time_zone": raw.get("time_zone") or "UTC",
    }
    starts_at, ends_at = live_feed_window(value)
    EmbedsByUrlLoader(context).want([live_feed_embed_url(raw)])
    return LiveFeedValue(scope, raw, starts_at, ends_at)


class LiveFeedType(graphene.ObjectType):
    """A live broadcast with its scheduled window and a recording for outside it."""

    class Meta:
        name = "LiveFeed"

    title = graphene.String(description="What is broadcast.")
    url = graphene.String(required=True, description="Address of the stream.")
    provider = graphene.Field(LiveFeedProvider, required=True, description="Kind of stream.")
    starts_at = graphene.DateTime(
        required=True, description="Scheduled start, with the venue's UTC offset."
    )
    ends_at = graphene.DateTime(
        required=True, description="Scheduled end, with the venue's UTC offset."
    )
    time_zone = graphene.String(
        required=True, description="IANA time zone of the schedule, e.g. `America/New_York`."
    )
    status = graphene.Field(
        LiveFeedStatus, required=True, description="Scheduled, live or ended, as of now."
    )
    embed_html = graphene.String(
        description="A player as HTML for YouTube and UN Web TV streams; null for HLS and "
        "when the provider cannot be reached."
    )
    fallback_video = graphene.Field(
        VideoType, description="The recording to show before or after the broadcast, if any."
    )

    @staticmethod
    def resolve_title(value, info):
        return value.raw.get("title") or None

    @staticmethod
    def resolve_url(value, info):
        return value.raw.get("stream_url") or ""

    @staticmethod
    def resolve_provider(value, info):
        return value.raw.get("provider") or "other"

    @staticmethod
    def resolve_starts_at(value, info):
        return value.starts_at

    @staticmethod
    def resolve_ends_at(value, info):
        return value.ends_at

    @staticmethod
    def resolve_time_zone(value, info):
        return value.raw.get("time_zone") or "UTC"

    @staticmethod
    def resolve_status(value, info):
        context = api_context(info)
        window = {
            "starts_at": value.starts_at,
            "ends_at": value.ends_at,
            "time_zone": value.raw.get("time_zone") or "UTC",
        }
        context.changes_at(value.starts_at, value.ends_at)
        return live_feed_status(window, context.now).value

    @staticmethod
    def resolve_embed_html(value, info):
        url = live_feed_embed_url(value.raw)
        if url is None:
            return None
        return embed_html(EmbedsByUrlLoader(api_context(info)).get(url), value.scope.locale)

    @staticmethod
    def resolve_fallback_video(value, info):
        return video_value(
            api_context(info),
            value.scope,
            embed_url=value.raw.get("fallback_embed"),
            media_id=value.raw.get("fallback_video"),
        )


def localtime_in(moment, zone):
    """An aware datetime shown in a venue's zone (the instant is unchanged)."""
    return timezone.localtime(moment, zone) if moment else None
