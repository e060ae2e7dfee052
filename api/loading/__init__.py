"""How the public API fetches content: in bulk, and only what readers may see.

One request's ``info`` leads here, module by module, each depending only on those
before it:

* ``scope``: what the request asked for (``Scope``) and which objects came together
  (``Batch``, ``scope_of``, ``batch_of``);
* ``visibility``: the public-page and public-document policy;
* ``bulk``: the two loader shapes, by key per request and by relation per batch;
* ``loaders``: every loader class, one per relation: every batch the API makes;
* ``references``: what content refers to, announced to the loaders before fetching;
* ``request``: the per-request ``ApiContext`` and ``api_context(info)``.

Nothing here knows GraphQL types; the types in ``api/`` and the apps call in.
"""
