"""Admin forms for images, documents and hosted media (with their caption tracks).

Wagtail and wagtailmedia build their upload forms on these bases (``WAGTAILIMAGES_IMAGE_FORM_BASE``,
``WAGTAILDOCS_DOCUMENT_FORM_BASE``, ``WAGTAILMEDIA["MEDIA_FORM_BASE"]``), so every upload path
(the add and edit views, the multiple uploader and the choosers' upload tabs) gets:

* messages that say what was wrong with a file and what is accepted instead, and
* storage faults reported as a form error, with nothing saved, instead of a server error:
  new files are written to storage at the end of validation (``StoresUploadsOnValidation``).
"""

import logging
import os

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet, inlineformset_factory
from django.template.defaultfilters import filesizeformat
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtail.images.widgets import AdminImageChooser
from wagtailmedia.forms import BaseMediaForm
from wagtailmedia.settings import wagtailmedia_settings

from core.languages import language_choices, language_info
from media_library.files import delete_file_on_commit, write_upload
from media_library.models import CaptionTrack, HostedMedia
from media_library.validators import validate_media_file

logger = logging.getLogger(__name__)

STORAGE_FAULT_MESSAGE = _(
    "The file could not be stored: the media storage is not responding. Nothing was saved. "
    "Please try again in a few minutes; if it keeps happening, tell the web team."
)

FORMAT_NAMES = {
    "jpg": "JPEG",
    "jpeg": "JPEG",
    "png": "PNG",
    "webp": "WebP",
    "avif": "AVIF",
    "gif": "GIF",
    "svg": "SVG",
    "heic": "HEIC",
    "heif": "HEIF",
    "tif": "TIFF",
    "tiff": "TIFF",
    "bmp": "BMP",
    "ico": "ICO",
}


def format_name(extension):
    return FORMAT_NAMES.get(extension.lower(), extension.upper())


def format_list(extensions):
    """“JPEG, PNG, WebP or AVIF” for a list of extensions."""
    names = list(dict.fromkeys(format_name(extension) for extension in extensions))
    if len(names) == 1:
        return names[0]
    return _("%(items)s or %(last)s") % {"items": ", ".join(names[:-1]), "last": names[-1]}


def megapixels(pixels):
    return f"{pixels / 1_000_000:.1f}".removesuffix(".0")


class StoresUploadsOnValidation:
    """Writes a form's new files to storage as the last step of a successful validation.

    Django writes an uploaded file inside ``Model.save()``, after the view has decided the
    form is valid, so an unreachable S3 raises inside views that cannot handle it: a server
    error, and the editor's input is gone. Writing during ``is_valid()`` turns the fault
    into an error on the file field; the view re-displays the form with everything the
    editor entered, and no database row is created. If a later write of the same form
    fails, the files already written are deleted again.
    """

    _uploads_written = False

    def upload_targets(self):
        """(form, field name) pairs whose new files must be written."""
        for name in self.changed_data:
            if isinstance(self.fields.get(name), forms.FileField) and self.cleaned_data.get(name):
                yield self, name

    def related_forms_are_valid(self):
        return True

    def is_valid(self):
        valid = super().is_valid() and self.related_forms_are_valid()
        if valid and not self._uploads_written:
            self._uploads_written = True
            valid = self.write_uploads()
        return valid

    def write_uploads(self):
        written = []
        for form, name in self.upload_targets():
            field = form.instance._meta.get_field(name)
            try:
                stored_name = write_upload(form.instance, name)
            except OSError:
                logger.warning("Upload to %s could not be stored", field, exc_info=True)
                for storage, written_name in written:
                    try:
                        storage.delete(written_name)
                    except OSError:
                        logger.warning("Could not remove %s after a failed upload", written_name)
                form.add_error(name, STORAGE_FAULT_MESSAGE)
                if form is not self:
                    self.add_error(None, STORAGE_FAULT_MESSAGE)
                return False
            if stored_name:
                written.append((field.storage, stored_name))
        return True


class ImageUploadField(WagtailImageField):
    """Wagtail's image field, with messages that name the accepted formats and limits."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Lazy: the field is built with its form class, and each editor reads it in
        # their own language.
        self.help_text = lazy(self.describe_limits, str)()
        # The multiple uploader shows these two before the file is even sent.
        self.error_messages["invalid_image_extension"] = lazy(
            lambda: (
                _("This type of file is not accepted. Upload a %(accepted)s image.")
                % {"accepted": self.accepted}
            ),
            str,
        )()
        self.error_messages["file_too_large_unknown_size"] = lazy(
            lambda: (
                _("This file is too big: images can be at most %(size)s.")
                % {"size": self.max_upload_size_text}
            ),
            str,
        )()
        self.error_messages["invalid_image"] = lazy(
            lambda: (
                _(
                    "This file is not an image that can be read; it may be damaged. Upload a "
                    "%(accepted)s image."
                )
                % {"accepted": self.accepted}
            ),
            str,
        )()

    @property
    def accepted(self):
        return format_list(self.allowed_image_extensions)

    def describe_limits(self):
        """“Accepted formats: … Images can be at most 10 MB and 40 megapixels.”"""
        text = _("Accepted formats: %(accepted)s.") % {"accepted": self.accepted}
        size = self.max_upload_size_text if self.max_upload_size is not None else None
        pixels = megapixels(self.max_image_pixels) if self.max_image_pixels is not None else None
        if size and pixels:
            limits = _("Images can be at most %(size)s and %(megapixels)s megapixels.")
        elif size:
            limits = _("Images can be at most %(size)s.")
        elif pixels:
            limits = _("Images can be %(megapixels)s megapixels.")
        else:
            return text
        return f"{text} {limits % {'size': size, 'megapixels': pixels}}"

    def check_image_file_format(self, f):
        extension = os.path.splitext(f.name)[1].lower()[1:]
        contained = f.image.format_name
        if extension == "svg" or contained == "svg":
            raise ValidationError(
                _(
                    "SVG images are not accepted: an SVG file can contain scripts that would run "
                    "in visitors' browsers. Export the image as PNG (best for flags and logos) "
                    "or WebP and upload that. Accepted formats: %(accepted)s."
                )
                % {"accepted": self.accepted},
                code="invalid_image_extension",
            )
        if extension not in self.allowed_image_extensions:
            raise ValidationError(
                (
                    _("“.%(extension)s” files are not accepted. Upload a %(accepted)s image.")
                    if extension
                    else _("The file name has no extension. Upload a %(accepted)s image.")
                )
                % {"extension": extension, "accepted": self.accepted},
                code="invalid_image_extension",
            )
        if ("jpeg" if extension == "jpg" else extension) != contained:
            raise ValidationError(
                _(
                    "This file is named .%(extension)s but contains a %(contained)s image. "
                    "Rename it to match its content, or export it again as %(expected)s. "
                    "Accepted formats: %(accepted)s."
                )
                % {
                    "extension": extension,
                    "contained": format_name(contained),
                    "expected": format_name(extension),
                    "accepted": self.accepted,
                },
                code="invalid_image_known_format",
            )

    def check_image_file_size(self, f):
        if self.max_upload_size is not None and f.size > self.max_upload_size:
            raise ValidationError(
                _(
                    "This file is %(size)s; images can be at most %(limit)s. Resize or "
                    "compress it (2,400 pixels wide is plenty for a big screen) and upload it "
                    "again."
                )
                % {"size": filesizeformat(f.size), "limit": self.max_upload_size_text},
                code="file_too_large",
            )

    def check_image_pixel_size(self, f):
        limit = self.max_image_pixels
        try:
            width, height = f.image.get_size()
            frames = f.image.get_frame_count()
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            raise ValidationError(
                (
                    _(
                        "This image has far too many pixels to be processed. Resize it to at "
                        "most %(limit)s megapixels and upload it again."
                    )
                    % {"limit": megapixels(limit)}
                    if limit
                    else _(
                        "This image has far too many pixels to be processed. Resize it and "
                        "upload it again."
                    )
                ),
                code="file_too_many_pixels",
            ) from None
        if limit is not None and width * height * frames > limit:
            raise ValidationError(
                _(
                    "This image is %(width)s × %(height)s pixels (%(megapixels)s megapixels); "
                    "images can have at most %(limit)s megapixels. Resize it and upload it again."
                )
                % {
                    "width": f"{width:,}",
                    "height": f"{height:,}",
                    "megapixels": megapixels(width * height * frames),
                    "limit": megapixels(limit),
                },
                code="file_too_many_pixels",
            )


class ImageForm(StoresUploadsOnValidation, BaseImageForm):
    """The image upload and edit form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail builds the field itself; this keeps its label, widget and wiring.
            generated = self.fields["file"]
            self.fields["file"] = ImageUploadField(
                label=generated.label, required=generated.required, widget=generated.widget
            )


class DocumentForm(StoresUploadsOnValidation, BaseDocumentForm):
    """The document upload and edit form."""


class CaptionTrackForm(forms.ModelForm):
    """One caption track inside the hosted media form."""

    class Meta:
        model = CaptionTrack
        fields = ["language", "label", "file"]
        widgets = {"file": forms.FileInput(attrs={"accept": ".vtt,text/vtt"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = _("WebVTT file")
        self.fields["file"].error_messages["required"] = _(
            "Choose a WebVTT (.vtt) file for this language, or clear the row's label."
        )
        self.fields["label"].widget.attrs["placeholder"] = _("Same as the language")

    def save(self, commit=True):
        previous = self.initial.get("file") if self.instance.pk else None
        track = super().save(commit=commit)
        if previous and "file" in self.changed_data and previous.name != track.file.name:
            delete_file_on_commit(track.file.storage, previous.name)
        return track


class BaseCaptionTrackFormSet(BaseInlineFormSet):
    def clean(self):
        seen = {}
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            language = form.cleaned_data.get("language")
            if not language or not (form.has_changed() or form.instance.pk):
                continue
            if language in seen:
                name = language_info(language)["name"]
                raise ValidationError(
                    _(
                        "Two caption tracks are in %(language)s. A video has one track per "
                        "language: remove one or change its language."
                    )
                    % {"language": name},
                    code="duplicate_language",
                )
            seen[language] = form
        super().clean()


class HostedMediaForm(StoresUploadsOnValidation, BaseMediaForm):
    """The hosted video and audio form, with one caption-track row per content language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "poster" in self.fields:
            # A chooser, not a list of every image in the library; uploading a new still
            # from the chooser makes it a library image with renditions and alt text.
            self.fields["poster"].widget = AdminImageChooser()
        self.caption_formset = self.build_caption_formset()

    def build_caption_formset(self):
        """Rows for existing tracks plus one empty row per language without captions.

        The choosers' upload tab has no caption rows; its submissions carry no formset.
        """
        if self.instance.type != "video":
            return None
        prefix = f"{self.prefix}-captions" if self.prefix else "captions"
        if self.is_bound and f"{prefix}-TOTAL_FORMS" not in self.data:
            return None
        languages = [code for code, _name in language_choices()]
        taken = (
            set(self.instance.caption_tracks.values_list("language", flat=True))
            if self.instance.pk
            else set()
        )
        missing = [code for code in languages if code not in taken]
        formset_class = inlineformset_factory(
            HostedMedia,
            CaptionTrack,
            form=CaptionTrackForm,
            formset=BaseCaptionTrackFormSet,
            fk_name="media",
            extra=len(missing),
            max_num=len(languages),
            validate_max=True,
            can_delete=True,
        )
        return formset_class(
            self.data if self.is_bound else None,
            self.files if self.is_bound else None,
            instance=self.instance,
            prefix=prefix,
            initial=[{"language": code} for code in missing],
        )

    @cached_property
    def media_kind(self):
        return "audio" if self.instance.type == "audio" else "video"

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            extensions = (
                wagtailmedia_settings.AUDIO_EXTENSIONS
                if self.media_kind == "audio"
                else wagtailmedia_settings.VIDEO_EXTENSIONS
            )
            validate_media_file(upload, extensions, self.media_kind)
        return upload

    def related_forms_are_valid(self):
        return self.caption_formset is None or self.caption_formset.is_valid()

    def upload_targets(self):
        yield from super().upload_targets()
        if self.caption_formset is None:
            return
        for form in self.caption_formset.forms:
            if form in self.caption_formset.deleted_forms or not form.has_changed():
                continue
            if "file" in form.changed_data and form.cleaned_data.get("file"):
                yield form, "file"

    def save(self, commit=True):
        media = super().save(commit=commit)
        if self.caption_formset is not None:
            if commit:
                self.save_caption_tracks()
            else:
                save_m2m = self.save_m2m

                def save_m2m_and_captions():
                    save_m2m()
                    self.save_caption_tracks()

                self.save_m2m = save_m2m_and_captions
        return media

    def save_caption_tracks(self):
        self.caption_formset.instance = self.instance
        self.caption_formset.save()
