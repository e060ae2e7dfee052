"""Errors a client can cause, each with a stable ``extensions.code``.

Resolvers raise ``ApiError`` (or one of its helpers) for anything the client can fix;
the view shows these as they are. Any other exception is an internal fault: the view
logs it and replaces its message, so no SQL, path or class name reaches a client.
"""

from graphql import GraphQLError


class ErrorCode:
    """The ``extensions.code`` values of the public API."""

    UNKNOWN_LOCALE = "UNKNOWN_LOCALE"
    INVALID_CURSOR = "INVALID_CURSOR"
    PAGE_SIZE_TOO_LARGE = "PAGE_SIZE_TOO_LARGE"
    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    RENDITION_NOT_ALLOWED = "RENDITION_NOT_ALLOWED"
    RENDITION_FAILED = "RENDITION_FAILED"
    RENDITION_PENDING = "RENDITION_PENDING"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    PREVIEW_TOKEN_INVALID = "PREVIEW_TOKEN_INVALID"  # noqa: S105 - an error code
    PREVIEW_TOKEN_EXPIRED = "PREVIEW_TOKEN_EXPIRED"  # noqa: S105 - an error code
    # Request-level codes, set by the view.
    BAD_REQUEST = "BAD_REQUEST"
    UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    # Limits, checked before a query runs (see api.views and api.validation).
    REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY"
    INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"
    # Persisted queries (api.persisted).
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    PERSISTED_QUERY_REQUIRED = "PERSISTED_QUERY_REQUIRED"

    # Refusals around the request (api.edge, api.throttling, api.execution).
    RATE_LIMITED = "RATE_LIMITED"
    INVALID_API_KEY = "INVALID_API_KEY"
    TIMEOUT = "TIMEOUT"
    SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"


# Codes that mean "the request asked for something this API does not serve", never a fault
# on the server's side. A field-level error carries a `path` like a resolver fault, so
# such errors also say `classification: BAD_REQUEST` (Spring for GraphQL's convention),
# which generic GraphQL clients and fuzzers read to tell the two apart.
CLIENT_ERROR_CODES = frozenset(
    {
        ErrorCode.UNKNOWN_LOCALE,
        ErrorCode.INVALID_CURSOR,
        ErrorCode.PAGE_SIZE_TOO_LARGE,
        ErrorCode.INVALID_ARGUMENT,
        ErrorCode.RENDITION_NOT_ALLOWED,
        ErrorCode.PREVIEW_TOKEN_INVALID,
        ErrorCode.PREVIEW_TOKEN_EXPIRED,
    }
)
CLIENT_ERROR_CLASSIFICATION = "BAD_REQUEST"

SHORT_VALUE_LENGTH = 40


def shorten(value, limit=SHORT_VALUE_LENGTH):
    """A client's value quoted for an error message, cut short so it is never echoed whole."""
    text = str(value)
    if len(text) <= limit:
        return f"“{text}”"
    return f"“{text[:limit]}…” ({len(text):,} characters)"


class ApiError(GraphQLError):
    """A client error: its message says what was wrong and what is allowed."""

    def __init__(self, message, code=ErrorCode.INVALID_ARGUMENT, **details):
        super().__init__(message, extensions={"code": code, **details})


def unknown_locale(code, valid_codes):
    near = str(code or "").strip().lower().replace("_", "-")
    hint = f" (codes are written exactly as listed: “{near}”)" if near in valid_codes else ""
    return ApiError(
        f"{shorten(code)} is not a content language{hint}; use one of "
        f"{', '.join(valid_codes)}, as `locales` lists them.",
        ErrorCode.UNKNOWN_LOCALE,
        validLocales=list(valid_codes),
    )


def invalid_argument(message, argument):
    return ApiError(message, ErrorCode.INVALID_ARGUMENT, argument=argument)
