"""The endpoint form: events as tick boxes rather than raw JSON."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from webhooks.models import WebhookEvent


class WebhookEndpointForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        choices=WebhookEvent.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The changes this site wants to hear about. A translation's publication "
            "is announced as “Translation published”, not as “Page published”."
        ),
    )
