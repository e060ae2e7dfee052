"""Image files made on the fly for upload tests."""

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
