"""Many published stories in many languages, written straight to the page tree, for benchmarks.

``manage.py generate_stories`` uses this to grow the demo to thousands of stories. Adding
pages one by one (``add_child``, ``save_revision``, ``publish``) costs about 150 ms a page,
most of it in per-page locks, signals, logs and index updates that a benchmark does not
need. Here a batch of stories is written in a handful of statements: the tree paths of every
new page are worked out once from each section's last child, the ``wagtailcore_page`` rows
and the ``stories_storypage`` rows are inserted in bulk, each page gets one revision that is
both its latest and its live revision, the theme, goal and partner links are inserted in
bulk, and each section's child count is raised once. The search index is updated once at
the end.

What the result is: live, public stories whose versions in every language share one
translation key, in the section of their country in that language, with texts and images
borrowed from the demo's own stories in the same language (no text is invented here).
What it is not: wagtail-localize translations (the generated pages have no translation
source to synchronise from), nor entries in Wagtail's reference index or page history.

Every story is a function of the seed and its number only, so the same command gives the
same stories on every machine, and running it again adds only what is missing.
"""

import contextlib
import json
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField, F, OuterRef, Subquery, Value
from django.db.models.functions import Cast
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backends
from wagtail.search.models import IndexEntry

from stories.models import MemberStateStoriesPage, StoryPage

REVISION_CONTENT = Revision._meta.get_field("content")
M2M = ("themes", "sdgs", "partners")
# The page's child relations (comments, related stories), empty on a generated story.
CHILD_RELATIONS = [relation.get_accessor_name() for relation in get_all_child_relations(StoryPage)]

SLUG_PREFIX = "generated"
# A fixed namespace so that a story's translation key depends on its seed and number only.
KEYS = uuid.UUID("0b8f0a52-3c1e-4c55-9d47-7a1f3e2b6c10")
EARLIEST = date(2018, 9, 24)  # the initiative's launch
PERIOD_DAYS = 365 * 8


class GeneratorError(Exception):
    """The database lacks what the generator builds on (the demo content)."""


def slug_of(seed, number):
    return f"{SLUG_PREFIX}-{seed}-{number:06d}"


@dataclass
class Template:
    """A demo story whose texts, images and links a generated story borrows."""

    title_words: list
    summary_words: list
    hero_image_id: int
    hero_image_alt: str
    body: list
    themes: list
    sdgs: list
    partners: list
    location: str


class Plan:
    """What the generator builds on: each language's sections and the demo's stories."""

    def __init__(self, languages):
        self.locales = {}
        for code in languages:
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                raise GeneratorError(f"There is no “{code}” locale; run manage.py load_demo first.")
            self.locales[code] = locale
        sections = MemberStateStoriesPage.objects.filter(locale__in=self.locales.values())
        self.sections = {}
        for section in sections.select_related("member_state"):
            key = (str(section.member_state.code), section.locale_id)
            self.sections[key] = section
        self.countries = sorted({code for code, _ in self.sections})
        if not self.countries:
            raise GeneratorError("There are no story sections; run manage.py load_demo first.")
        self.templates = {code: self._templates(locale) for code, locale in self.locales.items()}
        self.content_type = ContentType.objects.get_for_model(StoryPage)
        self.page_type = ContentType.objects.get_for_model(Page)
        # The next free step under each section, counted once and kept up to date here.
        self.next_step = {}

    def _templates(self, locale):
        stories = list(
            StoryPage.objects.live()
            .filter(locale=locale, hero_image__isnull=False)
            .exclude(slug__startswith=f"{SLUG_PREFIX}-")
            .prefetch_related("themes", "sdgs", "partners")
            .order_by("pk")
        )
        if not stories:
            raise GeneratorError(
                f"There is no demo story in “{locale.language_code}” to borrow texts from; "
                "run manage.py load_demo first."
            )
        return [
            Template(
                title_words=story.title.split(),
                summary_words=story.summary.split(),
                hero_image_id=story.hero_image_id,
                hero_image_alt=story.hero_image_alt,
                body=list(story.body.raw_data),
                themes=list(story.themes.all()),
                sdgs=list(story.sdgs.all()),
                partners=list(story.partners.all()),
                location=story.location,
            )
            for story in stories
        ]

    def path_for(self, section):
        """The tree path of the next child of ``section``, from its last child's path."""
        step = self.next_step.get(section.pk)
        if step is None:
            last = (
                Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.next_step[section.pk] = step + 1
        return Page._get_path(section.path, section.depth + 1, step)


def shuffled(rng, words, low, high):
    count = min(len(words), rng.randint(low, high))
    return " ".join(rng.sample(words, count)) if count else ""


def story_pages(plan, seed, number, missing):
    """The versions of story ``number`` in the locales ``missing`` lacks, not yet saved."""
    rng = random.Random(f"{seed}:{number}")  # noqa: S311 (test data, not security)
    country = rng.choice(plan.countries)
    key = uuid.uuid5(KEYS, f"{seed}:{number}")
    day = EARLIEST + timedelta(days=rng.randrange(PERIOD_DAYS))
    story_date = None if rng.random() < 0.05 else day
    published = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(
        days=rng.randrange(60), seconds=rng.randrange(86_400)
    )
    edited = published + timedelta(days=rng.randrange(30), seconds=rng.randrange(86_400))
    pick = rng.random()
    pages = []
    for code, locale in plan.locales.items():
        if locale.pk not in missing:
            continue
        section = plan.sections.get((country, locale.pk))
        if section is None:
            continue
        template = plan.templates[code][int(pick * len(plan.templates[code]))]
        title = shuffled(rng, template.title_words, 3, 8) or slug_of(seed, number)
        slug = slug_of(seed, number)
        page = StoryPage(
            title=title[:255],
            draft_title=title[:255],
            slug=slug,
            content_type=plan.content_type,
            path=plan.path_for(section),
            depth=section.depth + 1,
            numchild=0,
            url_path=f"{section.url_path}{slug}/",
            locale=locale,
            translation_key=key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=edited,
            latest_revision_created_at=edited,
            owner_id=section.owner_id,
            member_state_id=section.member_state_id,
            summary=shuffled(rng, template.summary_words, 12, 40)[:300],
            story_date=story_date,
            location=template.location,
            hero_image_id=template.hero_image_id,
            hero_image_alt=template.hero_image_alt,
            body=template.body,
            consent_confirmed=True,
        )
        page.set_sort_keys()
        # A new page has no comments or related stories: said here, so that serialising
        # it for its revision asks the database nothing.
        for relation in CHILD_RELATIONS:
            setattr(page, relation, [])
        page.themes = template.themes
        page.sdgs = template.sdgs
        page.partners = template.partners
        pages.append(page)
    return pages


def _insert(model, objs, fields, returning=False):
    """INSERT ``objs`` into ``model``'s own table in as few statements as the database allows.

    Django's ``bulk_create`` refuses models with a parent table, so the two tables of a
    page are filled the way ``Model.save`` fills them, one batch of rows at a time.
    """
    size = max(1, connection.ops.bulk_batch_size(fields, objs) or len(objs))
    rows = []
    with json_as_literals(objs, fields):
        for start in range(0, len(objs), size):
            batch = objs[start : start + size]
            returned = model._base_manager._insert(
                batch,
                fields=fields,
                returning_fields=[model._meta.pk] if returning else None,
                using=connection.alias,
            )
            if returning:
                rows.extend(returned)
    return rows


@contextlib.contextmanager
def json_as_literals(objs, fields):
    """Insert the JSON columns (stream fields) of ``objs`` as one literal per row.

    Django 5.2 inserts rows on PostgreSQL as arrays (``UNNEST``) unless a value is an
    expression, and the client-side driver escapes every quote of every JSON text in an
    array with a regular expression: about 20 ms a story page. A ``Value`` per row keeps
    the plain ``VALUES`` form, whose strings the driver escapes in C.
    """
    json_fields = [field for field in fields if field.get_internal_type() == "JSONField"]
    saved = [(obj, field, obj.__dict__[field.attname]) for obj in objs for field in json_fields]
    for obj, field, value in saved:
        obj.__dict__[field.attname] = Value(value, output_field=field)
    try:
        yield
    finally:
        for obj, field, value in saved:
            obj.__dict__[field.attname] = value


def save_batch(plan, pages):
    """Write ``pages`` (new ``StoryPage`` instances) with their revisions and links."""
    page_fields = [field for field in Page._meta.local_concrete_fields if field.name != "id"]
    for page, (pk,) in zip(pages, _insert(Page, pages, page_fields, returning=True), strict=True):
        page.id = page.page_ptr_id = pk
    _insert(StoryPage, pages, StoryPage._meta.local_concrete_fields)

    revisions = [
        Revision(
            content_type=plan.content_type,
            base_content_type=plan.page_type,
            object_id=str(page.pk),
            user_id=page.owner_id,
            object_str=page.title,
            # A literal, not an array element (see json_as_literals).
            content=Value(page.serializable_data(), output_field=REVISION_CONTENT),
            created_at=page.last_published_at,
        )
        for page in pages
    ]
    Revision.objects.bulk_create(revisions)
    # One UPDATE that finds each page's revision through the revisions' index, rather than
    # an UPDATE … CASE with a branch per page.
    revision = Revision.objects.filter(
        base_content_type=plan.page_type, object_id=Cast(OuterRef("pk"), CharField())
    ).values("pk")[:1]
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(
        latest_revision_id=Subquery(revision), live_revision_id=Subquery(revision)
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
    for relation, column in (
        ("themes", "theme_id"),
        ("sdgs", "sustainabledevelopmentgoal_id"),
        ("partners", "organisation_id"),
    ):
        through = getattr(StoryPage, relation).through
        through.objects.bulk_create(
            through(storypage_id=page.pk, **{column: target.pk})
            for page in pages
            for target in getattr(page, relation).all()
        )
    added = {}
    for page in pages:
        parent_path = page.path[: -Page.steplen]
        added[parent_path] = added.get(parent_path, 0) + 1
    for path, count in added.items():
        Page.objects.filter(path=path).update(numchild=F("numchild") + count)


def generate(count, languages, seed, *, batch_size=250, progress=None, on_batch=None):
    """Make sure stories ``0 … count-1`` of ``seed`` exist in ``languages``; returns pages added.

    ``on_batch(page_ids)`` runs inside each batch's transaction once its pages are written
    (the command indexes them there, so an interrupted run leaves no page unindexed);
    ``progress(done)`` is called after each batch with the number of stories it handled.
    """
    plan = Plan(languages)
    added = []
    for start in range(0, count, batch_size):
        numbers = range(start, min(count, start + batch_size))
        slugs = [slug_of(seed, number) for number in numbers]
        existing = {}
        for slug, locale_id in StoryPage.objects.filter(slug__in=slugs).values_list(
            "slug", "locale_id"
        ):
            existing.setdefault(slug, set()).add(locale_id)
        wanted = {locale.pk for locale in plan.locales.values()}
        pages = []
        for number, slug in zip(numbers, slugs, strict=True):
            missing = wanted - existing.get(slug, set())
            if missing:
                pages.extend(story_pages(plan, seed, number, missing))
        if pages:
            with transaction.atomic():
                save_batch(plan, pages)
                if on_batch:
                    on_batch([page.pk for page in pages])
            added.extend(page.pk for page in pages)
        if progress:
            progress(len(numbers))
    return added


def linked_snippets(page_ids):
    """The themes, goals and partners of each page, by relation and page id: three queries."""
    links = {}
    for relation in M2M:
        field = StoryPage._meta.get_field(relation)
        through = field.remote_field.through
        target = field.m2m_reverse_field_name()
        rows = through.objects.filter(storypage_id__in=page_ids).select_related(target)
        by_page = links[relation] = {}
        for row in rows.order_by("pk"):
            by_page.setdefault(row.storypage_id, []).append(getattr(row, target))
    return links


def analyze():
    """Refresh PostgreSQL's statistics of the tables the generator fills.

    Right after thousands of rows arrive, the planner still believes the tables hold the
    demo's few hundred, and picks plans (nested loops over "one" row) that are slow at
    the new size; autovacuum would get there only later.
    """
    if connection.vendor != "postgresql":
        return
    models = [Page, StoryPage, Revision, IndexEntry]
    models += [StoryPage._meta.get_field(name).remote_field.through for name in M2M]
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


class Reindexer:
    """Adds generated pages to every search backend, batch after batch.

    Generated stories borrow their body from a few demo stories, so pages with the same
    body share one converted value, and its searchable text (which the index and the CJK
    terms both read) is extracted once per distinct body instead of twice per page.
    """

    def __init__(self):
        self.backends = list(get_search_backends(with_auto_update=True))
        self.bodies = {}
        self.texts = {}

    def __call__(self, page_ids):
        items = list(
            StoryPage.get_indexed_objects().filter(pk__in=page_ids).select_related("locale")
        )
        links = linked_snippets(page_ids)
        for item in items:
            key = json.dumps(list(item.body.raw_data), sort_keys=True)
            # The field's own attribute, as loading from the database sets it.
            item.__dict__["body"] = self.bodies.setdefault(key, item.body)
            for relation, targets in links.items():
                # Set on the page as a form would, so the indexer asks the database nothing.
                setattr(item, relation, targets.get(item.pk, []))
        with self._body_text_shared():
            for backend in self.backends:
                backend.add_bulk(StoryPage, items)

    @contextlib.contextmanager
    def _body_text_shared(self):
        field = StoryPage._meta.get_field("body")
        extract = field.get_searchable_content

        def shared(value):
            key = id(value)
            if key not in self.texts:
                self.texts[key] = extract(value)
            return self.texts[key]

        field.get_searchable_content = shared
        try:
            yield
        finally:
            del field.get_searchable_content


def reindex(page_ids, *, batch_size=1000, progress=None):
    """Add the pages ``page_ids`` to every search backend, one batch at a time."""
    reindexer = Reindexer()
    for start in range(0, len(page_ids), batch_size):
        batch = page_ids[start : start + batch_size]
        reindexer(batch)
        if progress:
            progress(len(batch))
