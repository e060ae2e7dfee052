"""The admin's webhook screens: endpoints, their deliveries, and the retry button.

Managing endpoints needs the webhook endpoint permissions; whoever may change endpoints
may also read their deliveries and retry failed ones. Deliveries are never edited by hand.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from webhooks import tasks
from webhooks.forms import WebhookEndpointForm
from webhooks.models import WebhookDelivery, WebhookEndpoint

MANAGE_PERMISSION = "webhooks.change_webhookendpoint"


class DeliveryPermissionPolicy(ModelPermissionPolicy):
    """Deliveries can be read by those who manage endpoints, and changed by nobody."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.has_perm(MANAGE_PERMISSION)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class RetryColumn(Column):
    """A retry button on failed deliveries."""

    cell_template_name = "webhooks/retry_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["csrf_token"] = parent_context.get("csrf_token")
        context["failed"] = instance.status == WebhookDelivery.Status.FAILED
        return context


class LastDeliveriesColumn(Column):
    """The endpoint's five latest deliveries with their status, linking to all of them."""

    cell_template_name = "webhooks/last_deliveries_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["deliveries"] = instance.deliveries.order_by("-created_at", "-pk")[:5]
        return context


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Endpoints")
    list_display = [
        "name",
        "url",
        "enabled",
        "language",
        LastDeliveriesColumn("last_deliveries", label=_("Last deliveries")),
    ]
    search_fields = ["name", "url"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("url"),
            FieldPanel("events"),
            FieldPanel("language"),
            FieldPanel("enabled"),
            FieldPanel("secret", read_only=True),
        ],
        base_form_class=WebhookEndpointForm,
    )


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Deliveries")
    inspect_view_enabled = True
    # Nobody may add or edit a delivery (see DeliveryPermissionPolicy); the form stays empty.
    form_fields = []
    list_filter = ["status", "event", "endpoint"]
    list_per_page = 50
    inspect_view_fields = [
        "message_id",
        "endpoint",
        "event",
        "page_id",
        "status",
        "attempts",
        "last_attempt_at",
        "last_response_status",
        "last_error",
        "next_attempt_at",
        "delivered_at",
        "created_at",
        "payload",
    ]

    @property
    def list_display(self):
        return [
            "__str__",
            "page_id",
            "status",
            "attempts",
            "last_response_status",
            "last_error",
            "created_at",
            RetryColumn("retry", label=_("Retry")),
        ]

    def get_permissions_to_register(self):
        # Reading deliveries comes with the endpoint permissions; nothing to grant separately.
        return super().get_permissions_to_register().none()


class WebhooksViewSetGroup(ViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link-external"
    items = [
        WebhookEndpointViewSet("webhook_endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries"),
    ]


@require_POST
def retry_delivery(request, pk):
    """Give a failed delivery a new set of attempts and go back to the deliveries list."""
    if not request.user.has_perm(MANAGE_PERMISSION):
        raise PermissionDenied
    with transaction.atomic():
        delivery = get_object_or_404(
            WebhookDelivery.objects.select_for_update(), pk=pk, status=WebhookDelivery.Status.FAILED
        )
        tasks.retry(delivery)
    messages.success(
        request, _("Delivery %(id)s will be sent again.") % {"id": delivery.message_id}
    )
    return redirect("webhook_deliveries:index")
