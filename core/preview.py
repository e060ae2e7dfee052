"""Previewing a draft on the external website: the second preview mode and its signed tokens.

When ``FRONTEND_PREVIEW_URL`` is set, every page offers "On the website" beside the built-in
reading view. Choosing it stores what the editor is looking at as a revision of the page
(the unsaved changes of the edit form included) and sends the browser to the frontend with
a token naming that page and that revision. The frontend hands the token to the API's
``preview`` field. A token is signed with ``SECRET_KEY`` under its own salt, expires after
``FRONTEND_PREVIEW_TOKEN_SECONDS`` and names one page and one revision: it reads nothing else.

This module signs and reads tokens and answers the preview request; it must not know
GraphQL nor fetch content for the API.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

FRONTEND_MODE = "frontend"
SALT = "ghrs.preview.frontend"


class PreviewTokenInvalid(Exception):
    """The token was not issued by this CMS (or was altered)."""


class PreviewTokenExpired(PreviewTokenInvalid):
    """The token was issued here but is older than its lifetime."""


def frontend_preview_url():
    """The frontend's preview route, or "" when frontend preview is off."""
    return getattr(settings, "FRONTEND_PREVIEW_URL", "")


def token_seconds():
    return getattr(settings, "FRONTEND_PREVIEW_TOKEN_SECONDS", 3600)


def make_token(page_id, revision_id):
    """A signed, timestamped token for one revision of one page."""
    return signing.dumps({"page": page_id, "revision": revision_id}, salt=SALT)


def read_token(token):
    """(page id, revision id) of a token issued here and not expired; raises otherwise."""
    try:
        data = signing.loads(str(token), salt=SALT, max_age=token_seconds())
    except signing.SignatureExpired:
        raise PreviewTokenExpired from None
    except signing.BadSignature:
        raise PreviewTokenInvalid from None
    page_id, revision_id = data.get("page"), data.get("revision")
    if not isinstance(page_id, int) or not isinstance(revision_id, int):
        raise PreviewTokenInvalid
    return page_id, revision_id


def frontend_address(token):
    """The frontend preview URL with the token (and any query it already has) kept."""
    base = frontend_preview_url()
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}{urlencode({'token': token})}"


def store_preview_revision(page, user):
    """Keep the content being previewed as a revision the token can name.

    Not ``save_revision``: the page's draft, its latest revision and its history stay as
    they are. Wagtail's ``purge_revisions`` removes these revisions in time, like any other
    revision that is neither live, the latest nor under review.
    """
    return Revision.objects.create(
        content_object=page,
        base_content_type=page.get_base_content_type(),
        user=user if getattr(user, "is_authenticated", False) else None,
        content=page.serializable_data(),
        object_str=str(page),
    )


class FrontendPreviewMixin:
    """Adds the "On the website" preview mode to a page type when the frontend has a preview
    route; the reading view stays the default."""

    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        if frontend_preview_url():
            modes.append((FRONTEND_MODE, _("On the website")))
        return modes

    def serve_preview(self, request, mode_name):
        if mode_name != FRONTEND_MODE or not frontend_preview_url():
            return super().serve_preview(request, mode_name)
        if self.pk is None:
            response = HttpResponse(
                format_html(
                    "<!doctype html><title>{}</title><p>{}</p>",
                    _("Preview on the website"),
                    _("Save a draft first: the website can preview a page once it exists."),
                )
            )
        else:
            revision = store_preview_revision(self, request.user)
            response = HttpResponseRedirect(frontend_address(make_token(self.pk, revision.pk)))
        response["Cache-Control"] = "private, no-store"
        return response
