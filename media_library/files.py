"""Writing and deleting stored files outside the model save, shared by forms and signals."""

from django.db import transaction
from wagtail.tasks import delete_file_from_storage_task


def write_upload(instance, field_name):
    """Store the new file on ``instance.<field_name>`` now, under its final name.

    Django would otherwise store it inside ``instance.save()``. Afterwards the field file is
    marked as committed, so saving the instance only writes the database row, and it keeps
    the uploaded file open, so Wagtail's size and hash calculation reads the local copy
    instead of downloading the file back from S3. Returns the stored name, or None when
    the field holds no new file.
    """
    field = instance._meta.get_field(field_name)
    field_file = getattr(instance, field.attname)
    if not field_file or field_file._committed:
        return None
    name = field.generate_filename(instance, field_file.name)
    field_file.name = field.storage.save(name, field_file.file, max_length=field.max_length)
    field_file._committed = True
    return field_file.name


def delete_file_on_commit(storage, name):
    """Delete a stored file once the transaction commits, through the task queue.

    The same task Wagtail uses for images and documents: a storage outage then fails the
    task, not the editor's request, and a rolled-back deletion keeps its file.
    """
    if not name:
        return
    transaction.on_commit(
        lambda: delete_file_from_storage_task.enqueue(storage.deconstruct(), name)
    )
