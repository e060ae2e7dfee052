"""Registers the webhook admin screens; the views live in ``views.py``."""

from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from webhooks.models import WebhookDelivery
from webhooks.views import DeliveryPermissionPolicy, WebhooksViewSetGroup, retry_delivery

register_permission_policy(WebhookDelivery, DeliveryPermissionPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_webhooks_viewsets():
    return WebhooksViewSetGroup()


@hooks.register("register_admin_urls")
def register_retry_url():
    return [
        path(
            "webhooks/deliveries/<int:pk>/retry/",
            retry_delivery,
            name="webhooks_retry_delivery",
        )
    ]
