"""Post every webhook delivery that is due: retries where the task backend cannot defer
tasks, and anything left pending by a stopped process. Safe to run every minute."""

from django.core.management.base import BaseCommand

from webhooks.models import WebhookDelivery
from webhooks.tasks import deliver_due


class Command(BaseCommand):
    help = "Post the webhook deliveries that are due."

    def handle(self, *args, **options):
        tried = [delivery for delivery in deliver_due() if delivery is not None]
        delivered = sum(d.status == WebhookDelivery.Status.DELIVERED for d in tried)
        self.stdout.write(f"{len(tried)} deliveries tried, {delivered} delivered.")
