"""Registers the stories' admin pieces; the views themselves live in ``stories.views``.

- The “Consent needs review” report (Reports menu) and its count on the dashboard.
- Bulk publishing refuses stories whose consent is not confirmed (the edit form checks
  this, but bulk actions publish without a form).

Nothing here grants or narrows rights: who may do what is decided in ``editorial.roles``,
and what each user may see in the admin in ``editorial.scoping``.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from stories import views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "reports/consent-review/",
            views.ConsentReviewReportView.as_view(),
            name="stories_consent_review",
        ),
        path(
            "reports/consent-review/results/",
            views.ConsentReviewReportView.as_view(results_only=True),
            name="stories_consent_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_consent_review_menu_item():
    return views.ConsentReviewMenuItem(
        _("Consent needs review"),
        reverse("stories_consent_review"),
        name="consent-review",
        icon_name="warning",
        order=650,
    )


@hooks.register("construct_homepage_summary_items")
def add_consent_summary_item(request, summary_items):
    summary_items.append(views.ConsentSummaryItem(request))


hooks.register("before_bulk_action", views.refuse_bulk_publishing_without_consent)
