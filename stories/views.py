"""The stories' admin views: the “Consent needs review” report, its menu entry and
dashboard count, and the refusal of bulk publishing without consent.

Every listing here starts from the pages the user may change, so a country's editors only
ever see their own country's stories. Registration lives in ``stories.wagtail_hooks``.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column, LocaleColumn, StatusTagColumn, TitleColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn
from wagtail.admin.views.reports import ReportView

from stories.consent import (
    ConsentState,
    consent_review_queryset,
    describe_consent,
    page_policy,
    stories_lacking_consent,
)
from stories.filters import ConsentReviewFilterSet

REVIEWING_PERMISSIONS = ["add", "change", "publish"]


class ConsentReviewReportView(ReportView):
    """Stories whose people's consent to publication has ended or is about to."""

    page_title = _("Consent needs review")
    header_icon = "warning"
    index_url_name = "stories_consent_review"
    index_results_url_name = "stories_consent_review_results"
    filterset_class = ConsentReviewFilterSet
    any_permission_required = REVIEWING_PERMISSIONS
    verbose_name = _("story")
    verbose_name_plural = _("stories whose consent needs review")
    default_ordering = "consent_expires_on"
    export_filename = "consent-needs-review"
    list_export = [
        "title",
        "member_state",
        "locale",
        "consent_expires_on",
        "consent_state_label",
        "status_string",
        "full_url",
    ]
    export_headings = {
        "title": _("Story"),
        "member_state": _("Member state"),
        "locale": _("Language"),
        "consent_expires_on": _("Consent until"),
        "consent_state_label": _("Consent"),
        "status_string": _("Status"),
        "full_url": _("Address"),
    }

    @cached_property
    def permission_policy(self):
        return page_policy()

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Story"),
                accessor="get_admin_display_title",
                url_name="wagtailadmin_pages:edit",
            ),
            Column("member_state", label=_("Member state")),
            LocaleColumn(label=_("Language")),
            PageStatusColumn("status", label=_("Status")),
            Column(
                "consent_expires_on",
                label=_("Consent until"),
                sort_key="consent_expires_on",
                accessor=lambda story: story.consent_expires_on.strftime("%d %b %Y"),
            ),
            StatusTagColumn(
                "consent_state",
                label=_("Consent"),
                accessor=describe_consent,
                primary=lambda story: story.consent_state == ConsentState.EXPIRED,
            ),
        ]

    def get_queryset(self):
        self.queryset = consent_review_queryset(self.request.user).select_related(
            "member_state", "locale"
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        # For spreadsheet exports, which read attributes rather than table columns.
        today = timezone.localdate()
        for story in object_list:
            story.consent_state_label = describe_consent(story, today)
        return object_list


class ConsentReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return page_policy().user_has_any_permission(request.user, REVIEWING_PERMISSIONS)


class ConsentSummaryItem(SummaryItem):
    """“3 stories need consent review” on the dashboard, linking to the report."""

    order = 250
    template_name = "stories/admin/consent_summary_item.html"

    @cached_property
    def count(self):
        return consent_review_queryset(self.request.user).count()

    def is_shown(self):
        return (
            page_policy().user_has_any_permission(self.request.user, REVIEWING_PERMISSIONS)
            and self.count > 0
        )

    def get_context_data(self, parent_context):
        return {"count": self.count, "url": reverse("stories_consent_review")}


def refuse_bulk_publishing_without_consent(request, action_type, objects, action):
    """A ``before_bulk_action`` hook: the edit form checks consent, bulk actions do not."""
    if action_type != "publish":
        return None
    form = getattr(action, "cleaned_form", None)
    include_descendants = bool(form and form.cleaned_data.get("include_descendants"))
    lacking = stories_lacking_consent(objects, include_descendants)
    if not lacking:
        return None
    titles = ", ".join(f"“{story.get_admin_display_title()}”" for story in lacking[:10])
    if len(lacking) > 10:
        titles = _("%(titles)s and %(count)s more") % {"titles": titles, "count": len(lacking) - 10}
    messages.error(
        request,
        _(
            "Nothing was published: consent is not confirmed for %(titles)s. Open each story, "
            "tick “consent confirmed” in the Safeguarding section, then publish again."
        )
        % {"titles": titles},
    )
    return redirect(action.next_url)
