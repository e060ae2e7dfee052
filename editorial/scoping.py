"""What each user may see in the admin: the one place listings are narrowed by role.

Country editors see their own country's pages; the Secretariat (rights on every home
page) and superusers see everything. The rules are read from the permissions
``editorial.roles`` grants, never from group names, so a right an administrator grants
by hand widens what the user sees in the same way.
This module only builds querysets; it never grants a right and never renders.
"""

from django.db.models import Q
from wagtail.models import Page
from wagtail.permissions import policy_registry


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
