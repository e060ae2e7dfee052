"""Persisted queries: the contract's operations, callable by the SHA-256 of their text.

Every file in ``API_PERSISTED_QUERIES_DIR`` (``frontend_contract/operations/*.graphql``) is
registered under the lowercase hexadecimal SHA-256 of its bytes, read once per process. A
client sends ``id=<sha256>`` (or Apollo's ``extensions.persistedQuery.sha256Hash``) instead
of the document; ``frontend_contract/persisted-queries.json`` lists the ids, and a test
keeps it equal to what this module computes.

Only registered documents run by id: an unknown id is never learned from a request
(Apollo's "automatic" registration would let anyone fill the registry). This module must
not run or validate queries; it only maps ids to documents.
"""

import hashlib
import re
from functools import cache
from pathlib import Path

from django.conf import settings

SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def digest(text):
    """The id of a document: the lowercase hex SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _registry(directory):
    return {
        digest(path.read_text(encoding="utf-8")): path.read_text(encoding="utf-8")
        for path in sorted(Path(directory).glob("*.graphql"))
    }


def registry():
    """{id: document} of every persisted operation."""
    return _registry(str(settings.API_PERSISTED_QUERIES_DIR))


def manifest():
    """{file stem: id}: what ``frontend_contract/persisted-queries.json`` must hold."""
    directory = Path(settings.API_PERSISTED_QUERIES_DIR)
    return {
        path.stem: digest(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.graphql"))
    }


def is_well_formed(query_id):
    return isinstance(query_id, str) and SHA256_HEX.fullmatch(query_id) is not None


def lookup(query_id):
    """The registered document with this id, or ``None``."""
    return registry().get(query_id)
