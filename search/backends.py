"""The default search backend: Wagtail's database backend, multilingual on PostgreSQL.

``WAGTAILSEARCH_BACKENDS`` names this module (``SEARCH_BACKEND=database``). On SQLite and
other databases it is exactly Wagtail's database backend. On PostgreSQL each page is
indexed with the text-search configuration of its own language (``french`` stems French,
``simple`` leaves Arabic and Chinese words as they are), and ``for_language`` gives the
backend that parses a query with the same configuration, so a query in French is stemmed
as the French index was.

This module decides how text is indexed and parsed; it must not decide what is public
(the API's visibility policy does) nor know GraphQL.
"""

import copy
import re
from collections import defaultdict

from django.db import connection
from wagtail.search.backends import database

from core.search import cjk_query

# PostgreSQL's text-search configuration per content language; ``simple`` lower-cases
# words without stemming (PostgreSQL has no Arabic or Chinese configuration; Chinese is
# split into terms by core.search before it reaches the index).
TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ru": "russian",
    "ar": "simple",
    "zh-hans": "simple",
}
DEFAULT_CONFIG = "simple"
ADMIN_QUERY_CONFIG = "english"


def text_search_config(language_code):
    return TEXT_SEARCH_CONFIGS.get(language_code, DEFAULT_CONFIG)


def _language_of(obj):
    locale = getattr(obj, "locale", None)
    return getattr(locale, "language_code", None)


def SearchBackend(params):
    """The backend for the default database, as ``wagtail.search.backends.database`` picks
    it, with per-language configurations on PostgreSQL."""
    if connection.vendor == "postgresql":
        return multilingual_postgres_backend(params)
    return database.SearchBackend(params)


def multilingual_postgres_backend(params):
    # The PostgreSQL module imports django.contrib.postgres, which needs psycopg: it is
    # imported only when the database is PostgreSQL.
    from modelsearch.backends.database.postgres import postgres
    from modelsearch.utils import get_content_type_pk

    class OnceObjectIndexer(postgres.ObjectIndexer):
        """Reads each search field of an object once.

        Wagtail's indexer reads every search field again for each of the five columns it
        fills (title, body, autocomplete and their plain texts): a story's body blocks were
        converted, its themes and partners fetched and its CJK terms worked out five times.
        """

        def __init__(self, obj, backend):
            super().__init__(obj, backend)
            self._prepared = {}

        def prepare_field(self, obj, field):
            key = (id(obj), id(field))
            if key not in self._prepared:
                self._prepared[key] = list(super().prepare_field(obj, field))
            return self._prepared[key]

        def as_vector(self, texts, for_autocomplete=False):
            """The SQL and parameters of the weighted ``tsvector`` of ``texts``: what
            Wagtail's ``SearchVector`` sum compiles to, written out directly (building
            and compiling the expressions cost more than reading the fields)."""
            config = self.autocomplete_config if for_autocomplete else self.config
            parts, params = [], []
            for text, weight in texts:
                text = text.strip()
                if text:
                    parts.append("setweight(to_tsvector(%s::regconfig, %s), %s)")
                    params.extend((config, text, weight))
            if not parts:
                return "''::tsvector", []
            return f"({' || '.join(parts)})", params

    IndexEntry = postgres.IndexEntry

    class MultilingualPostgresIndex(postgres.PostgresIndex):
        """Indexes each object with its language's configuration."""

        def add_items(self, model, objs):
            if not model.get_search_fields() or not objs:
                return
            groups = defaultdict(list)
            for obj in objs:
                groups[text_search_config(_language_of(obj))].append(obj)
            for config, group in groups.items():
                self._insert_entries(model, group, self.backend.with_config(config))
            # The title norms depend on every entry's title length: worked out once per
            # call, not once per language.
            self._refresh_title_norms()

        def _insert_entries(self, model, objs, backend):
            """Wagtail's ``PostgresIndex.add_items`` (one upsert), each field read once."""
            content_type_pk = get_content_type_pk(model)
            rows, params = [], []
            for obj in objs:
                indexer = OnceObjectIndexer(obj, backend)
                params.extend((content_type_pk, indexer.id))
                vectors = []
                for column in ("title", "autocomplete", "body"):
                    sql, vector_params = getattr(indexer, column)
                    vectors.append(sql)
                    params.extend(vector_params)
                params.extend((indexer.title_text, indexer.body_text))
                rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
            table = IndexEntry._meta.db_table
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, "
                    f"body, title_norm, title_text, body_text) (VALUES {', '.join(rows)}) "
                    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                    "title = EXCLUDED.title, title_norm = 1.0, "
                    "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                    "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                    params,
                )

        def add_item(self, obj):
            self.add_items(obj._meta.model, [obj])

    class MultilingualPostgresSearchBackend(postgres.PostgresSearchBackend):
        index_class = MultilingualPostgresIndex

        def __init__(self, params):
            super().__init__(params)
            # Queries that name no language (the admin's search across languages) are
            # parsed as English, the language most pages are written in first; the
            # English stemmer leaves Arabic, Russian and Chinese words as they are.
            self.config = params.get("SEARCH_CONFIG") or ADMIN_QUERY_CONFIG

        def with_config(self, config):
            clone = copy.copy(self)
            clone.config = config
            return clone

        def for_language(self, language_code):
            return self.with_config(text_search_config(language_code))

    return MultilingualPostgresSearchBackend(params)


def for_language(backend, language_code):
    """``backend`` parsing queries as ``language_code``'s index was built, where the
    backend tells languages apart; otherwise ``backend`` itself."""
    if hasattr(backend, "for_language"):
        return backend.for_language(language_code)
    return backend


def ranked_ids(results):
    """``(pk, content_type_id)`` of every hit of ``results``, best first.

    Wagtail's database backends build the hits as a query set: its ids are read without
    making a model instance per hit (a search for a common word has thousands). Other
    backends return their hits as instances.
    """
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        return list(get_queryset().values_list("pk", "content_type_id"))
    return [(hit.pk, hit.content_type_id) for hit in results]


def backend_terms(text):
    """The words of ``text`` as plain terms for any backend.

    Every character that full-text syntax treats specially (quotes, ``&``, ``|``, ``!``,
    ``:*``, parentheses…) is dropped, so no query is ever a syntax error; CJK runs become
    the terms Chinese text is indexed under (``core.search``).
    """
    return " ".join(re.findall(r"\w+", cjk_query(text)))
