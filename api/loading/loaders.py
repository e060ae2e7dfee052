"""Every batch the public API makes, one named loader class per relation.

Read this module to see every query a response can cost beyond its root field.

Objects by key, one loader per request and arguments (``BulkLoader``):

* ``ImagesByIdLoader``: library images, with their stored renditions;
* ``DocumentsByIdLoader``: documents readers may download;
* ``HostedMediaByIdLoader``: hosted video files, with their caption tracks (their posters
  are announced to ``ImagesByIdLoader`` and fetched in its next batch);
* ``EmbedsByUrlLoader``: Wagtail embeds of video and live-stream links;
* ``SnippetsByIdLoader(model, language)``: translatable snippets, in a language;
* ``PagesByIdLoader(model, scope)``: related pages, as their public translation;
* ``LinkTargetsLoader(language)``: where a link to a page points, if anywhere.

One-to-many relations of a batch of objects, one loader per batch (``BatchLoader``):

* ``TranslationsByPageLoader``: a page's public language versions (``PageVersion`` rows);
* ``SnippetLinksByObjectLoader``: the links of every many-to-many relation to a snippet;
* ``SnippetsByRelationLoader(field name)``: the snippets of one such relation;
* ``FeaturedStoriesByHomePageLoader``: the stories a home page features;
* ``StoryCountByMemberStateLoader``: how many public stories each country has;
* ``LatestStoriesByMemberStateLoader(first, with_streams)``: each country's newest stories;
* ``DeclarationByMeetingLoader``: the declaration adopted at each meeting;
* ``SignatoriesByDeclarationLoader``: who signed each declaration;
* ``ChildrenByPageLoader(first, full)``: each page's first public children, in the editors' order;
* ``AncestorsByPageLoader(full)``: each page's public ancestors, from its home page down;
* ``RelatedStoriesByStoryLoader(first)``: editor-chosen, then similar stories of each story;
* ``MeetingsByStoryLoader``: the public meetings whose running order presents each story;
* ``TranslationStatusByPageLoader``: how complete and current each page's translation is;
* ``SnippetSourcesLoader``: the original row of each translatable snippet, with its fields;
* ``UntranslatedPathsByPageLoader``: which texts of each translated page are not translated.

Loaders that return content hand it back to the request (``context.attach``), which
announces what that content refers to to the loaders here; that is how one stream's
images, pages and snippets are fetched together. Which reference goes to which loader
is decided in ``api.loading.references``. This module must not know GraphQL.
"""

import logging
from collections import defaultdict
from typing import NamedTuple

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import (
    BooleanField,
    CharField,
    Count,
    ExpressionWrapper,
    F,
    Q,
    Subquery,
    Value,
    Window,
)
from django.db.models.functions import Length, RowNumber, Substr
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed, get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from api.loading.bulk import BatchLoader, BulkLoader
from api.loading.scope import Scope, mark, scope_of
from api.loading.visibility import in_language, public_in_collections
from coalition.models import MemberState, Theme
from home.models import HomePageFeaturedStory
from localization.completeness import source_pages, translation_statuses
from media_library.models import HostedMedia
from media_library.renditions import attach_stored_renditions
from meetings.models import DeclarationPage, MeetingPage, Signatory
from stories.models import StoryPage, StoryPageRelatedStory

# How long a link whose embed could not be found is left alone before trying again.
EMBED_MISS_SECONDS = 15 * 60

logger = logging.getLogger(__name__)


def _as_id(value):
    """A stored chooser value as a primary key, or None."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _unique(objects):
    """Objects without repeats (by primary key), in order."""
    return list({obj.pk: obj for obj in objects}.values())


# Objects by key ------------------------------------------------------------------------


class ImagesByIdLoader(BulkLoader):
    """Library images by id, outside private collections, with the renditions this request
    asks for prefetched (and no others)."""

    def fetch(self, ids):
        images = public_in_collections(get_image_model().objects.filter(pk__in=ids))
        images = attach_stored_renditions(images, self.context.rendition_specs)
        return {image.pk: image for image in images}


class DocumentsByIdLoader(BulkLoader):
    """Documents by id, only those readers may download."""

    def fetch(self, ids):
        queryset = public_in_collections(get_document_model().objects.filter(pk__in=ids))
        return {document.pk: document for document in queryset}


class HostedMediaByIdLoader(BulkLoader):
    """Hosted video files by id, with their caption tracks; their posters are announced to
    the image loader, so every video's poster comes in one batch of images."""

    def fetch(self, ids):
        queryset = HostedMedia.objects.filter(pk__in=ids).prefetch_related("caption_tracks")
        found = {media.pk: media for media in queryset}
        ImagesByIdLoader(self.context).want(media.poster_id for media in found.values())
        return found


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
        rows = self.context.pages.filter(Page.objects.filter(translation_key__in=keys)).values_list(
            "pk", "title", "slug", "path", "url_path", "translation_key", "locale__language_code"
        )
        for row in rows:
            groups[row[5]].append(PageVersion(*row))
        order = {code: index for index, (code, _) in enumerate(settings.LANGUAGES)}
        for group in groups.values():
            group.sort(key=lambda item: order.get(item.language_code, len(order)))
        return groups


class PageVersion(NamedTuple):
    """One language version of a page, as a translation list shows it: a row, not a
    ``Page`` (a listing of 20 cards reads about a hundred of them)."""

    pk: int
    title: str
    slug: str
    path: str
    url_path: str
    translation_key: object
    language_code: str

    @property
    def id(self):
        return self.pk


def is_draft(item):
    """True for a page built from a revision for a preview (``api.pages.resolve_draft``):
    its relations live in the revision, not in the database's link and child tables."""
    return getattr(item, "is_preview_draft", False)


def _chosen_stories(batch, link_model, related_name):
    """{page id: story ids} of an editor-ordered story relation (featured, related).

    A draft's choices are the rows its revision holds; live pages' are read in one query.
    """
    if any(is_draft(item) for item in batch):
        return {
            item.pk: [
                link.story_id
                for link in sorted(
                    getattr(item, related_name).all(),
                    key=lambda link: (link.sort_order or 0, link.pk or 0),
                )
            ]
            for item in batch
        }
    chosen = defaultdict(list)
    for page_id, story_id in (
        link_model.objects.filter(page_id__in=[item.pk for item in batch])
        .order_by("sort_order", "pk")
        .values_list("page_id", "story_id")
    ):
        chosen[page_id].append(story_id)
    return chosen


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
        drafts = [item for item in batch if is_draft(item)]
        if drafts:
            # A draft's links are in its revision, not in the link tables: read them there.
            return {
                item.pk: {
                    field.name: [t.pk for t in getattr(item, field.name).all()] for field in fields
                }
                for item in drafts
            }
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
        links = _chosen_stories(batch, HomePageFeaturedStory, "featured_stories")
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
        if any(is_draft(item) for item in batch):
            # A draft's signatories are the rows its revision holds (the form's order).
            rows = sorted(
                (row for item in batch for row in item.signatories.all()),
                key=lambda row: (row.signed_on, row.sort_order or 0, row.pk or 0),
            )
        else:
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


def _specific_batches(context, pages, scope, full):
    """``pages`` (``Page`` rows, in order) as instances of their specific models.

    With ``full``, one query per page type fetches the specific rows, and each type's
    pages become one batch, so a relation asked of one is loaded for all of them at once.
    Without it (the response reads the ``Page`` interface's fields only) no query is made:
    the instances hold the ``Page`` columns, and nothing may read a type's own fields.
    """
    if not full:
        return mark([page.get_specific(deferred=True) for page in pages], scope)
    by_type = defaultdict(list)
    for page in pages:
        by_type[page.content_type_id].append(page.pk)
    specific = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        rows = list(model.objects.filter(pk__in=ids).select_related("locale"))
        context.attach(rows, scope)
        specific.update((row.pk, row) for row in rows)
    return [specific[page.pk] for page in pages if page.pk in specific]


class ChildrenByPageLoader(BatchLoader):
    """The first ``first`` public children of each page, in the order editors arranged them.

    One query for the children of the whole batch (a window per parent), then, when
    ``full`` (the response reads fields of the page types), one per page type among them.
    """

    def __init__(self, context, batch, first, full):
        super().__init__(context, batch)
        self.first = first
        self.full = full

    def empty(self):
        return []

    def fetch(self, batch):
        if self.first == 0:
            return {}
        parent_paths = {item.path for item in batch}
        depths = {item.depth + 1 for item in batch}
        step = Page.steplen
        parent_path = Substr("path", 1, Length("path") - step)
        rows = list(
            self.context.pages.filter(Page.objects.filter(depth__in=depths))
            .annotate(parent_path=parent_path)
            .filter(parent_path__in=parent_paths)
            .annotate(rank=Window(RowNumber(), partition_by=parent_path, order_by=F("path").asc()))
            .filter(rank__lte=self.first)
            .select_related("locale")
            .order_by("path")
        )
        children = _specific_batches(self.context, rows, scope_of(batch[0]), self.full)
        grouped = defaultdict(list)
        for child in children:
            grouped[child.path[:-step]].append(child)
        return {item.pk: grouped.get(item.path, []) for item in batch}


class AncestorsByPageLoader(BatchLoader):
    """Each page's public ancestors, from its language's home page down to its parent.

    One query; one more per page type among them when ``full`` (see ``_specific_batches``).
    """

    def __init__(self, context, batch, full):
        super().__init__(context, batch)
        self.full = full

    def empty(self):
        return []

    def fetch(self, batch):
        step = Page.steplen
        prefixes = {
            item.path[:length] for item in batch for length in range(step, len(item.path), step)
        }
        rows = list(
            self.context.pages.filter(Page.objects.filter(path__in=prefixes))
            .select_related("locale")
            .order_by("path")
        )
        found = _specific_batches(self.context, rows, scope_of(batch[0]), self.full)
        ancestors = {page.path: page for page in found}
        return {
            item.pk: [
                ancestors[item.path[:length]]
                for length in range(step, len(item.path), step)
                if item.path[:length] in ancestors
            ]
            for item in batch
        }


class RelatedStoriesByStoryLoader(BatchLoader):
    """Up to ``first`` public stories related to each story, in the batch's language.

    The stories editors chose come first, in their order; the rest are the stories that
    share the most themes, then the same member state, newest first. Two queries for the
    whole batch (the editors' choices, the candidates' keys) and one for the stories
    picked; countries and themes come from the loaders the stories' own fields use.
    """

    def __init__(self, context, batch, first):
        super().__init__(context, batch)
        self.first = first

    def empty(self):
        return []

    def fetch(self, batch):
        if self.first == 0:
            return {}
        scope = Scope(scope_of(batch[0]).locale)
        chosen = defaultdict(list, _chosen_stories(batch, StoryPageRelatedStory, "related_stories"))
        # Through the loaders a story's own fields use: a story page that shows its country
        # and themes has them fetched already.
        links = SnippetLinksByObjectLoader(self.context, batch)
        theme_rows = SnippetsByIdLoader(self.context, Theme, scope.locale)
        country_rows = SnippetsByIdLoader(self.context, MemberState, scope.locale)
        for item in batch:
            theme_rows.want(links.load(item).get("themes", []))
        country_rows.want(item.member_state_id for item in batch)
        themes = {
            item.pk: {
                row.translation_key
                for row in map(theme_rows.get, links.load(item).get("themes", []))
                if row is not None
            }
            for item in batch
        }
        theme_keys = set().union(*themes.values()) if themes else set()
        countries = {
            item.pk: getattr(country_rows.get(item.member_state_id), "translation_key", None)
            for item in batch
        }
        member_state_keys = set(countries.values()) - {None}
        candidates = (
            in_language(StoryPage.objects.all(), self.context, scope)
            .filter(
                Q(member_state__translation_key__in=member_state_keys)
                | Q(themes__translation_key__in=theme_keys)
            )
            .annotate(
                member_state_key=F("member_state__translation_key"),
                theme_key=F("themes__translation_key"),
            )
            .newest()
            .values_list("pk", "translation_key", "member_state_key", "theme_key")
        )
        similar = {}
        for pk, key, member_state_key, theme_key in candidates:
            entry = similar.setdefault(pk, (key, member_state_key, set()))
            if theme_key is not None:
                entry[2].add(theme_key)
        ranked = {}
        for item in batch:
            country = countries.get(item.pk)

            def score(pk, item=item, country=country):
                _, member_state_key, keys = similar[pk]
                return (len(keys & themes[item.pk]), member_state_key == country)

            # Newest first among equals: ``similar`` is in the newest-first order.
            ordered = sorted(
                (pk for pk in similar if similar[pk][0] != item.translation_key),
                key=score,
                reverse=True,
            )
            ranked[item.pk] = [pk for pk in ordered if score(pk) != (0, False)]
        stories = PagesByIdLoader(self.context, StoryPage, scope)
        for item in batch:
            stories.want(chosen[item.pk])
            stories.want(ranked[item.pk][: self.first + len(chosen[item.pk])])
        result = {}
        for item in batch:
            picked = [story for story in map(stories.get, chosen[item.pk]) if story is not None]
            picked = [story for story in picked if story.translation_key != item.translation_key]
            seen = {story.translation_key for story in picked}
            for pk in ranked[item.pk]:
                if len(picked) >= self.first:
                    break
                if similar[pk][0] in seen:
                    continue
                story = stories.get(pk)
                if story is not None:
                    picked.append(story)
                    seen.add(story.translation_key)
            result[item.pk] = picked[: self.first]
        return result


class MeetingsByStoryLoader(BatchLoader):
    """The public meetings whose running order presents each story, earliest first.

    Running orders are stored as JSON, so the public meetings' programmes are read once
    for the whole batch; a story presented in another language version counts too.
    """

    def key_of(self, story):
        return story.translation_key

    def empty(self):
        return []

    def fetch(self, batch):
        scope = scope_of(batch[0])
        meetings = list(
            in_language(MeetingPage.objects.all(), self.context, scope)
            .select_related("locale")
            .order_by("starts_at", "pk")
        )
        presented = {}
        for meeting in meetings:
            for item in meeting.programme.raw_data:
                value = item.get("value") if isinstance(item, dict) else None
                story_id = _as_id(value.get("story")) if isinstance(value, dict) else None
                if story_id is not None:
                    presented.setdefault(story_id, []).append(meeting)
        keys = {item.translation_key for item in batch}
        story_keys = (
            dict(
                Page.objects.filter(pk__in=presented, translation_key__in=keys).values_list(
                    "pk", "translation_key"
                )
            )
            if presented
            else {}
        )
        grouped = defaultdict(list)
        for story_id, key in story_keys.items():
            grouped[key].extend(presented[story_id])
        self.context.attach(_unique(m for group in grouped.values() for m in group), scope)
        order = {meeting.pk: index for index, meeting in enumerate(meetings)}
        return {
            key: sorted(_unique(group), key=lambda meeting: order[meeting.pk])
            for key, group in grouped.items()
        }


class TranslationStatusByPageLoader(BatchLoader):
    """Where each page stands as a translation of its source, from wagtail-localize's data.

    ``localization.completeness`` works the statuses out for the whole batch's translation
    groups at once: a fixed number of queries, plus one content comparison per translation
    whose source changed after its last sync.
    """

    def key_of(self, page):
        return (page.translation_key, page.locale.language_code)

    def fetch(self, batch):
        keys = {item.translation_key for item in batch}
        sources = list(
            source_pages(Page.objects.filter(translation_key__in=keys)).select_related("locale")
        )
        statuses = translation_statuses(sources)
        result = {}
        for source in sources:
            group = statuses.get(source.pk)
            if group is None:
                continue
            for language in group.languages:
                result[(source.translation_key, language.code)] = (
                    language,
                    source.locale.language_code,
                )
        return result


class SnippetSourcesLoader(BatchLoader):
    """The original row of each snippet: the one wagtail-localize translations were made
    from (its first ``TranslationSource``), else the default language's, else the oldest.

    Two queries for the batch (the sources' languages, the rows of those languages).
    """

    def key_of(self, snippet):
        return snippet.translation_key

    def fetch(self, batch):
        model = type(batch[0])
        keys = {item.translation_key for item in batch}
        source_language = {}
        for key, language in (
            TranslationSource.objects.filter(object_id__in=keys)
            .order_by("-created_at", "-pk")
            .values_list("object_id", "locale__language_code")
        ):
            source_language[key] = language  # the earliest wins, read last
        rows = defaultdict(list)
        for row in model.objects.filter(translation_key__in=keys).select_related("locale"):
            rows[row.translation_key].append(row)
        result = {}
        for key, group in rows.items():
            group.sort(key=lambda row: row.pk)
            wanted = source_language.get(key, settings.LANGUAGE_CODE)
            result[key] = next(
                (row for row in group if row.locale.language_code == wanted), group[0]
            )
        return result


class UntranslatedPathsByPageLoader(BatchLoader):
    """For each page synced through the translation editor: the original's language and
    the content paths (``body.<block id>``, ``introduction``) of texts not translated yet,
    which the page shows in the original's language. ``None`` for originals and pages
    written by hand.

    Three queries for the batch: the translations, the original's text segments, and
    the translations of those texts into the batch's languages.
    """

    def fetch(self, batch):
        keys = {item.translation_key for item in batch}
        locale_ids = {item.locale_id for item in batch}
        synced = {}
        for source_id, key, target, language in Translation.objects.filter(
            source__object_id__in=keys, target_locale_id__in=locale_ids, enabled=True
        ).values_list(
            "source_id", "source__object_id", "target_locale_id", "source__locale__language_code"
        ):
            synced[(key, target)] = (source_id, language)
        if not synced:
            return {}
        source_ids = {source_id for source_id, _ in synced.values()}
        segments = defaultdict(list)
        for source_id, path, string_id, context_id in (
            StringSegment.objects.filter(source_id__in=source_ids)
            .exclude(context__path="slug")
            .values_list("source_id", "context__path", "string_id", "context_id")
        ):
            segments[source_id].append((path, string_id, context_id))
        translated = set(
            StringTranslation.objects.filter(
                translation_of__segments__source_id__in=source_ids,
                locale_id__in=locale_ids,
                has_error=False,
            ).values_list("translation_of_id", "context_id", "locale_id")
        )
        result = {}
        for item in batch:
            found = synced.get((item.translation_key, item.locale_id))
            if found is None:
                continue
            source_id, language = found
            result[item.pk] = (
                language,
                {
                    path
                    for path, string_id, context_id in segments[source_id]
                    if (string_id, context_id, item.locale_id) not in translated
                },
            )
        return result
