"""What every loader step shares: the content, what exists so far, and how pages are made.

A ``LoadContext`` holds the checked content (``demo.content``), the objects created or
found so far (by natural key), and the few operations every domain repeats: adding and
publishing a page as a given user, finding an existing child page, and translating an
object with its known texts through ``localization.seeding``. It never decides what the
demo contains; the domain modules do.
"""

import html
import uuid

from wagtail.models import Collection, Locale, Page

from localization.seeding import translate_with_known_strings

# Stable block ids: the same story gets the same ids on every machine, so translations
# made against one load line up with another.
BLOCK_IDS = uuid.UUID("6f0d7c2e-5b7a-4c1e-9a53-2f4c3b1d8e90")
TOOL_NAME = "Demo content loader"
DEMO_COLLECTION = "Demo content"


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


class LoadContext:
    """The content being loaded and the objects made from it so far, by natural key."""

    def __init__(self, content, today):
        self.content = content
        self.today = today
        self.created = 0
        self.collection = None
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

    def locale(self, language):
        return self.locales[language]

    def prepare_languages_and_library(self):
        for language in self.content.languages:
            self.locales[language], created = Locale.objects.get_or_create(language_code=language)
            self.created += created
        root = Collection.get_first_root_node()
        self.collection = root.get_children().filter(name=DEMO_COLLECTION).first()
        if self.collection is None:
            self.collection = root.add_child(name=DEMO_COLLECTION)
            self.created += 1

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
        """Translate ``instance`` into ``language`` with the known ``strings``.

        Strings without a translation keep the source text, so the page shows as
        incomplete. A page's translation is published when ``live``, otherwise left as a
        draft; an existing translation is returned as it is.
        """
        locale = self.locale(language)
        existing = instance.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific if isinstance(existing, Page) else existing
        target = translate_with_known_strings(
            instance,
            locale,
            strings,
            contexts=contexts,
            user=self.users["admin"],
            tool_name=TOOL_NAME,
        )
        self.created += 1
        if isinstance(target, Page) and live:
            target.get_latest_revision().publish(user=publisher or self.users["admin"])
            target.refresh_from_db()
        return target

    def english_story(self, key):
        """The English version of a story, which meetings and the home page link to."""
        page = self.pages[f"story:{key}"]
        if page.locale_id == self.locale("en").pk:
            return page
        return page.get_translation(self.locale("en")).specific

    def collection_of(self, code):
        """The member state's own collection (made by the editorial roles), or the demo's."""
        name = self.content.country(code).name
        return (
            Collection.get_first_root_node().get_children().filter(name=name).first()
            or self.collection
        )
