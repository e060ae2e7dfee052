"""Per-request state of the public API: what is public, and loaders that fetch in bulk.

Every request gets one ``ApiContext`` (hung on the Django request). It answers two
questions for every resolver:

* which pages are public: live, not expired or scheduled, not an alias, inside one of
  the default site's language trees, and not under a view restriction or an
  unpublished page. This is worked out once per request, in one query;
* how to fetch related objects without one query per item: objects are *announced*
  (their ids collected, no query) as soon as their owners are known, and fetched all
  together the first time any of them is needed.

Objects handed to GraphQL carry the ``Scope`` they were asked for (requested language,
fallback or not) and the ``Batch`` they were fetched with, so a relation resolved on one
item is loaded for all its siblings at once.
"""

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Site,
    TranslatableMixin,
)

from api.image_specs import requested_rendition_specs
from media_library.models import HostedMedia

# How long a link whose embed could not be found is left alone before trying again.
EMBED_MISS_SECONDS = 15 * 60

logger = logging.getLogger(__name__)

# Rich text stores internal links as <a linktype="page" id="3">; see wagtail.rich_text.
RICH_TEXT_LINK = re.compile(r"<a\b[^>]*\blinktype=\"(page|document)\"[^>]*>", re.IGNORECASE)
LINK_ID = re.compile(r"\bid=\"(\d+)\"")


@dataclass(frozen=True)
class Scope:
    """What the client asked for: a content language, and whether to fall back."""

    locale: str
    fallback: bool = False


class Batch(list):
    """Objects fetched together; a relation of one is loaded for all of them at first use."""

    def __init__(self, items=()):
        super().__init__(items)
        self.cache = {}


def api_context(info):
    """The request's ``ApiContext``, created on first use."""
    request = info.context
    context = getattr(request, "_ghrs_api", None)
    if context is None:
        context = ApiContext(request)
        context.rendition_specs = requested_rendition_specs(info)
        request._ghrs_api = context
    return context


def scope_of(obj):
    return obj._api_scope


def batch_of(obj):
    batch = getattr(obj, "_api_batch", None)
    if batch is None:
        batch = obj._api_batch = Batch([obj])
    return batch


class BulkLoader:
    """Objects by key, fetched in as few queries as possible.

    ``want`` announces keys without a query; ``get`` fetches every announced key not
    yet loaded (plus the one asked for) in one call of ``fetch``, which returns a dict.
    """

    def __init__(self, fetch):
        self._fetch = fetch
        self._wanted = set()
        self._loaded = {}

    def want(self, keys):
        self._wanted.update(k for k in keys if k is not None and k not in self._loaded)

    def get(self, key):
        if key is None:
            return None
        if key not in self._loaded:
            keys = (self._wanted | {key}) - self._loaded.keys()
            self._wanted = set()
            found = self._fetch(keys)
            for k in keys:
                self._loaded[k] = found.get(k)
        return self._loaded[key]

    def get_many(self, keys):
        self.want(keys)
        return [self.get(key) for key in keys]


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


def public_in_collections(queryset):
    """Documents or images outside private collections (a restricted collection hides its
    children): one policy for every collection member the API shows."""
    private = CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("collection__path"), 1, Length("collection__path"))
    ).filter(prefix=models.F("collection__path"))
    return queryset.exclude(Exists(private))


class ApiContext:
    """Everything one request has learned so far; see the module docstring."""

    def __init__(self, request):
        self.request = request
        self.now = timezone.now()
        self.pages = PublicPages(self.now)
        self._loaders = {}

    def absolute(self, url):
        """Make a media URL absolute (storage URLs on S3 or a CDN already are)."""
        if not url:
            return None
        return self.request.build_absolute_uri(url)

    def _loader(self, key, fetch):
        loader = self._loaders.get(key)
        if loader is None:
            loader = self._loaders[key] = BulkLoader(fetch)
        return loader

    # Loaders -------------------------------------------------------------------------

    @property
    def images(self):
        """Library images by id, outside private collections, with the renditions this
        request asks for prefetched (and no others)."""

        def fetch(ids):
            model = get_image_model()
            renditions = model.get_rendition_model().objects.filter(
                filter_spec__in=self.rendition_specs
            )
            images = public_in_collections(model.objects.filter(pk__in=ids)).prefetch_related(
                models.Prefetch("renditions", queryset=renditions)
            )
            return {image.pk: image for image in images}

        return self._loader("images", fetch)

    @property
    def documents(self):
        """Documents by id, only those readers may download."""

        def fetch(ids):
            queryset = public_in_collections(get_document_model().objects.filter(pk__in=ids))
            return {document.pk: document for document in queryset}

        return self._loader("documents", fetch)

    @property
    def media(self):
        """Hosted video files by id, with their caption tracks."""

        def fetch(ids):
            queryset = HostedMedia.objects.filter(pk__in=ids).prefetch_related("caption_tracks")
            return {media.pk: media for media in queryset}

        return self._loader("media", fetch)

    @property
    def embeds(self):
        """Wagtail's stored embeds by URL; an embed that cannot be found is ``None``."""

        def fetch(urls):
            hashes = {get_embed_hash(url): url for url in urls}
            found = {
                hashes[embed.hash]: embed
                for embed in Embed.objects.filter(hash__in=hashes).exclude(
                    cache_until__lte=self.now
                )
            }
            missing = {url: f"embed-miss:{hash_}" for hash_, url in hashes.items()}
            known_misses = cache.get_many([missing[url] for url in set(urls) - found.keys()])
            for url in set(urls) - found.keys():
                if missing[url] in known_misses:
                    continue
                try:
                    found[url] = get_embed(url)
                except Exception:  # any provider failure means "no player"
                    # Remember the miss for a while: a dead or unreachable link must not
                    # cost an outbound request on every API request that shows it.
                    cache.set(missing[url], True, EMBED_MISS_SECONDS)
                    logger.warning("No embed for %s", url, exc_info=True)
            return found

        return self._loader("embeds", fetch)

    def snippets(self, model, language):
        """Translatable snippets by the id of any of their language rows.

        Returns the row in ``language``, or the row asked for when there is no
        translation: snippets always fall back, so a story never loses its country.
        """

        def fetch(ids):
            keys = model.objects.filter(pk__in=ids).values("translation_key")
            rows = list(
                model.objects.filter(
                    Q(pk__in=ids)
                    | Q(locale__language_code=language, translation_key__in=Subquery(keys))
                ).select_related("locale")
            )
            by_pk = {row.pk: row for row in rows}
            local = {
                row.translation_key: row for row in rows if row.locale.language_code == language
            }
            result = {}
            for pk in ids:
                original = by_pk.get(pk)
                if original is not None:
                    result[pk] = local.get(original.translation_key, original)
            self.attach(list({row.pk: row for row in result.values()}.values()), Scope(language))
            return result

        return self._loader(("snippets", model, language), fetch)

    def related_pages(self, model, scope):
        """Pages of ``model`` by the id of any of their translations.

        Returns the public translation in the requested language; with fallback, the
        original (first-created) public version when the language has none; else None.
        """

        def fetch(ids):
            rows = self._page_versions(model, ids)
            result = {}
            for pk in ids:
                chosen = self.choose_version(rows, pk, scope)
                if chosen is not None:
                    result[pk] = chosen
            self.attach(list({page.pk: page for page in result.values()}.values()), scope)
            return result

        return self._loader(("pages", model, scope), fetch)

    def link_targets(self, language):
        """Where a rich-text or button link to a page id should point, or None.

        The public page in ``language``; else the page linked to, if public; else its
        original public version. A link to a page nobody may see has no target.
        """

        def fetch(ids):
            rows = self._page_versions(Page, ids, only_base=True)
            result = {}
            for pk in ids:
                target = self.choose_version(rows, pk, Scope(language, False))
                if target is None:
                    linked = rows["by_pk"].get(pk)
                    if linked is not None and linked.is_public:
                        target = linked
                    else:
                        target = self.choose_version(rows, pk, Scope(language, True))
                if target is not None:
                    result[pk] = target
            return result

        return self._loader(("links", language), fetch)

    def _page_versions(self, model, ids, only_base=False):
        """The pages with these ids and every public version of them, in one query."""
        public = self.pages.q()
        keys = model.objects.filter(pk__in=ids).values("translation_key")
        queryset = (
            model.objects.filter(Q(pk__in=ids) | (public & Q(translation_key__in=Subquery(keys))))
            .annotate(is_public=ExpressionWrapper(public, BooleanField()))
            .select_related("locale")
        )
        if only_base:
            queryset = queryset.only(
                "pk",
                "title",
                "path",
                "url_path",
                "translation_key",
                "locale",
                "locale__language_code",
            )
        rows = list(queryset)
        versions = defaultdict(list)
        for row in rows:
            if row.is_public:
                versions[row.translation_key].append(row)
        for group in versions.values():
            group.sort(key=lambda page: page.pk)
        return {"by_pk": {row.pk: row for row in rows}, "versions": versions}

    @staticmethod
    def choose_version(rows, pk, scope):
        page = rows["by_pk"].get(pk)
        if page is None:
            return None
        group = rows["versions"].get(page.translation_key, [])
        for version in group:
            if version.locale.language_code == scope.locale:
                return version
        if scope.fallback and group:
            return group[0]
        return None

    # Announcing relations --------------------------------------------------------------

    def attach(self, objects, scope):
        """Mark objects as fetched together for ``scope`` and announce what they refer to."""
        batch = Batch(objects)
        for obj in batch:
            obj._api_scope = scope
            obj._api_batch = batch
        self.announce(batch, scope)
        if len(batch) == 1:
            # One object: reading all its stream fields now costs nothing and lets their
            # images, documents and links be fetched with the others in one go.
            from api.blocks import scan_object_streams

            scan_object_streams(self, batch[0], scope)
        return objects

    def announce(self, batch, scope):
        """Collect the ids an object's own fields point at, without a query."""
        if not batch:
            return
        model = type(batch[0])
        image_model = get_image_model()
        document_model = get_document_model()
        for field in model._meta.concrete_fields:
            if field.model is Page:
                continue
            if isinstance(field, RichTextField):
                for obj in batch:
                    self.announce_rich_text(getattr(obj, field.attname), scope)
                continue
            if (
                not isinstance(field, models.ForeignKey)
                or isinstance(field, ParentalKey)
                or field.remote_field.parent_link
            ):
                continue
            target = field.related_model
            ids = {getattr(obj, field.attname) for obj in batch} - {None}
            if not ids:
                continue
            if issubclass(target, image_model):
                self.images.want(ids)
            elif issubclass(target, document_model):
                self.documents.want(ids)
            elif issubclass(target, Page):
                self.related_pages(target, scope).want(ids)
            elif issubclass(target, TranslatableMixin):
                self.snippets(target, scope.locale).want(ids)

    def announce_rich_text(self, html, scope):
        if not html:
            return
        for match in RICH_TEXT_LINK.finditer(html):
            found = LINK_ID.search(match.group(0))
            if not found:
                continue
            if match.group(1).lower() == "page":
                self.link_targets(scope.locale).want([int(found.group(1))])
            else:
                self.documents.want([int(found.group(1))])


def stream_field_names(model):
    return [field.name for field in model._meta.concrete_fields if isinstance(field, StreamField)]
