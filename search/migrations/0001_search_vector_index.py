"""A GIN index on the text Wagtail's PostgreSQL search backend matches a query against.

The backend matches ``(title || body) @@ query``, an expression that neither of the indexes
on ``title`` and ``body`` alone serves: without this one, a search reads the index entry of
every public page in the language asked for (about 10,000 at 10,000 stories) and tests each.
PostgreSQL only; other databases have nothing to do.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
