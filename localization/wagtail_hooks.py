"""Registers the localization admin pieces: the completeness report, "Publish with
translations", and right-to-left text direction in wagtail-localize's translation editor.
The views, buttons and formatter themselves live in ``localization.views``."""

import copy

from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks

from localization import views
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


@hooks.register("register_reports_menu_item")
def register_completeness_report_menu_item():
    return views.CompletenessReportMenuItem(
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


hooks.register("register_page_header_buttons", views.publish_together_buttons)
hooks.register("register_page_listing_more_buttons", views.publish_together_buttons)
hooks.register("insert_editor_js", views.translation_editor_direction_script)
hooks.register("insert_editor_js", views.content_direction_script)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(LOG_ACTION)(views.PublishTogetherFormatter)
