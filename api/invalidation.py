"""What retires cached API answers: every change readers can see bumps the content generation.

Pages change through Wagtail's own signals, the four that publish webhooks also announce
(``webhooks/signal_handlers.py``): ``page_published`` (a translation's publish included,
and a scheduled publish by ``publish_scheduled``), ``page_unpublished`` (expiry included),
``post_page_move`` and ``post_delete`` of ``Page``. Saving a draft changes nothing readers
see and retires nothing.

Everything else an answer shows is a model the API reads directly: the coalition's
snippets, images, documents, hosted video and its caption tracks, collections and view
restrictions (which hide pages and documents), sites and locales. Any save or deletion of
one retires every answer. Renditions and stored embeds are left out on purpose: API
requests themselves create them, and an answer that waited for one is never cached.

The generation is bumped once the change is committed, never before: a request that read
the new generation while the change was still uncommitted would otherwise store the old
content under it. This module must not look at answers; it only says when they are stale.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from api.caching import bump_generation
from coalition.models import MemberState, Organisation, Person, SustainableDevelopmentGoal, Theme
from media_library.models import CaptionTrack, CustomImage, HostedMedia


def content_models():
    """The models whose rows appear in answers outside a page's published revision."""
    return (
        MemberState,
        Theme,
        SustainableDevelopmentGoal,
        Organisation,
        Person,
        CustomImage,
        get_document_model(),
        HostedMedia,
        CaptionTrack,
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
        Locale,
    )


def content_changed(sender=None, raw=False, **kwargs):
    """Bump the generation once the current transaction commits (at once outside one)."""
    if raw:
        # Fixtures being loaded: nothing is being served from them yet.
        return
    transaction.on_commit(bump_generation)


def connect():
    """Wire the handlers; called once from ``ApiConfig.ready``."""
    page_published.connect(content_changed, dispatch_uid="api-cache-published")
    page_unpublished.connect(content_changed, dispatch_uid="api-cache-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="api-cache-moved")
    post_delete.connect(content_changed, sender=Page, dispatch_uid="api-cache-page-deleted")
    for model in content_models():
        label = model._meta.label_lower
        post_save.connect(content_changed, sender=model, dispatch_uid=f"api-cache-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"api-cache-delete-{label}")
        for field in model._meta.many_to_many:
            m2m_changed.connect(
                content_changed,
                sender=field.remote_field.through,
                dispatch_uid=f"api-cache-m2m-{label}-{field.name}",
            )
