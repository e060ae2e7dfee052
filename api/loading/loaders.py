"""Every batch the public API makes, one named loader class per relation.

Read this module to see every query a response can cost beyond its root field.

Objects by key, one loader per request and arguments (``BulkLoader``):

* ``ImagesByIdLoader``: library images, with their stored renditions;
* ``DocumentsByIdLoader``: documents readers may download;
* ``HostedMediaByIdLoader``: hosted video files, with their caption tracks;
* ``EmbedsByUrlLoader``: Wagtail embeds of video and live-stream links;
* ``SnippetsByIdLoader(model, language)``: translatable snippets, in a language;
* ``PagesByIdLoader(model, scope)``: related pages, as their public translation;
* ``LinkTargetsLoader(language)``: where a link to a page points, if anywhere.

One-to-many relations of a batch of objects, one loader per batch (``BatchLoader``):

* ``TranslationsByPageLoader``: a page's public language versions;
* ``SnippetLinksByObjectLoader``: the links of every many-to-many relation to a snippet;
* ``SnippetsByRelationLoader(field name)``: the snippets of one such relation;
* ``FeaturedStoriesByHomePageLoader``: the stories a home page features;
* ``StoryCountByMemberStateLoader``: how many public stories each country has;
* ``LatestStoriesByMemberStateLoader(first, with_streams)``: each country's newest stories;
* ``DeclarationByMeetingLoader``: the declaration adopted at each meeting;
* ``SignatoriesByDeclarationLoader``: who signed each declaration.

Loaders that return content hand it back to the request (``context.attach``), which
announces what that content refers to to the loaders here; that is how one stream's
images, pages and snippets are fetched together. Which reference goes to which loader
is decided in ``api.loading.references``. This module must not know GraphQL.
"""

import logging
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    Subquery,
    Value,
)
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin

from api.loading.bulk import BatchLoader, BulkLoader
from api.loading.scope import Scope, scope_of
from api.loading.visibility import in_language, public_in_collections
from home.models import HomePageFeaturedStory
from media_library.models import HostedMedia
from meetings.models import DeclarationPage, Signatory
from stories.models import StoryPage

# How long a link whose embed could not be found is left alone before trying again.
EMBED_MISS_SECONDS = 15 * 60

logger = logging.getLogger(__name__)


def _unique(objects):
    """Objects without repeats (by primary key), in order."""
    return list({obj.pk: obj for obj in objects}.values())


# Objects by key ------------------------------------------------------------------------


class ImagesByIdLoader(BulkLoader):
    """Library images by id, outside private collections, with the renditions this request
    asks for prefetched (and no others)."""

    def fetch(self, ids):
        model = get_image_model()
        renditions = model.get_rendition_model().objects.filter(
            filter_spec__in=self.context.rendition_specs
        )
        images = public_in_collections(model.objects.filter(pk__in=ids)).prefetch_related(
            Prefetch("renditions", queryset=renditions)
        )
        return {image.pk: image for image in images}


class DocumentsByIdLoader(BulkLoader):
    """Documents by id, only those readers may download."""

    def fetch(self, ids):
        queryset = public_in_collections(get_document_model().objects.filter(pk__in=ids))
        return {document.pk: document for document in queryset}


class HostedMediaByIdLoader(BulkLoader):
    """Hosted video files by id, with their caption tracks."""

    def fetch(self, ids):
        queryset = HostedMedia.objects.filter(pk__in=ids).prefetch_related("caption_tracks")
        return {media.pk: media for media in queryset}


class EmbedsByUrlLoader(BulkLoader):
    """Wagtail's stored embeds by URL; an embed that cannot be found is ``None``."""

    def fetch(self, urls):
        hashes = {get_embed_hash(url): url for url in urls}
        found = {
            hashes[embed.hash]: embed
            for embed in Embed.objects.filter(hash__in=hashes).exclude(
                cache_until__lte=self.context.now
            )
        }
        missing = {url: f"embed-miss:{hash_}" for hash_, url in hashes.items()}
        known_misses = cache.get_many([missing[url] for url in set(urls) - found.keys()])
        for url in set(urls) - found.keys():
            if missing[url] in known_misses:
                continue
            try:
                found[url] = get_embed(url)
            except Exception:
                # Remember the miss for a while: a dead or unreachable link must not
                # cost an outbound request on every API request that shows it.
                cache.set(missing[url], True, EMBED_MISS_SECONDS)
                logger.warning("No embed for %s", url, exc_info=True)
        return found


class SnippetsByIdLoader(BulkLoader):
    """Translatable snippets by the id of any of their language rows.

    Returns the row in ``language``, or the row asked for when there is no
    translation: snippets always fall back, so a story never loses its country.
    """

    def __init__(self, context, model, language):
        super().__init__(context)
        self.model = model
        self.language = language

    def fetch(self, ids):
        model, language = self.model, self.language
        keys = model.objects.filter(pk__in=ids).values("translation_key")
        rows = list(
            model.objects.filter(
                Q(pk__in=ids)
                | Q(locale__language_code=language, translation_key__in=Subquery(keys))
            ).select_related("locale")
        )
        by_pk = {row.pk: row for row in rows}
        local = {row.translation_key: row for row in rows if row.locale.language_code == language}
        result = {}
        for pk in ids:
            original = by_pk.get(pk)
            if original is not None:
                result[pk] = local.get(original.translation_key, original)
        self.context.attach(_unique(result.values()), Scope(language))
        return result


class _PageVersions:
    """Pages by id and every public version of them, read in one query."""

    def __init__(self, context, model, ids, only_base=False):
        public = context.pages.q()
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
        self.by_pk = {row.pk: row for row in rows}
        self.versions = defaultdict(list)
        for row in rows:
            if row.is_public:
                self.versions[row.translation_key].append(row)
        for group in self.versions.values():
            group.sort(key=lambda page: page.pk)

    def choose(self, pk, scope):
        """The public version of page ``pk`` in the scope's language, else with fallback
        in the first language of its chain that has one, else the original
        (first-created) public version; else None."""
        page = self.by_pk.get(pk)
        if page is None:
            return None
        group = self.versions.get(page.translation_key, [])
        by_language = {version.locale.language_code: version for version in reversed(group)}
        for language in scope.preferred():
            if language in by_language:
                return by_language[language]
        if scope.fallback and group:
            return group[0]
        return None


class PagesByIdLoader(BulkLoader):
    """Pages of ``model`` by the id of any of their translations.

    Returns the public translation in the requested language; with fallback, the
    original (first-created) public version when the language has none; else None.
    """

    def __init__(self, context, model, scope):
        super().__init__(context)
        self.model = model
        self.scope = scope

    def fetch(self, ids):
        versions = _PageVersions(self.context, self.model, ids)
        result = {}
        for pk in ids:
            chosen = versions.choose(pk, self.scope)
            if chosen is not None:
                result[pk] = chosen
        self.context.attach(_unique(result.values()), self.scope)
        return result


class LinkTargetsLoader(BulkLoader):
    """Where a rich-text or button link to a page id should point, or None.

    The public page in ``language``; else the page linked to, if public; else its
    original public version. A link to a page nobody may see has no target.
    """

    def __init__(self, context, language):
        super().__init__(context)
        self.language = language

    def fetch(self, ids):
        versions = _PageVersions(self.context, Page, ids, only_base=True)
        result = {}
        for pk in ids:
            target = versions.choose(pk, Scope(self.language, False))
            if target is None:
                linked = versions.by_pk.get(pk)
                if linked is not None and linked.is_public:
                    target = linked
                else:
                    target = versions.choose(pk, Scope(self.language, True))
            if target is not None:
                result[pk] = target
        return result


# One-to-many relations of a batch ------------------------------------------------------


class TranslationsByPageLoader(BatchLoader):
    """Every public language version of each page, in the order of ``LANGUAGES``."""

    def key_of(self, page):
        return page.translation_key

    def empty(self):
        return []

    def fetch(self, batch):
        keys = {item.translation_key for item in batch}
        groups = defaultdict(list)
        queryset = (
            self.context.pages.filter(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .only("pk", "title", "slug", "path", "url_path", "translation_key", "locale")
        )
        for translation in queryset:
            groups[translation.translation_key].append(translation)
        order = {code: index for index, (code, _) in enumerate(settings.LANGUAGES)}
        for group in groups.values():
            group.sort(key=lambda item: order.get(item.locale.language_code, len(order)))
        return groups


class SnippetLinksByObjectLoader(BatchLoader):
    """{field name: target ids} of every many-to-many relation to a translatable snippet.

    The links of all such relations of the whole batch are read in one query.
    """

    def empty(self):
        return {}

    def fetch(self, batch):
        model = type(batch[0])
        fields = [
            field
            for field in model._meta.get_fields()
            if field.many_to_many
            and not field.auto_created
            and issubclass(field.related_model, TranslatableMixin)
        ]
        pks = [item.pk for item in batch]
        queries = [
            field.remote_field.through.objects.filter(
                **{f"{field.m2m_field_name()}_id__in": pks}
            ).values_list(
                f"{field.m2m_field_name()}_id",
                f"{field.m2m_reverse_field_name()}_id",
                Value(field.name, output_field=CharField()),
            )
            for field in fields
        ]
        links = defaultdict(lambda: {field.name: [] for field in fields})
        if not queries:
            return links
        rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
        for source_id, target_id, name in sorted(rows):
            links[source_id][name].append(target_id)
        return links


class SnippetsByRelationLoader(BatchLoader):
    """The snippets of one many-to-many relation, in the batch's language, in link order.

    Every target of the whole batch is announced before the first is fetched, so the
    rows come in one query however many objects and items there are.
    """

    def __init__(self, context, batch, field_name):
        super().__init__(context, batch)
        self.field_name = field_name

    def empty(self):
        return []

    def fetch(self, batch):
        links = SnippetLinksByObjectLoader(self.context, batch)
        targets = {item.pk: links.load(item).get(self.field_name, []) for item in batch}
        model = type(batch[0])._meta.get_field(self.field_name).related_model
        snippets = SnippetsByIdLoader(self.context, model, scope_of(batch[0]).locale)
        snippets.want(target_id for ids in targets.values() for target_id in ids)
        return {
            pk: _unique(item for item in map(snippets.get, ids) if item is not None)
            for pk, ids in targets.items()
        }


class FeaturedStoriesByHomePageLoader(BatchLoader):
    """The stories each home page features, in the editors' order, public ones only, in
    the home page's own language: a fallback never swaps in another language's story."""

    def empty(self):
        return []

    def fetch(self, batch):
        links = defaultdict(list)
        for page_id, story_id in (
            HomePageFeaturedStory.objects.filter(page_id__in=[item.pk for item in batch])
            .order_by("sort_order", "pk")
            .values_list("page_id", "story_id")
        ):
            links[page_id].append(story_id)
        stories = PagesByIdLoader(self.context, StoryPage, Scope(batch[0].locale.language_code))
        stories.want(story_id for ids in links.values() for story_id in ids)
        return {
            page_id: _unique(story for story in map(stories.get, ids) if story is not None)
            for page_id, ids in links.items()
        }


def _stories_of_member_states(context, batch):
    """Public stories of the batch's member states, in the batch's language (no fallback)."""
    keys = {item.translation_key for item in batch}
    return in_language(
        StoryPage.objects.filter(member_state__translation_key__in=keys),
        context,
        Scope(scope_of(batch[0]).locale),
    )


class StoryCountByMemberStateLoader(BatchLoader):
    """How many public stories each member state has in the batch's language."""

    def key_of(self, member_state):
        return member_state.translation_key

    def empty(self):
        return 0

    def fetch(self, batch):
        queryset = (
            _stories_of_member_states(self.context, batch)
            .order_by()
            .values("member_state__translation_key")
            .annotate(count=Count("pk"))
        )
        return {row["member_state__translation_key"]: row["count"] for row in queryset}


def _public_stories(context, batch):
    """The public stories in the batch's language (no fallback), as a subquery of ids."""
    scope = Scope(scope_of(batch[0]).locale)
    return in_language(StoryPage.objects.all(), context, scope).values("pk")


class _StoryCountByTaxonomyLoader(BatchLoader):
    """How many public stories in the batch's language are tagged with each item of a
    many-to-many taxonomy (themes, goals), in one query; stories may point at any
    language's row, so items are matched by translation key."""

    relation = None  # the StoryPage many-to-many field
    target = None  # its column on the through table

    def key_of(self, item):
        return item.translation_key

    def empty(self):
        return 0

    def fetch(self, batch):
        key = f"{self.target}__translation_key"
        rows = (
            getattr(StoryPage, self.relation)
            .through.objects.filter(
                storypage__in=_public_stories(self.context, batch),
                **{f"{key}__in": [item.translation_key for item in batch]},
            )
            .order_by()
            .values(key)
            .annotate(count=Count("storypage", distinct=True))
        )
        return {row[key]: row["count"] for row in rows}


class StoryCountByThemeLoader(_StoryCountByTaxonomyLoader):
    """How many public stories each theme has in the batch's language."""

    relation = "themes"
    target = "theme"


class StoryCountBySdgLoader(_StoryCountByTaxonomyLoader):
    """How many public stories contribute to each goal in the batch's language."""

    relation = "sdgs"
    target = "sustainabledevelopmentgoal"


class LatestStoriesByMemberStateLoader(BatchLoader):
    """The newest ``first`` public stories of each member state, in one query.

    ``with_streams`` says whether the response reads the stories' StreamFields; when it
    does not, they are left out of the query.
    """

    def __init__(self, context, batch, first, with_streams):
        super().__init__(context, batch)
        self.first = first
        self.with_streams = with_streams

    def key_of(self, member_state):
        return member_state.translation_key

    def empty(self):
        return []

    def fetch(self, batch):
        if self.first == 0:
            return {}
        queryset = _stories_of_member_states(self.context, batch)
        if not self.with_streams:
            queryset = queryset.defer_streamfields()
        queryset = queryset.select_related("locale", "member_state").newest_per_member_state(
            self.first
        )
        stories = list(queryset)
        self.context.attach(stories, Scope(scope_of(batch[0]).locale))
        grouped = defaultdict(list)
        for story in stories:
            grouped[story.member_state.translation_key].append(story)
        return grouped


class DeclarationByMeetingLoader(BatchLoader):
    """The public declaration adopted at each meeting, in the meeting's language."""

    def key_of(self, meeting):
        return meeting.translation_key

    def fetch(self, batch):
        scope = scope_of(batch[0])
        keys = {item.translation_key for item in batch}
        queryset = (
            in_language(
                DeclarationPage.objects.filter(adopted_at__translation_key__in=keys),
                self.context,
                scope,
            )
            .select_related("locale")
            .annotate(meeting_key=F("adopted_at__translation_key"))
            .order_by("pk")
        )
        declarations = list(queryset)
        self.context.attach(declarations, scope)
        found = {}
        for declaration in declarations:
            found.setdefault(declaration.meeting_key, declaration)
        return found


class SignatoriesByDeclarationLoader(BatchLoader):
    """Who signed each declaration, earliest first, later accessions last."""

    def empty(self):
        return []

    def fetch(self, batch):
        rows = list(
            Signatory.objects.filter(declaration_id__in=[item.pk for item in batch])
            .select_related("locale")
            .order_by("signed_on", "sort_order", "pk")
        )
        return {
            item.pk: self.context.attach(
                [row for row in rows if row.declaration_id == item.pk], scope_of(item)
            )
            for item in batch
        }
