"""What wraps every request to the public API, outside graphene: budgets, clock, outages.

``guarded(view)`` wraps the GraphQL view:

* before it: starts the request's time budget (``api.execution``) and checks the client's
  request budget (``api.throttling.check``): 429 when it is spent, 401 for a bad API key;
* after it: charges the minimum of one request (``REQUEST_POINTS``) when the view did not
  charge the request's cost, and adds the ``X-RateLimit-*`` headers to every response;
* when the database or the budget cache cannot be reached: 503 with ``Retry-After`` and
  ``Cache-Control: no-store``, so that a CDN does not keep the outage, instead of a 200
  with ``data: null``.

Every refusal is JSON in the API's error shape. This module must not look into GraphQL
documents; it only sees requests and responses.
"""

import logging
from contextlib import suppress
from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from api import throttling
from api.errors import ErrorCode
from api.execution import OUTAGE_ERRORS, ServiceOutage, start_clock

logger = logging.getLogger("ghrs.api")


def error_response(status, message, code):
    return JsonResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, status=status
    )


def outage_response():
    retry_after = settings.API_OUTAGE_RETRY_AFTER_SECONDS
    response = error_response(
        503,
        "The service is temporarily unavailable. Nothing is wrong with the request: "
        f"send it again in {retry_after} s.",
        ErrorCode.SERVICE_UNAVAILABLE,
    )
    response["Retry-After"] = str(retry_after)
    return response


def no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True)
    return response


def guarded(view):
    """Wrap the API view; see the module docstring."""

    @wraps(view)
    def guarded_view(request, *args, **kwargs):
        start_clock(request)
        try:
            throttling.check(request)
            response = view(request, *args, **kwargs)
            budget = request.api_budget
            if not budget.charged:
                # The response is already made: when this request used the last points,
                # the headers say so and the next request is refused.
                with suppress(throttling.RateLimited):
                    throttling.charge(request, throttling.REQUEST_POINTS)
        except throttling.Refusal as refusal:
            response = error_response(refusal.status, refusal.message, refusal.code)
            if isinstance(refusal, throttling.RateLimited):
                response["Retry-After"] = str(refusal.budget.retry_after())
            if isinstance(refusal, throttling.BudgetUnavailable):
                logger.error("API budgets cannot be counted: the cache is unreachable")
                response = outage_response()
            no_store(response)
        except (ServiceOutage, *OUTAGE_ERRORS) as error:
            logger.error("API request answered 503: a backing service is down", exc_info=error)
            response = no_store(outage_response())
        if getattr(request, "api_deadline_exceeded", False):
            no_store(response)
        budget = getattr(request, "api_budget", None)
        if budget is not None and response.status_code != 503:
            for header, value in budget.headers().items():
                response[header] = value
        return response

    return guarded_view
