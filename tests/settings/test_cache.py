"""The cache against a real Redis, and what happens when Redis goes away."""

import pytest
from django.core.cache import caches
from django.test import override_settings

from cms.settings.base import cache_settings
from conftest import require_server

REDIS = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_caches():
    require_server("127.0.0.1", 6379, "start Redis (redis-server) on 127.0.0.1:6379")
    with override_settings(CACHES=cache_settings(REDIS)):
        yield caches
        for alias in ("default", "renditions"):
            caches[alias].clear()


def test_values_round_trip_through_redis(redis_caches):
    cache = redis_caches["default"]
    cache.set("story:42", {"title": "Girls back in school"}, timeout=30)
    assert cache.get("story:42") == {"title": "Girls back in school"}
    assert cache.client.get_client().ping() is True


def test_renditions_use_their_own_key_space(redis_caches):
    redis_caches["default"].set("same-key", "page")
    redis_caches["renditions"].set("same-key", "rendition")
    assert redis_caches["default"].get("same-key") == "page"
    assert redis_caches["renditions"].get("same-key") == "rendition"


def test_an_unreachable_redis_degrades_to_misses_instead_of_errors():
    with override_settings(CACHES=cache_settings("redis://127.0.0.1:1/0")):
        cache = caches["default"]
        cache.set("key", "value")
        assert cache.get("key", "fallback") == "fallback"


def test_without_redis_url_the_cache_is_local_memory():
    assert cache_settings(None)["default"]["BACKEND"].endswith("LocMemCache")
