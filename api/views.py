"""The public GraphQL endpoint: queries only, JSON in and out, errors that help the client.

Built on graphene-django's ``GraphQLView`` with these changes:

* POST bodies must be ``application/json`` (or ``application/graphql``); form and
  multipart bodies, which browsers may send cross-site without a CORS preflight, are
  refused with 415. Batched (array) bodies are refused with 400.
* Every error carries ``extensions.code``. Client errors keep their message; any other
  exception raised while resolving is logged and shown as a generic INTERNAL_ERROR, so no
  SQL, file path or class name reaches a client.
* Validation runs graphql-core's ``specified_rules`` plus this project's rules
  (``get_validation_rules``: a depth limit now; cost limits slot in there later), never
  instead of them.
* GraphiQL only when ``settings.GRAPHIQL_ENABLED`` (development).
"""

import json
import logging

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    parse,
)
from graphql.validation import specified_rules, validate

from api.errors import ApiError, ErrorCode
from api.validation import depth_limit_rule

logger = logging.getLogger("ghrs.api")

ALLOWED_CONTENT_TYPES = ("application/json", "application/graphql")
INTERNAL_MESSAGE = (
    "Internal error: this field could not be resolved. The problem has been logged; "
    "the rest of the response is unaffected."
)


class ApiHttpError(HttpError):
    """A request the API refuses before running it, with its status and error code."""

    def __init__(self, status, message, code=ErrorCode.BAD_REQUEST):
        self.code = code
        super().__init__(HttpResponse(status=status), message)


class PublicGraphQLView(GraphQLView):
    """The read-only public API; see the module docstring."""

    def dispatch(self, request, *args, **kwargs):
        # Not graphene's dispatch: it sets a CSRF cookie on every response, which a
        # cookie-less public API has no use for and which stops shared caches.
        self.graphiql = bool(settings.GRAPHIQL_ENABLED)
        self.validation_rules = self.get_validation_rules()
        try:
            if request.method not in ("GET", "POST"):
                raise ApiHttpError(
                    405,
                    f"{request.method} is not supported: send queries with GET or POST.",
                    ErrorCode.METHOD_NOT_ALLOWED,
                )
            data = self.parse_body(request)
            if self.graphiql and self.can_display_graphiql(request, data):
                return self.render_graphiql(request, **self.graphiql_context())
            result, status = self.get_response(request, data)
            return HttpResponse(status=status, content=result, content_type="application/json")
        except HttpError as error:
            return self.http_error_response(request, error)

    def http_error_response(self, request, error):
        status = error.response.status_code
        response = HttpResponse(
            status=status,
            content=self.json_encode(request, {"errors": [self.format_error(error)]}),
            content_type="application/json",
        )
        if status == 405:
            response["Allow"] = "GET, POST" if request.method not in ("GET", "POST") else "POST"
        return response

    def graphiql_context(self):
        return {
            "whatwg_fetch_version": self.whatwg_fetch_version,
            "whatwg_fetch_sri": self.whatwg_fetch_sri,
            "react_version": self.react_version,
            "react_sri": self.react_sri,
            "react_dom_sri": self.react_dom_sri,
            "graphiql_version": self.graphiql_version,
            "graphiql_sri": self.graphiql_sri,
            "graphiql_css_sri": self.graphiql_css_sri,
            "subscriptions_transport_ws_version": self.subscriptions_transport_ws_version,
            "subscriptions_transport_ws_sri": self.subscriptions_transport_ws_sri,
            "graphiql_plugin_explorer_version": self.graphiql_plugin_explorer_version,
            "graphiql_plugin_explorer_sri": self.graphiql_plugin_explorer_sri,
            "graphiql_plugin_explorer_css_sri": self.graphiql_plugin_explorer_css_sri,
            "subscription_path": self.subscription_path,
            "graphiql_header_editor_enabled": graphene_settings.GRAPHIQL_HEADER_EDITOR_ENABLED,
            "graphiql_should_persist_headers": graphene_settings.GRAPHIQL_SHOULD_PERSIST_HEADERS,
            "graphiql_input_value_deprecation": (
                graphene_settings.GRAPHIQL_INPUT_VALUE_DEPRECATION
            ),
        }

    def get_validation_rules(self):
        """The GraphQL specification's rules plus this API's own; extend, never replace."""
        return (
            *specified_rules,
            depth_limit_rule(settings.API_MAX_QUERY_DEPTH),
        )

    # Request parsing -----------------------------------------------------------------

    def parse_body(self, request):
        if request.method != "POST":
            return {}
        content_type = self.get_content_type(request)
        if content_type not in ALLOWED_CONTENT_TYPES:
            raise ApiHttpError(
                415,
                f"Content type “{content_type or 'none'}” is not supported: send a JSON "
                'body {"query": …, "variables": {…}} with Content-Type: application/json.',
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            )
        try:
            body = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise self._bad_request("The request body is not valid UTF-8.") from None
        if content_type == "application/graphql":
            return {"query": body}
        try:
            data = json.loads(body)
        except ValueError:
            raise self._bad_request(
                'The request body is not valid JSON. Send {"query": "…", "variables": {…}}.'
            ) from None
        if isinstance(data, list):
            raise self._bad_request(
                "Batched requests (a JSON array) are not supported: send one operation per request."
            )
        if not isinstance(data, dict):
            raise self._bad_request(
                'The request body must be a JSON object: {"query": "…", "variables": {…}}.'
            )
        return data

    def get_graphql_params(self, request, data):
        query = request.GET.get("query") if request.method == "GET" else data.get("query")
        variables = (
            request.GET.get("variables") if request.method == "GET" else data.get("variables")
        )
        operation_name = (
            request.GET.get("operationName")
            if request.method == "GET"
            else data.get("operationName")
        )
        if query is not None and not isinstance(query, str):
            raise self._bad_request("`query` must be a string holding a GraphQL document.")
        if isinstance(variables, str):
            try:
                variables = json.loads(variables) if variables.strip() else None
            except ValueError:
                raise self._bad_request("`variables` is not valid JSON.") from None
        if variables is not None and not isinstance(variables, dict):
            raise self._bad_request("`variables` must be a JSON object of name → value.")
        if operation_name in ("", "null"):
            operation_name = None
        if operation_name is not None and not isinstance(operation_name, str):
            raise self._bad_request("`operationName` must be a string.")
        return query, variables, operation_name, None

    # Execution -------------------------------------------------------------------------

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        if not query:
            if show_graphiql:
                return None
            raise self._bad_request(
                "No query given: send a GraphQL document as `query` (JSON body for POST, "
                "query string for GET)."
            )
        schema = self.schema.graphql_schema
        try:
            document = parse(query, max_tokens=settings.API_MAX_QUERY_TOKENS)
        except GraphQLError as error:
            return ExecutionResult(data=None, errors=[error])

        try:
            operation = get_operation_ast(document, operation_name)
        except GraphQLError as error:
            return ExecutionResult(data=None, errors=[error])
        if operation is not None and operation.operation != OperationType.QUERY:
            if show_graphiql:
                return None
            raise ApiHttpError(
                405 if request.method == "GET" else 400,
                f"This API is read-only: {operation.operation.value} operations are not supported.",
                ErrorCode.METHOD_NOT_ALLOWED
                if request.method == "GET"
                else ErrorCode.GRAPHQL_VALIDATION_FAILED,
            )

        validation_errors = validate(
            schema, document, self.validation_rules, max_errors=settings.API_MAX_VALIDATION_ERRORS
        )
        if validation_errors:
            return ExecutionResult(data=None, errors=validation_errors)

        return execute(
            schema,
            document,
            root_value=self.get_root_value(request),
            context_value=self.get_context(request),
            variable_values=variables,
            operation_name=operation_name,
            middleware=self.get_middleware(request),
        )

    # Errors ----------------------------------------------------------------------------

    def format_error(self, error):
        if isinstance(error, HttpError):
            code = getattr(error, "code", ErrorCode.BAD_REQUEST)
            return {"message": error.message, "extensions": {"code": code}}
        if not isinstance(error, GraphQLError):
            logger.error("GraphQL request failed", exc_info=error)
            return {"message": INTERNAL_MESSAGE, "extensions": {"code": ErrorCode.INTERNAL_ERROR}}
        original = error.original_error
        if original is not None and not isinstance(original, GraphQLError):
            # An exception from a resolver: a fault on our side, never the client's input.
            logger.error(
                "Resolver failed at %s",
                ".".join(str(part) for part in error.path or []),
                exc_info=original,
            )
            formatted = {
                "message": INTERNAL_MESSAGE,
                "extensions": {"code": ErrorCode.INTERNAL_ERROR},
            }
            if error.locations:
                formatted["locations"] = [
                    {"line": location.line, "column": location.column}
                    for location in error.locations
                ]
            if error.path:
                formatted["path"] = error.path
            return formatted
        formatted = error.formatted
        extensions = dict(formatted.get("extensions") or {})
        if "code" not in extensions:
            extensions["code"] = self._code_for(error)
        formatted["extensions"] = extensions
        return formatted

    @staticmethod
    def _code_for(error):
        if isinstance(error, ApiError) or error.path:
            return ErrorCode.INVALID_ARGUMENT
        if error.message.startswith("Syntax Error"):
            return ErrorCode.GRAPHQL_PARSE_FAILED
        return ErrorCode.GRAPHQL_VALIDATION_FAILED

    @staticmethod
    def _bad_request(message):
        return ApiHttpError(400, message, ErrorCode.BAD_REQUEST)


graphql_view = csrf_exempt(PublicGraphQLView.as_view())
