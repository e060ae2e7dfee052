"""The public GraphQL endpoint: queries only, JSON in and out, errors that help the client.

Built on graphene-django's ``GraphQLView`` with these changes:

* GET, HEAD and POST only. HEAD answers exactly as GET would (status and headers, the
  query run and charged alike) without a body, so link checkers and CDNs can probe a URL.
* POST bodies must be ``application/json``, as the GraphQL-over-HTTP specification and the
  contract's README say; ``application/graphql`` (dropped from that specification), form
  and multipart bodies, which browsers may send cross-site without a CORS preflight, are
  refused with 415. Batched (array) bodies are refused with 400.
* Every error carries ``extensions.code`` and every error body is JSON, whatever the
  status. Client errors keep their message (with "Did you mean" suggestions removed unless
  ``GRAPHQL_SUGGESTIONS`` is on); any other exception raised while resolving is logged and
  shown as a generic INTERNAL_ERROR, so no SQL, file path or class name reaches a client.
* Cheapest checks first, so a hostile request is refused before it costs anything: the
  body's size (``API_MAX_REQUEST_BYTES``, 413, from ``Content-Length`` before the body is
  read), the query's length (``API_MAX_QUERY_LENGTH``, 413), the parser's token cap
  (``API_MAX_QUERY_TOKENS``, applied while parsing), this API's linear limits
  (``api.validation.check_limits``: depth, fields, aliases, string values, introspection),
  the values of the variables, the query's cost (``api.cost``, ``API_MAX_QUERY_COST``),
  and only then graphql-core's ``specified_rules``, some of which are slow on hostile
  documents. Nothing reaches the database before execution.
* The cost is computed as soon as the query parses, reported in ``extensions.cost``
  (``requested`` and ``limit``) of every response from then on, refusals included, and
  stored as ``request.graphql_cost`` for rate limiting.
* GraphiQL only when ``settings.GRAPHIQL_ENABLED`` (development).
"""

import json
import logging
import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
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
from graphql.language import FieldNode, FragmentSpreadNode, InlineFragmentNode
from graphql.validation import specified_rules, validate
from graphql.validation.validate import ValidationAbortedError

from api import caching, documents, persisted, throttling
from api.cost import operation_cost
from api.edge import guarded
from api.errors import (
    CLIENT_ERROR_CLASSIFICATION,
    CLIENT_ERROR_CODES,
    ApiError,
    ErrorCode,
    shorten,
)
from api.execution import OUTAGE_ERRORS, GuardedExecutionContext, ServiceOutage
from api.validation import check_limits, check_variables

logger = logging.getLogger("ghrs.api")

ALLOWED_CONTENT_TYPES = ("application/json",)
# Methods that carry the query in the query string.
QUERY_STRING_METHODS = ("GET", "HEAD")
INTERNAL_MESSAGE = (
    "Internal error: this field could not be resolved. The problem has been logged; "
    "the rest of the response is unaffected."
)
REQUEST_FAILED_MESSAGE = "Internal error: the request could not be answered. It has been logged."
# graphql-core appends " Did you mean 'x', 'y' or 'z'?" to several messages; with
# suggestions off, whatever it suggests is removed, since suggestions reveal the schema.
SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")
# The parser's own limits, by the words of its "… Parsing aborted." messages.
PARSER_LIMITS = (
    ("tokens", "tokens"),
    ("comments", "comments"),
    ("code points", "length"),
    ("nested", "nesting"),
)
OPERATION_NAME = re.compile(r"[_A-Za-z][_0-9A-Za-z]{0,99}")
# Root fields whose answers belong to one reader: never cached, never shared.
PRIVATE_ROOT_FIELDS = frozenset({"preview"})


class ApiHttpError(HttpError):
    """A request the API refuses before running it, with its status and error code."""

    def __init__(self, status, message, code=ErrorCode.BAD_REQUEST, **details):
        self.code = code
        self.details = details
        super().__init__(HttpResponse(status=status), message)


class PublicGraphQLView(GraphQLView):
    """The read-only public API; see the module docstring."""

    def dispatch(self, request, *args, **kwargs):
        # Not graphene's dispatch: it sets a CSRF cookie on every response, which a
        # cookie-less public API has no use for and which stops shared caches.
        self.graphiql = bool(settings.GRAPHIQL_ENABLED)
        request.graphql_cost = None
        try:
            if request.method not in (*QUERY_STRING_METHODS, "POST"):
                raise ApiHttpError(
                    405,
                    f"{request.method} is not supported: send queries with GET or POST "
                    "(HEAD answers as GET does, without the body).",
                    ErrorCode.METHOD_NOT_ALLOWED,
                )
            data = self.parse_body(request)
            if self.graphiql and self.can_display_graphiql(request, data):
                return without_body(
                    request, self.render_graphiql(request, **self.graphiql_context())
                )
            result, status = self.get_response(request, data)
            return without_body(request, self.answer(request, result, status))
        except HttpError as error:
            return without_body(
                request, caching.add_private_headers(self.http_error_response(request, error))
            )
        except (ServiceOutage, throttling.Refusal, *OUTAGE_ERRORS):
            # A spent budget or a backing service that is down: api.edge answers the whole
            # request (429 or 503), in the API's error shape.
            raise
        except Exception:
            # A fault on our side outside any resolver: still a JSON answer, never
            # Django's HTML error page, and nothing about the fault reaches the client.
            logger.exception("GraphQL request failed")
            return without_body(
                request,
                self.json_response(
                    request,
                    {
                        "errors": [
                            {
                                "message": REQUEST_FAILED_MESSAGE,
                                "extensions": {"code": ErrorCode.INTERNAL_ERROR},
                            }
                        ]
                    },
                    500,
                ),
            )

    def answer(self, request, body, status):
        """The HTTP response: a GET answer anyone may cache carries its ETag (304 when the
        client has it already); every other answer says that no cache may keep it."""
        etag = getattr(request, "api_etag", None)
        if etag is None:
            return caching.add_private_headers(
                HttpResponse(status=status, content=body, content_type="application/json")
            )
        if caching.matches(request, etag):
            response = HttpResponse(status=304)
        else:
            response = HttpResponse(status=status, content=body, content_type="application/json")
        return caching.add_public_headers(response, etag, getattr(request, "api_fresh_until", None))

    def json_response(self, request, payload, status):
        return HttpResponse(
            status=status,
            content=self.json_encode(request, payload),
            content_type="application/json",
        )

    def http_error_response(self, request, error):
        status = error.response.status_code
        response = self.json_response(request, {"errors": [self.format_error(error)]}, status)
        if status == 405:
            response["Allow"] = (
                "GET, HEAD, POST"
                if request.method not in (*QUERY_STRING_METHODS, "POST")
                else "POST"
            )
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

    # Request parsing -----------------------------------------------------------------

    def parse_body(self, request):
        if request.method in QUERY_STRING_METHODS:
            self.check_size(len(request.META.get("QUERY_STRING", "")), "query string")
            return {}
        content_type = self.get_content_type(request)
        if content_type not in ALLOWED_CONTENT_TYPES:
            raise ApiHttpError(
                415,
                f"Content type “{content_type or 'none'}” is not supported: send a JSON "
                'body {"query": …, "variables": {…}} with Content-Type: application/json '
                "(or the query in the query string of a GET).",
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            )
        body = self.read_body(request)
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            raise self._bad_request("The request body is not valid UTF-8.") from None
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
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

    def read_body(self, request):
        """The body, refused with 413 when over ``API_MAX_REQUEST_BYTES``.

        ``Content-Length`` is checked before anything is read; Django then reads at most
        that many bytes (and at most ``DATA_UPLOAD_MAX_MEMORY_SIZE`` when the length is not
        given, which only ASGI allows), and the length read is checked again.
        """
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        self.check_size(declared, "request body")
        try:
            body = request.body
        except RequestDataTooBig:
            raise self.too_large("request body", None) from None
        self.check_size(len(body), "request body")
        return body

    def check_size(self, size, what):
        if size > settings.API_MAX_REQUEST_BYTES:
            raise self.too_large(what, size)

    @staticmethod
    def too_large(what, size, limit=None, unit="bytes"):
        limit = limit or settings.API_MAX_REQUEST_BYTES
        actual = f" is {size:,} {unit} long;" if size is not None else " is too large:"
        return ApiHttpError(
            413,
            f"The {what}{actual} at most {limit:,} {unit} are accepted. Send a shorter "
            "query, without long comments or values.",
            ErrorCode.REQUEST_TOO_LARGE,
            maximum=limit,
        )

    def get_graphql_params(self, request, data):
        source = request.GET if request.method in QUERY_STRING_METHODS else data
        query = source.get("query")
        variables = source.get("variables")
        operation_name = source.get("operationName")
        if query is not None and not isinstance(query, str):
            raise self._bad_request("`query` must be a string holding a GraphQL document.")
        if query is not None and len(query) > settings.API_MAX_QUERY_LENGTH:
            raise self.too_large(
                "query", len(query), settings.API_MAX_QUERY_LENGTH, unit="characters"
            )
        query, document_hash = self.persisted_query(request, data, query or None)
        if isinstance(variables, str):
            try:
                variables = json.loads(variables) if variables.strip() else None
            except (ValueError, RecursionError):
                raise self._bad_request("`variables` is not valid JSON.") from None
        if variables is not None and not isinstance(variables, dict):
            raise self._bad_request("`variables` must be a JSON object of name → value.")
        if operation_name in ("", "null"):
            operation_name = None
        if operation_name is not None and not isinstance(operation_name, str):
            raise self._bad_request("`operationName` must be a string.")
        if operation_name is not None and not OPERATION_NAME.fullmatch(operation_name):
            raise self._bad_request(
                f"`operationName` {shorten(operation_name)} is not the name of an operation: "
                "a GraphQL name of at most 100 letters, digits and underscores."
            )
        return query, variables, operation_name, document_hash

    def persisted_query(self, request, data, query):
        """(document, its SHA-256) from ``query``, or from a persisted query's id.

        The id comes as ``id`` or as Apollo's ``extensions.persistedQuery.sha256Hash``.
        With ``API_PERSISTED_QUERIES_ONLY``, a document that is not registered is refused.
        """
        query_id = self.requested_id(request, data)
        if query_id is None:
            if query is not None and settings.API_PERSISTED_QUERIES_ONLY:
                if persisted.lookup(persisted.digest(query)) is not None:
                    return query, persisted.digest(query)
                raise ApiHttpError(
                    400,
                    "This server runs persisted queries only: send the operation's id "
                    "(`id=<sha256>`, listed in frontend_contract/persisted-queries.json) "
                    "instead of its document.",
                    ErrorCode.PERSISTED_QUERY_REQUIRED,
                )
            return query, persisted.digest(query) if query is not None else None
        if not persisted.is_well_formed(query_id):
            raise self._bad_request(
                f"The persisted query id {shorten(query_id)} is not a SHA-256: send the 64 "
                "lowercase hexadecimal digits of the SHA-256 of the operation's text."
            )
        registered = persisted.lookup(query_id)
        if query is not None:
            if persisted.digest(query) != query_id:
                raise self._bad_request(
                    f"The query's SHA-256 is {persisted.digest(query)}, not the id "
                    f"{query_id} sent with it: send one or the other, or the matching pair."
                )
            if registered is None and settings.API_PERSISTED_QUERIES_ONLY:
                raise self.not_persisted(query_id)
            return query, query_id
        if registered is None:
            raise self.not_persisted(query_id)
        return registered, query_id

    def requested_id(self, request, data):
        """The persisted query id the request names, or ``None``."""
        source = request.GET if request.method == "GET" else data
        query_id = source.get("id")
        extensions = source.get("extensions")
        if isinstance(extensions, str):
            try:
                extensions = json.loads(extensions) if extensions.strip() else None
            except (ValueError, RecursionError):
                raise self._bad_request("`extensions` is not valid JSON.") from None
        if extensions is not None and not isinstance(extensions, dict):
            raise self._bad_request("`extensions` must be a JSON object.")
        apq = (extensions or {}).get("persistedQuery")
        if apq is not None:
            if not isinstance(apq, dict) or apq.get("version") != 1:
                raise self._bad_request(
                    "`extensions.persistedQuery` must be "
                    '{"version": 1, "sha256Hash": "<64 hexadecimal digits>"}.'
                )
            apq_id = apq.get("sha256Hash")
            if query_id is not None and apq_id != query_id:
                raise self._bad_request(
                    "`id` and `extensions.persistedQuery.sha256Hash` differ: send one."
                )
            query_id = apq_id
        if query_id in ("", None):
            return None
        return query_id

    @staticmethod
    def not_persisted(query_id):
        # 400, not 404: a 404 would be redirected to a language prefix by LocaleMiddleware.
        return ApiHttpError(
            400,
            f"No persisted query has the id {query_id}. The ids are the SHA-256 of the "
            "files in frontend_contract/operations/, listed in "
            "frontend_contract/persisted-queries.json; send the document as `query` "
            "to run another one.",
            ErrorCode.PERSISTED_QUERY_NOT_FOUND,
        )

    # Execution -------------------------------------------------------------------------

    def get_response(self, request, data, show_graphiql=False):
        """The JSON body and status: 400 when the query did not run, 200 when it did."""
        query, variables, operation_name, document_hash = self.get_graphql_params(request, data)
        request.graphql_document_hash = document_hash
        cache_key = generation = None
        if query and self.may_use_cache(request):
            generation = caching.generation()
            cache_key = caching.response_key(request, document_hash, operation_name, variables)
            hit = caching.cached_response(generation, cache_key)
            if hit is not None:
                # Answered without parsing, validating or reading the database; api.edge
                # charges the minimum of one point.
                body, request.api_etag, request.api_fresh_until = hit
                return body, 200
        result = self.execute_graphql_request(
            request, data, query, variables, operation_name, show_graphiql
        )
        if result is None:
            return None, 200
        payload = {}
        status = 200
        if result.errors:
            payload["errors"] = [self.format_error(error) for error in result.errors]
            if any(not getattr(error, "path", None) for error in result.errors):
                status = 400
        if status == 200:
            payload["data"] = result.data
        if result.extensions:
            payload["extensions"] = result.extensions
        body = self.json_encode(request, payload).encode("utf-8")
        if request.method == "GET" and self.is_shareable(request, result, status):
            request.api_etag = caching.etag_of(body)
            context = getattr(request, "_ghrs_api", None)
            fresh_until = context.fresh_until if context is not None else None
            request.api_fresh_until = fresh_until.timestamp() if fresh_until else None
            if cache_key is not None:
                caching.store_response(
                    generation, cache_key, body, request.api_etag, request.api_fresh_until
                )
        return body, status

    @staticmethod
    def may_use_cache(request):
        """GET requests without credentials, while the response cache is on."""
        return (
            request.method == "GET"
            and caching.enabled()
            and not request.META.get("HTTP_AUTHORIZATION")
        )

    @staticmethod
    def is_shareable(request, result, status):
        """A complete answer that is the same for every reader and will stay so until the
        content changes: no error, no warning (a rendition still to come), nothing private."""
        context = getattr(request, "_ghrs_api", None)
        return (
            status == 200
            and not result.errors
            and not (context is not None and context.warnings)
            and not getattr(request, "api_private", False)
            and not getattr(request, "api_deadline_exceeded", False)
        )

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
        document_hash = getattr(request, "graphql_document_hash", None) or persisted.digest(query)
        document = documents.parsed(document_hash)
        if document is None:
            try:
                document = parse(
                    query,
                    max_lexical_tokens=settings.API_MAX_QUERY_TOKENS,
                    max_comments=settings.API_MAX_QUERY_TOKENS,
                    max_source_length=settings.API_MAX_QUERY_LENGTH,
                )
            except GraphQLError as error:
                return ExecutionResult(data=None, errors=[error])
            documents.remember_parsed(document_hash, document)

        try:
            operation = get_operation_ast(document, operation_name)
        except GraphQLError as error:
            return ExecutionResult(data=None, errors=[error])
        if operation is not None and operation.operation != OperationType.QUERY:
            if show_graphiql:
                return None
            raise ApiHttpError(
                405 if request.method in QUERY_STRING_METHODS else 400,
                f"This API is read-only: {operation.operation.value} operations are not supported.",
                ErrorCode.METHOD_NOT_ALLOWED
                if request.method in QUERY_STRING_METHODS
                else ErrorCode.GRAPHQL_VALIDATION_FAILED,
            )

        # Linear in the document, so computed for every query that parses: a refused
        # request reports its cost too, and a rate limiter can charge it.
        cost = operation_cost(document, operation_name, variables, schema)
        request.graphql_cost = cost
        extensions = self.response_extensions(request)

        # The specification's rules run only on documents within this API's limits:
        # OverlappingFieldsCanBeMerged, for one, is quadratic in repeated fields. A document
        # that passed both under the same limits (api.documents) is not checked again.
        validated = documents.is_validated(document_hash, schema)
        errors = ([] if validated else check_limits(document)) or check_variables(variables)
        if not errors and cost > settings.API_MAX_QUERY_COST:
            errors = [self.too_costly(cost, operation)]
        if errors:
            return ExecutionResult(data=None, errors=errors, extensions=extensions)

        if not validated:
            errors = self.validate(schema, document, specified_rules)
            if errors:
                return ExecutionResult(data=None, errors=errors, extensions=extensions)
            documents.remember_validated(document_hash, schema)
        if selects_private_root_field(document, operation):
            request.api_private = True

        self.charge_rate_limit(request)
        result = execute(
            schema,
            document,
            root_value=self.get_root_value(request),
            context_value=self.get_context(request),
            variable_values=variables,
            operation_name=operation_name,
            middleware=self.get_middleware(request),
            hide_suggestions=not settings.GRAPHQL_SUGGESTIONS,
            execution_context_class=GuardedExecutionContext,
        )
        context = getattr(request, "_ghrs_api", None)
        if context is not None and context.warnings:
            extensions["warnings"] = context.warnings
        result.extensions = {**(result.extensions or {}), **extensions}
        return result

    def validate(self, schema, document, rules):
        """Validation errors; a document too deeply nested to check is one coded error."""
        try:
            errors = validate(
                schema,
                document,
                rules,
                max_errors=settings.API_MAX_VALIDATION_ERRORS,
                hide_suggestions=not settings.GRAPHQL_SUGGESTIONS,
            )
        except RecursionError:
            errors = [ValidationAbortedError("Validation aborted.")]
        return [
            self.nested_too_deeply()
            if isinstance(error, ValidationAbortedError) and error.message == "Validation aborted."
            else error
            for error in errors
        ]

    def response_extensions(self, request):
        """What every answer to a parsed query reports besides its data."""
        return {"cost": {"requested": request.graphql_cost, "limit": settings.API_MAX_QUERY_COST}}

    @staticmethod
    def too_costly(cost, operation):
        maximum = settings.API_MAX_QUERY_COST
        return GraphQLError(
            f"This query would cost {cost:,} points; at most {maximum:,} are allowed per "
            "request. Each field costs a point and each list multiplies the cost of what it "
            "selects by its size (`first` for connections): ask for fewer items, fewer "
            "nested lists or fewer fields, or split the query. `extensions.cost` shows what "
            "each response cost.",
            operation,
            extensions={"code": ErrorCode.QUERY_TOO_COSTLY, "maximum": maximum, "requested": cost},
        )

    @staticmethod
    def nested_too_deeply():
        return GraphQLError(
            "The document nests fragments too deeply to be checked. Spread fewer fragments "
            "inside one another.",
            extensions={"code": ErrorCode.QUERY_TOO_COMPLEX, "limit": "nesting"},
        )

    # Request budget (api.throttling) ---------------------------------------------------

    def charge_rate_limit(self, request):
        """Charge the request's points before it runs: a 429 when they do not fit.

        The operation's cost when it has been computed (``request.graphql_cost``, set
        before this point), otherwise ``throttling.REQUEST_POINTS``.
        """
        throttling.charge(
            request, max(1, getattr(request, "graphql_cost", throttling.REQUEST_POINTS))
        )

    # Errors ----------------------------------------------------------------------------

    def format_error(self, error):
        if isinstance(error, HttpError):
            code = getattr(error, "code", ErrorCode.BAD_REQUEST)
            details = getattr(error, "details", {})
            return {"message": error.message, "extensions": {"code": code, **details}}
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
        if not settings.GRAPHQL_SUGGESTIONS:
            formatted["message"] = SUGGESTION.sub("", formatted["message"])
        extensions = dict(formatted.get("extensions") or {})
        if "code" not in extensions:
            extensions.update(self._extensions_for(error))
        if extensions["code"] in CLIENT_ERROR_CODES:
            extensions["classification"] = CLIENT_ERROR_CLASSIFICATION
        formatted["extensions"] = extensions
        return formatted

    @staticmethod
    def _extensions_for(error):
        if isinstance(error, ApiError) or error.path:
            return {"code": ErrorCode.INVALID_ARGUMENT}
        if error.message.startswith("Syntax Error"):
            # The parser's own limits end with "Parsing aborted."; the rest are mistakes.
            if error.message.endswith("Parsing aborted."):
                limit = next(
                    (name for words, name in PARSER_LIMITS if words in error.message), "nesting"
                )
                return {"code": ErrorCode.QUERY_TOO_COMPLEX, "limit": limit}
            return {"code": ErrorCode.GRAPHQL_PARSE_FAILED}
        return {"code": ErrorCode.GRAPHQL_VALIDATION_FAILED}

    @staticmethod
    def _bad_request(message):
        return ApiHttpError(400, message, ErrorCode.BAD_REQUEST)


def selects_private_root_field(document, operation):
    """True when the operation selects a root field of ``PRIVATE_ROOT_FIELDS``, directly or
    through fragments; each fragment is looked at once."""
    if operation is None:
        return False
    fragments = {
        definition.name.value: definition
        for definition in document.definitions
        if getattr(definition, "kind", None) == "fragment_definition"
    }
    pending, seen = [operation.selection_set], set()
    while pending:
        selection_set = pending.pop()
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                if selection.name.value in PRIVATE_ROOT_FIELDS:
                    return True
            elif isinstance(selection, InlineFragmentNode):
                pending.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in fragments:
                    seen.add(name)
                    pending.append(fragments[name].selection_set)
    return False


def without_body(request, response):
    """``response`` as the answer to a HEAD request: the same status and headers (its
    ``Content-Length`` that of the body GET would send), no body."""
    if request.method == "HEAD":
        length = len(response.content)
        response.content = b""
        response["Content-Length"] = str(length)
    return response


graphql_view = guarded(csrf_exempt(PublicGraphQLView.as_view()))
