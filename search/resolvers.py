"""What the search fields return: public pages in one language matching a query, with
promotions first, a snippet per hit and facets over the whole result set.

The logic behind ``search.schema``. The search itself goes through Wagtail's search
backend (``search.backends`` by default, Elasticsearch or OpenSearch when configured),
restricted beforehand to what the visibility policy makes public in the language asked
for, so a draft, a private page or an unpublished translation is never a candidate.
It declares no GraphQL type.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Min, OuterRef, Q, Subquery
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from api.connection import decode_cursor, encode_cursor, page_size
from api.errors import invalid_argument
from api.loading.request import api_context
from api.loading.scope import Scope
from api.locale import check_locale
from api.pages import selects
from meetings.models import DeclarationPage, MeetingPage
from search import highlight
from search.backends import backend_terms, for_language, ranked_ids
from search.tasks import log_search_query
from stories.models import StoryPage

MAX_QUERY_LENGTH = 200
MAX_SUGGESTIONS = 20

# The searchable page types by their `SearchType` value.
SEARCH_MODELS = {"story": StoryPage, "meeting": MeetingPage, "declaration": DeclarationPage}

# Fields that read a page's StreamFields: pages are fetched without their (large) stream
# data unless the operation asks for one of these.
STREAM_FIELDS = ("body", "heroVideo", "programme", "livestream", "outcomeDocuments")

# The text a hit's snippet is taken from, first match wins.
SNIPPET_FIELDS = {
    StoryPage: ("summary", "location"),
    MeetingPage: ("introduction", "city", "session_reference", "venue"),
    DeclarationPage: ("text",),
}


def _value(enum_value):
    return getattr(enum_value, "value", enum_value)


def clean_query(text, argument="query"):
    """The query as typed, whitespace collapsed; refused when empty or too long."""
    text = " ".join((text or "").split())
    if not text:
        raise invalid_argument(
            f"{argument} is empty; type at least one word or character to search for.",
            argument,
        )
    if len(text) > MAX_QUERY_LENGTH:
        raise invalid_argument(
            f"{argument} has {len(text):,} characters; a search is at most "
            f"{MAX_QUERY_LENGTH} characters long.",
            argument,
        )
    return text


@dataclass(frozen=True)
class Filters:
    types: tuple
    member_state: str | None
    theme: str | None
    sdg: int | None


def _filters(types, member_state, theme, sdg):
    chosen = tuple(dict.fromkeys(_value(kind) for kind in types)) if types else ()
    if member_state is not None:
        code = member_state.strip().upper()
        if len(code) != 2 or not code.isalpha():
            raise invalid_argument(
                "memberState must be a two-letter ISO 3166-1 code such as `UY`.", "memberState"
            )
        member_state = code
    if sdg is not None and not 1 <= sdg <= 17:
        raise invalid_argument(f"sdg must be 1 to 17, not {sdg}.", "sdg")
    if theme is not None:
        theme = theme.strip()
    return Filters(chosen or tuple(SEARCH_MODELS), member_state, theme, sdg)


def _candidates(context, language, filters):
    """Ids of the public pages in ``language`` that the filters allow, as a subquery."""
    models = [SEARCH_MODELS[kind] for kind in filters.types]
    if filters.member_state or filters.sdg:
        # Only stories have a country and goals.
        models = [model for model in models if model is StoryPage]
    allowed = Q()
    for model in models:
        queryset = model.objects.all()
        if model is StoryPage and filters.member_state:
            queryset = queryset.filter(member_state__code=filters.member_state)
        if model is StoryPage and filters.sdg:
            queryset = queryset.filter(sdgs__number=filters.sdg)
        if filters.theme is not None:
            if model is DeclarationPage:
                continue
            queryset = queryset.filter(themes__slug=filters.theme)
        allowed |= Q(pk__in=queryset.values("pk"))
    if not allowed:
        return Page.objects.none().values("pk")
    return (
        Page.objects.filter(context.pages.q(), allowed, locale__language_code=language)
        .values("pk")
        .order_by()
    )


class SearchResultsValue:
    """One search: the ordered hits are found at first use, pages and facets on demand."""

    def __init__(self, info, language, text, filters, first, after):
        self.info = info
        self.context = api_context(info)
        self.language = language
        self.text = text
        self.filters = filters
        self.first = page_size(first)
        self.offset = decode_cursor(after)
        self.pattern = highlight.matcher(text)

    @cached_property
    def _hits(self):
        """(page id, content type id, promoted) of every hit, in the order shown."""
        candidates = _candidates(self.context, self.language, self.filters)
        promoted = list(
            Page.objects.filter(
                pk__in=candidates,
                translation_key__in=SearchPromotion.objects.filter(
                    query__query_string=normalise_query_string(self.text)
                ).values("page__translation_key"),
            )
            .annotate(
                position=Subquery(
                    SearchPromotion.objects.filter(
                        query__query_string=normalise_query_string(self.text),
                        page__translation_key=OuterRef("translation_key"),
                    )
                    .values("page__translation_key")
                    .annotate(first=Min("sort_order"))
                    .values("first")[:1]
                )
            )
            .order_by("position", "pk")
            .values_list("pk", "content_type_id")
        )
        hits = [(pk, content_type, True) for pk, content_type in promoted]
        terms = backend_terms(self.text)
        if terms:
            seen = {pk for pk, _, _ in hits}
            backend = for_language(get_search_backend(), self.language)
            found = backend.search(
                terms,
                Page.objects.filter(pk__in=candidates).only("pk", "content_type"),
                operator="and",
            )
            hits.extend(
                (pk, content_type, False)
                for pk, content_type in ranked_ids(found)
                if pk not in seen
            )
        return hits

    @cached_property
    def _window(self):
        if self.first == 0:
            return [], False
        rows = self._hits[self.offset : self.offset + self.first + 1]
        has_next = len(rows) > self.first
        rows = rows[: self.first]
        pages = _fetch_pages(
            self.info, self.context, self.language, [(pk, ct) for pk, ct, _ in rows]
        )
        edges = [
            {
                "cursor": encode_cursor(self.offset + index),
                "node": pages[pk],
                "promoted": promoted,
                "snippet": self._snippet(pages[pk]),
                "highlighted_title": highlight.mark(pages[pk].title, self.pattern),
            }
            for index, (pk, _, promoted) in enumerate(rows)
            if pk in pages
        ]
        return edges, has_next

    def _snippet(self, page):
        texts = [getattr(page, name) for name in SNIPPET_FIELDS[type(page)]]
        return highlight.snippet(texts, self.pattern)

    @property
    def edges(self):
        return self._window[0]

    @property
    def nodes(self):
        return [edge["node"] for edge in self.edges]

    @property
    def total_count(self):
        return len(self._hits)

    @property
    def page_info(self):
        edges, has_next = self._window
        return {
            "has_next_page": has_next,
            "has_previous_page": self.offset > 0,
            "start_cursor": edges[0]["cursor"] if edges else None,
            "end_cursor": edges[-1]["cursor"] if edges else None,
        }

    @property
    def facets(self):
        return SearchFacetsValue(self)


class SearchFacetsValue:
    """Counts over every hit of a search, not only the page shown."""

    def __init__(self, results):
        self.results = results

    def _ids(self, model):
        wanted = _content_type_ids()[model]
        return [pk for pk, content_type_id, _ in self.results._hits if content_type_id == wanted]

    @property
    def types(self):
        counts = Counter(_model_of(ct) for _, ct, _ in self.results._hits)
        return [
            {"type": kind, "count": counts[model]}
            for kind, model in SEARCH_MODELS.items()
            if counts[model]
        ]

    @property
    def member_states(self):
        ids = self._ids(StoryPage)
        if not ids:
            return []
        rows = (
            StoryPage.objects.filter(pk__in=ids)
            .values("member_state__code", "member_state__name")
            .annotate(count=Count("pk"))
            .order_by("-count", "member_state__name")
        )
        return [
            {"value": row["member_state__code"], "label": row["member_state__name"], **row}
            for row in rows
        ]

    @property
    def themes(self):
        story_ids, meeting_ids = self._ids(StoryPage), self._ids(MeetingPage)
        if not story_ids and not meeting_ids:
            return []
        through = [
            (StoryPage.themes.through, "storypage_id", story_ids),
            (MeetingPage.themes.through, "meetingpage_id", meeting_ids),
        ]
        counts, labels = Counter(), {}
        queries = [
            model.objects.filter(**{f"{column}__in": ids})
            .values("theme__slug", "theme__name")
            .annotate(count=Count(column))
            .order_by()
            for model, column, ids in through
            if ids
        ]
        rows = queries[0].union(*queries[1:], all=True) if len(queries) > 1 else queries[0]
        for row in rows:
            counts[row["theme__slug"]] += row["count"]
            labels.setdefault(row["theme__slug"], row["theme__name"])
        return [
            {"value": slug, "label": labels[slug], "count": count}
            for slug, count in sorted(counts.items(), key=lambda item: (-item[1], labels[item[0]]))
        ]


def _content_type_ids():
    # ContentType's own cache: no query after the first lookup of each model.
    return {model: ContentType.objects.get_for_model(model).pk for model in SEARCH_MODELS.values()}


def _model_of(content_type_id):
    for model, pk in _content_type_ids().items():
        if pk == content_type_id:
            return model
    return Page


def _fetch_pages(info, context, language, hits):
    """The pages of ``hits`` ((id, content type id) pairs) by id, one query per page type,
    each type's pages one batch for the loaders; stream fields only when asked for."""
    with_streams = selects(info, *STREAM_FIELDS)
    by_model = defaultdict(list)
    for pk, content_type_id in hits:
        by_model[_model_of(content_type_id)].append(pk)
    pages = {}
    for model, ids in by_model.items():
        queryset = model.objects.filter(pk__in=ids).select_related("locale")
        fetched = list(queryset if with_streams else queryset.defer_streamfields())
        context.attach(fetched, Scope(language))
        pages.update((page.pk, page) for page in fetched)
    return pages


def _log(text):
    # The worker adds the hit; the request only queues it (with the immediate backend of
    # development and tests, the hit is added right away).
    log_search_query.enqueue(text)


def search(
    info, locale, query, types=None, member_state=None, theme=None, sdg=None, first=20, after=None
):
    """The root ``search`` field."""
    language = check_locale(locale)
    text = clean_query(query)
    results = SearchResultsValue(
        info, language, text, _filters(types, member_state, theme, sdg), first, after
    )
    if results.offset == 0:
        # Only the first page of a search counts as one search in the report.
        _log(text)
    return results


def search_suggestions(info, locale, prefix, first=8):
    """The root ``searchSuggestions`` field: public pages whose title starts with words
    beginning as ``prefix`` does, best first."""
    language = check_locale(locale)
    text = clean_query(prefix, "prefix")
    if not 1 <= first <= MAX_SUGGESTIONS:
        raise invalid_argument(f"first must be 1 to {MAX_SUGGESTIONS}, not {first}.", "first")
    terms = backend_terms(text)
    if not terms:
        return []
    context = api_context(info)
    candidates = _candidates(context, language, _filters(None, None, None, None))
    backend = for_language(get_search_backend(), language)
    found = list(
        backend.autocomplete(
            terms, Page.objects.filter(pk__in=candidates).only("pk", "content_type")
        )[:first]
    )
    pages = _fetch_pages(
        info, context, language, [(page.pk, page.content_type_id) for page in found]
    )
    return [pages[page.pk] for page in found if page.pk in pages]
