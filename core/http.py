"""Who is asking: the client address of a request, for rate limits and login throttling.

Behind a proxy or CDN, ``REMOTE_ADDR`` is the proxy, so the client address must come from a
header the proxy sets. Any client can send any header, so only the one header named by
``TRUSTED_PROXY_IP_HEADER`` is read, and only the entry the trusted proxies appended
(``TRUSTED_PROXY_COUNT`` from the right); without that setting, ``REMOTE_ADDR`` is used and
every forwarding header is ignored.

This module must not decide anything about limits: it only names the client.
"""

import ipaddress

from django.conf import settings

# One IPv6 subscriber usually holds a whole /64: counting single addresses would let one
# client rotate through 2**64 budgets.
IPV6_CLIENT_PREFIX = 64


def _meta_key(header):
    """``X-Forwarded-For`` (or ``HTTP_X_FORWARDED_FOR``) as a ``request.META`` key."""
    key = header.strip().upper().replace("-", "_")
    return key if key.startswith("HTTP_") or key == "REMOTE_ADDR" else f"HTTP_{key}"


def client_ip(request):
    """The client's address as text, as far as the configured proxies can be trusted.

    None when the request carries no valid address (a login made in code, a broken proxy):
    django-axes stores it as unknown, and the rate limiter counts such requests together.
    """
    header = getattr(settings, "TRUSTED_PROXY_IP_HEADER", None)
    address = None
    if header:
        entries = [part.strip() for part in request.META.get(_meta_key(header), "").split(",")]
        entries = [entry for entry in entries if entry]
        hops = max(1, int(getattr(settings, "TRUSTED_PROXY_COUNT", 1)))
        if entries:
            # Proxies append on the right; anything further left was written by the client.
            address = entries[-hops] if len(entries) >= hops else entries[0]
    address = address or request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def client_key(request):
    """The address a budget is counted against: the IP, or its /64 network for IPv6."""
    address = client_ip(request)
    if address is None:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_CLIENT_PREFIX}", strict=False))
    return address
