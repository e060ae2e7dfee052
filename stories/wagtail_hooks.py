"""The editors' side of the admin for stories.

- The “Consent needs review” report (Reports menu) and its count on the dashboard.
- Page choosers offer only live pages and pages the user may edit, so a country's
  editors never see another country's drafts while linking.
- wagtail-localize's “Translations” report is narrowed to pages the user may edit, for
  the same reason; its view lists every translation otherwise.
- Bulk publishing refuses stories whose consent is not confirmed (the edit form checks
  this, but bulk actions publish without a form).

Nothing here grants rights: who may do what is decided in ``stories.roles``.
"""

import datetime

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, CharField, Q, Value, When
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.tables import Column, LocaleColumn, StatusTagColumn, TitleColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permissions import policy_registry
from wagtail_localize.views.report import TranslationsReportView

from coalition.models import MemberState
from stories.models import StoryPage

CONSENT_WARNING_DAYS = 30
REVIEWING_PERMISSIONS = ["add", "change", "publish"]


class ConsentState(models.TextChoices):
    EXPIRED = "expired", "Consent expired"
    EXPIRING = "expiring", f"Live, consent ends within {CONSENT_WARNING_DAYS} days"


def page_policy():
    return policy_registry.get_by_type(Page)


def consent_review_queryset(user, today=None):
    """Stories ``user`` may edit whose consent has ended, or (if live) ends within 30 days.

    Each story is annotated with ``consent_state``: ``expired`` or ``expiring``.
    """
    today = today or timezone.localdate()
    warning_end = today + datetime.timedelta(days=CONSENT_WARNING_DAYS)
    editable = page_policy().instances_user_has_permission_for(user, "change")
    return (
        StoryPage.objects.filter(pk__in=editable.values("pk"))
        .filter(
            Q(consent_expires_on__lt=today)
            | Q(live=True, consent_expires_on__gte=today, consent_expires_on__lte=warning_end)
        )
        .annotate(
            consent_state=Case(
                When(consent_expires_on__lt=today, then=Value(ConsentState.EXPIRED)),
                default=Value(ConsentState.EXPIRING),
                output_field=CharField(),
            )
        )
    )


def describe_consent(story, today=None):
    """“Ended 3 days ago” / “Ends in 12 days”, as the report's status tag."""
    today = today or timezone.localdate()
    days = (story.consent_expires_on - today).days
    if days < 0:
        return f"Ended {-days} day{'s' if days != -1 else ''} ago"
    if days == 0:
        return "Ends today"
    return f"Ends in {days} day{'s' if days != 1 else ''}"


class MemberStateFilter(django_filters.ChoiceFilter):
    """Member states by their English name; matches every language version of a story."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", self.member_state_choices)
        super().__init__(*args, **kwargs)

    @staticmethod
    def member_state_choices():
        return [
            (str(key), name)
            for key, name in MemberState.objects.filter(locale=Locale.get_default())
            .order_by("name")
            .values_list("translation_key", "name")
        ]

    def filter(self, qs, value):
        if value:
            return qs.filter(member_state__translation_key=value)
        return qs


class ConsentReviewFilterSet(WagtailFilterSet):
    consent_state = django_filters.ChoiceFilter(
        label="Consent",
        choices=ConsentState.choices,
        empty_label="All",
        method="filter_consent_state",
    )
    member_state = MemberStateFilter(label="Member state", empty_label="All")

    class Meta:
        model = StoryPage
        fields = []

    def filter_consent_state(self, queryset, name, value):
        return queryset.filter(consent_state=value) if value else queryset


class ConsentReviewReportView(ReportView):
    """Stories whose people's consent to publication has ended or is about to."""

    page_title = "Consent needs review"
    header_icon = "warning"
    index_url_name = "stories_consent_review"
    index_results_url_name = "stories_consent_review_results"
    filterset_class = ConsentReviewFilterSet
    any_permission_required = REVIEWING_PERMISSIONS
    verbose_name = "story"
    verbose_name_plural = "stories whose consent needs review"
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
        "title": "Story",
        "member_state": "Member state",
        "locale": "Language",
        "consent_expires_on": "Consent until",
        "consent_state_label": "Consent",
        "status_string": "Status",
        "full_url": "Address",
    }

    @cached_property
    def permission_policy(self):
        return page_policy()

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label="Story",
                accessor="get_admin_display_title",
                url_name="wagtailadmin_pages:edit",
            ),
            Column("member_state", label="Member state"),
            LocaleColumn(label="Language"),
            PageStatusColumn("status", label="Status"),
            Column(
                "consent_expires_on",
                label="Consent until",
                sort_key="consent_expires_on",
                accessor=lambda story: story.consent_expires_on.strftime("%d %b %Y"),
            ),
            StatusTagColumn(
                "consent_state",
                label="Consent",
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


class EditableTranslationsReportView(TranslationsReportView):
    """wagtail-localize's Translations report, without pages the user may not edit."""

    def get_queryset(self):
        translations = super().get_queryset()
        user = self.request.user
        if user.is_superuser:
            return translations.order_by("-created_at", "pk")
        editable = page_policy().instances_user_has_permission_for(user, "change")
        return translations.filter(
            ~Q(source__object__content_type=ContentType.objects.get_for_model(Page))
            | Q(source__object__translation_key__in=editable.values("translation_key"))
        ).order_by("-created_at", "pk")


@hooks.register("register_admin_urls", order=-10)
def register_admin_urls():
    # The Translations report's own path is registered first so it takes precedence
    # over wagtail-localize's unfiltered view of the same address.
    return [
        path(
            "reports/consent-review/",
            ConsentReviewReportView.as_view(),
            name="stories_consent_review",
        ),
        path(
            "reports/consent-review/results/",
            ConsentReviewReportView.as_view(results_only=True),
            name="stories_consent_review_results",
        ),
        path(
            "localize/reports/translations/",
            EditableTranslationsReportView.as_view(),
            name="stories_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            EditableTranslationsReportView.as_view(results_only=True),
            name="stories_translations_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_consent_review_menu_item():
    return ConsentReviewMenuItem(
        "Consent needs review",
        reverse("stories_consent_review"),
        name="consent-review",
        icon_name="warning",
        order=650,
    )


@hooks.register("construct_homepage_summary_items")
def add_consent_summary_item(request, summary_items):
    summary_items.append(ConsentSummaryItem(request))


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_the_user_cannot_edit(pages, request):
    user = request.user
    if user.is_superuser:
        return pages
    explorable = page_policy().explorable_instances(user)
    return pages.filter(Q(live=True) | Q(pk__in=explorable.values("pk")))


def stories_lacking_consent(pages, include_descendants=False):
    """Stories among ``pages`` (and their unpublished descendants) whose latest version
    does not confirm consent: publishing them in bulk would skip the edit form's check."""
    page_ids = [page.pk for page in pages]
    candidates = StoryPage.objects.filter(pk__in=page_ids)
    if include_descendants:
        descendants = Q()
        for page in pages:
            descendants |= Q(path__startswith=page.path, live=False)
        candidates = StoryPage.objects.filter(Q(pk__in=page_ids) | descendants)
    lacking = []
    for story in candidates.select_related("latest_revision"):
        revision = story.latest_revision
        confirmed = revision.content.get("consent_confirmed") if revision else None
        if not (story.consent_confirmed if confirmed is None else confirmed):
            lacking.append(story)
    return lacking


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_without_consent(request, action_type, objects, action):
    if action_type != "publish":
        return None
    form = getattr(action, "cleaned_form", None)
    include_descendants = bool(form and form.cleaned_data.get("include_descendants"))
    lacking = stories_lacking_consent(objects, include_descendants)
    if not lacking:
        return None
    titles = ", ".join(f"“{story.get_admin_display_title()}”" for story in lacking[:10])
    more = f" and {len(lacking) - 10} more" if len(lacking) > 10 else ""
    messages.error(
        request,
        f"Nothing was published: consent is not confirmed for {titles}{more}. Open each story, "
        "tick “consent confirmed” in the Safeguarding section, then publish again.",
    )
    return redirect(action.next_url)
