"""Embargoed pages go live and expire on time, through the scheduler, and sites are told.

The clock is moved with time-machine; the scheduler runs one tick (``run_scheduler --once``),
as the process started by ``make run`` does every minute.
"""

import datetime

import time_machine
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from home.factories import StandardPageFactory, build_site_tree
from tests.api.builders import data_of
from webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from webhooks.tests.receiver import unreachable_url

ROUTE = """query ($path: String!) {
  page(locale: "en", urlPath: $path) { title }
}"""


def route(path):
    return data_of(ROUTE, {"path": path})["page"]


def scheduler_tick():
    call_command("run_scheduler", once=True, verbosity=0)


class ScheduledPublishingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_site_tree().home
        # Deliveries are only written here (the test transaction never commits, so nothing
        # is posted): the outbox row is the event.
        cls.endpoint = WebhookEndpoint.objects.create(name="Ministry site", url=unreachable_url())

    def events_for(self, page):
        return list(WebhookDelivery.objects.filter(page_id=page.pk).values_list("event", flat=True))

    def test_an_embargoed_page_appears_when_its_time_comes_and_sites_are_told(self):
        go_live = timezone.now() + datetime.timedelta(hours=2)
        page = StandardPageFactory(
            parent=self.home, title="Embargoed", slug="embargoed", live=False
        )
        page.go_live_at = go_live
        page.save_revision().publish()
        page.refresh_from_db()
        self.assertFalse(page.live)

        with time_machine.travel(go_live - datetime.timedelta(minutes=1)):
            scheduler_tick()
            self.assertIsNone(route("/en/embargoed/"))
        self.assertEqual(self.events_for(page), [])

        with time_machine.travel(go_live + datetime.timedelta(seconds=30)):
            scheduler_tick()
            self.assertEqual(route("/en/embargoed/"), {"title": "Embargoed"})
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertEqual(self.events_for(page), [WebhookEvent.PUBLISHED])
        delivery = WebhookDelivery.objects.get(page_id=page.pk)
        self.assertEqual(delivery.payload["data"]["urlPath"], "/en/embargoed/")
        self.assertEqual(delivery.status, WebhookDelivery.Status.PENDING)

    def test_an_expired_page_disappears_and_sites_are_told(self):
        expire = timezone.now() + datetime.timedelta(hours=1)
        page = StandardPageFactory(parent=self.home, title="Call for stories", slug="call")
        page.expire_at = expire
        page.save_revision().publish()
        WebhookDelivery.objects.all().delete()
        self.assertEqual(route("/en/call/"), {"title": "Call for stories"})

        with time_machine.travel(expire + datetime.timedelta(seconds=30)):
            # Hidden by the API's own rule the moment it expires, before the scheduler runs.
            self.assertIsNone(route("/en/call/"))
            scheduler_tick()
            self.assertIsNone(route("/en/call/"))
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertTrue(page.expired)
        self.assertEqual(self.events_for(page), [WebhookEvent.UNPUBLISHED])

    def test_a_failing_command_does_not_stop_the_others(self):
        with (
            self.settings(SCHEDULED_COMMANDS=["no_such_command", "publish_scheduled"]),
            self.assertLogs("core.management.commands.run_scheduler", "ERROR") as logs,
        ):
            scheduler_tick()
        self.assertIn("no_such_command", logs.output[0])

    def test_a_change_scheduled_on_a_live_page_keeps_the_live_version_until_its_time(self):
        # As the page editor does for a live page: the form is saved without committing, a
        # revision is made with the new go-live time and "published", which only schedules it.
        page = StandardPageFactory(parent=self.home, title="Annual report", slug="report")
        page.save_revision().publish()
        go_live = timezone.now() + datetime.timedelta(hours=2)
        page = page.specific_class.objects.get(pk=page.pk)
        page.title = "Annual report 2026"
        page.go_live_at = go_live
        page.save_revision().publish()
        page.refresh_from_db()
        self.assertTrue(page.live)
        self.assertEqual(route("/en/report/"), {"title": "Annual report"})

        with time_machine.travel(go_live - datetime.timedelta(minutes=1)):
            scheduler_tick()
            self.assertEqual(route("/en/report/"), {"title": "Annual report"})

        with time_machine.travel(go_live + datetime.timedelta(seconds=30)):
            scheduler_tick()
            self.assertEqual(route("/en/report/"), {"title": "Annual report 2026"})
