"""Every reference the API's content makes is fetched by a loader, in bulk.

A foreign key that ``announce`` routes to no loader would still resolve, one query per
object: these tests fail instead, for every model the API exposes, unless the field is
listed in ``NOT_ANNOUNCED`` with the reason it needs no loader.
"""

import pytest
from django.apps import apps
from django.db import models
from django.test import RequestFactory
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.models import Page, TranslatableMixin

import cms.schema  # noqa: F401 - registers every page type the API exposes
from api.loading.references import announce, announce_block, announce_rich_text
from api.loading.request import ApiContext
from api.loading.scope import Batch, Scope
from api.pages import PAGE_TYPES
from core import blocks as core_blocks
from meetings.models import Signatory

PROJECT_APPS = {"coalition", "home", "meetings", "stories", "media_library", "search"}

# Wagtail's own Page fields (owner, revisions, locks, content type, alias_of, locale) are
# not exposed by the API: the page types are built from the concrete model's fields.
WAGTAIL_PAGE_FIELDS = {field.name for field in Page._meta.concrete_fields}

NOT_ANNOUNCED = {
    # Every fetch selects the row's language with it (select_related("locale")).
    "locale": "selected with the row",
}

ANY_ID = 987654

# Building some page models reads the default locale.
pytestmark = pytest.mark.django_db


def exposed_models():
    """The page types the API serves and every translatable snippet of the project."""
    snippets = {
        model
        for model in apps.get_models()
        if model._meta.app_label in PROJECT_APPS
        and issubclass(model, TranslatableMixin)
        and not issubclass(model, Page)
    }
    return sorted(set(PAGE_TYPES) | snippets, key=lambda model: model._meta.label)


def foreign_keys(model):
    """The model's own foreign keys: not Page's, not a link to a parent row.

    A parental key points at the object whose loader fetched this one (a declaration's
    signatories), and a parent link at the model's own base row.
    """
    for field in model._meta.concrete_fields:
        if not isinstance(field, models.ForeignKey) or field.remote_field.parent_link:
            continue
        if isinstance(field, ParentalKey):
            continue
        if issubclass(model, Page) and field.name in WAGTAIL_PAGE_FIELDS:
            continue
        yield field


def announced(context, key):
    """The loaders of the request that have ``key`` announced and not fetched yet."""
    return [loader for loader in context.loaders.values() if loader.wants(key)]


def new_context():
    return ApiContext(RequestFactory().get("/graphql/"))


def test_the_walk_covers_pages_and_snippets():
    labels = {model._meta.label for model in exposed_models()}
    assert {"stories.StoryPage", "coalition.Person", "meetings.Signatory"} <= labels


@pytest.mark.parametrize(
    "field",
    [
        field
        for model in exposed_models()
        for field in foreign_keys(model)
        if field.name not in NOT_ANNOUNCED
    ],
    ids=lambda field: f"{field.model._meta.label}.{field.name}",
)
def test_every_foreign_key_of_an_exposed_model_is_announced_to_a_loader(field):
    obj = field.model()
    setattr(obj, field.attname, ANY_ID)
    context = new_context()
    announce(context, Batch([obj]), Scope("en"))
    assert announced(context, ANY_ID), (
        f"{type(obj)._meta.label}.{field.name} points at {field.related_model._meta.label}, "
        "which no loader serves: route it in api.loading.references.loader_for_field, or "
        "list it in NOT_ANNOUNCED with the reason."
    )


def test_every_field_left_out_exists_on_an_exposed_model():
    names = {field.name for model in exposed_models() for field in foreign_keys(model)}
    assert set(NOT_ANNOUNCED) <= names


def test_a_parental_key_is_not_announced_its_parent_fetches_the_children():
    signatory = Signatory(declaration_id=ANY_ID, member_state_id=ANY_ID + 1)
    context = new_context()
    announce(context, Batch([signatory]), Scope("en"))
    assert not announced(context, ANY_ID)
    assert announced(context, ANY_ID + 1)


def test_links_in_rich_text_are_announced_to_the_link_and_document_loaders():
    context = new_context()
    announce_rich_text(
        context,
        '<p><a linktype="page" id="11">a page</a> <a linktype="document" id="12">a file</a></p>',
        Scope("fr"),
    )
    assert [type(loader).__name__ for loader in announced(context, 11)] == ["LinkTargetsLoader"]
    assert [type(loader).__name__ for loader in announced(context, 12)] == ["DocumentsByIdLoader"]


def test_choosers_deep_inside_a_stream_are_announced():
    body = blocks.StreamBlock(
        [
            ("gallery", core_blocks.GalleryBlock()),
            ("document", core_blocks.DocumentBlock()),
        ]
    )
    raw = [
        {
            "type": "gallery",
            "value": {
                "images": [
                    {"type": "item", "id": "a", "value": {"image": 21}},
                    {"image": 22},  # a list item in the format before Wagtail 2.16
                ]
            },
        },
        {"type": "document", "value": {"document": 23}},
    ]
    context = new_context()
    announce_block(context, Scope("en"), body, raw)
    for key, loader in ((21, "ImagesByIdLoader"), (22, "ImagesByIdLoader")):
        assert [type(found).__name__ for found in announced(context, key)] == [loader]
    assert [type(found).__name__ for found in announced(context, 23)] == ["DocumentsByIdLoader"]
