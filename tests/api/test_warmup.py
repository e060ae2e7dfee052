"""The warm-up a server runs at start: it must match the schema and open no database connection."""

from django.db import connections
from django.test import SimpleTestCase

from api.warmup import warm


class WarmUpTests(SimpleTestCase):
    # SimpleTestCase refuses database queries: warming before gunicorn forks must not
    # open a connection that the workers would then share.
    def test_warming_validates_against_the_schema_without_touching_the_database(self):
        connections.close_all()  # earlier tests in this process may have left one open
        warm()
        self.assertTrue(all(connection.connection is None for connection in connections.all()))
