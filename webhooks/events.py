"""Turning a page change into outbox rows, inside the transaction that makes the change.

``record`` must run in the same transaction as the change: if the change rolls back, so
do its deliveries, and nothing is posted. Posting waits for the commit.
"""

from django.db import transaction
from django.utils import timezone
from wagtail_localize.models import TranslationSource

from api.loading.visibility import PublicPages
from webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from webhooks.tasks import enqueue_on_commit


def is_translation(page):
    """True when the page was made by translating a page in another language."""
    return (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .exists()
    )


def payload(event, page, moment, **extra):
    """The JSON body: identifiers the receiver uses to re-read the page from the API."""
    return {
        "type": event,
        "timestamp": moment.isoformat(),
        "data": {
            "pageId": page.pk,
            "pageType": f"{page.content_type.app_label}.{page.content_type.model}",
            "locale": page.locale.language_code,
            "urlPath": PublicPages(moment).url_path(page),
            "translationKey": str(page.translation_key),
            **extra,
        },
    }


def record(event, page, **extra):
    """Write one delivery per endpoint that wants ``event`` for ``page``; post them on commit.

    ``event`` may be a function of the page, so that working it out costs nothing on a site
    without endpoints.
    """
    enabled = list(WebhookEndpoint.objects.filter(enabled=True))
    if not enabled:
        return []
    if callable(event):
        event = event(page)
    language = page.locale.language_code
    endpoints = [endpoint for endpoint in enabled if endpoint.wants(event, language)]
    if not endpoints:
        return []
    moment = timezone.now()
    body = payload(event, page, moment, **extra)
    with transaction.atomic():
        deliveries = [
            WebhookDelivery.objects.create(
                endpoint=endpoint, event=event, page_id=page.pk, payload=body
            )
            for endpoint in endpoints
        ]
    for delivery in deliveries:
        enqueue_on_commit(delivery)
    return deliveries


def published_event(page):
    if is_translation(page):
        return WebhookEvent.TRANSLATION_PUBLISHED
    return WebhookEvent.PUBLISHED
