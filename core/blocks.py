"""StreamField blocks shared by stories, meetings and text pages.

Blocks here describe content only; how they are exposed through the API lives in
``api``. Every block has a docstring and a ``Meta`` with icon and description,
so editors see what each block is for in the block chooser.
"""

import datetime
import enum

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import VideoChooserBlock

from core.timezones import TimeZoneSelect, localise, time_zone_choices

# Rich text in body paragraphs: enough for a story, not enough to break a layout.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class WallClockDateTimeBlock(blocks.DateTimeBlock):
    """A date and time as read on a clock at the venue, stored without a zone.

    The zone comes from a sibling ``time_zone`` field, so "10:00 in New York" stays
    10:00 in New York whatever the editor's own time zone is.
    """

    def clean(self, value):
        value = super().clean(value)
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.make_naive(value)
        return value

    def to_python(self, value):
        value = super().to_python(value)
        if isinstance(value, datetime.datetime) and timezone.is_aware(value):
            value = timezone.make_naive(value)
        return value

    def get_prep_value(self, value):
        if isinstance(value, datetime.datetime):
            if timezone.is_aware(value):
                value = timezone.make_naive(value)
            return value.isoformat()
        return value


def _require_exactly_one(value, names, message):
    """Raise a StructBlock error on each named child unless exactly one of them is set."""
    filled = [name for name in names if value.get(name)]
    if len(filled) != 1:
        raise StructBlockValidationError(
            block_errors={name: ValidationError(message) for name in names}
        )


class HeadingBlock(blocks.StructBlock):
    """A section heading inside a story or page body."""

    text = blocks.CharBlock(max_length=200, help_text=_("The heading, in a few words."))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-section heading"))],
        default="h2",
        help_text=_("Use a section heading for main parts and a sub-section heading inside them."),
    )

    class Meta:
        icon = "title"
        description = _("A heading that starts a new section.")
        preview_value = {"text": "Listening to survivors", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        description = _("Paragraphs of text with bold, italic, links and lists.")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with the text that makes it accessible and credited."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=255,
        help_text=(
            _(
                "Describe what the image shows for people who cannot see it. "
                "Required; translated with the page."
            )
        ),
    )
    caption = blocks.CharBlock(
        required=False, max_length=500, help_text=_("Shown under the image.")
    )
    credit = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_("Photographer or owner, for example “© UNICEF”."),
    )

    class Meta:
        icon = "image"
        description = _("One image with alt text, caption and credit.")


class QuoteBlock(blocks.StructBlock):
    """A quotation from someone featured in the story."""

    quote = blocks.TextBlock(help_text=_("The words quoted, without quotation marks."))
    attribution = blocks.CharBlock(max_length=255, help_text=_("Who said it."))
    role = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Their role, for example “Community midwife”.")
    )

    class Meta:
        icon = "openquote"
        description = _("A quotation with the name of the person quoted.")
        preview_value = {
            "quote": "When the law changed, our lives changed.",
            "attribution": "A community advocate",
        }


class VideoBlock(blocks.StructBlock):
    """A video: either a link to YouTube, Vimeo or UN Web TV, or a video file we host."""

    embed = EmbedBlock(
        required=False,
        help_text=_(
            "Link to the video on YouTube, Vimeo or UN Web TV. Leave empty for a hosted file."
        ),
    )
    video = VideoChooserBlock(
        required=False,
        help_text=_(
            "A video file uploaded to the media library, with its captions. "
            "Leave empty when using a link."
        ),
    )
    title = blocks.CharBlock(required=False, max_length=255, help_text=_("What the video shows."))
    caption = blocks.CharBlock(
        required=False, max_length=500, help_text=_("Shown under the video.")
    )

    def clean(self, value):
        value = super().clean(value)
        _require_exactly_one(
            value,
            ["embed", "video"],
            _("Give either a video link or a hosted video file, not both."),
        )
        return value

    class Meta:
        icon = "media"
        description = _("A video from YouTube, Vimeo, UN Web TV, or a hosted file with captions.")


class LiveFeedBlock(blocks.StructBlock):
    """A live broadcast, for example from a capital during a meeting."""

    PROVIDERS = [
        ("hls", "HLS stream (.m3u8)"),
        ("youtube", "YouTube Live"),
        ("unwebtv", "UN Web TV"),
        ("other", "Other"),
    ]

    title = blocks.CharBlock(required=False, max_length=255, help_text=_("What is broadcast."))
    stream_url = blocks.URLBlock(help_text=_("Address of the live stream."))
    provider = blocks.ChoiceBlock(choices=PROVIDERS, default="other")
    starts_at = WallClockDateTimeBlock(help_text=_("Scheduled start, in the time zone below."))
    ends_at = WallClockDateTimeBlock(help_text=_("Scheduled end, in the time zone below."))
    time_zone = blocks.ChoiceBlock(
        choices=time_zone_choices,
        default="UTC",
        help_text=_("Time zone of the start and end."),
        widget=TimeZoneSelect,
    )
    fallback_embed = EmbedBlock(
        required=False,
        help_text=_(
            "Recording to show before or after the broadcast, as a YouTube, Vimeo or UN "
            "Web TV link."
        ),
    )
    fallback_video = VideoChooserBlock(
        required=False, help_text=_("Or a hosted recording from the media library.")
    )

    def clean(self, value):
        value = super().clean(value)
        starts_at, ends_at = value.get("starts_at"), value.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            raise StructBlockValidationError(
                block_errors={"ends_at": ValidationError(_("The feed must end after it starts."))}
            )
        if value.get("fallback_embed") and value.get("fallback_video"):
            raise StructBlockValidationError(
                block_errors={
                    "fallback_video": ValidationError(
                        _("Give either a recording link or a hosted recording, not both.")
                    )
                }
            )
        return value

    class Meta:
        icon = "radio-full"
        description = _("A live stream with its schedule and a recording for outside that window.")


def live_feed_window(value):
    """The aware (start, end) of a live feed block value."""
    zone = value.get("time_zone") or "UTC"
    return localise(value.get("starts_at"), zone), localise(value.get("ends_at"), zone)


class LiveFeedStatus(enum.StrEnum):
    """Where a live feed stands against its scheduled window."""

    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"


def live_feed_status(value, moment=None):
    """Scheduled, live or ended at ``moment`` (now by default); never stored, always computed."""
    starts_at, ends_at = live_feed_window(value)
    moment = moment or timezone.now()
    if starts_at is None or moment < starts_at:
        return LiveFeedStatus.SCHEDULED
    if ends_at is None or moment < ends_at:
        return LiveFeedStatus.LIVE
    return LiveFeedStatus.ENDED


class GalleryBlock(blocks.StructBlock):
    """Several images shown together."""

    title = blocks.CharBlock(required=False, max_length=255)
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, max_num=24)

    class Meta:
        icon = "image"
        description = _("A set of two to twenty-four images.")


class KeyFigureBlock(blocks.StructBlock):
    """One number that tells the story's impact."""

    figure = blocks.CharBlock(
        max_length=40, help_text=_("The number as it should read, e.g. “12,000”.")
    )
    label = blocks.CharBlock(max_length=200, help_text=_("What the number counts."))
    source = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Where the figure comes from.")
    )

    class Meta:
        icon = "order"
        description = _("A key figure with its label and source.")
        preview_value = {"figure": "12,000", "label": "girls back in school"}


class DocumentBlock(blocks.StructBlock):
    """A file readers can download, such as a report or a law."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=255, help_text=_("Link text; the document's title when empty.")
    )
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        description = _("A document to download.")


class CallToActionBlock(blocks.StructBlock):
    """A prominent link inviting readers to act or read on."""

    text = blocks.CharBlock(max_length=255, help_text=_("The invitation, in one sentence."))
    button_label = blocks.CharBlock(max_length=60, help_text=_("The words on the button."))
    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this site..."))
    url = blocks.URLBlock(required=False, help_text=_("...or an address on another site."))

    def clean(self, value):
        value = super().clean(value)
        _require_exactly_one(value, ["page", "url"], _("Link either to a page or to an address."))
        return value

    class Meta:
        icon = "link"
        description = _("A call to action with a button.")


class BodyBlock(blocks.StreamBlock):
    """The body of stories and text pages."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    live_feed = LiveFeedBlock()
    gallery = GalleryBlock()
    key_figure = KeyFigureBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()


class MediaBlock(blocks.StreamBlock):
    """One video or one live feed, for places that take a single piece of media."""

    video = VideoBlock()
    live_feed = LiveFeedBlock()

    class Meta:
        max_num = 1
