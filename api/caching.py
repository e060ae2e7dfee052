"""Caching of public API answers: the content generation, the response cache, HTTP headers.

**The content generation** is a number kept in the shared cache (``API_CACHE_ALIAS``:
Redis in production, so every process and server reads the same one), never in a process's
memory. ``bump_generation`` is called after every change that can alter an answer
(``api.invalidation`` wires it to publishing and to snippet and media changes); every
cached answer is keyed by the generation it was made under, so one increment retires them
all at once. When the number is missing (first use, or evicted), it starts again from the
clock in nanoseconds, never from a value an older generation may have used.

**The response cache** keeps the body of a successful anonymous GET answer for
``API_CACHE_SECONDS``, keyed by the generation, the address the request was made to
(answers hold absolute media URLs), the document's hash, the operation name and the
variables. ``api.views`` decides what may be stored; this module only stores and finds.

An answer that changes by itself at a known moment (a meeting starting or ending, a live
feed going live: ``ApiContext.changes_at``) is kept, here and by browsers and CDNs, until
that moment at the latest.

**HTTP**: ``ETag`` is the SHA-256 of the body; ``Cache-Control`` comes from
``API_CACHE_MAX_AGE`` and ``API_CACHE_S_MAXAGE``.

When the cache cannot be reached, nothing is cached and every request runs: slower,
never wrong. This module must not know GraphQL documents.
"""

import hashlib
import json
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import patch_cache_control, patch_vary_headers

GENERATION_KEY = "api-content-generation"
RESPONSE_KEY = "api-response:{generation}:{key}"
# Headers a shared cache must key GET answers by: CORS answers differ by Origin.
VARY = ("Origin",)


def _cache():
    return caches[settings.API_CACHE_ALIAS]


def enabled():
    return settings.API_CACHE_SECONDS > 0


def generation():
    """The current content generation, or ``None`` when the cache cannot be reached."""
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def bump_generation():
    """Retire every cached answer: the next request of each is answered afresh."""
    cache = _cache()
    try:
        if cache.incr(GENERATION_KEY) is not None:
            return
    except ValueError:
        pass
    # Missing (or a cache that lost it): start from the clock, beyond any earlier value.
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def response_key(request, document_hash, operation_name, variables):
    """The part of a cached answer's key that the request decides."""
    parts = json.dumps(
        [
            request.build_absolute_uri("/"),
            document_hash,
            operation_name,
            variables or {},
        ],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(parts.encode("utf-8")).hexdigest()


def cached_response(current_generation, key):
    """(body, etag, fresh_until) stored for ``key`` under this generation, or ``None``.

    ``fresh_until`` is a Unix time, or ``None`` when only the content can change the answer.
    """
    if current_generation is None:
        return None
    return _cache().get(RESPONSE_KEY.format(generation=current_generation, key=key))


def lifetime(fresh_until, longest):
    """Seconds an answer may be kept: ``longest``, or less when it changes by itself sooner."""
    if fresh_until is None:
        return longest
    return max(0, min(longest, int(fresh_until - time.time())))


def store_response(current_generation, key, body, etag, fresh_until=None):
    timeout = lifetime(fresh_until, settings.API_CACHE_SECONDS)
    if current_generation is None or timeout <= 0:
        return
    _cache().set(
        RESPONSE_KEY.format(generation=current_generation, key=key),
        (body, etag, fresh_until),
        timeout=timeout,
    )


def etag_of(body):
    return '"' + hashlib.sha256(body).hexdigest()[:40] + '"'


def matches(request, etag):
    """True when the client's ``If-None-Match`` names ``etag`` (weak comparison)."""
    header = request.META.get("HTTP_IF_NONE_MATCH", "")
    if not header:
        return False
    if header.strip() == "*":
        return True
    candidates = {candidate.strip().removeprefix("W/") for candidate in header.split(",")}
    return etag in candidates


def add_public_headers(response, etag, fresh_until=None):
    """The headers of a GET answer anyone may cache, until ``fresh_until`` at the latest."""
    response["ETag"] = etag
    patch_cache_control(
        response,
        public=True,
        max_age=lifetime(fresh_until, settings.API_CACHE_MAX_AGE),
        s_maxage=lifetime(fresh_until, settings.API_CACHE_S_MAXAGE),
    )
    patch_vary_headers(response, VARY)
    return response


def add_private_headers(response):
    """The headers of an answer no cache may keep: a refusal, a POST, a private answer."""
    patch_cache_control(response, private=True, no_store=True)
    return response
