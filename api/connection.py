"""Relay-style connections: ``totalCount``, ``edges { cursor node }``, ``pageInfo``.

Cursors are opaque to clients. They hold an offset into the ordered list, so a list that
changes between two requests may repeat or skip an item at the page boundary; stories
and meetings change rarely enough for that to be the right trade for simple, cheap
pagination. Page size is capped by ``API_MAX_PAGE_SIZE`` (100).
"""

import base64
import binascii
from functools import cached_property

import graphene
from django.conf import settings

from api.errors import ApiError, ErrorCode, invalid_argument, shorten

CURSOR_PREFIX = "v1:"


def encode_cursor(offset):
    return base64.urlsafe_b64encode(f"{CURSOR_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor):
    """The offset a cursor stands for; INVALID_CURSOR for anything this API did not issue."""
    if cursor is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
        if not text.startswith(CURSOR_PREFIX):
            raise ValueError(text)
        offset = int(text[len(CURSOR_PREFIX) :])
        if offset < 0:
            raise ValueError(offset)
    except (ValueError, UnicodeError, binascii.Error):
        raise ApiError(
            f"{shorten(cursor)} is not a cursor from this API. Pass the `cursor` of an edge or "
            "`pageInfo.endCursor` from a previous page, or leave `after` out to start at "
            "the beginning.",
            ErrorCode.INVALID_CURSOR,
        ) from None
    return offset + 1


def page_size(first):
    """``first`` checked against the allowed range."""
    maximum = settings.API_MAX_PAGE_SIZE
    if first is None:
        return settings.API_DEFAULT_PAGE_SIZE
    if first < 0:
        raise invalid_argument(f"first must be between 0 and {maximum}, not {first}.", "first")
    if first > maximum:
        raise ApiError(
            f"first is {first}, but at most {maximum} items can be fetched at once; "
            "use `after` to fetch the next page.",
            ErrorCode.PAGE_SIZE_TOO_LARGE,
            maxPageSize=maximum,
        )
    return first


def connection_arguments():
    return {
        "first": graphene.Int(
            default_value=20,
            description="How many items to return, 0 to 100 (default 20).",
        ),
        "after": graphene.String(
            description="Return the items after this cursor (an edge's `cursor` or "
            "`pageInfo.endCursor`)."
        ),
    }


class PageInfo(graphene.ObjectType):
    """Where this page of results sits in the whole list."""

    has_next_page = graphene.Boolean(required=True, description="True if more items follow.")
    has_previous_page = graphene.Boolean(
        required=True, description="True if items come before this page."
    )
    start_cursor = graphene.String(description="Cursor of the first item on this page.")
    end_cursor = graphene.String(
        description="Cursor of the last item on this page; pass it as `after` for the next page."
    )


class ConnectionValue:
    """One page of a queryset; nothing is fetched until a field needs it."""

    def __init__(self, queryset, first, after, prepare=None):
        self.queryset = queryset
        self.first = page_size(first)
        self.offset = decode_cursor(after)
        self.prepare = prepare

    @cached_property
    def _window(self):
        if self.first == 0:
            return [], False
        rows = list(self.queryset[self.offset : self.offset + self.first + 1])
        has_next = len(rows) > self.first
        rows = rows[: self.first]
        if self.prepare is not None and rows:
            self.prepare(rows)
        return rows, has_next

    @property
    def nodes(self):
        return self._window[0]

    @property
    def edges(self):
        return [
            {"cursor": encode_cursor(self.offset + index), "node": node}
            for index, node in enumerate(self.nodes)
        ]

    @cached_property
    def total_count(self):
        return self.queryset.order_by().count()

    @property
    def page_info(self):
        nodes, has_next = self._window
        return {
            "has_next_page": has_next,
            "has_previous_page": self.offset > 0,
            "start_cursor": encode_cursor(self.offset) if nodes else None,
            "end_cursor": encode_cursor(self.offset + len(nodes) - 1) if nodes else None,
        }


def connection_type(name, node_type, description):
    """A ``<name>Connection`` type with its ``<name>Edge``."""
    edge = type(
        f"{name}Edge",
        (graphene.ObjectType,),
        {
            "__doc__": f"One item of a {name.lower()} list, with its cursor.",
            "cursor": graphene.String(
                required=True, description="Pass as `after` to continue after this item."
            ),
            "node": graphene.Field(node_type, required=True, description="The item."),
        },
    )
    return type(
        f"{name}Connection",
        (graphene.ObjectType,),
        {
            "__doc__": description,
            "total_count": graphene.Int(
                required=True, description="How many items match, across all pages."
            ),
            "edges": graphene.List(
                graphene.NonNull(edge), required=True, description="This page's items."
            ),
            "nodes": graphene.List(
                graphene.NonNull(node_type),
                required=True,
                description="This page's items without cursors, for convenience.",
            ),
            "page_info": graphene.Field(
                PageInfo, required=True, description="Where this page sits in the list."
            ),
        },
    )
