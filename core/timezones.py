"""Time zones for venues, live feeds and editors' accounts, stored as IANA names ("Europe/Zurich").

The zone database on a server also holds links and files that are not zones a browser knows:
``localtime`` (the server's own zone), ``Factory``, ``posixrules``, the ``posix/`` and
``right/`` copies, and old aliases such as ``GB`` or ``Navajo``. The admin's JavaScript
formats dates with ``Intl.DateTimeFormat``, which throws on a name it does not accept, so only
the canonical region/city names and UTC are offered.
"""

import zoneinfo
from functools import cache

from django import forms
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# The areas of the IANA database whose "Area/Location" names every browser accepts.
REGIONS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)


@cache
def time_zone_names():
    """Sorted IANA zone names a browser's ``Intl.DateTimeFormat`` accepts, UTC included."""
    names = {
        name
        for name in zoneinfo.available_timezones()
        if name.split("/", 1)[0] in REGIONS and "/" in name
    }
    return sorted(names | {"UTC"})


@cache
def time_zone_choices():
    """Choices of zones; a callable so migrations store a reference, not 400 names."""
    return [(name, name.replace("_", " ")) for name in time_zone_names()]


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
