"""Sorting text by a language's alphabet: the database collation for a content language.

PostgreSQL built with ICU has a collation per language (``fr-x-icu``, ``zh-Hans-x-icu``…),
listed in ``pg_collation``; ``COLLATE`` with it sorts "Des écoles" before "Des villages" in
French and Chinese by its own rules. Other databases (SQLite in development and tests) have
no such collations: text there sorts by code point, and ``title_ordering`` says so by
returning the plain column.

This module only names collations; it never changes what a query selects.
"""

from functools import cache

from django.db import connection
from django.db.models import F
from django.db.models.functions import Collate


def icu_collation_name(language):
    """The ICU collation PostgreSQL names for a language code: ``fr`` → ``fr-x-icu``,
    ``zh-hans`` → ``zh-Hans-x-icu`` (a script subtag is title-cased, as BCP 47 writes it)."""
    parts = language.split("-")
    parts = [part.title() if index and len(part) == 4 else part for index, part in enumerate(parts)]
    return "-".join(parts) + "-x-icu"


@cache
def _postgresql_collations(alias):
    with connection.cursor() as cursor:
        cursor.execute("SELECT collname FROM pg_collation WHERE collname LIKE %s", ["%-x-icu"])
        return frozenset(row[0] for row in cursor.fetchall())


def collation_for(language):
    """The database collation that sorts ``language``'s text, or None where there is none
    (not PostgreSQL, or PostgreSQL without ICU or without that language)."""
    if connection.vendor != "postgresql" or not language:
        return None
    name = icu_collation_name(language)
    return name if name in _postgresql_collations(connection.alias) else None


def collated(field, language):
    """``field`` as an expression sorted by ``language``'s alphabet where the database can."""
    name = collation_for(language)
    return Collate(F(field), name) if name else F(field)
