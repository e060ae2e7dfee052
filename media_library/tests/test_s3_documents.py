"""Documents on S3: uploaded in the admin, downloaded through Wagtail's permission check.

Every document URL goes through Wagtail's document view, which checks the collection's
privacy and then redirects to a presigned URL on the bucket. The bucket itself refuses
unsigned requests for documents.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from media_library.tests.conftest import fetch

pytestmark = pytest.mark.django_db

Document = get_document_model()
REPORT = b"%PDF-1.4\n% Annual report of the coalition\n%%EOF\n"


@pytest.fixture
def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Internal briefings")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    readers = Group.objects.create(name="Secretariat")
    restriction.groups.add(readers)
    return collection


def upload_document(client, collection=None, name="report.pdf", data=REPORT):
    payload = {"title": "Annual report", "file": SimpleUploadedFile(name, data)}
    if collection is not None:
        payload["collection"] = collection.pk
    return client.post(reverse("wagtaildocs:add"), payload)


def test_a_document_uploaded_in_the_admin_is_stored_privately_in_the_bucket(
    editor_client, s3_bucket
):
    response = upload_document(editor_client)

    assert response.status_code == 302
    document = Document.objects.get(title="Annual report")
    assert s3_bucket.list_keys("documents/") == [document.file.name]
    assert s3_bucket.read(document.file.name) == REPORT
    assert fetch(s3_bucket.plain_url(document.file.name))[0] == 403


def test_a_public_document_downloads_through_the_document_view(client, editor_client, s3_bucket):
    upload_document(editor_client)
    document = Document.objects.get(title="Annual report")
    client.logout()

    response = client.get(document.url)

    assert response.status_code == 302
    assert response["Location"].startswith(f"{s3_bucket.server.endpoint_url}/{s3_bucket.name}/")
    assert fetch(response["Location"]) == (200, REPORT)


def test_anonymous_visitors_cannot_download_a_document_in_a_private_collection(
    client, editor_client, s3_bucket, private_collection
):
    upload_document(editor_client, collection=private_collection)
    document = Document.objects.get(title="Annual report")
    client.logout()

    response = client.get(document.url)

    assert response.status_code == 302
    location = response["Location"]
    assert "/login/" in location
    assert s3_bucket.server.endpoint_url not in location
    assert fetch(s3_bucket.plain_url(document.file.name))[0] == 403


def test_a_permitted_user_is_redirected_to_a_short_lived_signed_url(
    client, editor_client, editor, s3_bucket, private_collection, django_user_model
):
    upload_document(editor_client, collection=private_collection)
    document = Document.objects.get(title="Annual report")
    reader = django_user_model.objects.create_user(username="reader", password="x")
    reader.groups.add(Group.objects.get(name="Secretariat"))
    client.force_login(reader)

    response = client.get(document.url)

    assert response.status_code == 302
    signed = response["Location"]
    query = parse_qs(urlsplit(signed).query)
    assert query["X-Amz-Expires"] == ["300"]
    assert "X-Amz-Signature" in query
    assert fetch(signed) == (200, REPORT)
    unsigned = signed.split("?", 1)[0]
    assert fetch(unsigned)[0] == 403


def test_deleting_a_document_removes_its_file_from_the_bucket(
    editor_client, s3_bucket, django_capture_on_commit_callbacks
):
    upload_document(editor_client)
    document = Document.objects.get(title="Annual report")

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("wagtaildocs:delete", args=[document.pk]))

    assert response.status_code == 302
    assert s3_bucket.list_keys("documents/") == []
