"""Admin hooks: an "Open presenter" button on a meeting's page header and listing menu."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from meetings.models import MeetingPage


def _open_presenter(page, priority):
    if not issubclass(page.specific_class or type(page), MeetingPage) or not page.live:
        return []
    return [
        Button(
            _("Open presenter"),
            url=reverse("presenter:meeting", args=[page.id]),
            icon_name="desktop",
            priority=priority,
            attrs={"target": "_blank", "rel": "noopener"},
        )
    ]


@hooks.register("register_page_header_buttons")
def presenter_header_button(page, user, view_name, next_url=None):
    yield from _open_presenter(page, priority=45)


@hooks.register("register_page_listing_more_buttons")
def presenter_listing_button(page, user, next_url=None):
    yield from _open_presenter(page, priority=45)
