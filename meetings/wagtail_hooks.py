"""Registers the run sheet's admin URLs and the "Run sheet" button of each meeting."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from meetings import views
from meetings.models import MeetingPage


@hooks.register("register_admin_urls")
def register_run_sheet_urls():
    return [
        path(
            "meetings/<int:page_id>/run-sheet/",
            views.RunSheetView.as_view(),
            name="meetings_run_sheet",
        ),
        path(
            "meetings/<int:page_id>/run-sheet/<str:block_id>/time/",
            views.ItemTimeView.as_view(),
            name="meetings_run_sheet_item_time",
        ),
    ]


class RunSheetMenuItem(PageMenuItem):
    label = _("Run sheet")
    icon_name = "time"
    priority = 12

    def is_shown(self, user):
        return (
            self.page.specific_class is MeetingPage
            and self.page.permissions_for_user(user).can_edit()
        )

    @property
    def url(self):
        return reverse("meetings_run_sheet", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def run_sheet_header_button(page, user, view_name, next_url=None):
    yield RunSheetMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def run_sheet_listing_button(page, user, next_url=None):
    yield RunSheetMenuItem(page=page)
