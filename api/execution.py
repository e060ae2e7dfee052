"""How a GraphQL operation is run: within a time budget, and stopped whole by an outage.

graphql-core catches every exception raised while resolving a field, nulls that field and
goes on with the next one. Two faults must not be handled like that:

* **the deadline**: once a request has used its time budget (``API_REQUEST_TIMEOUT_SECONDS``,
  counted from when the request reached the API), no further field is resolved; the
  response is ``data: null`` with one ``TIMEOUT`` error. The check runs before every field,
  so a request stops within one resolver's time of its deadline and the worker is free
  again, instead of being killed by the server's timeout;
* **an outage**: when the database cannot be reached, every further field would fail the
  same way; execution stops and ``api.edge`` answers 503.

This module must not decide what an error looks like on the wire; the view does that.
"""

import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from graphql import GraphQLError
from graphql.execution import ExecutionContext

from api.errors import ErrorCode

# What a lost database connection raises (psycopg's errors arrive wrapped in these).
OUTAGE_ERRORS = (OperationalError, InterfaceError)


class DeadlineExceeded(GraphQLError):
    """The request ran past its time budget."""


class ServiceOutage(Exception):
    """A backing service is unreachable; the whole request is answered with 503."""

    def __init__(self, service, cause=None):
        super().__init__(f"{service} unreachable")
        self.service = service
        self.__cause__ = cause


def start_clock(request):
    """Start the request's time budget; called when the request reaches the API."""
    request.api_deadline = time.monotonic() + settings.API_REQUEST_TIMEOUT_SECONDS


def never_awaitable(value):
    """graphql-core's test for awaitable results, for a synchronous API.

    The API runs under WSGI with no event loop, and no resolver returns a coroutine:
    graphql-core's own test (an ``isinstance`` and a ``hasattr`` on every value of every
    field, twice per field) only costs time.
    """
    return False


class GuardedExecutionContext(ExecutionContext):
    """graphql-core's execution with a deadline check and outage propagation."""

    is_awaitable = staticmethod(never_awaitable)
    deadline = None

    def _deadline(self):
        deadline = getattr(self.context_value, "api_deadline", None)
        if deadline is None:
            start_clock(self.context_value)
            deadline = self.context_value.api_deadline
        return deadline

    def execute_operation(self, operation, root_value):
        # Read once: the check before every field is then one clock reading.
        self.deadline = self._deadline()
        return super().execute_operation(operation, root_value)

    def execute_field(self, parent_type, source, field_nodes, path):
        if time.monotonic() > (self.deadline or self._deadline()):
            self.context_value.api_deadline_exceeded = True
            seconds = settings.API_REQUEST_TIMEOUT_SECONDS
            raise DeadlineExceeded(
                f"The request was stopped after its time budget of {seconds:g} s. "
                "Ask for fewer items (a smaller `first`) or fewer fields, or split the "
                "query in several requests.",
                field_nodes,
                path=path.as_list(),
                extensions={"code": ErrorCode.TIMEOUT},
            )
        return super().execute_field(parent_type, source, field_nodes, path)

    def handle_field_error(self, error, return_type, path):
        original = error.original_error
        if isinstance(original, ServiceOutage):
            raise original
        if isinstance(original, OUTAGE_ERRORS):
            raise ServiceOutage("database", original)
        if isinstance(error, DeadlineExceeded) or isinstance(original, DeadlineExceeded):
            # Up to the operation, which ends with data: null and this one error.
            raise error
        return super().handle_field_error(error, return_type, path)
