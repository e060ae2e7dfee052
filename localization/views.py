"""Admin views: the translation completeness report and "Publish with translations", their
menu item and buttons, the log formatter of publishing together, and the translation
editor's right-to-left script. Registration lives in ``localization.wagtail_hooks``."""

from urllib.parse import urlencode

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports.base import PageReportView
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import Locale, Page, get_page_content_types
from wagtail.permission_policies.pages import PagePermissionPolicy

from coalition.models import MemberState
from core.languages import language_info, language_tag
from localization.completeness import (
    content_languages,
    language_name,
    source_pages,
    translation_statuses,
)
from localization.forms import PublishTogetherForm
from localization.publishing import (
    PublishTogetherError,
    check_publish_together,
    plan_publish_together,
    publish_together,
)


def _default_locale_member_states(request):
    return MemberState.objects.filter(locale=Locale.get_default()).order_by("name")


class TranslationCompletenessFilterSet(WagtailFilterSet):
    member_state = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Member state"),
        queryset=_default_locale_member_states,
        method="filter_member_state",
        help_text=gettext_lazy("Its story section, its stories and the meetings it co-chairs."),
    )
    content_type = ContentTypeFilter(
        label=gettext_lazy("Page type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
    locale = django_filters.ChoiceFilter(
        label=gettext_lazy("Written in"),
        choices=lambda: content_languages(),
        method="filter_source_language",
        empty_label=gettext_lazy("Any language"),
    )

    class Meta:
        model = Page
        fields = []

    def filter_member_state(self, queryset, name, value):
        if not value:
            return queryset
        key = value.translation_key
        return queryset.filter(
            Q(storypage__member_state__translation_key=key)
            | Q(memberstatestoriespage__member_state__translation_key=key)
            | Q(meetingpage__co_chairs__translation_key=key)
        ).distinct()

    def filter_source_language(self, queryset, name, value):
        return queryset.filter(locale__language_code=value) if value else queryset


class TranslationCompletenessReportView(PageReportView):
    """Per source page: which content languages exist, are live, and are out of date."""

    page_title = gettext_lazy("Translation completeness")
    header_icon = "wagtail-localize-language"
    template_name = "localization/reports/completeness.html"
    results_template_name = "localization/reports/completeness_results.html"
    filterset_class = TranslationCompletenessFilterSet
    index_url_name = "localization:completeness"
    index_results_url_name = "localization:completeness_results"
    any_permission_required = ["add", "change", "publish"]
    export_filename = "translation-completeness"

    @property
    def list_export(self):
        columns = ["title", "page_type", "source_language", "required_languages"]
        columns += [f"language_{code.replace('-', '_')}" for code, _name in content_languages()]
        return [*columns, "not_ready_required"]

    @property
    def export_headings(self):
        headings = {
            "title": _("Title"),
            "page_type": _("Type"),
            "source_language": _("Written in"),
            "required_languages": _("Required languages"),
            "not_ready_required": _("Required but not ready"),
        }
        for code, name in content_languages():
            headings[f"language_{code.replace('-', '_')}"] = str(name)
        return headings

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        pages = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["add", "change", "publish"]
        )
        self.queryset = (
            source_pages(pages).select_related("content_type", "locale").order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        statuses = translation_statuses(pages)
        for page in pages:
            status = statuses[page.pk]
            page.translation_status = status
            page.can_publish_together = (
                not self.is_export
                and status.has_translations
                and page.permissions_for_user(self.request.user).can_publish()
            )
            page.page_type = page.content_type.model_class()._meta.verbose_name.capitalize()
            page.source_language = language_name(page.locale.language_code)
            page.required_languages = ", ".join(
                language_name(code) for code in status.required_codes
            )
            page.not_ready_required = ", ".join(
                f"{language.name} ({language.problem})" for language in status.missing_required
            )
            for language in status.languages:
                setattr(page, f"language_{language.code.replace('-', '_')}", language.summary)
        return pages

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["languages"] = content_languages()
        # Publishing together returns to the whole report with the same filters: the
        # results fragment (refreshed by the filters) is not a page to land on.
        query = self.request.GET.copy()
        query.pop("p", None)
        context["report_url"] = reverse(self.index_url_name) + (
            f"?{query.urlencode()}" if query else ""
        )
        return context


class PublishTogetherView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then publish a page and its ready translations, now or at a set time."""

    template_name = "localization/publish_together.html"
    header_icon = "upload"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        self.plan = plan_publish_together(self.page)
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Publish with translations")

    def get_page_subtitle(self):
        return self.plan.status.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        refusal = ""
        try:
            check_publish_together(self.plan, self.request.user)
        except (PublishTogetherError, PermissionDenied) as error:
            refusal = str(error)
        context.update(
            {
                "page": self.page,
                "plan": self.plan,
                "form": kwargs.get("form") or PublishTogetherForm(),
                "refusal": refusal,
                "next_url": self.next_url,
            }
        )
        return context

    @property
    def next_url(self):
        return get_valid_next_url_from_request(self.request) or reverse(
            "wagtailadmin_pages:edit", args=[self.page.pk]
        )

    def post(self, request, page_id):
        form = PublishTogetherForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            result = publish_together(
                self.page, request.user, go_live_at=form.cleaned_data["go_live_at"]
            )
        except PublishTogetherError as error:
            messages.error(request, str(error))
            self.plan = plan_publish_together(self.page)
            return self.render_to_response(self.get_context_data(form=form), status=409)
        except PermissionDenied as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(form=form), status=403)
        names = ", ".join(language.name for language in result.languages)
        title = self.plan.status.page.get_admin_display_title()
        if result.go_live_at:
            messages.success(
                request,
                _("“%(title)s” is scheduled to go live on %(when)s in: %(languages)s.")
                % {
                    "title": title,
                    "when": date_format(timezone.localtime(result.go_live_at), "DATETIME_FORMAT"),
                    "languages": names,
                },
            )
        else:
            messages.success(
                request,
                _("Published “%(title)s” in: %(languages)s.")
                % {"title": title, "languages": names},
            )
        if result.left_out:
            messages.warning(
                request,
                _("Not published, because not ready: %(languages)s.")
                % {
                    "languages": "; ".join(
                        f"{language.name} ({language.problem})" for language in result.left_out
                    )
                },
            )
        return redirect(self.next_url)


class CompletenessReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


def publish_together_buttons(page, user, view_name=None, next_url=None):
    """“Publish with translations” for a page that has a translation the user may publish."""
    if page.is_root() or not page.permissions_for_user(user).can_publish():
        return
    if not page.get_translations().filter(alias_of__isnull=True).exists():
        return
    url = reverse("localization:publish_together", args=[page.pk])
    if next_url:
        url += "?" + urlencode({"next": next_url})
    yield Button(
        _("Publish with translations"),
        url,
        icon_name="upload",
        priority=61,
        attrs={"data-localization-action": "publish-together"},
    )


class PublishTogetherFormatter(LogFormatter):
    label = gettext_lazy("Publish with translations")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        languages = ", ".join(language_name(code) for code in data.get("languages", []))
        if data.get("go_live_at"):
            return _("Scheduled together to go live at %(when)s: %(languages)s") % {
                "when": data["go_live_at"],
                "languages": languages,
            }
        return _("Published together: %(languages)s") % {"languages": languages}


def language_directions():
    """{code: {"dir", "lang"}} for every content language; read by the editor script."""
    directions = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        directions[code] = {
            "dir": language_info(code)["direction"],
            "lang": language_tag(code),
        }
    return directions


def translation_editor_direction_script():
    """The script that sets ``dir`` and ``lang`` in wagtail-localize's translation editor.

    wagtail-localize's editor (upstream issue 197) renders every segment left to right.
    The script reads the source and target languages from the editor's own props and
    marks its text fields and rendered texts with dir and lang; pages and snippets share
    the editor template, so both are covered.
    """
    return render_to_string(
        "localization/admin/translation_editor_direction.html",
        {"directions": language_directions()},
    )


def content_direction_script():
    """The script that gives StreamField and rich text fields the content's direction.

    The page and snippet forms (``core.forms``) mark the fields the server renders; the
    script copies the content language onto the fields drawn in the browser.
    """
    return format_html(
        '<script src="{}" defer></script>',
        versioned_static("localization/js/content-direction.js"),
    )
