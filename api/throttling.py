"""Request budgets of the public API, counted in cost points per minute, as GitHub's is.

Every client has a budget of points per minute: an anonymous client per address (see
``core.http.client_key``), a partner per API key (``X-Api-Key``), with a larger budget. A
request is charged its cost before it runs; until the cost of a query is computed, every
request costs ``REQUEST_POINTS``. Budgets live in the shared cache (Redis in production),
where increments are atomic, so every worker and server counts against the same budget.

The interface is two calls:

* ``check(request)`` — who is asking and what is left; refuses a client whose budget is
  spent (429), an unknown or revoked key (401), before any work is done;
* ``charge(request, points)`` — takes ``points`` from the budget, or refuses the request
  (429) when they do not fit; a refused request takes nothing.

``Budget.headers()`` gives the ``X-RateLimit-*`` headers every response carries. This
module must not build HTTP responses or know about GraphQL: ``api.edge`` does that.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

from api.errors import ErrorCode
from api.models import PartnerApiKey, digest
from core.http import client_key

# Until a query's cost is computed, every request costs this many points.
REQUEST_POINTS = 1
WINDOW_SECONDS = 60
API_KEY_META = "HTTP_X_API_KEY"
# Longer than any key this API issues; anything longer is not worth hashing.
MAX_API_KEY_LENGTH = 200


class Refusal(Exception):
    """A request the budget refuses, with the HTTP status and error code to answer with."""

    status = 400
    code = ErrorCode.BAD_REQUEST

    def __init__(self, message, budget=None):
        super().__init__(message)
        self.message = message
        self.budget = budget


class RateLimited(Refusal):
    status = 429
    code = ErrorCode.RATE_LIMITED


class InvalidApiKey(Refusal):
    status = 401
    code = ErrorCode.INVALID_API_KEY


class BudgetUnavailable(Refusal):
    """The shared cache that holds the budgets cannot be reached."""

    status = 503
    code = ErrorCode.SERVICE_UNAVAILABLE


@dataclass
class Budget:
    """One client's budget in the current window."""

    cache_key: str
    limit: int
    used: int
    reset_at: int
    partner: bool = False
    charged: bool = False

    @property
    def remaining(self):
        return max(0, self.limit - self.used)

    def retry_after(self):
        return max(1, self.reset_at - int(time.time()))

    def headers(self):
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Used": str(min(self.used, self.limit)),
            "X-RateLimit-Reset": str(self.reset_at),
        }


def _cache():
    return caches[settings.API_RATE_LIMIT_CACHE]


def _partner(request):
    """The active partner key the request sends, ``None`` without one; 401 for a bad one."""
    raw_key = request.META.get(API_KEY_META, "").strip()
    if not raw_key:
        return None
    row = None
    if len(raw_key) <= MAX_API_KEY_LENGTH:
        row = (
            PartnerApiKey.objects.filter(key_digest=digest(raw_key), is_active=True)
            .values("pk", "points_per_minute")
            .first()
        )
    if row is None:
        # Never fall back to the anonymous budget: a partner whose key was revoked or
        # mistyped must find out now, not when traffic grows.
        raise InvalidApiKey(
            "The API key in the X-Api-Key header is not valid or has been revoked. "
            "Reading the API needs no key: leave the header out, or ask the API team for "
            "a new key."
        )
    return row


def check(request):
    """Identify the client and refuse it when its budget is spent; returns its ``Budget``.

    The budget is kept on the request, for ``charge`` and the response headers.
    """
    now = int(time.time())
    window = now // WINDOW_SECONDS
    partner = _partner(request)
    if partner is not None:
        identity = f"key:{partner['pk']}"
        limit = partner["points_per_minute"] or settings.API_RATE_LIMIT_PARTNER_POINTS_PER_MINUTE
    else:
        identity = f"ip:{client_key(request)}"
        limit = settings.API_RATE_LIMIT_POINTS_PER_MINUTE
    cache_key = f"api-budget:{identity}:{window}"
    budget = Budget(
        cache_key=cache_key,
        limit=limit,
        used=int(_cache().get(cache_key) or 0),
        reset_at=(window + 1) * WINDOW_SECONDS,
        partner=partner is not None,
    )
    request.api_budget = budget
    if budget.remaining <= 0:
        raise RateLimited(_spent_message(budget), budget)
    return budget


def charge(request, points):
    """Take ``points`` from the request's budget; refuse the request when they do not fit."""
    budget = getattr(request, "api_budget", None) or check(request)
    cache = _cache()
    # add() then incr(): the counter must expire with its window, and incr() alone would
    # create it without an expiry on Redis.
    cache.add(budget.cache_key, 0, timeout=WINDOW_SECONDS * 2)
    try:
        total = cache.incr(budget.cache_key, points)
    except ValueError:
        # The counter expired between add() and incr(): count from this request on.
        cache.add(budget.cache_key, points, timeout=WINDOW_SECONDS * 2)
        total = points
    if total is None:
        # django-redis with IGNORE_EXCEPTIONS answers None when Redis is unreachable.
        raise BudgetUnavailable(
            "The service is temporarily unavailable (request budgets cannot be counted).",
            budget,
        )
    budget.charged = True
    if total > budget.limit:
        # A refused request takes nothing, so a cheaper one can still fit.
        cache.decr(budget.cache_key, points)
        budget.used = total - points
        raise RateLimited(
            f"This request costs {points} points but only {budget.remaining} of your "
            f"{budget.limit} points per minute are left. " + _wait_message(budget),
            budget,
        )
    budget.used = total
    return budget


def _wait_message(budget):
    return (
        f"The budget is renewed in {budget.retry_after()} s (see the Retry-After and "
        "X-RateLimit-Reset headers)."
    )


def _spent_message(budget):
    who = "this API key" if budget.partner else "your address"
    advice = (
        ""
        if budget.partner
        else " Partners with a larger budget send their API key in the X-Api-Key header."
    )
    return (
        f"The budget of {budget.limit} points per minute for {who} is spent. "
        + _wait_message(budget)
        + advice
    )
