"""Routes: the Wagtail admin, documents, the GraphQL endpoint and language-prefixed pages.

Wagtail's dynamic image view (``wagtailimages_serve``) is deliberately not mounted: it makes
a rendition of any size on the first request for its signed URL, streams it through a
worker and ignores private collections. The public gets renditions only through the API,
made ahead of time; the admin previews images through its own login-protected views.

The CMS renders no pages: a page address redirects to the public website or is a 404
(``api.page_redirects``).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.staticfiles.urls import staticfiles_urlpatterns
from django.urls import include, path, re_path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.page_redirects import page_redirect
from api.views import graphql_view

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", graphql_view, name="graphql"),
    # The launch-event presenter: a client of the public API, plus event staff's notes.
    path("present/", include("presenter.urls")),
    # Wagtail's reader login, where a document in a private collection sends visitors who
    # are not logged in (the rest of Wagtail's page routes is replaced below).
    path(
        "_util/login/",
        auth_views.LoginView.as_view(template_name="wagtailcore/login.html"),
        name="wagtailcore_login",
    ),
]

if settings.DEBUG:
    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's own page route and pattern, so that ``page.url`` still resolves.
urlpatterns += i18n_patterns(
    re_path(r"^((?:[\w\-]+/)*)$", page_redirect, name="wagtail_serve"),
    prefix_default_language=True,
)
