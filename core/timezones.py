"""Time zones for venues and live feeds, stored as IANA names ("Europe/Zurich")."""

import zoneinfo
from functools import cache

from django import forms
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe


@cache
def time_zone_choices():
    """Every IANA zone name, sorted; a callable so migrations store a reference, not 600 names."""
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def localise(naive, zone_name):
    """Attach the venue's zone to a wall-clock time entered by an editor."""
    if naive is None:
        return None
    if timezone.is_aware(naive):
        return naive
    return naive.replace(tzinfo=zoneinfo.ZoneInfo(zone_name))


@cache
def _time_zone_options():
    return tuple(
        (name, format_html('<option value="{}">{}</option>', name, label))
        for name, label in time_zone_choices()
    )


class TimeZoneSelect(forms.Select):
    """A select of every IANA zone whose options are written once per process.

    Django renders a select option by option through templates; with some 600 zones that
    costs a good tenth of a second per select, and the meeting editor holds several
    (the venue's zone, the meeting's live feed and each running-order item's media).
    """

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        chosen = "" if value is None else str(value)
        options = (
            html.replace('">', '" selected>', 1) if option == chosen else html
            for option, html in _time_zone_options()
        )
        return format_html("<select{}>", flatatt(attrs)) + mark_safe(  # noqa: S308 - escaped above
            "".join(options) + "</select>"
        )
