"""Admin views that replace a built-in view with one listing only what the user may see.

Each class here subclasses a Wagtail or wagtail-localize view and narrows what it lists
through ``editorial.scoping``; ``editorial.wagtail_hooks`` registers it in the built-in
view's place. Nothing here grants a right or changes what a view does beyond what it
lists.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.shortcuts import redirect
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportView

from editorial import scoping


class EditableTranslationsReportView(TranslationsReportView):
    """wagtail-localize's Translations report, without pages the user may not edit."""

    def get_queryset(self):
        translations = super().get_queryset()
        user = self.request.user
        if user.is_superuser:
            return translations.order_by("-created_at", "pk")
        editable = scoping.page_policy().instances_user_has_permission_for(user, "change")
        return translations.filter(
            ~Q(source__object__content_type=ContentType.objects.get_for_model(Page))
            | Q(source__object__translation_key__in=editable.values("translation_key"))
        ).order_by("-created_at", "pk")


class ScopedExplorableIndexView(ExplorableIndexView):
    """The page explorer, refusing to open a page the user may not explore.

    Wagtail opens any page below the user's explorable root (for an editor of sections in
    two languages, the tree's root), so another country's draft could be opened by its
    id and its title read in the header. The user is sent to their own root instead, as
    Wagtail does for a page outside it.
    """

    def get(self, request, parent_page_id=None):
        if (
            parent_page_id is not None
            and not scoping.explorable_pages(request.user).filter(pk=parent_page_id).exists()
        ):
            root_page = self.permission_policy.explorable_root_instance(request.user)
            return redirect(self.index_url_name, root_page.pk)
        return super().get(request, parent_page_id)


class ScopedPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the scoped explorer."""

    index_view_class = ScopedExplorableIndexView


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API's images (``/admin/api/main/images/``), only those the user may see.

    Wagtail's endpoint hides only images in collections whose view restriction the user
    does not pass, so every editor would list every country's images and originals.
    """

    def get_queryset(self):
        visible = scoping.visible_images(self.request.user)
        return super().get_queryset().filter(pk__in=visible.values("pk"))


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API's documents (``/admin/api/main/documents/``), only those the user
    may see; a login-restricted collection is no longer listed to every logged-in editor."""

    def get_queryset(self):
        visible = scoping.visible_documents(self.request.user)
        return super().get_queryset().filter(pk__in=visible.values("pk"))
