"""The demo content for tests, loaded once per test process and restored for each class.

Loading the demo takes most of a minute; several test modules read it. ``DemoTestCase``
loads it the first time a class needs it, inside that class's transaction, and keeps a
copy of every table's rows in memory. Each later class gets the same rows back in a few
seconds: the tables are emptied and refilled with the saved rows, inside the class's
transaction as well, so ``TestCase``'s rollback removes them afterwards, on SQLite and
PostgreSQL alike. Under pytest-xdist each worker process keeps its own copy.

The demo's images and PDFs are written once per process to a media folder of their own,
which every ``DemoTestCase`` uses and which is removed when the process ends.

This module is for tests only; it never runs in a server.
"""

import atexit
import shutil
import tempfile
from unittest import mock

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections
from django.test import TestCase, override_settings
from wagtail.models import Site

_saved = {}


class OfflineLoad(AssertionError):
    """Loading the demo tried to use the network."""


def media_root():
    """This process's folder for the demo's files, made on first use."""
    if "media_root" not in _saved:
        folder = tempfile.mkdtemp(prefix="ghrs-demo-media-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _saved["media_root"] = folder
    return _saved["media_root"]


def _models(content_types=False):
    """Every table the demo may write to. Content types are made by ``migrate`` and cached
    by Django, so they stay as they are, unless a flush (transactional tests) removed them."""
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
        and not model._meta.proxy
        and (content_types or model is not ContentType)
    ]


def snapshot_rows(using="default", content_types=False):
    """Every table's rows as the database holds them, for ``restore_rows``."""
    # Instances as the database holds them; each is later written back to its own table.
    return [
        (model, list(model._base_manager.using(using).order_by()))
        for model in _models(content_types)
    ]


def _empty(connection, model):
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608  (a model's own table name)


def restore_rows(snapshot, using="default"):
    """Empty the tables of ``snapshot`` and write its rows back, as they were."""
    connection = connections[using]
    for model, _rows in snapshot:
        _empty(connection, model)
    for model, rows in snapshot:
        if not rows:
            continue
        # Again, right before filling it: a database trigger may have filled the table
        # from another one meanwhile (SQLite's full-text index follows its entries).
        _empty(connection, model)
        fields = model._meta.local_concrete_fields
        # A raw insert, like loading a fixture: stored values (timestamps included) are
        # written as they are, each row into its model's own table only; bulk_create
        # would refresh auto_now fields and refuses multi-table models.
        batch = connection.ops.bulk_batch_size(fields, rows) or len(rows)
        for start in range(0, len(rows), batch):
            model._base_manager.using(using)._insert(
                rows[start : start + batch], fields=fields, raw=True, using=using
            )
    # PostgreSQL's sequences must move past the restored keys; SQLite needs nothing.
    statements = connection.ops.sequence_reset_sql(no_style(), [model for model, _ in snapshot])
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    # Rows written raw send no signals, so Wagtail's cached site roots are cleared here.
    Site.clear_site_root_paths_cache()


def load_demo_content(using="default"):
    """Put the demo content into the current transaction's database, loading it only once."""
    if "rows" in _saved:
        restore_rows(_saved["rows"], using)
        return
    load_demo_offline()
    _saved["rows"] = snapshot_rows(using)


def load_demo_offline():
    """Run ``load_demo`` (failing loudly if it opens a URL), then make the renditions."""
    # Tests never reach an outside host: a video link resolved or a URL opened fails loudly.
    offline = OfflineLoad("load_demo stores video links as links and never opens a URL")
    with (
        mock.patch("wagtail.embeds.embeds.get_finder_for_embed", side_effect=offline),
        mock.patch("urllib.request.urlopen", side_effect=offline),
    ):
        call_command("load_demo", force=True, verbosity=0)
    # In production renditions are made at upload and publish by the task worker, whose
    # transactions a test never commits: make them here, once, as the worker would have.
    call_command("warm_renditions", verbosity=0)


class DemoTestCase(TestCase):
    """A ``TestCase`` whose classes start with the demo content loaded.

    Subclasses that define ``setUpTestData`` call ``super().setUpTestData()`` first.
    """

    @classmethod
    def setUpClass(cls):
        cls.enterClassContext(override_settings(MEDIA_ROOT=media_root()))
        super().setUpClass()

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        load_demo_content()
