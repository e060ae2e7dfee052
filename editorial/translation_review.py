"""Handing a translation in for review, from wagtail-localize's translation editor.

wagtail-localize's editor offers publishing to those who may publish, and nothing to
anyone else: a country's editor who translated their story had no way to send it to the
secretariat. ``submit_for_review`` saves the translation's current text as a draft and
starts the page's review workflow, the same one the source went through.
``translation_actions`` tells the editor script (``editorial/js/translation-review.js``)
which actions this user gets: the submit button, and, for a country's editors, which of
wagtail-localize's own buttons to hide (their views refuse them: ``editorial.patches``).
Registration lives in ``editorial.wagtail_hooks``.
"""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation

from editorial.roles import is_country_editor


def editable_translation(request, translation_id):
    """(translation, target page) if the user may edit the page; else 403 or 404."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return translation, page.specific


def translation_actions(request, translation_id):
    translation, page = editable_translation(request, translation_id)
    workflow = page.get_workflow()
    can_submit = workflow is not None and not page.workflow_in_progress
    return JsonResponse(
        {
            "submitUrl": reverse("editorial_submit_translation", args=[translation.pk])
            if can_submit
            else None,
            "submitLabel": _("Submit to %(workflow)s") % {"workflow": _(workflow.name)}
            if workflow
            else "",
            "inReview": page.workflow_in_progress,
            "inReviewLabel": _("Awaiting review by the secretariat"),
            "hide": ["stop-sync", "convert-to-alias"] if is_country_editor(request.user) else [],
        }
    )


@require_POST
def submit_for_review(request, translation_id):
    translation, page = editable_translation(request, translation_id)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None or page.workflow_in_progress:
        messages.error(request, _("This translation cannot be submitted for review now."))
        return redirect(edit_url)
    # The translation's current text becomes the draft the reviewer reads; segments not
    # translated yet keep the source's text.
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    workflow.start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” was submitted to %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": _(workflow.name)},
    )
    return redirect(get_valid_next_url_from_request(request) or edit_url)


def translation_review_script():
    """An ``insert_editor_js`` hook: the script that adds the submit button."""
    return format_html(
        '<script src="{}" data-actions-url="{}" defer></script>',
        versioned_static("editorial/js/translation-review.js"),
        reverse("editorial_translation_actions", args=[0]),
    )
