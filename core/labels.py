"""Translated labels for the fields and blocks that take their label from their name.

Django labels a model field without ``verbose_name`` from its name (``story_date`` reads
“story date”), and Wagtail labels a block without ``label`` the same way (“Alt text”).
Those labels are English and invisible to ``makemessages``. Giving every field and block an
explicit label in the models would rewrite the migrations (a StreamField's migration
holds its whole block tree), so the labels are translated where they are shown instead:
at start-up, each automatic label of the project's own fields and blocks becomes a lazy
translation of itself. Django deconstructs a field from the arguments it was built with
(``Field._verbose_name``) and Wagtail a block from its constructor arguments, so this never
changes a migration.

``AUTOMATIC_LABELS`` lists the texts for ``makemessages``;
``core.tests.test_labels`` fails when a new field or block is missing from it. This module
imports no project app: it walks the app registry.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy, gettext_noop
from wagtail.blocks import ListBlock
from wagtail.fields import StreamField

AUTOMATIC_LABELS = [
    # Model fields (Django writes them in lower case and capitalises them in forms).
    gettext_noop("adopted at"),
    gettext_noop("attempts"),
    gettext_noop("body"),
    gettext_noop("city"),
    gettext_noop("co chairs"),
    gettext_noop("code"),
    gettext_noop("consent expires on"),
    gettext_noop("contact"),
    gettext_noop("contact email"),
    gettext_noop("contact name"),
    gettext_noop("contact text"),
    gettext_noop("created at"),
    gettext_noop("credit"),
    gettext_noop("declaration"),
    gettext_noop("delivered at"),
    gettext_noop("description"),
    gettext_noop("enabled"),
    gettext_noop("endpoint"),
    gettext_noop("ends at"),
    gettext_noop("event"),
    gettext_noop("events"),
    gettext_noop("file"),
    gettext_noop("flag"),
    gettext_noop("footer text"),
    gettext_noop("hero image"),
    gettext_noop("hero video"),
    gettext_noop("image"),
    gettext_noop("introduction"),
    gettext_noop("is active"),
    gettext_noop("is founding member"),
    gettext_noop("joined on"),
    gettext_noop("key digest"),
    gettext_noop("kind"),
    gettext_noop("label"),
    gettext_noop("language"),
    gettext_noop("last attempt at"),
    gettext_noop("last error"),
    gettext_noop("last response status"),
    gettext_noop("level"),
    gettext_noop("livestream"),
    gettext_noop("location"),
    gettext_noop("logo"),
    gettext_noop("media"),
    gettext_noop("member state"),
    gettext_noop("message id"),
    gettext_noop("name"),
    gettext_noop("network"),
    gettext_noop("next attempt at"),
    gettext_noop("number"),
    gettext_noop("opened for signature on"),
    gettext_noop("organisation"),
    gettext_noop("organisations"),
    gettext_noop("outcome documents"),
    gettext_noop("page"),
    gettext_noop("page id"),
    gettext_noop("partners"),
    gettext_noop("payload"),
    gettext_noop("photo"),
    gettext_noop("poster"),
    gettext_noop("points per minute"),
    gettext_noop("presenter"),
    gettext_noop("programme"),
    gettext_noop("role"),
    gettext_noop("secret"),
    gettext_noop("session reference"),
    gettext_noop("settings"),
    gettext_noop("signatory name"),
    gettext_noop("signatory title"),
    gettext_noop("signed on"),
    gettext_noop("slug"),
    gettext_noop("social image"),
    gettext_noop("sort date newest"),
    gettext_noop("sort date oldest"),
    gettext_noop("sort last published at"),
    gettext_noop("sort published at"),
    gettext_noop("sort title"),
    gettext_noop("starts at"),
    gettext_noop("status"),
    gettext_noop("story"),
    gettext_noop("story date"),
    gettext_noop("summary"),
    gettext_noop("text"),
    gettext_noop("themes"),
    gettext_noop("time zone"),
    gettext_noop("transcript"),
    gettext_noop("url"),
    gettext_noop("venue"),
    gettext_noop("visible prefix"),
    gettext_noop("website"),
    # StreamField blocks (Wagtail capitalises them).
    gettext_noop("Alt text"),
    gettext_noop("Attribution"),
    gettext_noop("Button label"),
    gettext_noop("Call to action"),
    gettext_noop("Caption"),
    gettext_noop("Credit"),
    gettext_noop("Description"),
    gettext_noop("Document"),
    gettext_noop("Duration minutes"),
    gettext_noop("Embed"),
    gettext_noop("Ends at"),
    gettext_noop("Fallback embed"),
    gettext_noop("Fallback video"),
    gettext_noop("Figure"),
    gettext_noop("Gallery"),
    gettext_noop("Heading"),
    gettext_noop("Image"),
    gettext_noop("Images"),
    gettext_noop("Item"),
    gettext_noop("Key figure"),
    gettext_noop("Kind"),
    gettext_noop("Label"),
    gettext_noop("Level"),
    gettext_noop("Live feed"),
    gettext_noop("Media"),
    gettext_noop("Member state"),
    gettext_noop("Page"),
    gettext_noop("Paragraph"),
    gettext_noop("Presenter notes"),
    gettext_noop("Provider"),
    gettext_noop("Quote"),
    gettext_noop("Role"),
    gettext_noop("Source"),
    gettext_noop("Speakers"),
    gettext_noop("Starts at"),
    gettext_noop("Story"),
    gettext_noop("Stream url"),
    gettext_noop("Text"),
    gettext_noop("Time zone"),
    gettext_noop("Title"),
    gettext_noop("Url"),
    gettext_noop("Video"),
]


def project_apps():
    """The project's own apps: the packages at the top of the repository."""
    root = Path(settings.BASE_DIR).resolve()
    return [config for config in apps.get_app_configs() if Path(config.path).parent == root]


def project_models():
    """The models of the project's own apps."""
    for config in project_apps():
        yield from config.get_models()


def own_fields(model):
    """The fields the project declares on ``model`` or on its own abstract bases, not the
    ones Wagtail's or Django's abstract models add (``translation_key``, ``sort_order``)."""
    packages = {config.name for config in project_apps()}
    inherited = set()
    for klass in model.__mro__[1:]:
        meta = getattr(klass, "_meta", None)
        if meta is not None and meta.abstract and klass.__module__.split(".")[0] not in packages:
            inherited.update(field.name for field in (*meta.local_fields, *meta.local_many_to_many))
    return [
        field
        for field in (*model._meta.local_fields, *model._meta.local_many_to_many)
        if not field.auto_created and field.name not in inherited
    ]


def automatic_blocks(block):
    """Each block under ``block`` whose label comes from its name."""
    children = list(getattr(block, "child_blocks", {}).values())
    if isinstance(block, ListBlock):
        children.append(block.child_block)
    for child in children:
        # A list's items have no name, and so no label of their own.
        if not child.meta.label and child.label:
            yield child
        yield from automatic_blocks(child)


def automatic_labels():
    """(object, its automatic label) for every field and block the labels apply to."""
    seen = set()
    for model in project_models():
        for field in own_fields(model):
            if getattr(field, "_verbose_name", True) is None and id(field) not in seen:
                seen.add(id(field))
                yield field, "verbose_name"
            if isinstance(field, StreamField):
                for block in automatic_blocks(field.stream_block):
                    if id(block) not in seen:
                        seen.add(id(block))
                        yield block, "label"


def translate_automatic_labels():
    """Make each automatic label a lazy translation of itself; idempotent."""
    for owner, attribute in automatic_labels():
        label = getattr(owner, attribute)
        if isinstance(label, str):
            setattr(owner, attribute, gettext_lazy(label))
