"""Wagtail's page addresses on the CMS host: a public page redirects to the website.

The CMS renders no pages (the public website does), so ``/<language>/<path>/`` never
renders a template. A page readers may see (live, not expired, not scheduled, not under
a view restriction or an unpublished section, not an alias: the API's own rule,
``PublicPages``) answers with a redirect to its address on ``FRONTEND_BASE_URL``; anything
else is a 404 that says nothing about whether a draft exists. The route keeps Wagtail's
name ``wagtail_serve``, so ``page.url`` and the admin's “View live” links keep working.

Previews do not use this route: the admin renders them through Wagtail's preview views.
This module must not render pages or reveal anything about pages readers may not see.
"""

from django.http import Http404, HttpResponseRedirect
from django.utils import timezone, translation
from django.views.decorators.http import require_safe
from wagtail.models import Page

from api.edge import no_store, outage_response
from api.execution import OUTAGE_ERRORS
from api.loading.visibility import PublicPages


@require_safe
def page_redirect(request, path):
    """Redirect to the public page at ``path`` in the URL's language, or 404."""
    try:
        target = _public_url(translation.get_language(), path)
    except OUTAGE_ERRORS:
        return no_store(outage_response())
    if target is None:
        raise Http404("No public page at this address.")
    # Temporary: the page may be unpublished or moved tomorrow.
    return HttpResponseRedirect(target)


def _public_url(language, path):
    pages = PublicPages(timezone.now())
    root_url_path = pages.root_url_path(language)
    if root_url_path is None:
        return None
    page = pages.filter(Page.objects.filter(url_path=f"{root_url_path}{path}")).first()
    return pages.url(page) if page is not None else None
