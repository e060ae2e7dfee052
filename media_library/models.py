"""The project's image, rendition, document and hosted-media models.

Images and media are shared by every language; what differs per language (alt text,
captions) lives on the page that uses the image or on the media's caption tracks. A
document is written in one language (or its language is not recorded), so that a page in
another language can say so next to the link.
"""

from django.core.validators import FileExtensionValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtailmedia.models import AbstractMedia

from core.languages import language_choices, language_info
from media_library.validators import validate_webvtt


class CustomImage(AbstractImage):
    """An image in the library, with the credit that must travel with it."""

    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Photographer or owner, for example “© UN Photo/Mark Garten”."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    """A resized copy of an image, generated once and kept."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A downloadable file in the library, with the language it is written in."""

    language = models.CharField(
        max_length=10,
        choices=language_choices,
        blank=True,
        help_text=_(
            "The language the document is written in. Leave empty for a file with no "
            "text or in several languages; pages in another language then say which language "
            "the file is in."
        ),
    )

    admin_form_fields = (*Document.admin_form_fields, "language")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class HostedMedia(AbstractMedia):
    """A video or audio file hosted by the initiative, with captions and a transcript."""

    file = models.FileField(
        "file",
        upload_to="media",
        help_text=_("The video as MP4 (H.264) or WebM, or the audio as MP3, M4A, Ogg or WAV."),
    )
    duration = models.FloatField(
        "duration",
        blank=True,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_(
            "Length in seconds, for example 95 for 1 min 35 s. Shown in the player before it loads."
        ),
    )
    width = models.PositiveIntegerField(
        "width",
        null=True,
        blank=True,
        help_text=_("Width of the video picture in pixels, for example 1920."),
    )
    height = models.PositiveIntegerField(
        "height",
        null=True,
        blank=True,
        help_text=_("Height of the video picture in pixels, for example 1080."),
    )
    # wagtailmedia's own poster file: no renditions and no alt text. Kept for wagtailmedia's
    # admin listing and for videos saved before ``poster`` existed (migration 0004 turned
    # every such file into a library image); editors choose ``poster`` instead.
    thumbnail = models.FileField(
        "poster file",
        upload_to="media_thumbnails",
        blank=True,
        help_text=_("Still image shown before the video plays."),
    )
    poster = models.ForeignKey(
        CustomImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Still image shown before the video plays, in the video's proportions (for "
            "example 1920 × 1080). Its description in the image library is read out to people "
            "who cannot see it; without one, the video's title is."
        ),
    )
    transcript = models.TextField(
        blank=True,
        help_text=_("The full text of what is said, for people who cannot watch or hear it."),
    )

    admin_form_fields = (
        "title",
        "file",
        "collection",
        "duration",
        "width",
        "height",
        "poster",
        "transcript",
        "tags",
    )

    class Meta:
        verbose_name = _("hosted media")
        verbose_name_plural = _("hosted media")


class CaptionTrack(models.Model):
    """Subtitles for one hosted video in one language, as a WebVTT file."""

    media = models.ForeignKey(HostedMedia, on_delete=models.CASCADE, related_name="caption_tracks")
    language = models.CharField(
        max_length=10,
        choices=language_choices,
        help_text=_("The language of the captions."),
    )
    label = models.CharField(
        max_length=100,
        blank=True,
        help_text=_("Name shown in the player's caption menu; the language's own name when empty."),
    )
    file = models.FileField(
        upload_to="captions",
        validators=[FileExtensionValidator(["vtt"]), validate_webvtt],
        help_text=_(
            "A WebVTT (.vtt) caption file in this language. Files from YouTube or a "
            "captioning service can be exported as WebVTT."
        ),
    )

    class Meta:
        ordering = ["media", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["media", "language"], name="one_caption_track_per_language"
            ),
        ]

    def __str__(self):
        return f"{self.media} ({self.get_language_display()})"

    @property
    def display_label(self):
        """The label for the player's caption menu: the editor's, or the language's own name."""
        return self.label or language_info(self.language)["native_name"]
