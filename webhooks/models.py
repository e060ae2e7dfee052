"""Webhook endpoints managed by editors-in-chief, and the outbox of their deliveries."""

import base64
import secrets
import uuid

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.languages import language_choices


class WebhookEvent(models.TextChoices):
    PUBLISHED = "page.published", _("Page published")
    UNPUBLISHED = "page.unpublished", _("Page unpublished")
    DELETED = "page.deleted", _("Page deleted")
    MOVED = "page.moved", _("Page moved")
    TRANSLATION_PUBLISHED = "page.translation_published", _("Translation published")


def all_events():
    return list(WebhookEvent.values)


def generate_secret():
    """A 256-bit signing secret in the Standard Webhooks format, ``whsec_<base64>``."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def generate_message_id():
    return f"msg_{uuid.uuid4().hex}"


class WebhookEndpoint(models.Model):
    """An external site that wants to know when pages change."""

    name = models.CharField(
        max_length=100,
        help_text=_("Who receives the notifications, e.g. “Norway's ministry site”."),
    )
    url = models.URLField(
        "URL",
        max_length=500,
        validators=[URLValidator(schemes=["https", "http"])],
        help_text=_("The address the receiving site gave you; it gets a signed POST per event."),
    )
    secret = models.CharField(
        max_length=100,
        default=generate_secret,
        help_text=_(
            "Give this to the receiving site: it checks with it that a notification "
            "really comes from here. Keep it confidential."
        ),
    )
    events = models.JSONField(
        default=all_events, help_text=_("The changes this site wants to hear about.")
    )
    language = models.CharField(
        max_length=10,
        blank=True,
        choices=language_choices,
        help_text=_("Only pages in this language; leave empty for every language."),
    )
    enabled = models.BooleanField(
        default=True, help_text=_("Untick to pause notifications without deleting the endpoint.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook endpoint")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def wants(self, event, language_code):
        return (
            self.enabled
            and event in self.events
            and (not self.language or self.language == language_code)
        )


class WebhookDelivery(models.Model):
    """One event for one endpoint: written with the change, then posted until acknowledged.

    ``message_id`` is the ``webhook-id`` header and stays the same on every retry, so a
    receiver that sees it twice knows it is the same event.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    message_id = models.CharField(max_length=40, unique=True, default=generate_message_id)
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=WebhookEvent.choices)
    # Not a foreign key: the event outlives a deleted page.
    page_id = models.PositiveIntegerField()
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.get_event_display()} → {self.endpoint} ({self.get_status_display()})"
