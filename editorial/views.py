"""Admin views that replace a built-in view with one listing only what the user may see.

Each class here subclasses a Wagtail or wagtail-localize view and narrows what it lists
through ``editorial.scoping``; ``editorial.wagtail_hooks`` registers it in the built-in
view's place. Nothing here grants a right or changes what a view does beyond what it
lists.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
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
