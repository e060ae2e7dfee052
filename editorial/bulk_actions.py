"""Wagtail's bulk actions on pages, images and documents, without naming what the user
may not see.

A bulk action's confirmation lists the selected items the user may not act on, by
title, so anyone could read another country's draft or document titles by putting their
ids in the address (upstream: https://github.com/wagtail/wagtail/issues/12969). Each
class here is the built-in action with that list narrowed to items the user may see; the
action itself, and every permission check, is Wagtail's. ``editorial.wagtail_hooks``
registers them in the built-in actions' place.
"""

from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction as PageDelete
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction as PageMove
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction as PagePublish
from wagtail.admin.views.pages.bulk_actions.unpublish import (
    UnpublishBulkAction as PageUnpublish,
)
from wagtail.documents.views.bulk_actions.add_tags import AddTagsBulkAction as DocumentAddTags
from wagtail.documents.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as DocumentAddToCollection,
)
from wagtail.documents.views.bulk_actions.delete import DeleteBulkAction as DocumentDelete
from wagtail.images.views.bulk_actions.add_tags import AddTagsBulkAction as ImageAddTags
from wagtail.images.views.bulk_actions.add_to_collection import (
    AddToCollectionBulkAction as ImageAddToCollection,
)
from wagtail.images.views.bulk_actions.delete import DeleteBulkAction as ImageDelete

from editorial import scoping


class VisibleItemsOnlyMixin:
    """Drops the items the user may not see from the “no permission” list."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = extra["items_with_no_access"]
        if refused:
            visible = set(
                scoping.visible_instances(self.model, self.request.user)
                .filter(pk__in=[item.pk for item in refused])
                .values_list("pk", flat=True)
            )
            extra["items_with_no_access"] = [item for item in refused if item.pk in visible]
        return objects, extra


class ScopedPageDelete(VisibleItemsOnlyMixin, PageDelete):
    pass


class ScopedPageMove(VisibleItemsOnlyMixin, PageMove):
    pass


class ScopedPagePublish(VisibleItemsOnlyMixin, PagePublish):
    pass


class ScopedPageUnpublish(VisibleItemsOnlyMixin, PageUnpublish):
    pass


class ScopedImageAddTags(VisibleItemsOnlyMixin, ImageAddTags):
    pass


class ScopedImageAddToCollection(VisibleItemsOnlyMixin, ImageAddToCollection):
    pass


class ScopedImageDelete(VisibleItemsOnlyMixin, ImageDelete):
    pass


class ScopedDocumentAddTags(VisibleItemsOnlyMixin, DocumentAddTags):
    pass


class ScopedDocumentAddToCollection(VisibleItemsOnlyMixin, DocumentAddToCollection):
    pass


class ScopedDocumentDelete(VisibleItemsOnlyMixin, DocumentDelete):
    pass


SCOPED_ACTIONS = (
    ScopedPageDelete,
    ScopedPageMove,
    ScopedPagePublish,
    ScopedPageUnpublish,
    ScopedImageAddTags,
    ScopedImageAddToCollection,
    ScopedImageDelete,
    ScopedDocumentAddTags,
    ScopedDocumentAddToCollection,
    ScopedDocumentDelete,
)
