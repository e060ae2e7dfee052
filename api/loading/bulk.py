"""The two shapes of loader every relation of the API is fetched with.

* ``BulkLoader``: objects by key (an id, a URL), one instance per request and
  arguments. ``want`` announces keys without a query; ``get`` fetches every announced
  key not yet loaded (plus the one asked for) in one call of ``fetch``.
* ``BatchLoader``: a one-to-many relation of the objects of a ``Batch`` (a member
  state's stories, a page's translations), one instance per batch and arguments,
  fetched for every object of the batch the first time one of them asks.

A loader is created by calling its class, as saleor's dataloaders are: calling it again
with the same request (or batch) and arguments returns the same instance, so every
resolver reaches the same batch. The concrete loaders are all in
``api.loading.loaders``; this module must not know any model.
"""


class BulkLoader:
    """Objects by key, fetched in as few queries as possible; one per request and arguments.

    Subclasses implement ``fetch(keys)``, returning ``{key: object}`` for the keys that
    exist; a key missing from the result loads as ``None``.
    """

    def __new__(cls, context, *args):
        key = (cls, *args)
        loader = context.loaders.get(key)
        if loader is None:
            loader = context.loaders[key] = super().__new__(cls)
            loader._wanted = set()
            loader._loaded = {}
        return loader

    def __init__(self, context):
        self.context = context

    def fetch(self, keys):
        raise NotImplementedError

    def want(self, keys):
        """Announce keys to fetch with the next batch, without a query."""
        self._wanted.update(k for k in keys if k is not None and k not in self._loaded)

    def wants(self, key):
        """True if ``key`` is announced and not fetched yet."""
        return key in self._wanted

    def get(self, key):
        if key is None:
            return None
        if key not in self._loaded:
            keys = (self._wanted | {key}) - self._loaded.keys()
            self._wanted = set()
            found = self.fetch(keys)
            for k in keys:
                self._loaded[k] = found.get(k)
        return self._loaded[key]

    def get_many(self, keys):
        keys = list(keys)
        self.want(keys)
        return [self.get(key) for key in keys]


class BatchLoader:
    """A relation of every object of a batch, fetched for all of them at first use.

    Subclasses implement ``fetch(batch)``, returning ``{key_of(obj): value}``; an object
    missing from the result loads as ``empty()``.
    """

    def __new__(cls, context, batch, *args):
        key = (cls, *args)
        loader = batch.loaders.get(key)
        if loader is None:
            loader = batch.loaders[key] = super().__new__(cls)
            loader._results = None
        return loader

    def __init__(self, context, batch):
        self.context = context
        self.batch = batch

    def fetch(self, batch):
        raise NotImplementedError

    def key_of(self, obj):
        return obj.pk

    def empty(self):
        return None

    def load(self, obj):
        if self._results is None:
            self._results = self.fetch(self.batch)
        return self._results.get(self.key_of(obj), self.empty())
