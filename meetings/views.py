"""The run sheet: a meeting's running order as event staff run it, read-only and printable.

One page per meeting and language (each language version of a meeting is its own page),
with every item's times, speakers, country, story, media cue and presenter notes, and the
overlaps and gaps between items. Changing one item's time is the only edit made here: later
items follow, and the change is published at once when the user may publish and nobody has
left unpublished changes on the meeting; otherwise it is saved as a draft.
"""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from core.blocks import live_feed_window
from meetings.blocks import ProgrammeItemBlock
from meetings.models import MeetingPage
from meetings.programme import reschedule, schedule


class MeetingViewMixin(WagtailAdminTemplateMixin):
    """Loads the meeting's latest revision for a user who may edit the meeting."""

    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        self.live_page = get_object_or_404(
            Page.objects.type(MeetingPage).specific(), pk=kwargs["page_id"]
        )
        self.permissions = self.live_page.permissions_for_user(request.user)
        if not self.permissions.can_edit():
            raise PermissionDenied
        self.meeting = self.live_page.get_latest_revision_as_object()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.live_page.pk]),
                "label": self.live_page.get_admin_display_title(),
            },
            {
                "url": reverse("meetings_run_sheet", args=[self.live_page.pk]),
                "label": _("Run sheet"),
            },
        ]


def media_cue(item_value):
    """What plays during an item, as a line for the technical desk ("" when nothing does)."""
    cues = []
    for child in item_value.get("media") or []:
        value = child.value
        if child.block_type == "live_feed":
            starts, ends = live_feed_window(value)
            fallback = value.get("fallback_video") or value.get("fallback_embed")
            cues.append(
                _(
                    "Live feed “%(title)s” (%(url)s), %(starts)s–%(ends)s %(zone)s; "
                    "outside it: %(fallback)s"
                )
                % {
                    "title": value.get("title") or value.get("provider"),
                    "url": value.get("stream_url"),
                    "starts": f"{starts:%H:%M}" if starts else "?",
                    "ends": f"{ends:%H:%M}" if ends else "?",
                    "zone": value.get("time_zone"),
                    "fallback": getattr(fallback, "url", None) or fallback or _("nothing"),
                }
            )
        else:
            source = value.get("video") or getattr(value.get("embed"), "url", value.get("embed"))
            cues.append(
                _("Video “%(title)s” (%(source)s)")
                % {"title": value.get("title") or "", "source": source}
            )
    return "; ".join(cues)


class RunSheetView(MeetingViewMixin, TemplateView):
    template_name = "meetings/run_sheet.html"

    def get_page_title(self):
        return _("Run sheet: %(meeting)s") % {"meeting": self.meeting.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        items = schedule(self.meeting.programme)
        kinds = dict(ProgrammeItemBlock.KINDS)
        context.update(
            meeting=self.meeting,
            live_page=self.live_page,
            items=[
                (item, kinds.get(item.value.get("kind"), ""), media_cue(item.value))
                for item in items
            ],
            issues=sum(1 for item in items if item.issue),
            can_change=self.permissions.can_edit() and not self.live_page.locked,
            translations=[
                page
                for page in self.live_page.get_translations()
                .type(MeetingPage)
                .select_related("locale")
                .order_by("locale__language_code")
                if page.permissions_for_user(self.request.user).can_edit()
            ],
        )
        return context


class ItemTimeForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=gettext_lazy("Start (venue time)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    duration_minutes = forms.IntegerField(
        label=gettext_lazy("Length in minutes"), min_value=1, max_value=600
    )
    move_later = forms.BooleanField(
        label=gettext_lazy("Move the later items by as much as this item's end moves"),
        required=False,
        initial=True,
    )


class ItemTimeView(MeetingViewMixin, FormView):
    """Change one item's start and length; later items follow unless told not to."""

    template_name = "meetings/run_sheet_item_time.html"
    form_class = ItemTimeForm

    def get_item(self):
        for item in schedule(self.meeting.programme):
            if item.block_id == self.kwargs["block_id"]:
                return item
        raise Http404(_("This item is no longer in the running order."))

    def get_page_title(self):
        return _("Change the time of “%(item)s”") % {"item": self.get_item().value.get("title")}

    def get_initial(self):
        item = self.get_item()
        return {
            "starts_at": item.starts_at,
            "duration_minutes": item.value.get("duration_minutes"),
            "move_later": True,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            meeting=self.meeting, item=self.get_item(), live_page=self.live_page, **kwargs
        )

    def form_valid(self, form):
        if self.live_page.locked:
            messages.error(self.request, _("The meeting is locked; unlock it first."))
            return redirect("meetings_run_sheet", self.live_page.pk)
        starts_at = form.cleaned_data["starts_at"]
        if isinstance(starts_at, datetime.datetime) and starts_at.tzinfo is not None:
            starts_at = starts_at.replace(tzinfo=None)
        meeting = self.meeting
        moved = reschedule(
            meeting.programme,
            self.kwargs["block_id"],
            starts_at,
            form.cleaned_data["duration_minutes"],
            move_later=form.cleaned_data["move_later"],
        )
        # Publishing now would also publish someone's unfinished edits: only a meeting
        # without pending changes is published from here.
        publish = (
            self.permissions.can_publish()
            and self.live_page.live
            and not self.live_page.has_unpublished_changes
        )
        try:
            with transaction.atomic():
                revision = meeting.save_revision(user=self.request.user, log_action=True)
                if publish:
                    revision.publish(user=self.request.user)
        except ValidationError as error:
            # The meeting's own rules (items inside the meeting's hours) say what to change.
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        if publish:
            message = _("Saved and published: %(count)d items start at a new time.")
        else:
            message = _(
                "Saved as a draft: %(count)d items start at a new time. Publish the meeting "
                "from its editor."
            )
        messages.success(self.request, message % {"count": moved})
        return redirect("meetings_run_sheet", self.live_page.pk)
