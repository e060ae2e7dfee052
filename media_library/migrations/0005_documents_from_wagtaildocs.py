"""Move the library's documents to ``CustomDocument``, keeping their ids.

Keeping the ids keeps every link to a document working: document blocks and rich-text
links store only the id, and the declaration's ``pdf`` column is repointed in
``meetings.0002`` to the same ids in the new table. Tags and the reference index (the
"usage" of each document in the admin) follow. The rows in Wagtail's own document table
are left in place, so going backwards loses nothing: it deletes the copies only. Running
it again copies only documents not copied yet: idempotent.

Permissions need no change: Wagtail keeps document permissions on ``wagtaildocs.Document``
whatever the document model is.
"""

from django.core.management.color import no_style
from django.db import migrations

COPIED_FIELDS = (
    "id",
    "title",
    "file",
    "created_at",
    "uploaded_by_user_id",
    "collection_id",
    "file_size",
    "file_hash",
)


def _content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old, _ = ContentType.objects.get_or_create(app_label="wagtaildocs", model="document")
    new, _ = ContentType.objects.get_or_create(app_label="media_library", model="customdocument")
    return old, new


def _reset_sequence(schema_editor, model):
    """Ids were copied, so the next new document must be numbered after them."""
    statements = schema_editor.connection.ops.sequence_reset_sql(no_style(), [model])
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def copy_documents(apps, schema_editor):
    Document = apps.get_model("wagtaildocs", "Document")
    CustomDocument = apps.get_model("media_library", "CustomDocument")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    old_type, new_type = _content_types(apps)

    copied = set(CustomDocument.objects.values_list("pk", flat=True))
    missing = Document.objects.exclude(pk__in=copied).order_by("pk")
    new_ids = []
    for document in missing.iterator():
        CustomDocument.objects.create(**{name: getattr(document, name) for name in COPIED_FIELDS})
        new_ids.append(document.pk)
    if not new_ids:
        return
    tagged = TaggedItem.objects.filter(content_type=old_type, object_id__in=new_ids)
    TaggedItem.objects.bulk_create(
        [
            TaggedItem(content_type=new_type, object_id=item.object_id, tag_id=item.tag_id)
            for item in tagged
        ],
        ignore_conflicts=True,
    )
    ReferenceIndex.objects.filter(to_content_type=old_type).update(to_content_type=new_type)
    _reset_sequence(schema_editor, CustomDocument)


def remove_copies(apps, schema_editor):
    CustomDocument = apps.get_model("media_library", "CustomDocument")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    old_type, new_type = _content_types(apps)
    ReferenceIndex.objects.filter(to_content_type=new_type).update(to_content_type=old_type)
    TaggedItem.objects.filter(content_type=new_type).delete()
    CustomDocument.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("media_library", "0004_posters_from_thumbnails"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(copy_documents, remove_copies),
    ]
