"""Publishing tells every subscribed site once, signed, and no event is ever lost.

The receiver is a real HTTP server on 127.0.0.1; the worker is the production one
(``db_worker`` on the database task backend) or, where the task backend runs tasks at
once, ``deliver_webhooks``.
"""

import json

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, TransactionTestCase, override_settings
from django.urls import reverse
from standardwebhooks import Webhook
from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import TranslationSource

from editorial.factories import PASSWORD, make_user
from home.factories import HomePageFactory, StandardPageFactory
from webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from webhooks.tasks import deliver_due, deliver_webhook
from webhooks.tests.receiver import Receiver, unreachable_url

DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "webhooks"]}
}


def build_site():
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="ghrs")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "GHRS"},
    )
    page = StandardPageFactory(parent=home, title="About", slug="about", live=False)
    return home, page


def publish(page):
    page.save_revision().publish()


@override_settings(WEBHOOKS_RETRY_BASE_SECONDS=0, WEBHOOKS_MAX_ATTEMPTS=5, TASKS=DATABASE_TASKS)
class WorkerDeliveryTests(TransactionTestCase):
    """The production path: the outbox row commits with the publish and db_worker posts it."""

    serialized_rollback = True

    def setUp(self):
        self.home, self.page = build_site()

    def run_worker(self):
        call_command("db_worker", queue_name="webhooks", batch=True, interval=0, verbosity=0)

    def test_event_arrives_once_signed_after_three_failures(self):
        with Receiver(failures=3) as receiver:
            endpoint = WebhookEndpoint.objects.create(name="Ministry site", url=receiver.url)
            publish(self.page)
            self.run_worker()

        self.assertEqual(len(receiver.requests), 4)
        self.assertEqual(len(receiver.acknowledged), 1)
        # Every retry is the same message, so a receiver can drop what it has already seen.
        self.assertEqual(len({r["headers"]["webhook-id"] for r in receiver.requests}), 1)
        accepted = receiver.acknowledged[0]
        payload = Webhook(endpoint.secret).verify(accepted["body"], accepted["headers"])
        self.assertEqual(payload["type"], "page.published")
        self.assertEqual(
            payload["data"],
            {
                "pageId": self.page.pk,
                "pageType": "home.standardpage",
                "locale": "en",
                "urlPath": "/en/about/",
                "translationKey": str(self.page.translation_key),
            },
        )
        delivery = WebhookDelivery.objects.get()
        self.assertEqual(delivery.status, WebhookDelivery.Status.DELIVERED)
        self.assertEqual(delivery.attempts, 4)
        self.assertEqual(delivery.message_id, accepted["headers"]["webhook-id"])

    def test_a_delivered_event_is_never_posted_again(self):
        with Receiver() as receiver:
            WebhookEndpoint.objects.create(name="Ministry site", url=receiver.url)
            publish(self.page)
            self.run_worker()
            delivery = WebhookDelivery.objects.get()
            call_command("deliver_webhooks", verbosity=0)
            deliver_webhook.enqueue(delivery.pk)
            self.run_worker()
        self.assertEqual(len(receiver.requests), 1)

    def test_a_rolled_back_publish_produces_no_event(self):
        with Receiver() as receiver:
            WebhookEndpoint.objects.create(name="Ministry site", url=receiver.url)
            with self.assertRaises(RuntimeError), transaction.atomic():
                publish(self.page)
                raise RuntimeError("the rest of the request failed")
            self.run_worker()
        self.assertFalse(WebhookDelivery.objects.exists())
        self.assertEqual(receiver.requests, [])
        self.assertFalse(Page.objects.get(pk=self.page.pk).live)

    @override_settings(WEBHOOKS_MAX_ATTEMPTS=3)
    def test_a_receiver_down_for_the_whole_run_ends_failed(self):
        WebhookEndpoint.objects.create(name="Ministry site", url=unreachable_url())
        publish(self.page)
        self.run_worker()
        delivery = WebhookDelivery.objects.get()
        self.assertEqual(delivery.status, WebhookDelivery.Status.FAILED)
        self.assertEqual(delivery.attempts, 3)
        self.assertIn("could not be reached", delivery.last_error)


@override_settings(WEBHOOKS_RETRY_BASE_SECONDS=0, WEBHOOKS_MAX_ATTEMPTS=3)
class OutboxTests(WagtailTestUtils, TestCase):
    """What is recorded for which change, and what the admin shows."""

    @classmethod
    def setUpTestData(cls):
        cls.home, cls.page = build_site()
        cls.manager = make_user("webhook-manager", is_staff=True)
        cls.manager.user_permissions.add(
            *Permission.objects.filter(codename__endswith="webhookendpoint")
        )
        cls.manager.user_permissions.add(Permission.objects.get(codename="access_admin"))

    def publish_committed(self, page):
        with self.captureOnCommitCallbacks(execute=True):
            publish(page)

    def test_each_page_change_is_recorded_for_the_endpoints_that_want_it(self):
        everything = WebhookEndpoint.objects.create(name="All", url=unreachable_url())
        french_only = WebhookEndpoint.objects.create(
            name="French site", url=unreachable_url(), language="fr"
        )
        deletions = WebhookEndpoint.objects.create(
            name="Deletions", url=unreachable_url(), events=[WebhookEvent.DELETED]
        )
        publish(self.page)
        self.page.refresh_from_db()
        self.page.unpublish()
        publish(self.page)
        self.page.move(self.home, pos="first-child")
        other = StandardPageFactory(parent=self.home, title="Criteria", slug="criteria")
        publish(other)
        self.page.refresh_from_db()
        self.page.move(other, pos="last-child")
        Page.objects.get(pk=self.page.pk).delete()

        events = list(everything.deliveries.order_by("pk").values_list("event", flat=True))
        self.assertEqual(
            events,
            [
                "page.published",
                "page.unpublished",
                "page.published",
                "page.published",
                "page.moved",
                # Wagtail unpublishes a live page before deleting it.
                "page.unpublished",
                "page.deleted",
            ],
        )
        self.assertFalse(french_only.deliveries.exists())
        self.assertEqual(
            list(deletions.deliveries.values_list("event", "page_id")),
            [("page.deleted", self.page.pk)],
        )
        moved = everything.deliveries.get(event="page.moved")
        self.assertEqual(moved.payload["data"]["urlPath"], "/en/criteria/about/")

    def test_a_translation_is_announced_as_translation_published(self):
        endpoint = WebhookEndpoint.objects.create(name="French site", url=unreachable_url())
        publish(self.page)
        french = self.page.copy_for_translation(
            Locale.objects.get(language_code="fr"), copy_parents=True
        )
        TranslationSource.get_or_create_from_instance(self.page)
        publish(french)
        delivery = endpoint.deliveries.filter(page_id=french.pk).get()
        self.assertEqual(delivery.event, WebhookEvent.TRANSLATION_PUBLISHED)
        self.assertEqual(delivery.payload["data"]["locale"], "fr")
        self.assertEqual(delivery.payload["data"]["translationKey"], str(self.page.translation_key))

    def test_a_paused_endpoint_hears_nothing(self):
        endpoint = WebhookEndpoint.objects.create(
            name="Paused", url=unreachable_url(), enabled=False
        )
        publish(self.page)
        self.assertFalse(endpoint.deliveries.exists())

    def test_a_failed_delivery_is_listed_with_a_retry_button_that_delivers_it(self):
        endpoint = WebhookEndpoint.objects.create(name="Ministry site", url=unreachable_url())
        # The immediate backend makes the first attempt on commit; deliver_webhooks the rest.
        self.publish_committed(self.page)
        deliver_due()
        deliver_due()
        delivery = WebhookDelivery.objects.get()
        self.assertEqual(delivery.status, WebhookDelivery.Status.FAILED)

        self.client.login(username="webhook-manager", password=PASSWORD)
        listing = self.client.get(reverse("webhook_deliveries:index"))
        self.assertEqual(listing.status_code, 200)
        self.assertContains(listing, "Failed")
        retry_url = reverse("webhooks_retry_delivery", args=[delivery.pk])
        self.assertContains(listing, retry_url)
        endpoints = self.client.get(reverse("webhook_endpoints:index"))
        self.assertContains(endpoints, "Failed")
        self.assertContains(endpoints, f"?endpoint={endpoint.pk}")

        with Receiver() as receiver:
            endpoint.url = receiver.url
            endpoint.save()
            with self.captureOnCommitCallbacks(execute=True):
                response = self.client.post(retry_url)
        self.assertRedirects(response, reverse("webhook_deliveries:index"))
        delivery.refresh_from_db()
        self.assertEqual(delivery.status, WebhookDelivery.Status.DELIVERED)
        self.assertEqual(len(receiver.acknowledged), 1)
        self.assertEqual(receiver.acknowledged[0]["headers"]["webhook-id"], delivery.message_id)
        Webhook(endpoint.secret).verify(
            receiver.acknowledged[0]["body"], receiver.acknowledged[0]["headers"]
        )

    def test_endpoints_are_managed_in_the_admin_with_a_generated_secret(self):
        self.client.login(username="webhook-manager", password=PASSWORD)
        response = self.client.post(
            reverse("webhook_endpoints:add"),
            {
                "name": "Ministry site",
                "url": "https://ministry.example.org/hooks",
                "events": ["page.published", "page.unpublished"],
                "language": "",
                "enabled": "on",
            },
        )
        self.assertEqual(response.status_code, 302)
        endpoint = WebhookEndpoint.objects.get()
        self.assertTrue(endpoint.secret.startswith("whsec_"))
        self.assertEqual(endpoint.events, ["page.published", "page.unpublished"])
        Webhook(endpoint.secret)  # a valid Standard Webhooks secret
        edit = self.client.get(reverse("webhook_endpoints:edit", args=[endpoint.pk]))
        self.assertContains(edit, endpoint.secret)

    def test_people_without_the_permission_see_no_endpoints_or_deliveries(self):
        editor = make_user("editor", is_staff=True)
        editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.login(username="editor", password=PASSWORD)
        for name in ("webhook_endpoints:index", "webhook_deliveries:index"):
            response = self.client.get(reverse(name))
            self.assertIn(response.status_code, (302, 403), name)

    def test_payload_is_json_with_the_page_identifiers(self):
        endpoint = WebhookEndpoint.objects.create(name="All", url=unreachable_url())
        publish(self.page)
        body = json.loads(json.dumps(endpoint.deliveries.get().payload))
        self.assertEqual(body["data"]["urlPath"], "/en/about/")
        self.assertIn("timestamp", body)
