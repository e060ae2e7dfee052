"""Meeting times are entered as read on a clock at the venue."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from core.timezones import localise


class MeetingPageForm(WagtailAdminPageForm):
    """Shows and reads start and end in the venue's time zone, whatever the editor's zone."""

    WALL_CLOCK_FIELDS = ("starts_at", "ends_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self.instance.venue_zone
        for name in self.WALL_CLOCK_FIELDS:
            value = getattr(self.instance, name)
            if value is not None and name in self.fields:
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone") or "UTC"
        for name in self.WALL_CLOCK_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                cleaned_data[name] = localise(timezone.make_naive(value), zone_name)
        return cleaned_data
