"""Site-wide editorial roles, and what each role may see in the admin.

- ``roles``: the ``Editors: <country>`` and ``Secretariat`` groups, one collection per
  member state, the “Secretariat review” workflow; the rules that grant rights.
- ``signals``: keep those current as member states, story sections, story indexes and
  home pages are added or renamed.
- ``management/commands/setup_editorial_roles``: apply every rule at once; idempotent.
- ``scoping``: what a user may see (pages, images, documents), read from their rights.
- ``views``, ``bulk_actions``: built-in admin views and bulk actions narrowed by
  ``scoping``; ``wagtail_hooks`` registers them in the built-in ones' place.
- ``patches``: the one Wagtail behaviour no hook can replace, applied once from ``ready``.
- ``factories``: users and a two-country site with the roles set up, for tests.

This app owns no models; it sits above ``home`` and ``stories``, whose page types it
protects; no app below it imports it (their tests use ``editorial.factories``).
"""
