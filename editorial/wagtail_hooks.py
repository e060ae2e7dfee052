"""Registers the admin's narrowing to what each user may see: views live in
``editorial.views`` and ``editorial.bulk_actions``, the rules in ``editorial.scoping``,
the one patch no hook can replace in ``editorial.patches``, and the country editor's
dashboard panel, menu item and reviewer's comment from ``editorial.dashboard``.

Where Wagtail already narrows a listing by permission (image, document and media
choosers and listings, page search, the page chooser's tree, the workflow, history and
aging reports), nothing is registered. Nothing here grants rights: who may do what is
decided in ``editorial.roles``.
"""

from django.urls import path
from wagtail import hooks

from editorial import bulk_actions, dashboard, scoping, translation_review, views


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
        path(
            "editorial/translations/<int:translation_id>/actions/",
            translation_review.translation_actions,
            name="editorial_translation_actions",
        ),
        path(
            "editorial/translations/<int:translation_id>/submit/",
            translation_review.submit_for_review,
            name="editorial_submit_translation",
        ),
    ]


# Wagtail registers its page viewset with order -1; a later registration for ``Page``
# replaces it for every page type (none of this project's types has its own).
@hooks.register("register_admin_viewset")
def register_scoped_page_viewset():
    return views.ScopedPageViewSet()


# After wagtail.images' and wagtail.documents' own hooks (order 0), so these endpoints
# replace theirs under the same names.
@hooks.register("construct_admin_api", order=10)
def register_scoped_library_endpoints(router):
    router.register_endpoint("images", views.ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", views.ScopedDocumentsAdminAPIViewSet)


# The bulk action registry keeps the last class registered per model and action.
for action_class in bulk_actions.SCOPED_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=10)


@hooks.register("construct_page_chooser_queryset")
def hide_drafts_the_user_cannot_edit(pages, request):
    return scoping.choosable_pages(pages, request.user)


hooks.register("construct_homepage_panels", dashboard.add_country_panel)
hooks.register("register_admin_menu_item", dashboard.country_stories_menu_item)
hooks.register("before_edit_page", dashboard.show_reviewer_comment)
hooks.register("insert_editor_js", translation_review.translation_review_script)
