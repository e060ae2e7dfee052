"""Wagtail's page signals, each recorded as a webhook event in the change's transaction."""

from django.db.models.signals import post_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from webhooks import events
from webhooks.models import WebhookEvent


def on_published(sender, instance, **kwargs):
    # Wagtail also sends page_published when a publish is only scheduled (go_live_at ahead):
    # nothing has changed for readers yet. The event is recorded when publish_scheduled
    # makes that revision live.
    if instance.go_live_at and instance.go_live_at > timezone.now():
        return
    events.record(events.published_event, instance)


def on_unpublished(sender, instance, **kwargs):
    events.record(WebhookEvent.UNPUBLISHED, instance)


def on_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    # A draft that was never public moves unseen; so does a move that changes no address.
    if instance.live and url_path_before != url_path_after:
        events.record(WebhookEvent.MOVED, instance)


def on_deleted(sender, instance, **kwargs):
    # Deleting a page deletes one ``Page`` row per page of the subtree; sender=Page sees each
    # page once whatever its type. A page that was never published was never announced.
    if instance.first_published_at is not None:
        events.record(WebhookEvent.DELETED, instance)


def register_signal_handlers():
    page_published.connect(on_published, dispatch_uid="webhooks_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="webhooks_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="webhooks_moved")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="webhooks_deleted")
