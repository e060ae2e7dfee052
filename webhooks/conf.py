"""The webhook settings with their defaults, read when used and never at import time."""

from django.conf import settings


def max_attempts():
    """How many times a delivery is tried before it is marked failed."""
    return getattr(settings, "WEBHOOKS_MAX_ATTEMPTS", 8)


def retry_base_seconds():
    """The wait before the first retry: short, because most failures are momentary."""
    return getattr(settings, "WEBHOOKS_RETRY_BASE_SECONDS", 0.25)


def retry_multiplier():
    """How much longer each retry waits than the one before."""
    return getattr(settings, "WEBHOOKS_RETRY_MULTIPLIER", 4)


def retry_max_seconds():
    """The longest wait between two attempts."""
    return getattr(settings, "WEBHOOKS_RETRY_MAX_SECONDS", 3600)


def timeout_seconds():
    """How long one attempt waits for the receiver to answer."""
    return getattr(settings, "WEBHOOKS_TIMEOUT_SECONDS", 10)
