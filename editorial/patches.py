"""Patches of Wagtail behaviour that no hook or registry can replace, applied once.

Written for Wagtail 8.0.1. Each patch keeps the original in ``UNPATCHED`` so a test can
show the upstream behaviour is still the one being corrected; when that test fails,
upstream has fixed it and the patch is to be deleted.

- The “Page types usage” report (``/admin/reports/page-types-usage/``) names, for each
  page type, the page last edited anywhere in the tree and counts every page, so a
  country's editor reads another country's draft title there. Its URL is mounted before
  any ``register_admin_urls`` hook, so a subclass cannot be registered over it; its
  ``decorate_paginated_queryset`` is replaced by one that counts and names only pages
  the user may explore. No upstream issue found for Wagtail 8.0.
"""

from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from editorial import scoping

UNPATCHED = {}


def scoped_page_types_usage(self, page_types):
    """Counts and “last edited” pages of the report, limited to pages the user may explore."""
    page_types = list(page_types)
    form = self.filters.form if self.filters is not None else None
    cleaned = form.cleaned_data if form is not None and form.is_valid() else {}
    usage = scoping.page_type_usage(
        self.request.user,
        [page_type.pk for page_type in page_types],
        language_code=cleaned.get("page_locale"),
        site_root_path=cleaned.get("site"),
    )
    pages = Page.objects.specific().in_bulk(
        page_id for _count, page_id in usage.values() if page_id is not None
    )
    for page_type in page_types:
        count, page_id = usage[page_type.pk]
        page_type.count = count
        page_type.last_edited_page_id = page_id
        page_type.last_edited_page = pages.get(page_id)
    return page_types


def apply():
    """Called once from ``EditorialConfig.ready``; a second call changes nothing."""
    if "page_types_usage" not in UNPATCHED:
        UNPATCHED["page_types_usage"] = PageTypesUsageReportView.decorate_paginated_queryset
        PageTypesUsageReportView.decorate_paginated_queryset = scoped_page_types_usage
