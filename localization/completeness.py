"""Where each page stands in each content language: exists, live, out of date, ready.

Pages that translate one another share a ``translation_key``. One of them is the **source**:
the page that wagtail-localize translations are made from (the locale of the group's first
``TranslationSource``), or, for a group never sent through wagtail-localize, the page in
the default language, or failing that the oldest page. Any language can be the source.

For every other content language the group's status says:

- **exists**: a real page in that language (an alias that only mirrors the source, as
  wagtail-localize's locale synchronisation creates, does not count);
- **live**: that page is published; **scheduled**: it is not live but has a revision
  approved to go live at a set time;
- **out of date**: the source changed after the translation last took it in. For a
  translation synced by wagtail-localize, that is when the source content a sync would copy
  (the published version of a live source, the latest draft of an unpublished one) differs,
  in its translatable and synchronised fields, from the content stored at the last sync
  (``TranslationSource.content_json``, taken at ``TranslationSource.last_updated_at``).
  Timestamps pick the candidates (source published or saved after the last sync) and the
  comparison confirms them, so republishing an unchanged source does not flag anything. For
  a translation edited by hand (never synced, or with its sync stopped), it is when the
  source changed after the translation's latest revision;
- **ready** (to publish): the source itself; or a page that exists, is not out of date and,
  if synced, has every text segment translated without errors. Two things do not block:
  the page's slug (left untranslated, the translation keeps the source's slug under its
  own language prefix, e.g. ``/fr/stories/uy/una-computadora-para-cada-escolar/``), and
  related snippets not yet translated (the page then shows their source-language version).
  Segment counts leave the slug out for the same reason, and segments made only of digits
  and number punctuation (a key figure “45” or “12,000”): they read the same in every
  language, and publishing copies an untranslated one from the source.

A page type declares the languages it must be published in with a class attribute,
``required_languages = "__all__"`` or a list of language codes; without it, none is
required. ``localization.checks`` validates the attribute.

Statuses are computed in bulk: a fixed number of queries for any number of pages (plus,
when some translations may be out of date, a few per page type for the content comparison),
so the report pages and the API stay fast.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Revision
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

ALL_LANGUAGES = "__all__"

# The database handles at most this many parameters in one IN clause comfortably (SQLite's
# historical limit is 999).
_CHUNK = 500

# The page slug segment: translatable, but a translation may keep the source's slug.
SLUG_PATH = "slug"

# Text that is only a number ("45", "12,000", "3.5%", "1 200", "2018-2030"): nothing to
# translate. Written for both SQLite's (Python) and PostgreSQL's regular expressions.
NUMERIC_TEXT = "^[0-9 .,:%+/()–-]+$"


def content_languages():
    """(code, English name) of every content language, in the order of the settings."""
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def language_name(code):
    return str(dict(settings.WAGTAIL_CONTENT_LANGUAGES).get(code, code))


def required_language_codes(model):
    """The language codes a page type (class or instance) must be published in."""
    value = getattr(model, "required_languages", ())
    if value == ALL_LANGUAGES:
        return tuple(code for code, _name in content_languages())
    return tuple(value or ())


class State:
    MISSING = "missing"
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    LIVE = "live"

    LABELS = {
        MISSING: _("Missing"),
        DRAFT: _("Draft"),
        SCHEDULED: _("Scheduled"),
        LIVE: _("Live"),
    }


@dataclass
class LanguageStatus:
    """One language of one translation group."""

    code: str
    name: str
    required: bool = False
    is_source: bool = False
    page: Page | None = None
    synced: bool = False
    translation: Translation | None = None
    total_segments: int = 0
    translated_segments: int = 0
    errored_segments: int = 0
    out_of_date: bool = False
    scheduled_at: object = None

    @property
    def exists(self):
        return self.page is not None

    @property
    def live(self):
        return bool(self.page and self.page.live)

    @property
    def state(self):
        if self.page is None:
            return State.MISSING
        if self.page.live:
            return State.LIVE
        if self.scheduled_at:
            return State.SCHEDULED
        return State.DRAFT

    @property
    def state_label(self):
        return State.LABELS[self.state]

    @property
    def missing_segments(self):
        return max(self.total_segments - self.translated_segments, 0) if self.synced else 0

    @property
    def complete(self):
        return not self.synced or (self.missing_segments == 0 and self.errored_segments == 0)

    @property
    def ready(self):
        if self.is_source:
            return True
        return self.exists and self.complete and not self.out_of_date

    @property
    def problem(self):
        """Why this language is not ready to publish, in words; empty when it is."""
        if self.ready:
            return ""
        if not self.exists:
            return str(_("not translated yet"))
        reasons = []
        if self.missing_segments:
            reasons.append(
                _("%(done)s of %(total)s segments translated")
                % {"done": self.translated_segments, "total": self.total_segments}
            )
        if self.errored_segments:
            reasons.append(_("%(count)s segments have errors") % {"count": self.errored_segments})
        if self.out_of_date:
            reasons.append(_("out of date: the source changed since the last sync"))
        return ", ".join(str(reason) for reason in reasons)

    @property
    def summary(self):
        """A short cell text, e.g. “Live”, “Draft · 12/15”, “Live · out of date”."""
        if self.is_source:
            return f"{self.state_label} · {_('source')}"
        parts = [str(self.state_label)]
        if self.exists and self.synced and not self.complete:
            parts.append(f"{self.translated_segments}/{self.total_segments}")
        if self.out_of_date:
            parts.append(str(_("out of date")))
        return " · ".join(parts)


@dataclass
class PageTranslationStatus:
    """All content languages of one translation group, in the order of the settings."""

    page: Page
    languages: list = field(default_factory=list)

    def __getitem__(self, code):
        for status in self.languages:
            if status.code == code:
                return status
        raise KeyError(code)

    @property
    def source(self):
        return next(status for status in self.languages if status.is_source)

    @property
    def translations(self):
        return [status for status in self.languages if not status.is_source]

    @property
    def has_translations(self):
        """True if the page exists in at least one language besides its source."""
        return any(status.exists for status in self.translations)

    @property
    def required_codes(self):
        return [status.code for status in self.languages if status.required]

    @property
    def missing_required(self):
        """Required languages that are not ready to publish."""
        return [status for status in self.languages if status.required and not status.ready]

    @property
    def existing_count(self):
        return sum(status.exists for status in self.languages)

    @property
    def live_count(self):
        return sum(status.live for status in self.languages)

    @property
    def out_of_date_count(self):
        return sum(status.out_of_date for status in self.languages)


def source_pages(queryset=None):
    """The source page of every translation group in ``queryset`` (all pages by default)."""
    queryset = Page.objects.all() if queryset is None else queryset
    default_locale_id = Locale.get_default().pk
    group = Page.objects.filter(translation_key=OuterRef("translation_key"), alias_of__isnull=True)
    return (
        queryset.filter(depth__gt=1, alias_of__isnull=True)
        .annotate(
            _source_locale_id=Subquery(
                TranslationSource.objects.filter(object_id=OuterRef("translation_key"))
                .order_by("created_at", "pk")
                .values("locale_id")[:1]
            ),
            _has_default_page=Exists(group.filter(locale_id=default_locale_id)),
            _first_page_id=Subquery(group.order_by("pk").values("pk")[:1]),
        )
        .filter(
            Q(_source_locale_id=F("locale_id"))
            | Q(_source_locale_id__isnull=True, locale_id=default_locale_id)
            | Q(_source_locale_id__isnull=True, _has_default_page=False, pk=F("_first_page_id"))
        )
    )


def source_page_for(page):
    """The source page of ``page``'s translation group (``page`` itself if it is the source)."""
    return source_pages(Page.objects.filter(translation_key=page.translation_key)).first()


def translation_status(page):
    """The status of ``page``'s translation group, whichever of its pages is given."""
    source = source_page_for(page) or page
    return translation_statuses([source])[source.pk]


def translation_statuses(pages):
    """{source page id: PageTranslationStatus} for source pages (see ``source_pages``)."""
    pages = list(pages)
    result = {}
    for start in range(0, len(pages), _CHUNK):
        result.update(_statuses_for_chunk(pages[start : start + _CHUNK]))
    return result


_PAGE_FIELDS = [
    "id",
    "title",
    "draft_title",
    "slug",
    "translation_key",
    "locale_id",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision_created_at",
    "content_type_id",
    "alias_of_id",
    "depth",
    "path",
    "url_path",
]


def _content_changed_at(page):
    """When the content a sync copies from ``page`` last changed.

    A live page's database row holds its published version (drafts live in revisions); an
    unpublished page's row is rewritten by every draft save.
    """
    if page.live:
        return page.last_published_at
    return page.latest_revision_created_at or page.last_published_at


def _statuses_for_chunk(sources):
    if not sources:
        return {}
    locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    keys = {page.translation_key for page in sources}

    pages = {}
    for page in Page.objects.filter(translation_key__in=keys, alias_of__isnull=True).only(
        *_PAGE_FIELDS
    ):
        pages[(page.translation_key, locales.get(page.locale_id))] = page

    translations = {}
    for translation in (
        Translation.objects.filter(source__object_id__in=keys)
        .select_related("source")
        .order_by("enabled", "created_at")
    ):
        # Ordered so that an enabled translation wins over a stopped one for the same locale.
        code = locales.get(translation.target_locale_id)
        translations[(translation.source.object_id, code)] = translation

    progress = _segment_progress(
        {t.source_id for t in translations.values() if t.enabled}, set(locales)
    )
    scheduled = dict(
        Revision.page_revisions.filter(
            object_id__in=[str(page.pk) for page in pages.values() if not page.live],
            approved_go_live_at__isnull=False,
        ).values_list("object_id", "approved_go_live_at")
    )
    stale_sources = _changed_sources(
        {t.source for t in translations.values() if t.enabled}, pages, locales
    )

    result = {}
    for source in sources:
        source_code = locales.get(source.locale_id)
        required = set(required_language_codes(source.specific_class or Page))
        status = PageTranslationStatus(page=source)
        for code, name in content_languages():
            page = source if code == source_code else pages.get((source.translation_key, code))
            language = LanguageStatus(
                code=code,
                name=str(name),
                required=code in required,
                is_source=code == source_code,
                page=page,
                scheduled_at=scheduled.get(str(page.pk)) if page and not page.live else None,
            )
            translation = translations.get((source.translation_key, code))
            if page is not None and not language.is_source:
                if translation is not None and translation.enabled:
                    language.synced = True
                    language.translation = translation
                    counts = progress.get((translation.source_id, translation.target_locale_id))
                    language.total_segments = progress.get((translation.source_id, None), 0)
                    language.translated_segments = counts["translated"] if counts else 0
                    language.errored_segments = counts["errored"] if counts else 0
                    language.out_of_date = translation.source_id in stale_sources
                else:
                    changed_at = _content_changed_at(source)
                    edited_at = page.latest_revision_created_at or page.last_published_at
                    language.out_of_date = bool(changed_at and edited_at and changed_at > edited_at)
            status.languages.append(language)
        result[source.pk] = status
    return result


def _segment_progress(source_ids, locale_ids):
    """{(source id, None): segments, (source id, locale id): {translated, errored}}."""
    if not source_ids:
        return {}
    progress = {
        (row["source_id"], None): row["total"]
        for row in StringSegment.objects.filter(source_id__in=source_ids)
        .exclude(context__path=SLUG_PATH)
        .exclude(string__data__regex=NUMERIC_TEXT)
        .values("source_id")
        .annotate(total=Count("pk"))
    }
    rows = (
        StringTranslation.objects.filter(
            translation_of__segments__source_id__in=source_ids,
            translation_of__segments__context_id=F("context_id"),
            locale_id__in=locale_ids,
        )
        .exclude(context__path=SLUG_PATH)
        .exclude(translation_of__data__regex=NUMERIC_TEXT)
        .values("translation_of__segments__source_id", "locale_id")
        .annotate(
            translated=Count("pk", filter=Q(has_error=False)),
            errored=Count("pk", filter=Q(has_error=True)),
        )
    )
    for row in rows:
        progress[(row["translation_of__segments__source_id"], row["locale_id"])] = {
            "translated": row["translated"],
            "errored": row["errored"],
        }
    return progress


def _changed_sources(sources, pages, locales):
    """Ids of the TranslationSources whose source page changed since the last sync."""
    candidates = {}
    for source in sources:
        page = pages.get((source.object_id, locales.get(source.locale_id)))
        if page is None:
            continue
        changed_at = _content_changed_at(page)
        if changed_at and changed_at > source.last_updated_at:
            candidates[page.pk] = source
    if not candidates:
        return set()
    return {
        candidates[page.pk].pk
        for page in _specific_with_relations(candidates)
        if source_content_differs(candidates[page.pk], page)
    }


def _specific_with_relations(ids):
    """The specific pages of ``ids`` with the relations a sync copies prefetched: a query
    per page type and relation, however many pages there are."""
    by_model = defaultdict(list)
    for pk, content_type_id in Page.objects.filter(pk__in=ids).values_list("pk", "content_type"):
        by_model[ContentType.objects.get_for_id(content_type_id).model_class()].append(pk)
    pages = []
    for model, pks in by_model.items():
        if model is None:
            continue
        relations = []
        for translatable in get_translatable_fields(model):
            try:
                field = model._meta.get_field(translatable.field_name)
            except FieldDoesNotExist:
                continue
            if field.is_relation and (field.one_to_many or field.many_to_many):
                relations.append(translatable.field_name)
        pages.extend(model.objects.filter(pk__in=pks).prefetch_related(*relations))
    return pages


def source_content_differs(translation_source, instance):
    """True if ``instance``'s translatable and synchronised fields differ from the last sync.

    Serialises only those fields, as wagtail-localize does when it stores a source
    (``to_json``), so the comparison needs no query beyond the page's child relations.
    """
    names = [translatable.field_name for translatable in get_translatable_fields(type(instance))]
    current = get_serializable_data_for_fields(instance)
    for name in names:
        if name in current:
            continue
        related = getattr(instance, name, None)
        if hasattr(related, "all"):
            current[name] = [
                child.serializable_data()
                if isinstance(child, ClusterableModel)
                else get_serializable_data_for_fields(child)
                for child in related.all()
            ]
    current = json.loads(json.dumps(current, cls=DjangoJSONEncoder))
    stored = json.loads(translation_source.content_json)
    model = type(instance)
    return any(
        _comparable(model, name, current.get(name)) != _comparable(model, name, stored.get(name))
        for name in names
    )


def _comparable(model, name, value):
    # A StreamField is serialised as JSON text, and PostgreSQL's jsonb does not keep key
    # order, so the same blocks can come back as different text: compare the data.
    if isinstance(value, str):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            return value
        if isinstance(field, StreamField):
            return json.loads(value)
    return value
