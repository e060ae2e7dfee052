"""The visibility policy, rule by rule, called directly rather than through GraphQL.

Each test builds the smallest tree that shows one rule of ``api.loading.visibility``;
``tests/api/test_public_only.py`` proves end to end that no operation leaks a hidden page.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)

from api.loading.visibility import PublicPages, public_in_collections
from home.factories import HomePageFactory, StandardPageFactory
from media_library.factories import DocumentFactory
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()
HOUR = datetime.timedelta(hours=1)


def public(*pages):
    """Which of ``pages`` the policy lets readers see, by title."""
    queryset = Page.objects.filter(pk__in=[page.pk for page in pages])
    return set(PublicPages(NOW).filter(queryset).values_list("title", flat=True))


def page(parent, title, **fields):
    return StandardPageFactory(parent=parent, title=title, **fields)


def restrict(target, restriction_type, **fields):
    return PageViewRestriction.objects.create(
        page=target, restriction_type=restriction_type, **fields
    )


def test_a_live_page_is_public_and_a_draft_is_not(site_tree):
    live = page(site_tree["home"], "Live")
    draft = page(site_tree["home"], "Draft", live=False)
    assert public(live, draft) == {"Live"}


def test_a_page_marked_expired_is_hidden(site_tree):
    expired = page(site_tree["home"], "Expired", expired=True)
    assert public(expired) == set()


def test_a_page_whose_expiry_has_passed_is_hidden_before_wagtail_marks_it(site_tree):
    lapsed = page(site_tree["home"], "Lapsed", expire_at=NOW - HOUR)
    later = page(site_tree["home"], "Expires later", expire_at=NOW + HOUR)
    assert public(lapsed, later) == {"Expires later"}


def test_a_page_scheduled_to_go_live_later_is_hidden_even_if_marked_live(site_tree):
    early = page(site_tree["home"], "Early", go_live_at=NOW + HOUR)
    due = page(site_tree["home"], "Due", go_live_at=NOW - HOUR)
    assert public(early, due) == {"Due"}


def test_an_alias_page_is_never_public_content(site_tree):
    original = page(site_tree["home"], "Original", slug="original")
    alias = original.create_alias(parent=site_tree["stories"], update_slug="alias")
    assert alias.alias_of_id == original.pk and alias.live
    assert public(original, alias) == {"Original"}


@pytest.mark.parametrize(
    ("restriction_type", "fields"),
    [
        (PageViewRestriction.PASSWORD, {"password": "secret"}),
        (PageViewRestriction.LOGIN, {}),
        (PageViewRestriction.GROUPS, {}),
    ],
)
def test_a_view_restriction_of_any_kind_hides_the_page(site_tree, restriction_type, fields):
    restricted = page(site_tree["home"], "Restricted")
    restriction = restrict(restricted, restriction_type, **fields)
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Event staff")[0]])
    assert public(restricted, site_tree["home"]) == {site_tree["home"].title}


@pytest.mark.parametrize(
    ("restriction_type", "fields"),
    [
        (PageViewRestriction.PASSWORD, {"password": "secret"}),
        (PageViewRestriction.LOGIN, {}),
        (PageViewRestriction.GROUPS, {}),
    ],
)
def test_a_view_restriction_of_any_kind_on_an_ancestor_hides_its_descendants(
    site_tree, restriction_type, fields
):
    section = page(site_tree["home"], "Restricted section")
    child = page(section, "Child")
    grandchild = page(child, "Grandchild")
    sibling = page(site_tree["home"], "Open sibling")
    restriction = restrict(section, restriction_type, **fields)
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Event staff")[0]])
    assert public(section, child, grandchild, sibling) == {"Open sibling"}


def test_an_unpublished_ancestor_hides_its_descendants(site_tree):
    section = MemberStateStoriesPageFactory(parent=site_tree["stories"], live=False)
    story = StoryPageFactory(parent=section, title="Under a draft section")
    assert story.live
    assert public(section, story) == set()


@pytest.mark.parametrize(
    "ancestor_fields",
    [{"expired": True}, {"expire_at": NOW - HOUR}, {"go_live_at": NOW + HOUR}],
)
def test_an_expired_or_scheduled_ancestor_hides_its_descendants(site_tree, ancestor_fields):
    section = page(site_tree["home"], "Unavailable section", **ancestor_fields)
    child = page(section, "Child of an unavailable section")
    assert public(section, child) == set()


def test_pages_outside_the_default_sites_trees_are_hidden(site_tree):
    other_home = HomePageFactory(parent=Page.get_first_root_node(), slug="other-home")
    elsewhere = page(other_home, "Elsewhere")
    inside = page(site_tree["home"], "Inside")
    assert public(other_home, elsewhere, inside) == {"Inside"}


def test_every_language_tree_of_the_default_site_counts(site_tree):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    home_fr = site_tree["home"].copy_for_translation(french)
    home_fr.title = "Accueil"
    home_fr.save_revision().publish()
    about_fr = page(home_fr, "À propos", locale=french)
    policy = PublicPages(NOW)
    assert public(home_fr, about_fr) == {"Accueil", "À propos"}
    assert {language for _, _, language in policy.roots} == {"en", "fr"}
    assert policy.url_path(Page.objects.get(pk=about_fr.pk)) == f"/fr/{about_fr.slug}/"


def documents_in(*collections):
    return [DocumentFactory(collection=collection) for collection in collections]


def visible(documents):
    queryset = get_document_model().objects.filter(pk__in=[doc.pk for doc in documents])
    return set(public_in_collections(queryset).values_list("pk", flat=True))


def test_a_document_in_an_open_collection_is_public():
    open_collection = Collection.get_first_root_node().add_child(name="Open")
    (document,) = documents_in(open_collection)
    assert visible([document]) == {document.pk}


@pytest.mark.parametrize(
    "restriction_type",
    [
        CollectionViewRestriction.PASSWORD,
        CollectionViewRestriction.LOGIN,
        CollectionViewRestriction.GROUPS,
    ],
)
def test_a_document_in_a_restricted_collection_is_hidden(restriction_type):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=restriction_type, password="secret"
    )
    hidden, shown = documents_in(private, Collection.get_first_root_node())
    assert visible([hidden, shown]) == {shown.pk}


def test_a_document_under_a_restricted_parent_collection_is_hidden():
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    inner = private.add_child(name="Inside private")
    sibling = Collection.get_first_root_node().add_child(name="Open")
    hidden, shown = documents_in(inner, sibling)
    assert visible([hidden, shown]) == {shown.pk}
