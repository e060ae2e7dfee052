"""GraphQL pieces every app's schema shares.

Locale, page interface, images, rich text, stream blocks, media, connections and error
types live here once; apps build their own types from them in ``<app>/types.py``.
Nothing in this package writes to the database except what Wagtail itself caches
(renditions, embeds) when a public request needs one, and the partner API keys that
the admin manages (``models.py``). Around the view, ``edge.py`` applies request budgets
(``throttling.py``), the time budget (``execution.py``) and outage answers.
"""
