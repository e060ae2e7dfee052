"""Posters from the image library, documents with a language, and the migrations that
brought existing videos and documents over.

The migrations' functions are called with the project's current models: the fields they
read and write are the same in the historical models.
"""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, ReferenceIndex

from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from media_library.models import CustomDocument, CustomImage
from media_library.tests.uploads import image_bytes
from media_library.warming import images_in_use

posters_migration = importlib.import_module("media_library.migrations.0004_posters_from_thumbnails")
documents_migration = importlib.import_module(
    "media_library.migrations.0005_documents_from_wagtaildocs"
)
SCHEMA_EDITOR = SimpleNamespace(connection=connection)

pytestmark = pytest.mark.django_db


# The poster migration -------------------------------------------------------------------


@pytest.fixture
def video_with_thumbnail(local_media):
    collection = Collection.get_first_root_node().add_child(name="Norway")
    video = HostedVideoFactory(title="Girls back in school", collection=collection)
    video.thumbnail.save("still-été.jpg", ContentFile(image_bytes("JPEG", (320, 180))), save=True)
    return video


def test_a_thumbnail_file_becomes_a_library_image_in_the_videos_collection(video_with_thumbnail):
    video = video_with_thumbnail

    posters_migration.link_posters(apps, SCHEMA_EDITOR)

    video.refresh_from_db()
    poster = video.poster
    assert poster.title == "Poster: Girls back in school"
    assert poster.collection == video.collection
    assert (poster.width, poster.height) == (320, 180)
    assert poster.file.name.startswith("original_images/still-")
    assert poster.file.name.isascii()
    assert poster.file.read() == video.thumbnail.open("rb").read()
    assert poster.file_hash and poster.file_size == video.thumbnail.size


def test_the_poster_migration_is_idempotent(video_with_thumbnail):
    posters_migration.link_posters(apps, SCHEMA_EDITOR)
    posters_migration.link_posters(apps, SCHEMA_EDITOR)

    assert CustomImage.objects.count() == 1


def test_a_video_that_already_has_a_poster_keeps_it(video_with_thumbnail):
    chosen = ImageFactory()
    video_with_thumbnail.poster = chosen
    video_with_thumbnail.save()

    posters_migration.link_posters(apps, SCHEMA_EDITOR)

    video_with_thumbnail.refresh_from_db()
    assert video_with_thumbnail.poster == chosen
    assert CustomImage.objects.count() == 1


def test_an_unreadable_thumbnail_is_left_alone(local_media):
    video = HostedVideoFactory()
    video.thumbnail.save("broken.jpg", ContentFile(b"not an image"), save=True)

    posters_migration.link_posters(apps, SCHEMA_EDITOR)

    video.refresh_from_db()
    assert video.poster is None
    assert not CustomImage.objects.exists()


# The document migration -----------------------------------------------------------------


@pytest.fixture
def wagtail_document(local_media):
    """A document in Wagtail's own table, as every document was before CustomDocument."""
    collection = Collection.get_first_root_node().add_child(name="Uruguay")
    document = Document(title="Annual report", collection=collection, file_size=4)
    document.file.save("annual-report.pdf", ContentFile(b"%PDF"), save=False)
    document.save()
    document.tags.add("report")
    return document


def test_documents_are_copied_with_their_ids_tags_and_collection(wagtail_document):
    documents_migration.copy_documents(apps, SCHEMA_EDITOR)

    copy = CustomDocument.objects.get(pk=wagtail_document.pk)
    assert copy.title == "Annual report"
    assert copy.file.name == wagtail_document.file.name
    assert copy.collection == wagtail_document.collection
    assert copy.language == ""
    assert list(copy.tags.names()) == ["report"]
    # New documents are numbered after the copies.
    assert DocumentFactory().pk > wagtail_document.pk


def test_the_document_migration_is_idempotent_and_reversible(wagtail_document):
    documents_migration.copy_documents(apps, SCHEMA_EDITOR)
    documents_migration.copy_documents(apps, SCHEMA_EDITOR)
    assert CustomDocument.objects.count() == 1

    documents_migration.remove_copies(apps, SCHEMA_EDITOR)

    assert not CustomDocument.objects.exists()
    assert Document.objects.filter(pk=wagtail_document.pk).exists()


# The admin forms ---------------------------------------------------------------------------


def test_an_editor_records_a_documents_language(editor_client, local_media):
    document = DocumentFactory(
        title="Rapport annuel",
        collection=Collection.get_first_root_node(),
        file__filename="rapport-annuel.pdf",
    )
    url = reverse("wagtaildocs:edit", args=[document.pk])
    form = editor_client.get(url).context["form"]
    assert form.initial["language"] == ""
    assert [code for code, _name in form.fields["language"].choices][1:] == [
        "en",
        "fr",
        "es",
        "ar",
        "ru",
        "zh-hans",
    ]

    response = editor_client.post(url, {"title": "Rapport annuel", "language": "fr"})

    assert response.status_code == 302, response.context["form"].errors
    document.refresh_from_db()
    assert document.language == "fr"


def test_a_language_outside_the_content_languages_is_refused(editor_client, local_media):
    response = editor_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Bericht",
            "language": "de",
            "file": SimpleUploadedFile("bericht.pdf", b"%PDF-1.4\n"),
        },
    )

    assert response.status_code == 200
    assert "Select a valid choice. de is not one of the available choices." in (
        response.content.decode()
    )
    assert not CustomDocument.objects.exists()


# Renditions of posters -------------------------------------------------------------------


def test_a_poster_is_an_image_in_use_so_its_renditions_are_warmed():
    poster = ImageFactory()
    video = HostedVideoFactory(poster=poster)

    assert poster in images_in_use()
    sources = ReferenceIndex.get_references_to(poster).values_list("object_id", flat=True)
    assert str(video.pk) in sources
