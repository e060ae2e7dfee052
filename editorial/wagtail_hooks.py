"""Registers the admin's narrowing to what each user may see: views live in
``editorial.views``, the rules in ``editorial.scoping``.

Nothing here grants rights: who may do what is decided in ``editorial.roles``.
"""

from django.urls import path
from wagtail import hooks

from editorial import scoping, views


@hooks.register("register_admin_urls", order=-10)
def register_admin_urls():
    # Registered before wagtail-localize's own hook, so this path takes precedence over
    # its unfiltered view at the same address.
    return [
        path(
            "localize/reports/translations/",
            views.EditableTranslationsReportView.as_view(),
            name="editorial_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            views.EditableTranslationsReportView.as_view(results_only=True),
            name="editorial_translations_report_results",
        ),
    ]


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_the_user_cannot_edit(pages, request):
    return scoping.choosable_pages(pages, request.user)
