"""The warm-up a server runs at start: it must match the schema and open no database connection."""

from unittest import mock

from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import SimpleTestCase

from api.warmup import warm


class WarmUpTests(SimpleTestCase):
    # Warming before gunicorn forks must not open a connection that the workers would then
    # share: every way to the database goes through ``ensure_connection``, which fails here
    # (whatever connections earlier tests of this process left open).
    def test_warming_validates_against_the_schema_without_touching_the_database(self):
        refuse = AssertionError("warm() reached for the database")
        with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=refuse):
            warm()
