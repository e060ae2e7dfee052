"""``manage.py load_demo``: fill a development database with the multilingual demo content.

It creates the coalition's member states, themes, organisations and people, the page tree
of every language, the stories (some written first in Spanish, French or Arabic), the
launch event, the Geneva meeting, the next meeting and the joint declaration, and demo
users. Translations go through wagtail-localize exactly as an editor's would, so the
translation states (live, draft, incomplete, out of date) are real.

Loading is idempotent: whatever exists is found by its natural key and left alone, so a
second run creates nothing. Nothing is fetched from the network; video links are stored
as links, never resolved. The command refuses to run when ``DEBUG`` is off unless
``--force`` is given, because it creates users with a published password.
"""

import contextlib
import datetime
import functools
import hashlib
import html
import io
import json
import logging
import sys
import time
import uuid
import zoneinfo
from collections import defaultdict
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from tqdm import tqdm
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.strings import StringValue

from coalition.models import MemberState, Organisation, Person, SustainableDevelopmentGoal, Theme
from editorial.roles import SECRETARIAT_GROUP, editors_group_name
from home.demo import data, events, files, images, site
from home.demo.data import EN, LANGUAGES, OTHER_LANGUAGES
from home.demo.stories import STORIES, UDHR_URL, story_texts
from home.models import HomePage, HomePageFeaturedStory, StandardPage
from media_library.models import CaptionTrack, CustomImage, HostedMedia
from meetings.models import DeclarationPage, MeetingIndexPage, MeetingPage, Signatory
from stories.models import MemberStateStoriesPage, StoryIndexPage, StoryPage

# Stable block ids: the same story gets the same ids on every machine, so translations
# made against one load line up with another.
BLOCK_IDS = uuid.UUID("6f0d7c2e-5b7a-4c1e-9a53-2f4c3b1d8e90")
TOOL_NAME = "Demo content loader"
FEATURED_STORIES = [
    "no/health-care-in-the-sami-language",
    "pe/interpretes-de-lenguas-indigenas",
    "tn/مدارس-مفتوحة-لكل-الأطفال",
    "kr/a-national-action-plan-shaped-by-citizens",
    "gm/listening-sessions-in-every-region",
    "uy/una-computadora-para-cada-escolar",
]
GALLERY_PALETTES = ["teal", "amber", "purple", "navy", "green", "red"]


def indexed_parent(instance):
    """The object whose index entries cover ``instance``: itself, or its cluster's parent."""
    while True:
        keys = [field for field in instance._meta.get_fields() if isinstance(field, ParentalKey)]
        if not keys:
            return instance
        instance = getattr(instance, keys[0].name)
        if instance is None:
            return None


@contextlib.contextmanager
def deferred_indexing():
    """Update the search index and Wagtail's reference index once per object, at the end.

    While loading, a page is saved many times (created, revised, published, translated),
    and re-indexing it after every save would cost more than everything else the loader
    does. Inside this block, saves are only remembered; on a clean exit each remembered
    object is indexed once, the way the signal handlers would have indexed it.
    """
    touched = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        parent = None if raw else indexed_parent(instance)
        if parent is not None:
            touched[type(parent)].add(parent.pk)

    searchable = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    post_save.connect(remember, dispatch_uid="load-demo-remember-saves", weak=False)
    for model in searchable:
        post_save.disconnect(search_post_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="load-demo-remember-saves")
        for model in searchable:
            post_save.connect(search_post_save, sender=model)
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in touched.items():
        if ReferenceIndex.is_indexed(model):
            for instance in model.objects.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(instance)
        if model in searchable:
            items = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in backends:
                backend.add_bulk(model, items)


@contextlib.contextmanager
def renditions_not_warmed():
    """Skip warming image renditions on each publish while the demo is loading.

    The media library warms a page's renditions after it is published; for two hundred
    pages published in one go that would double the load time. ``manage.py
    warm_renditions`` generates them all at once, and the API generates any missing one
    on first use.
    """
    from media_library import signal_handlers

    disconnected = page_published.disconnect(dispatch_uid="media_library_warm")
    try:
        yield
    finally:
        if disconnected:
            signal_handlers.register_signal_handlers()


@contextlib.contextmanager
def editorial_roles_applied_once():
    """Hold back the per-save editorial-role handlers; the loader applies the roles in one go.

    ``editorial.signals`` updates a country's groups and permissions after every member
    state and story section saved, which is right in the admin and wasteful in a bulk load
    that creates 84 sections. As ``setup_editorial_roles`` recommends for bulk changes,
    the loader runs that command once the structure exists (the "Roles and users" step).
    """
    from editorial import signals as role_signals

    receivers = [
        (pre_save, MemberState, "roles-member-state-name"),
        (post_save, MemberState, "roles-member-state"),
        (pre_save, MemberStateStoriesPage, "roles-section-member-state"),
        (post_save, MemberStateStoriesPage, "roles-section"),
        (post_save, StoryIndexPage, "roles-story-index"),
        (post_save, HomePage, "roles-home-page"),
    ]
    disconnected = [
        signal.disconnect(sender=sender, dispatch_uid=uid) for signal, sender, uid in receivers
    ]
    try:
        yield
    finally:
        if any(disconnected):
            role_signals.connect()


@contextlib.contextmanager
def quiet_loggers(names=("wagtail", "wagtail_localize", "django_tasks")):
    """Keep per-page log lines ("Page created", "Task ... SUCCESSFUL") out of the progress bar."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def block_id(*parts):
    return str(uuid.uuid5(BLOCK_IDS, "/".join(str(part) for part in parts)))


def paragraph(text):
    return f"<p>{html.escape(text, quote=False)}</p>"


def list_items(owner, values):
    """ListBlock data in the editor's format, each item with a stable id."""
    return [
        {"type": "item", "value": value, "id": block_id(owner, "item", index)}
        for index, value in enumerate(values)
    ]


def wall_clock(moment):
    """ISO text of a naive venue time, as the wall-clock blocks store it."""
    return moment.replace(tzinfo=None).isoformat()


class DemoLoader:
    """Creates whatever part of the demo content is missing, one step at a time."""

    def __init__(self, today):
        self.today = today
        self.created = 0
        self.locales = {}
        self.member_states = {}
        self.themes = {}
        self.sdgs = {}
        self.organisations = {}
        self.people = {}
        self.images = {}
        self.documents = {}
        self.videos = {}
        self.pages = {}
        self.users = {}
        self.next_meeting = events.next_meeting(today)

    # -- The plan --------------------------------------------------------------------------

    def steps(self):
        """Every unit of work, in order, as (label, callable); the progress bar counts them."""
        steps = [("Languages and library", self.prepare)]
        steps += [("Member states", lambda c=c: self.member_state(c)) for c in data.COUNTRIES]
        steps += [("Themes", lambda t=t: self.theme(t)) for t in data.THEMES]
        steps += [("Goals", self.load_sdgs)]
        steps += [("Organisations", lambda o=o: self.organisation(o)) for o in data.ORGANISATIONS]
        steps += [("People", lambda p=p: self.person(p)) for p in data.PEOPLE]
        steps += [
            ("Translating snippets", lambda c=c: self.translate_member_state(c))
            for c in data.COUNTRIES
        ]
        steps += [
            ("Translating snippets", lambda t=t: self.translate_theme(t)) for t in data.THEMES
        ]
        steps += [("Translating snippets", self.translate_sdgs)]
        steps += [
            ("Translating snippets", lambda o=o: self.translate_organisation(o))
            for o in data.ORGANISATIONS
        ]
        steps += [
            ("Translating snippets", lambda p=p: self.translate_person(p)) for p in data.PEOPLE
        ]
        steps += [("Site structure", self.home), ("Site structure", self.indexes)]
        steps += [("Site structure", lambda c=c: self.section(c)) for c in data.COUNTRIES]
        steps += [
            ("Translating the site", self.translate_home),
            ("Translating the site", self.translate_indexes),
        ]
        steps += [
            ("Translating the site", lambda c=c: self.translate_section(c)) for c in data.COUNTRIES
        ]
        steps += [("Roles and users", self.roles_and_users), ("Media", self.media)]
        steps += [("Stories", lambda s=s: self.story(s)) for s in STORIES]
        steps += [("Translating stories", lambda s=s: self.translate_story(s)) for s in STORIES]
        steps += [
            ("Meetings", lambda m=m: self.meeting(m))
            for m in (events.LAUNCH, events.GENEVA, self.next_meeting)
        ]
        steps += [
            ("Declaration and text pages", self.declaration),
            ("Declaration and text pages", self.text_pages),
        ]
        steps += [
            ("Translating meetings", lambda m=m: self.translate_meeting(m))
            for m in (events.LAUNCH, events.GENEVA, self.next_meeting)
        ]
        steps += [("Translating the declaration", self.translate_declaration)]
        steps += [("Translating text pages", self.translate_text_pages)]
        steps += [("Featured stories", self.featured_stories), ("Later edits", self.later_edits)]
        return steps

    # -- Helpers ---------------------------------------------------------------------------

    def locale(self, language):
        return self.locales[language]

    def add_page(self, parent, page, *, owner=None, publisher=None):
        """Add ``page`` under ``parent``, saved by ``owner`` and published by ``publisher``."""
        page.live = False
        page.owner = owner or self.users["admin"]
        parent.add_child(instance=page)
        page.save_revision(user=page.owner, log_action=True).publish(
            user=publisher or self.users["admin"]
        )
        page.refresh_from_db()
        self.created += 1
        return page

    def child(self, parent, model, slug):
        return model.objects.child_of(parent).filter(slug=slug).first()

    def translate(self, instance, language, strings, *, live=True, contexts=None, publisher=None):
        """Translate ``instance`` with wagtail-localize, filling in the strings we know.

        ``strings`` maps source text to translated text; ``contexts`` maps a segment path to
        a translation where the same source text needs different translations. The known
        translations go into wagtail-localize's translation memory as a translator's PO
        import would put them there; segments with no translation keep the source text,
        so the page shows as incomplete. Pages are saved as drafts, then published when
        ``live``.
        """
        locale = self.locale(language)
        existing = instance.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific if isinstance(existing, Page) else existing
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation, _ = LocalizeTranslation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        self.remember_translations(source, locale, strings, contexts or {})
        is_page = isinstance(instance, Page)
        # Snippets have no draft state: wagtail-localize saves them directly.
        translation.save_target(user=self.users["admin"], publish=not is_page)
        self.created += 1
        target = instance.get_translation(locale)
        if not is_page:
            return target
        target = target.specific
        if live:
            target.get_latest_revision().publish(user=publisher or self.users["admin"])
            target.refresh_from_db()
        return target

    def remember_translations(self, source, locale, strings, contexts):
        """Store translations of ``source``'s text segments, as ``Translation.import_po`` does.

        One bulk insert instead of a PO round trip, which costs several queries per string:
        the demo stores thousands of strings. The texts are plain text, so they are stored
        escaped like wagtail-localize's own plain-text strings and need no HTML checks.
        """
        known = {html.unescape(text).strip(): target for text, target in strings.items() if target}
        done = set(
            StringTranslation.objects.filter(
                locale=locale, context__object_id=source.object_id
            ).values_list("translation_of_id", "context_id")
        )
        now = timezone.now()
        rows = []
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        ):
            if (segment.string_id, segment.context_id) in done:
                continue
            target = contexts.get(segment.context.path) or known.get(
                html.unescape(segment.string.data).strip()
            )
            if target:
                done.add((segment.string_id, segment.context_id))
                rows.append(
                    StringTranslation(
                        translation_of_id=segment.string_id,
                        context_id=segment.context_id,
                        locale=locale,
                        data=StringValue.from_plaintext(target).data,
                        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                        tool_name=TOOL_NAME,
                        last_translated_by=self.users["admin"],
                        updated_at=now,
                    )
                )
        StringTranslation.objects.bulk_create(rows)

    def sync_translations(self, page):
        """Update every translation of ``page`` from its current content, keeping it live."""
        source, _ = TranslationSource.update_or_create_from_instance(page)
        for translation in LocalizeTranslation.objects.filter(source=source, enabled=True):
            translation.save_target(user=self.users["admin"], publish=False)
            target = page.get_translation(translation.target_locale).specific
            if target.live:
                target.get_latest_revision().publish(user=self.users["admin"])

    def image(self, key, title, draw, filename, *, collection=None, credit="Demo image"):
        """The library image called ``title``, drawn by ``draw()`` if it does not exist yet."""
        image = CustomImage.objects.filter(title=title).first()
        if image is None:
            content = draw()
            # An ImageFile (not a ContentFile) lets Django read the width and height.
            image = CustomImage(
                title=title,
                credit=credit,
                file=ImageFile(io.BytesIO(content), name=filename),
                collection=collection or self.collection,
                file_size=len(content),
                file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
            )
            image.save()
            self.created += 1
        self.images[key] = image
        return image

    def document(self, key, title, write, filename, *, collection=None):
        """The library document called ``title``, written by ``write()`` if it is missing."""
        Document = get_document_model()
        document = Document.objects.filter(title=title).first()
        if document is None:
            content = write()
            document = Document(
                title=title,
                collection=collection or self.collection,
                file_size=len(content),
                file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
            )
            document.file.save(filename, ContentFile(content), save=False)
            document.save()
            self.created += 1
        self.documents[key] = document
        return document

    def country_collection(self, code):
        name = data.COUNTRY_BY_CODE[code].name
        return (
            Collection.get_first_root_node().get_children().filter(name=name).first()
            or self.collection
        )

    # -- Languages, library and the first user ---------------------------------------------

    @functools.cached_property
    def password_hash(self):
        """The demo password, hashed once for every user: hashing costs a good half second."""
        return make_password(data.DEMO_PASSWORD)

    def prepare(self):
        for language in LANGUAGES:
            self.locales[language], created = Locale.objects.get_or_create(language_code=language)
            self.created += created
        root = Collection.get_first_root_node()
        self.collection = root.get_children().filter(name=data.DEMO_COLLECTION).first()
        if self.collection is None:
            self.collection = root.add_child(name=data.DEMO_COLLECTION)
            self.created += 1
        self.users["admin"] = self.user(
            "admin", "Demo", "Administrator", is_superuser=True, is_staff=True
        )

    def user(self, username, first_name, last_name, *, groups=(), **flags):
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
                **flags,
            },
        )
        if created:
            user.password = self.password_hash
            user.save(update_fields=["password"])
            self.created += 1
        if groups:
            user.groups.add(*groups)
        return user

    # -- Snippets --------------------------------------------------------------------------

    def member_state(self, country):
        english = self.locale(EN)
        member_state = MemberState.objects.filter(code=country.code, locale=english).first()
        if member_state is None:
            flag = self.image(
                f"flag:{country.code}",
                f"Demo flag: {country.name}",
                lambda: images.flag(
                    country.flag.pattern, country.flag.colours, country.flag.emblem
                ),
                f"demo-flag-{country.code.lower()}.png",
                credit="Demo placeholder, not the official flag",
            )
            member_state = MemberState(
                locale=english,
                name=country.name,
                code=country.code,
                flag=flag,
                is_founding_member=country.founding,
                joined_on=country.joined_on,
                contact_name=country.contact_name,
                contact_email=country.contact_email,
            )
            member_state.full_clean()
            member_state.save()
            self.created += 1
        self.member_states[country.code] = member_state

    def theme(self, theme):
        english = self.locale(EN)
        instance = Theme.objects.filter(slug=theme.slug, locale=english).first()
        if instance is None:
            instance = Theme(
                locale=english,
                slug=theme.slug,
                name=theme.names[EN],
                description=theme.descriptions[EN],
                udhr_articles=theme.udhr_articles,
            )
            instance.full_clean()
            instance.save()
            self.created += 1
        self.themes[theme.slug] = instance

    def load_sdgs(self):
        english = self.locale(EN)
        self.sdgs = {
            goal.number: goal for goal in SustainableDevelopmentGoal.objects.filter(locale=english)
        }
        missing = set(range(1, 18)) - set(self.sdgs)
        if missing:
            raise CommandError(
                "The 17 Sustainable Development Goals are missing (goals "
                f"{', '.join(map(str, sorted(missing)))}); run `manage.py migrate` first."
            )

    def organisation(self, organisation):
        english = self.locale(EN)
        instance = Organisation.objects.filter(name=organisation.names[EN], locale=english).first()
        if instance is None:
            instance = Organisation(
                locale=english,
                name=organisation.names[EN],
                kind=organisation.kind,
                website=organisation.website,
                description=data.organisation_description(organisation, EN),
            )
            instance.full_clean()
            instance.save()
            self.created += 1
        self.organisations[organisation.key] = instance

    def person(self, person):
        english = self.locale(EN)
        instance = Person.objects.filter(name=person.name, locale=english).first()
        if instance is None:
            instance = Person(
                locale=english,
                name=person.name,
                role=person.role,
                member_state=self.member_states.get(person.country),
                organisation=self.organisations.get(person.organisation),
            )
            instance.full_clean()
            instance.save()
            self.created += 1
        self.people[person.key] = instance

    def translate_member_state(self, country):
        member_state = self.member_states[country.code]
        for language in OTHER_LANGUAGES:
            self.translate(member_state, language, {country.name: country.names[language]})

    def translate_theme(self, theme):
        for language in OTHER_LANGUAGES:
            self.translate(
                self.themes[theme.slug],
                language,
                {
                    theme.names[EN]: theme.names[language],
                    theme.descriptions[EN]: theme.descriptions[language],
                },
            )

    def translate_sdgs(self):
        for number, goal in sorted(self.sdgs.items()):
            for language in OTHER_LANGUAGES:
                self.translate(goal, language, {goal.name: data.SDG_NAMES[language][number - 1]})

    def translate_organisation(self, organisation):
        for language in OTHER_LANGUAGES:
            strings = {
                # Fictional organisations keep their own name in every language.
                organisation.names[EN]: organisation.names.get(language, organisation.names[EN]),
                organisation.descriptions[EN]: organisation.descriptions.get(language),
            }
            if organisation.fictional:
                strings[data.FICTIONAL_ORGANISATION[EN]] = data.FICTIONAL_ORGANISATION.get(language)
            self.translate(self.organisations[organisation.key], language, strings)

    def translate_person(self, person):
        for language in OTHER_LANGUAGES:
            role = data.role_in(person.role, language, person.gender)
            self.translate(self.people[person.key], language, {person.role: role})

    # -- Site structure ------------------------------------------------------------------------

    def home(self):
        english = self.locale(EN)
        home = HomePage.objects.filter(locale=english, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's installation page ("Welcome to your new Wagtail site!") is a plain
            # Page; it makes way for the home page as long as nothing was built under it.
            for welcome in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore", numchild=0
            ):
                welcome.delete()
            home = self.add_page(
                root,
                HomePage(
                    locale=english,
                    title=site.HOME.title[EN],
                    slug=site.HOME.slug[EN],
                    introduction=paragraph(site.HOME.introduction[EN]),
                ),
            )
        self.pages["home"] = home
        default_site = Site.objects.filter(is_default_site=True).first()
        if default_site is None:
            Site.objects.create(
                hostname=self.hostname(),
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
            self.created += 1
        elif default_site.root_page_id != home.pk:
            default_site.root_page = home
            default_site.site_name = default_site.site_name or settings.WAGTAIL_SITE_NAME
            default_site.save()

    def hostname(self):
        return urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "")).hostname or "localhost"

    def indexes(self):
        home = self.pages["home"]
        for key, model, spec in (
            ("stories", StoryIndexPage, site.STORY_INDEX),
            ("meetings", MeetingIndexPage, site.MEETING_INDEX),
        ):
            page = self.child(home, model, spec.slug[EN])
            if page is None:
                page = self.add_page(
                    home,
                    model(
                        title=spec.title[EN], slug=spec.slug[EN], introduction=spec.introduction[EN]
                    ),
                )
            self.pages[key] = page

    def section(self, country):
        index = self.pages["stories"]
        slug = country.code.lower()
        page = self.child(index, MemberStateStoriesPage, slug)
        if page is None:
            page = self.add_page(
                index,
                MemberStateStoriesPage(
                    title=country.name,
                    slug=slug,
                    member_state=self.member_states[country.code],
                    introduction=data.section_introduction(country, EN),
                ),
            )
        self.pages[f"section:{country.code}"] = page

    def site_page_strings(self, spec, language):
        strings = {
            spec.title[EN]: spec.title.get(language),
            spec.slug[EN]: spec.slug.get(language, spec.slug[EN]),
            spec.introduction[EN]: spec.introduction.get(language),
        }
        for kind, texts in spec.body:
            if kind == "call_to_action":
                if language in texts:
                    strings[texts[EN][0]] = texts[language][0]
                    strings[texts[EN][1]] = texts[language][1]
            elif kind in ("heading", "paragraph"):
                strings[texts[EN]] = texts.get(language)
        return strings

    def translate_site_page(self, page, spec):
        for language, live in spec.translations.items():
            self.translate(page, language, self.site_page_strings(spec, language), live=live)

    def translate_home(self):
        self.translate_site_page(self.pages["home"], site.HOME)

    def translate_indexes(self):
        self.translate_site_page(self.pages["stories"], site.STORY_INDEX)
        self.translate_site_page(self.pages["meetings"], site.MEETING_INDEX)

    def translate_section(self, country):
        page = self.pages[f"section:{country.code}"]
        for language in OTHER_LANGUAGES:
            self.translate(
                page,
                language,
                {
                    country.name: country.names[language],
                    page.slug: page.slug,
                    data.section_introduction(country, EN): data.section_introduction(
                        country, language
                    ),
                },
            )

    # -- Roles and users ---------------------------------------------------------------------

    def roles_and_users(self):
        call_command("setup_editorial_roles", verbosity=0)
        secretariat = Group.objects.get(name=SECRETARIAT_GROUP)
        self.users["secretariat"] = self.user(
            "secretariat", "Demo", "Secretariat reviewer", groups=[secretariat]
        )
        for country in data.COUNTRIES:
            group = Group.objects.get(name=editors_group_name(self.member_states[country.code]))
            self.users[country.code] = self.user(
                f"editor-{country.code.lower()}", "Demo editor", country.name, groups=[group]
            )

    # -- Media ------------------------------------------------------------------------------

    def media(self):
        for story in STORIES:
            palette = data.PALETTES[story.palette]
            self.image(
                f"hero:{story.key}",
                f"Demo illustration: {story.title}",
                functools.partial(
                    images.illustration, story.key, palette.start, palette.end, palette.accent
                ),
                f"demo-{story.country.lower()}-{len(self.images):02d}.jpg",
                collection=self.country_collection(story.country),
            )
        for number, key in enumerate(GALLERY_PALETTES, start=1):
            palette = data.PALETTES[key]
            self.image(
                f"gallery:{key}",
                f"Demo illustration: gallery picture {number}",
                functools.partial(
                    images.illustration,
                    f"gallery-{key}",
                    palette.start,
                    palette.end,
                    palette.accent,
                    size=(1200, 800),
                ),
                f"demo-gallery-{number}.jpg",
            )
        for story in STORIES:
            if "document" in story.extras:
                texts = [story.summary, story.intro, story.detail]
                self.document(
                    f"summary:{story.key}",
                    f"Demo summary: {story.title}",
                    functools.partial(
                        files.pdf, story.title, [*texts, data.glossary("demo_note", story.language)]
                    ),
                    f"demo-summary-{story.country.lower()}.pdf",
                    collection=self.country_collection(story.country),
                )
            if "hosted_video" in story.extras:
                self.hosted_video(story)
        for language in events.DECLARATION_PDF_LANGUAGES:
            declaration = events.DECLARATION
            self.document(
                f"declaration:{language}",
                f"{declaration.title[language]} ({language})",
                functools.partial(
                    files.pdf,
                    declaration.title[language],
                    [text[language] for text in declaration.paragraphs],
                ),
                f"joint-declaration-{language}.pdf",
            )
        self.document(
            "geneva-summary",
            "Chair's summary, Geneva, 13 February 2019 (demo)",
            lambda: files.pdf(
                "Chair's summary: ministerial meeting in Geneva, 13 February 2019",
                [
                    events.GENEVA.introduction[EN],
                    events.GENEVA.body[EN],
                    "Demo document with illustrative content.",
                ],
            ),
            "chairs-summary-geneva-2019.pdf",
        )

    def hosted_video(self, story):
        title = f"Demo video (placeholder file): {story.title}"
        video = HostedMedia.objects.filter(title=title).first()
        if video is None:
            palette = data.PALETTES[story.palette]
            video = HostedMedia(
                title=title,
                type="video",
                duration=24,
                width=640,
                height=360,
                collection=self.country_collection(story.country),
                transcript=f"{story.intro} {story.detail} {story.quote} ({story.quote_by})",
            )
            video.file.save(
                f"demo-video-{story.country.lower()}.mp4",
                ContentFile(files.placeholder_video()),
                save=False,
            )
            video.thumbnail.save(
                f"demo-video-{story.country.lower()}.jpg",
                ContentFile(
                    images.thumbnail(
                        f"video-{story.key}", palette.start, palette.end, palette.accent
                    )
                ),
                save=False,
            )
            video.full_clean()
            video.save()
            self.created += 1
        # Captions in the story's language and in its first translation.
        for language in [story.language, *story.translations][:2]:
            if video.caption_tracks.filter(language=language).exists():
                continue
            texts = story_texts(story, language)
            lines = [texts[slot] for slot in ("intro", "detail", "quote") if slot in texts]
            lines = lines if len(lines) == 3 else [texts["title"], texts["summary"]]
            step = 24 / len(lines)
            cues = [(step * number, step * (number + 1), line) for number, line in enumerate(lines)]
            track = CaptionTrack(
                media=video,
                language=language,
                file=ContentFile(
                    files.webvtt(cues), name=f"demo-{story.country.lower()}-{language}.vtt"
                ),
            )
            track.full_clean()  # the same WebVTT checks as an upload in the admin
            track.save()
            self.created += 1
        self.videos[story.key] = video

    # -- Stories ----------------------------------------------------------------------------

    def story_strings(self, story, language):
        """Every text of ``story``'s page in ``language``, keyed by slot; missing if unknown."""
        strings = dict(story_texts(story, language))
        if not strings:
            return {}
        for key in data.GLOSSARY:
            strings[key] = data.glossary(key, language)
        strings["alt"] = data.alt_text(story.palette, language)
        strings["figure"] = story.figure.text(language)
        for key in GALLERY_PALETTES:
            strings[f"gallery_alt:{key}"] = data.alt_text(key, language)
        return strings

    def section_in(self, country_code, language):
        section = self.pages[f"section:{country_code}"]
        if language == EN:
            return section
        return section.get_translation(self.locale(language)).specific

    def live_feed_value(self, country_code, title):
        media = events.LAUNCH_MEDIA[country_code]
        item = next(item for item in events.LAUNCH.programme if item.country == country_code)
        zone = zoneinfo.ZoneInfo(media.time_zone)
        start = timezone.make_aware(item.starts_at, zoneinfo.ZoneInfo(events.LAUNCH.time_zone))
        end = start + datetime.timedelta(minutes=item.minutes)
        return {
            "title": title,
            "stream_url": media.url,
            "provider": "hls",
            "starts_at": wall_clock(start.astimezone(zone)),
            "ends_at": wall_clock(end.astimezone(zone)),
            "time_zone": media.time_zone,
            "fallback_embed": media.recording,
            "fallback_video": None,
        }

    def story_body(self, story, strings):
        key = story.key
        body = [("paragraph", paragraph(strings["intro"]))]
        hero = self.images[f"hero:{key}"]
        body.append(
            (
                "image",
                {
                    "image": hero.pk,
                    "alt_text": strings["alt"],
                    "caption": strings["image_caption"],
                    "credit": strings["image_credit"],
                },
            )
        )
        body.append(("heading", {"text": strings["what_changed"], "level": "h2"}))
        body.append(("paragraph", paragraph(strings["detail"])))
        if "video" in story.extras:
            body.append(
                (
                    "video",
                    {
                        "embed": story.video,
                        "video": None,
                        "title": strings["video_title"],
                        "caption": strings["video_caption"],
                    },
                )
            )
        if "hosted_video" in story.extras:
            body.append(
                (
                    "video",
                    {
                        "embed": "",
                        "video": self.videos[key].pk,
                        "title": strings["video_title"],
                        "caption": strings["hosted_video_caption"],
                    },
                )
            )
        body.append(
            (
                "quote",
                {
                    "quote": strings["quote"],
                    "attribution": strings["quote_by"],
                    "role": strings.get("quote_role", ""),
                },
            )
        )
        body.append(
            (
                "key_figure",
                {
                    "figure": strings["figure"],
                    "label": strings["figure_label"],
                    "source": strings["figure_source"],
                },
            )
        )
        if "live_feed" in story.extras:
            body.append(
                ("live_feed", self.live_feed_value(story.country, strings["live_feed_title"]))
            )
        if "gallery" in story.extras:
            start = sum(map(ord, key)) % len(GALLERY_PALETTES)
            picks = [
                GALLERY_PALETTES[(start + offset) % len(GALLERY_PALETTES)] for offset in range(3)
            ]
            body.append(
                (
                    "gallery",
                    {
                        "title": strings["gallery_title"],
                        "images": list_items(
                            f"{key}/gallery",
                            [
                                {
                                    "image": self.images[f"gallery:{pick}"].pk,
                                    "alt_text": strings[f"gallery_alt:{pick}"],
                                    "caption": strings["image_caption"],
                                    "credit": strings["image_credit"],
                                }
                                for pick in picks
                            ],
                        ),
                    },
                )
            )
        if "document" in story.extras:
            body.append(
                (
                    "document",
                    {
                        "document": self.documents[f"summary:{key}"].pk,
                        "title": strings["document_title"],
                        "description": "",
                    },
                )
            )
        body.append(("paragraph", paragraph(strings["demo_note"])))
        if "cta" in story.extras:
            body.append(
                (
                    "call_to_action",
                    {
                        "text": strings["cta_text"],
                        "button_label": strings["cta_button"],
                        "page": None,
                        "url": UDHR_URL,
                    },
                )
            )
        return [
            {"type": block_type, "value": value, "id": block_id(key, "body", index)}
            for index, (block_type, value) in enumerate(body)
        ]

    def story(self, story):
        section = self.section_in(story.country, story.language)
        page = self.child(section, StoryPage, story.slug)
        if page is None:
            strings = self.story_strings(story, story.language)
            page = StoryPage(
                title=story.title,
                slug=story.slug,
                member_state=self.member_states[story.country],
                summary=story.summary,
                story_date=story.date,
                location=story.location,
                presenter=self.people[story.presenter],
                hero_image=self.images[f"hero:{story.key}"],
                hero_image_alt=strings["alt"],
                body=self.story_body(story, strings),
                consent_confirmed=True,
                consent_expires_on=story.consent_expires_on,
            )
            if story.hero_video:
                page.hero_video = [
                    {
                        "type": "video",
                        "value": {
                            "embed": story.hero_video,
                            "video": None,
                            "title": strings["video_title"],
                            "caption": "",
                        },
                        "id": block_id(story.key, "hero-video"),
                    }
                ]
            # Lists of snippets point at the snippets in the story's own language, as the
            # editor's choosers offer them; the member state and presenter are synchronised
            # fields and stay the ones of the country's section.
            locale = self.locale(story.language)
            page.themes = [self.themes[slug].get_translation(locale) for slug in story.themes]
            page.sdgs = [self.sdgs[number].get_translation(locale) for number in story.sdgs]
            page.partners = [
                self.organisations[key].get_translation(locale) for key in story.partners
            ]
            page = self.add_page(
                section,
                page,
                owner=self.users[story.country],
                publisher=self.users["secretariat"],
            )
        self.pages[f"story:{story.key}"] = page

    def translate_story(self, story):
        page = self.pages[f"story:{story.key}"]
        source = self.story_strings(story, story.language)
        # English first: meetings link to the English version of every story.
        languages = sorted(story.translations, key=lambda language: language != EN)
        for language in languages:
            target = self.story_strings(story, language)
            strings = {source[slot]: text for slot, text in target.items() if slot in source}
            self.translate(
                page,
                language,
                strings,
                live=story.translations[language].live,
                publisher=self.users["secretariat"],
            )

    def english_story(self, key):
        page = self.pages[f"story:{key}"]
        if page.locale_id == self.locale(EN).pk:
            return page
        return page.get_translation(self.locale(EN)).specific

    # -- Meetings, declaration, text pages -----------------------------------------------------

    def meeting_strings(self, meeting, language):
        strings = {
            "title": meeting.title.get(language),
            "slug": meeting.slug.get(language, meeting.slug[EN]),
            "introduction": meeting.introduction.get(language),
            "body": meeting.body.get(language),
            "city": meeting.city.get(language),
            "venue": meeting.venue.get(language),
            "video_title": data.glossary("video_title", language),
            "video_caption": data.glossary("video_caption", language),
        }
        if meeting.livestream:
            strings["livestream"] = meeting.livestream["title"].get(language)
        if meeting.outcome_document:
            strings["outcome"] = meeting.outcome_document.get(language)
        for index, item in enumerate(meeting.programme):
            strings[f"item:{index}"] = item.title.get(language)
            strings[f"notes:{index}"] = item.notes.get(language)
            if item.media and item.media.kind == "live_feed":
                strings[f"feed:{index}"] = events.LIVE_FROM[item.media.city][language]
        return {slot: text for slot, text in strings.items() if text}

    def programme_item(self, meeting, index, item, strings):
        media = []
        if item.media and item.media.kind == "video":
            media = [
                {
                    "type": "video",
                    "value": {
                        "embed": item.media.url,
                        "video": None,
                        "title": strings["video_title"],
                        "caption": strings["video_caption"],
                    },
                    "id": block_id(meeting.key, "media", index),
                }
            ]
        elif item.media:
            media = [
                {
                    "type": "live_feed",
                    "value": self.live_feed_value(item.country, strings[f"feed:{index}"]),
                    "id": block_id(meeting.key, "media", index),
                }
            ]
        story = self.english_story(item.story) if item.story else None
        return {
            "type": "item",
            "value": {
                "starts_at": wall_clock(item.starts_at),
                "duration_minutes": item.minutes,
                "title": strings[f"item:{index}"],
                "kind": item.kind,
                "speakers": list_items(
                    f"{meeting.key}/speakers/{index}",
                    [self.people[key].pk for key in item.speakers],
                ),
                "member_state": self.member_states[item.country].pk if item.country else None,
                "story": story.pk if story else None,
                "media": media,
                "presenter_notes": strings.get(f"notes:{index}", ""),
            },
            "id": block_id(meeting.key, "programme", index),
        }

    def meeting(self, meeting):
        index = self.pages["meetings"]
        page = self.child(index, MeetingPage, meeting.slug[EN])
        if page is None:
            zone = zoneinfo.ZoneInfo(meeting.time_zone)
            strings = self.meeting_strings(meeting, EN)
            page = MeetingPage(
                title=strings["title"],
                slug=strings["slug"],
                kind=meeting.kind,
                starts_at=timezone.make_aware(meeting.starts_at, zone),
                ends_at=timezone.make_aware(meeting.ends_at, zone),
                time_zone=meeting.time_zone,
                city=strings["city"],
                venue=strings["venue"],
                session_reference=meeting.session_reference,
                introduction=strings["introduction"],
                body=[
                    {
                        "type": "paragraph",
                        "value": paragraph(strings["body"]),
                        "id": block_id(meeting.key, "body", 0),
                    }
                ],
                programme=[
                    self.programme_item(meeting, number, item, strings)
                    for number, item in enumerate(meeting.programme)
                ],
            )
            if meeting.livestream:
                page.livestream = [
                    {
                        "type": "live_feed",
                        "value": {
                            "title": strings["livestream"],
                            "stream_url": meeting.livestream["url"],
                            "provider": meeting.livestream["provider"],
                            "starts_at": wall_clock(meeting.starts_at),
                            "ends_at": wall_clock(meeting.ends_at),
                            "time_zone": meeting.time_zone,
                            "fallback_embed": meeting.livestream["recording"],
                            "fallback_video": None,
                        },
                        "id": block_id(meeting.key, "livestream"),
                    }
                ]
            if meeting.outcome_document:
                document = self.documents[
                    "declaration:en" if meeting.key == "launch" else "geneva-summary"
                ]
                page.outcome_documents = [
                    {
                        "type": "document",
                        "value": {
                            "document": document.pk,
                            "title": strings["outcome"],
                            "description": "",
                        },
                        "id": block_id(meeting.key, "outcome"),
                    }
                ]
            page.themes = [self.themes[slug] for slug in meeting.themes]
            page.co_chairs = [self.member_states[code] for code in meeting.co_chairs]
            page.organisations = [self.organisations[key] for key in meeting.organisations]
            page = self.add_page(index, page)
        self.pages[f"meeting:{meeting.key}"] = page

    def translate_meeting(self, meeting):
        page = self.pages[f"meeting:{meeting.key}"]
        source = self.meeting_strings(meeting, EN)
        for language, live in meeting.translations.items():
            target = self.meeting_strings(meeting, language)
            strings = {source[slot]: text for slot, text in target.items() if slot in source}
            self.translate(page, language, strings, live=live)

    def declaration(self):
        home = self.pages["home"]
        spec = events.DECLARATION
        page = self.child(home, DeclarationPage, spec.slug[EN])
        if page is None:
            english = self.locale(EN)
            page = DeclarationPage(
                title=spec.title[EN],
                slug=spec.slug[EN],
                text=events.declaration_html(EN),
                adopted_at=self.pages["meeting:launch"],
                opened_for_signature_on=data.LAUNCH_DATE,
                status=DeclarationPage.Status.OPEN,
                pdf=self.documents["declaration:en"],
            )
            page.signatories = [
                Signatory(
                    locale=english,
                    member_state=self.member_states[signature.country],
                    signatory_name=signature.name,
                    signatory_title=signature.title,
                    level=signature.level,
                    signed_on=signature.signed_on,
                    sort_order=number,
                )
                for number, signature in enumerate(data.SIGNATURES)
            ]
            page = self.add_page(home, page)
        self.pages["declaration"] = page

    def text_pages(self):
        home = self.pages["home"]
        for key, spec in (("about", site.ABOUT), ("membership", site.MEMBERSHIP)):
            page = self.child(home, StandardPage, spec.slug[EN])
            if page is None:
                body = []
                for number, (kind, texts) in enumerate(spec.body):
                    if kind == "heading":
                        value = {"text": texts[EN], "level": "h2"}
                    elif kind == "paragraph":
                        value = paragraph(texts[EN])
                    elif kind == "html":
                        kind, value = "paragraph", texts[EN]
                    else:
                        value = {
                            "text": texts[EN][0],
                            "button_label": texts[EN][1],
                            "page": self.pages["declaration"].pk,
                            "url": "",
                        }
                    body.append({"type": kind, "value": value, "id": block_id(key, "body", number)})
                page = self.add_page(
                    home,
                    StandardPage(
                        title=spec.title[EN],
                        slug=spec.slug[EN],
                        introduction=spec.introduction[EN],
                        body=body,
                    ),
                )
            self.pages[key] = page

    def translate_declaration(self):
        page = self.pages["declaration"]
        spec = events.DECLARATION
        source, _ = TranslationSource.get_or_create_from_instance(page)
        signatures = {(s.country, s.signed_on): s for s in data.SIGNATURES}
        for language, live in spec.translations.items():
            if page.get_translation_or_none(self.locale(language)) is not None:
                continue
            strings = {
                spec.title[EN]: spec.title[language],
                spec.slug[EN]: spec.slug.get(language, spec.slug[EN]),
            }
            strings.update({text[EN]: text[language] for text in spec.paragraphs})
            # The same title ("Minister of Foreign Affairs") reads differently for a man
            # and a woman, so titles are matched by signatory, not by text.
            contexts = {}
            for signatory in page.signatories.select_related("member_state"):
                signature = signatures[(signatory.member_state.code.code, signatory.signed_on)]
                contexts[f"signatories.{signatory.translation_key}.signatory_title"] = data.role_in(
                    signature.title, language, signature.gender
                )
            document = self.documents.get(f"declaration:{language}")
            if document is not None:
                context = TranslationContext.objects.get(object_id=source.object_id, path="pdf")
                SegmentOverride.objects.update_or_create(
                    locale=self.locale(language),
                    context=context,
                    defaults={
                        "data_json": json.dumps(document.pk),
                        "last_translated_by": self.users["admin"],
                    },
                )
            self.translate(page, language, strings, live=live, contexts=contexts)

    def translate_text_pages(self):
        self.translate_site_page(self.pages["about"], site.ABOUT)
        self.translate_site_page(self.pages["membership"], site.MEMBERSHIP)

    # -- Finishing touches --------------------------------------------------------------------

    def featured_stories(self):
        home = HomePage.objects.get(pk=self.pages["home"].pk)
        if home.featured_stories.exists():
            return
        home.featured_stories = [
            HomePageFeaturedStory(story=self.english_story(key), sort_order=number)
            for number, key in enumerate(FEATURED_STORIES)
        ]
        home.save_revision(user=self.users["admin"], log_action=True).publish(
            user=self.users["admin"]
        )
        self.sync_translations(home)
        self.created += 1

    def later_edits(self):
        """Edit some sources after translation without syncing: their translations go stale."""
        for story in STORIES:
            if not story.update:
                continue
            page = StoryPage.objects.get(pk=self.pages[f"story:{story.key}"].pk)
            blocks = list(page.body.raw_data)
            update = paragraph(story.update)
            if any(block.get("value") == update for block in blocks):
                continue
            note = next(
                index
                for index, block in enumerate(blocks)
                if block["type"] == "paragraph"
                and data.glossary("demo_note", story.language) in block["value"]
            )
            blocks.insert(
                note,
                {"type": "paragraph", "value": update, "id": block_id(story.key, "update")},
            )
            page.body = blocks
            page.save_revision(user=self.users[story.country], log_action=True).publish(
                user=self.users["secretariat"]
            )
            self.created += 1

    def summary(self):
        english = self.locale(EN)
        return {
            "member states": MemberState.objects.filter(locale=english).count(),
            "stories": len(STORIES),
            "story pages in all languages": StoryPage.objects.count(),
            "meetings": MeetingPage.objects.filter(locale=english).count(),
            "pages in all": Page.objects.count() - 1,
        }


class Command(BaseCommand):
    help = (
        "Load the multilingual demo content and demo users (development only). Idempotent: "
        "run it again to restore anything missing; existing content is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is off, for example into a throwaway staging "
            "database. Never on production data: it creates users with a known password.",
        )

    def handle(self, *args, force=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "load_demo only runs with DEBUG=True (development settings), because it creates "
                f"users whose password is printed (“{data.DEMO_PASSWORD}”) and invented "
                "content. To load it anyway into a database that is not production, add --force."
            )
        started = time.monotonic()
        loader = DemoLoader(timezone.localdate())
        steps = loader.steps()
        bar_wanted = verbosity >= 1 and sys.stderr.isatty()
        with (
            quiet_loggers() if verbosity < 2 else contextlib.nullcontext(),
            transaction.atomic(),
            renditions_not_warmed(),
            editorial_roles_applied_once(),
            deferred_indexing(),
            tqdm(total=len(steps), unit="step", disable=not bar_wanted, file=sys.stderr) as bar,
        ):
            phase = None
            for number, (label, step) in enumerate(steps, start=1):
                if label != phase:
                    phase = label
                    bar.set_description(label)
                    if verbosity >= 1 and not bar_wanted:
                        # Logs and pipes get one line per phase instead of a redrawn bar.
                        self.stdout.write(f"[{number}/{len(steps)}] {label}")
                step()
                bar.update()
            bar.set_description("Indexing")
        if verbosity < 1:
            return
        elapsed = time.monotonic() - started
        counts = ", ".join(f"{count} {name}" for name, count in loader.summary().items())
        if loader.created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded in {elapsed:.1f} s: {counts}.")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content already complete; nothing to add ({counts}).")
            )
        self.print_logins()

    def print_logins(self):
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        write = self.stdout.write
        write("")
        write(f"Log in at {admin_url} (development only) with:")
        write("  admin          administrator, sees and edits everything")
        write("  secretariat    reviews and publishes stories (Secretariat group)")
        codes = ", ".join(f"editor-{country.code.lower()}" for country in data.COUNTRIES)
        write(f"  editor-xx      one editor per member state: {codes}")
        write(f"Password for every demo user: {data.DEMO_PASSWORD}")
