"""The django-tasks task that delivers webhooks, and how deliveries are queued.

The first attempt is queued when the change commits. A retry is queued in the same
transaction that records the failed attempt, so the worker cannot lose it. Backends that
cannot run a task later (the immediate backend of development and tests) leave retries to
``manage.py deliver_webhooks``, which also posts anything left pending after a crash.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from webhooks import delivery as deliveries
from webhooks.models import WebhookDelivery

FIRST_ATTEMPT_GRACE = datetime.timedelta(minutes=1)


# Ahead of other background work (search and reference indexing, renditions): a receiver is
# waiting, and a delivery takes a few milliseconds.
@task(queue_name="webhooks", priority=50)
def deliver_webhook(delivery_id):
    """Post one delivery once; on failure, queue the next attempt after its back-off."""
    with transaction.atomic():
        delivery = deliveries.attempt(delivery_id)
        if delivery is None:
            return None
        if delivery.status == WebhookDelivery.Status.PENDING:
            enqueue_retry(delivery)
    return delivery.status


def enqueue_on_commit(delivery):
    pk = delivery.pk
    transaction.on_commit(lambda: deliver_webhook.enqueue(pk))


def enqueue_retry(delivery):
    if deliver_webhook.get_backend().supports_defer:
        run_after = max(delivery.next_attempt_at, timezone.now())
        deliver_webhook.using(run_after=run_after).enqueue(delivery.pk)


def deliver_due(now=None):
    """Try once every pending delivery whose next attempt is due, or whose first attempt was
    never made (the process stopped between the commit and the queueing)."""
    now = now or timezone.now()
    due = (
        WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING)
        .exclude(next_attempt_at__gt=now)
        # A first attempt normally follows its commit within seconds; leave it to its task.
        .exclude(next_attempt_at__isnull=True, created_at__gt=now - FIRST_ATTEMPT_GRACE)
    )
    return [deliveries.attempt(pk) for pk in due.values_list("pk", flat=True)]


def retry(delivery):
    """Give a failed delivery a fresh set of attempts, starting when the retry commits."""
    delivery.status = WebhookDelivery.Status.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = None
    delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
    enqueue_on_commit(delivery)
