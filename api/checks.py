"""System checks of the API's deployment: a response cache must be shared by every process."""

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

W001 = "api.W001"


@checks.register(checks.Tags.caches, deploy=True)
def response_cache_is_shared(app_configs=None, **kwargs):
    """Warn when cached answers and the content generation live in one process's memory.

    A publish made through one process would then retire the answers of that process
    only; the others would go on serving what they hold for ``API_CACHE_SECONDS``.
    """
    if settings.API_CACHE_SECONDS <= 0:
        return []
    if not isinstance(caches[settings.API_CACHE_ALIAS], LocMemCache):
        return []
    return [
        checks.Warning(
            "The API's response cache is in local memory: a publish is seen at once only "
            "by the process that made it.",
            hint="Set REDIS_URL (shared by every process and server), or API_CACHE_SECONDS=0.",
            id=W001,
        )
    ]
