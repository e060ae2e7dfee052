"""What each user may see in the admin: the one place listings are narrowed by role.

Country editors see their own country's pages and collection; the Secretariat (rights on
every home page and the root collection) and superusers see everything. The rules are
read from the permissions ``editorial.roles`` grants, never from group names, so a right
an administrator grants by hand widens what the user sees in the same way. A collection
with a view restriction (login, groups or password) is no exception to this: only users
holding a right on it see what it holds.

This module only builds querysets; it never grants a right and never renders.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Q, Subquery
from wagtail.documents import get_document_model
from wagtail.documents import get_permission_policy as get_document_policy
from wagtail.images import get_image_model
from wagtail.images import get_permission_policy as get_image_policy
from wagtail.models import Page
from wagtail.permissions import policy_registry

# Any right on an image or document lets the user see it: choosing (country editors),
# changing or deleting (the Secretariat, and the uploader of their own files).
LIBRARY_ACTIONS = ["choose", "change", "delete"]


def page_policy():
    return policy_registry.get_by_type(Page)


def explorable_pages(user):
    """Pages the user may open in the explorer: those they hold a right on, and ancestors."""
    if user.is_superuser:
        return Page.objects.all()
    return page_policy().explorable_instances(user)


def choosable_pages(pages, user):
    """``pages`` narrowed to live pages and drafts the user may explore.

    Linking to another country's published story is fine; seeing its drafts is not.
    """
    if user.is_superuser:
        return pages
    return pages.filter(Q(live=True) | Q(pk__in=explorable_pages(user).values("pk")))


def visible_images(user):
    return get_image_policy().instances_user_has_any_permission_for(user, LIBRARY_ACTIONS)


def visible_documents(user):
    return get_document_policy().instances_user_has_any_permission_for(user, LIBRARY_ACTIONS)


def visible_instances(model, user):
    """The instances of ``model`` (pages, images or documents) the user may see, or
    ``None`` for a model these rules do not cover."""
    if issubclass(model, Page):
        return explorable_pages(user)
    if issubclass(model, get_image_model()):
        return visible_images(user)
    if issubclass(model, get_document_model()):
        return visible_documents(user)
    return None


def page_type_usage(user, content_type_ids, language_code=None, site_root_path=None):
    """Per page type, the number of pages the user may see and the one last edited.

    Returns ``{content_type_id: (count, last_edited_page_id or None)}``, with the page
    types usage report's language and site filters applied in the same way.
    """
    pages = explorable_pages(user).filter(content_type_id__in=content_type_ids)
    if language_code:
        pages = pages.filter(locale__language_code=language_code)
    if site_root_path:
        pages = pages.filter(path__startswith=site_root_path)
    counts = dict(
        pages.order_by()
        .values("content_type_id")
        .annotate(count=Count("pk"))
        .values_list("content_type_id", "count")
    )
    latest_edited = pages.filter(content_type_id=OuterRef("pk")).order_by(
        F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
    )
    last_edited = dict(
        ContentType.objects.filter(pk__in=content_type_ids)
        .annotate(last_edited_page_id=Subquery(latest_edited.values("pk")[:1]))
        .values_list("pk", "last_edited_page_id")
    )
    return {
        content_type_id: (counts.get(content_type_id, 0), last_edited.get(content_type_id))
        for content_type_id in content_type_ids
    }
