"""Files made on the fly for upload tests: images, video and WebVTT captions."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(image_format="JPEG", size=(640, 480), color=(20, 120, 160)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=image_format)
    return buffer.getvalue()


def image_upload(name="photo.jpg", image_format="JPEG", size=(640, 480), color=(20, 120, 160)):
    content_types = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
    return SimpleUploadedFile(
        name,
        image_bytes(image_format, size, color),
        content_type=content_types.get(image_format, "application/octet-stream"),
    )


GOOD_VTT = (
    "WEBVTT\n\n"
    "1\n00:00:01.000 --> 00:00:04.000\nIn 2018, twelve countries met in New York.\n\n"
    "NOTE speaker change\n\n"
    "00:05.000 --> 00:07.500 align:start position:10%\n<v Minister>We listened first.\n"
)
# The first bytes of an MP4 file: enough for the upload check, which reads the "ftyp" box.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def vtt(text, name="captions.vtt"):
    return SimpleUploadedFile(name, text.encode(), content_type="text/vtt")


def caption_rows(data):
    """Caption row index per language code, from the rendered media form's data."""
    return {
        value: key.split("-")[1]
        for key, value in data.items()
        if key.startswith("captions-") and key.endswith("-language")
    }
