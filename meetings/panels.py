"""The meeting editor's running-order check: overlaps and gaps, with a link to the run sheet.

It reads the meeting as last saved (the form's own values are checked when it is saved),
so an editor sees the timing problems of the draft they opened before changing anything.
"""

from django.urls import reverse
from wagtail.admin.panels import Panel

from meetings.programme import schedule


class RunningOrderCheckPanel(Panel):
    """Lists the items that overlap the item before them or leave a gap after it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "meetings/panels/running_order_check.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            programme = getattr(self.instance, "programme", None) or []
            context["issues"] = [
                (position, item)
                for position, item in enumerate(schedule(programme), start=1)
                if item.issue
            ]
            context["run_sheet_url"] = (
                reverse("meetings_run_sheet", args=[self.instance.pk]) if self.instance.pk else None
            )
            return context
