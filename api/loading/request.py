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
        # True once the response holds something no shared cache may keep (a preview).
        self.private = False

    def warn(self, info, message, code, **details):
        """Note something the response's ``extensions.warnings`` tells the client."""
        self.warnings.append(
            {"message": message, "path": info.path.as_list(), "code": code, **details}
        )

    def absolute(self, url):
        """Make a media URL absolute (storage URLs on S3 or a CDN already are)."""
        if not url:
            return None
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
