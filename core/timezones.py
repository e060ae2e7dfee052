"""Time zones for venues and live feeds, stored as IANA names ("Europe/Zurich")."""

import zoneinfo
from functools import cache

from django.utils import timezone


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
