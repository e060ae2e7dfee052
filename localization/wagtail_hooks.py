"""Admin wiring: the completeness report, "Publish with translations", and right-to-left
text direction in wagtail-localize's translation editor."""

import copy
from urllib.parse import urlencode

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.languages import language_info, language_tag
from localization import views
from localization.completeness import language_name
from localization.publishing import LOG_ACTION


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path(
            "reports/completeness/",
            views.TranslationCompletenessReportView.as_view(),
            name="completeness",
        ),
        path(
            "reports/completeness/results/",
            views.TranslationCompletenessReportView.as_view(results_only=True),
            name="completeness_results",
        ),
        path(
            "publish-together/<int:page_id>/",
            views.PublishTogetherView.as_view(),
            name="publish_together",
        ),
    ]
    return [path("localization/", include((urls, "localization"), namespace="localization"))]


class CompletenessReportMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_completeness_report_menu_item():
    return CompletenessReportMenuItem(
        gettext_lazy("Translation completeness"),
        reverse("localization:completeness"),
        name="translation-completeness",
        icon_name="wagtail-localize-language",
        order=8900,
    )


@hooks.register("construct_reports_menu")
def translate_localize_report_label(request, menu_items):
    # wagtail-localize labels its “Translations” report with a non-lazy gettext, so the
    # label stays in the language of the first request the process served (an Arabic
    # label in a French admin). Each request gets its own copy, in its own language.
    url = reverse("wagtail_localize:translations_report")
    for index, item in enumerate(menu_items):
        if getattr(item, "url", None) == url:
            item = copy.copy(item)
            item.label = _("Translations")
            item.name = "translations"
            menu_items[index] = item


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


hooks.register("register_page_header_buttons", publish_together_buttons)
hooks.register("register_page_listing_more_buttons", publish_together_buttons)


def language_directions():
    """{code: {"dir", "lang"}} for every content language; read by the editor script."""
    directions = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        directions[code] = {
            "dir": language_info(code)["direction"],
            "lang": language_tag(code),
        }
    return directions


@hooks.register("insert_editor_js")
def translation_editor_direction_js():
    # wagtail-localize's editor (upstream issue 197) renders every segment left to right.
    # The script reads the source and target languages from the editor's own props and
    # marks its text fields and rendered texts with dir and lang; pages and snippets share
    # the editor template, so both are covered.
    return render_to_string(
        "localization/admin/translation_editor_direction.html",
        {"directions": language_directions()},
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action(LOG_ACTION)
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
