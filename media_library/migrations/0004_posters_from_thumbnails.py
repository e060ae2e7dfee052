"""Turn every hosted video's poster file into a library image and link it as ``poster``.

The poster file stays where it is (wagtailmedia's admin listing still shows it), so going
back is only unlinking: migrating backwards leaves the images in the library, where they
are ordinary images an editor can keep or delete, and removing the ``poster`` column in
0003 unlinks them. Running this again links only videos without a poster: idempotent.

Renditions are not made here (historical models send no signals the warming code
listens to): after migrating, ``rebuild_references_index`` and ``warm_renditions``
make them, and the API queues any that are still missing on first request.
"""

import hashlib
import io
import logging
import os

from django.core.files.base import ContentFile
from django.db import migrations
from PIL import Image as PILImage

logger = logging.getLogger(__name__)


def poster_name(filename):
    """An ``original_images/`` path as Wagtail gives uploads, ASCII and under 95 characters."""
    name = "".join(c if ord(c) < 128 else "_" for c in os.path.basename(filename)) or "poster"
    stem, extension = os.path.splitext(name)
    return os.path.join("original_images", stem[: 80 - len(extension)] + extension)


def link_posters(apps, schema_editor):
    HostedMedia = apps.get_model("media_library", "HostedMedia")
    CustomImage = apps.get_model("media_library", "CustomImage")
    videos = HostedMedia.objects.filter(poster__isnull=True).exclude(thumbnail="").order_by("pk")
    for media in videos.iterator():
        try:
            with media.thumbnail.open("rb") as source:
                content = source.read()
            with PILImage.open(io.BytesIO(content)) as picture:
                width, height = picture.size
        except Exception:  # a missing or unreadable file must not stop the migration
            logger.warning("Poster file of hosted media %s cannot be read; left as it is", media.pk)
            continue
        image = CustomImage(
            title=f"Poster: {media.title}"[:255],
            collection_id=media.collection_id,
            width=width,
            height=height,
            file_size=len(content),
            file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
            uploaded_by_user_id=media.uploaded_by_user_id,
        )
        storage = CustomImage._meta.get_field("file").storage
        image.file.name = storage.save(poster_name(media.thumbnail.name), ContentFile(content))
        image.save()
        media.poster = image
        media.save(update_fields=["poster"])


class Migration(migrations.Migration):
    dependencies = [
        ("media_library", "0003_poster_and_document_model"),
    ]

    operations = [
        # Backwards: nothing to undo here; the images stay as ordinary library images and
        # 0003's reversal drops the link (see the module docstring).
        migrations.RunPython(link_posters, migrations.RunPython.noop),
    ]
