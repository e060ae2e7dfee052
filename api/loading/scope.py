"""What a request asked for, and which objects were fetched together.

Objects handed to GraphQL carry the ``Scope`` they were asked for (content language,
fallback or not) and the ``Batch`` they were fetched with, so a relation resolved on one
item is loaded for all its siblings at once (see ``api.loading.bulk.BatchLoader``).

This module holds plain data only: it must not fetch anything or know any loader.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Scope:
    """What the client asked for: a content language, whether to fall back, and where.

    With ``fallback``, an item with no public version in ``locale`` comes in the first
    language of ``chain`` that has one, else in its original language.
    """

    locale: str
    fallback: bool = False
    chain: tuple = ()

    def preferred(self):
        """The languages to try in order, before the original one."""
        return (self.locale, *self.chain) if self.fallback else (self.locale,)


class Batch(list):
    """Objects fetched together; a relation of one is loaded for all of them at first use."""

    def __init__(self, items=()):
        super().__init__(items)
        # Per-batch loaders by (loader class, arguments); see BatchLoader.
        self.loaders = {}
        # StreamFields whose references have been announced for every object of the batch.
        self.scanned = set()


def mark(objects, scope):
    """Make ``objects`` one batch fetched for ``scope``; returns the batch."""
    batch = Batch(objects)
    for obj in batch:
        obj._api_scope = scope
        obj._api_batch = batch
    return batch


def scope_of(obj):
    """The scope an object was fetched for."""
    return obj._api_scope


def batch_of(obj):
    """The batch an object was fetched with (a batch of its own if it came alone)."""
    batch = getattr(obj, "_api_batch", None)
    if batch is None:
        batch = obj._api_batch = Batch([obj])
    return batch
