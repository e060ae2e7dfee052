"""The visibility policy: which pages and documents anonymous readers may see.

This is the most audited rule of the API. Every root field, relation and link goes
through it: pages through ``PublicPages`` (worked out once per request), documents
through ``public_in_collections``. ``api/tests/test_visibility.py`` holds one test per rule.

This module decides visibility only: it must not fetch content for responses, nor
know GraphQL.
"""

from functools import cached_property

from django.conf import settings
from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site


class PublicPages:
    """Which pages anonymous readers may see, worked out once per request.

    Wagtail's ``live().public()`` is the starting point. On top of it: pages whose
    ``expire_at`` has passed or whose ``go_live_at`` is still ahead are hidden even
    before ``publish_scheduled`` runs; descendants of unpublished pages are hidden (an
    unpublished section hides its stories); alias pages, which wagtail-localize creates
    as stand-ins for untranslated parents, are not content; and only the default site's
    language trees count.
    """

    def __init__(self, now):
        self.now = now

    @cached_property
    def _tree(self):
        site_key = Subquery(
            Site.objects.filter(is_default_site=True).values("root_page__translation_key")[:1]
        )
        restricted = Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
        unavailable = (
            Q(live=False)
            | Q(expired=True)
            | Q(expire_at__lte=self.now)
            | Q(go_live_at__gt=self.now)
        )
        rows = (
            Page.objects.filter(
                Q(translation_key=site_key) | Q(restricted) | (Q(numchild__gt=0) & unavailable)
            )
            .annotate(
                is_root=ExpressionWrapper(Q(translation_key=site_key), BooleanField()),
                is_restricted=restricted,
                is_unavailable=ExpressionWrapper(unavailable, BooleanField()),
            )
            .values_list(
                "path",
                "url_path",
                "locale__language_code",
                "is_root",
                "is_restricted",
                "is_unavailable",
                "numchild",
            )
            .order_by("path")
        )
        roots, hidden = [], []
        for path, url_path, language, is_root, is_restricted, is_unavailable, numchild in rows:
            if is_root:
                roots.append((path, url_path, language))
            if is_restricted or (is_unavailable and numchild):
                hidden.append(path)
        return roots, hidden

    @property
    def roots(self):
        """(path, url_path, language code) of each language's root page of the default site."""
        return self._tree[0]

    def q(self):
        """A filter keeping public pages only."""
        roots, hidden = self._tree
        if not roots:
            return Q(pk__in=[])
        q = (
            Q(live=True, expired=False, alias_of__isnull=True)
            & ~Q(expire_at__lte=self.now)
            & ~Q(go_live_at__gt=self.now)
        )
        in_site = Q()
        for path, _, _ in roots:
            in_site |= Q(path__startswith=path)
        q &= in_site
        for path in hidden:
            q &= ~Q(path__startswith=path)
        return q

    def filter(self, queryset):
        return queryset.filter(self.q())

    def url_path(self, page):
        """The page's path on the frontend, language first: ``/fr/stories/no/a-story/``."""
        for path, root_url_path, language in self.roots:
            if page.path.startswith(path) and page.url_path.startswith(root_url_path):
                return f"/{language}/{page.url_path[len(root_url_path) :]}"
        return None

    def root_url_path(self, language):
        for _, root_url_path, root_language in self.roots:
            if root_language == language:
                return root_url_path
        return None

    def url(self, page):
        path = self.url_path(page)
        return f"{settings.FRONTEND_BASE_URL}{path}" if path else None


def in_language(queryset, context, scope):
    """Public pages of ``queryset`` in the scope's language, for the request's ``context``.

    With fallback, a page with no public version in that language comes back once: in
    the first language of the scope's fallback chain that has a public version, else in
    its original language (the first-created public version).
    """
    model = queryset.model
    public_q = context.pages.q()
    queryset = queryset.filter(public_q)
    if not scope.fallback:
        return queryset.filter(locale__language_code=scope.locale)
    versions = model.objects.filter(public_q, translation_key=OuterRef("translation_key"))
    chosen = Q(locale__language_code=scope.locale)
    tried = [scope.locale]
    for language in scope.chain:
        chosen |= Q(locale__language_code=language) & ~Exists(
            versions.filter(locale__language_code__in=list(tried))
        )
        tried.append(language)
    has_preferred = Exists(versions.filter(locale__language_code__in=tried))
    has_earlier = Exists(versions.filter(pk__lt=OuterRef("pk")))
    return queryset.filter(chosen | (~has_preferred & ~has_earlier))


def public_in_collections(queryset):
    """Documents or images outside private collections (a restricted collection hides its
    children): one policy for every collection member the API shows."""
    private = CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
    ).filter(prefix=models.F("collection__path"))
    return queryset.exclude(Exists(private))
