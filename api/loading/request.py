"""The per-request object of the public API: ``ApiContext``, reached with ``api_context``.

Every request gets one ``ApiContext`` (hung on the Django request). It holds the moment
the request is answered at, the visibility policy worked out for it, and the loaders it
has created, and it is where fetched objects are attached (see
``api.loading.references.attach``).

Loaders hand what they fetch back through ``ApiContext.attach``, which announces what
those objects refer to to other loaders: fetching and announcing call each other, and
going through the request object keeps the modules of this package in one direction
(scope, visibility, bulk, loaders, references, request).
"""

from django.utils import timezone
from django.utils.encoding import iri_to_uri

from api.image_specs import requested_rendition_specs
from api.loading.references import attach
from api.loading.visibility import PublicPages


class ApiContext:
    """Everything one request has learned so far."""

    def __init__(self, request):
        self.request = request
        self.now = timezone.now()
        self.pages = PublicPages(self.now)
        # Loaders of this request by (loader class, arguments); see BulkLoader.
        self.loaders = {}
        # The rendition specs the operation asks for: the only ones the image loader fetches.
        self.rendition_specs = frozenset()
        # What the client should know although nothing failed; see ``warn``.
        self.warnings = []
        # The first moment after ``now`` at which this answer would differ with no edit
        # (a meeting starting, a live feed ending); see ``changes_at``.
        self.fresh_until = None
        # The request's scheme and host, for ``absolute``.
        self._origin = None

    def warn(self, info, message, code, **details):
        """Note something the response's ``extensions.warnings`` tells the client."""
        self.warnings.append(
            {"message": message, "path": info.path.as_list(), "code": code, **details}
        )

    def changes_at(self, *moments):
        """Note moments at which the answer changes by itself: caches keep it until then."""
        later = [moment for moment in moments if moment is not None and moment > self.now]
        if self.fresh_until is not None:
            later.append(self.fresh_until)
        self.fresh_until = min(later, default=None)

    def absolute(self, url):
        """Make a media URL absolute (storage URLs on S3 or a CDN already are).

        What ``request.build_absolute_uri`` gives; a path from the site's root (all local
        media URLs) is joined to the request's origin without parsing it again, since a
        listing makes a hundred of them.
        """
        if not url:
            return None
        if url.startswith("/") and not url.startswith("//") and "/." not in url:
            if self._origin is None:
                self._origin = self.request.build_absolute_uri("/")[:-1]
            return self._origin + iri_to_uri(url)
        return self.request.build_absolute_uri(url)

    def attach(self, objects, scope):
        """Make ``objects`` one batch for ``scope`` and announce what they refer to."""
        return attach(self, objects, scope)


def api_context(info):
    """The request's ``ApiContext``, created on first use."""
    request = info.context
    context = getattr(request, "_ghrs_api", None)
    if context is None:
        context = ApiContext(request)
        context.rendition_specs = requested_rendition_specs(info)
        request._ghrs_api = context
    return context
