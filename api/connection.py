"""Relay-style connections: ``totalCount``, ``edges { cursor node }``, ``pageInfo``.

Cursors are opaque to clients. A cursor names a position in one order: the values of that
order's sort columns for the item it was issued for, ending with the item's id (keyset
pagination). The next page is "the items after these values", read from the order's index,
so the first and the 500th page cost the same, and an item added or removed between two
requests neither repeats nor pushes another one off the page boundary. Page size is capped
by ``API_MAX_PAGE_SIZE`` (100).

A cursor is checked before use: its version, the order it was issued for, and each value's
type and range (integers fit in 64 bits). Anything else, including the offset cursors of
earlier releases, is ``INVALID_CURSOR`` with a message saying what to do.

Search results have no stable sort key (they are ranked by relevance, which changes with
the index), so their cursors are positions in the ranking: ``encode_cursor`` and
``decode_cursor``, with a prefix of their own that no keyset list accepts.
"""

import base64
import binascii
import datetime
import json
from functools import cached_property

import graphene
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q

from api.errors import ApiError, ErrorCode, invalid_argument, shorten

CURSOR_PREFIX = "v2:"
OLD_CURSOR_PREFIX = "v1:"
RANK_CURSOR_PREFIX = "r1:"
INT64 = 2**63
LONGEST_TEXT_KEY = 1000
# No ranking is read this deep: a position beyond it is not one this API issued.
LAST_RANK = 100_000


def _invalid(cursor, reason):
    return ApiError(
        f"{shorten(cursor)} is not a cursor this list can continue from: {reason}. Pass the "
        "`cursor` of an edge or `pageInfo.endCursor` from a previous page of the same list "
        "(same order), or leave `after` out to start at the beginning.",
        ErrorCode.INVALID_CURSOR,
    )


def encode_cursor(position):
    """The cursor of the item at ``position`` (0-based) of a ranked list."""
    return base64.urlsafe_b64encode(f"{RANK_CURSOR_PREFIX}{position}".encode()).decode()


def decode_cursor(cursor):
    """The position after the item ``cursor`` was issued for (0 without a cursor)."""
    if cursor is None:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("ascii")
    except (ValueError, UnicodeError, binascii.Error):
        raise _invalid(cursor, "it is not a cursor from this API") from None
    digits = text.removeprefix(RANK_CURSOR_PREFIX)
    if digits == text or not digits.isdigit() or len(digits) > 6 or int(digits) > LAST_RANK:
        raise _invalid(cursor, "it is not a cursor of a search result")
    return int(digits) + 1


class Keys:
    """The sort columns of one named order: ``((field name, descending), …)``, pk last."""

    def __init__(self, model, order, keys):
        self.model = model
        self.order = order
        self.keys = keys

    def field(self, name):
        if name == "pk":
            return self.model._meta.pk
        try:
            return self.model._meta.get_field(name)
        except FieldDoesNotExist:
            # A key that is an annotation (a title collated for a language) holds text.
            return models.TextField()

    def values_of(self, node):
        return [getattr(node, name) for name, _ in self.keys]

    def encode(self, node):
        values = [
            value.isoformat() if isinstance(value, datetime.date) else value
            for value in self.values_of(node)
        ]
        text = CURSOR_PREFIX + json.dumps([self.order, *values], separators=(",", ":"))
        return base64.urlsafe_b64encode(text.encode()).decode()

    def decode(self, cursor):
        """The sort values ``cursor`` holds, checked against this order's columns."""
        try:
            text = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
        except (ValueError, UnicodeError, binascii.Error):
            raise _invalid(cursor, "it is not a cursor from this API") from None
        if text.startswith(OLD_CURSOR_PREFIX):
            raise _invalid(
                cursor,
                "cursors of this kind (an offset) were replaced by cursors that mark a "
                "position in the list; start again from the first page",
            )
        if not text.startswith(CURSOR_PREFIX):
            raise _invalid(cursor, "it is not a cursor from this API")
        try:
            order, *values = json.loads(text[len(CURSOR_PREFIX) :])
        except (ValueError, TypeError):
            raise _invalid(cursor, "it is not a cursor from this API") from None
        if order != self.order:
            raise _invalid(
                cursor,
                f"it was issued for a list in another order, and this list is in "
                f"`{self.order.upper()}` order",
            )
        if len(values) != len(self.keys):
            raise _invalid(cursor, "it is not a cursor from this API")
        return [
            self._value(cursor, name, value)
            for (name, _), value in zip(self.keys, values, strict=True)
        ]

    def _value(self, cursor, name, value):
        field = self.field(name)
        if isinstance(field, models.DateTimeField | models.DateField):
            if not isinstance(value, str) or len(value) > 40:
                raise _invalid(cursor, "it is not a cursor from this API")
            try:
                parsed = field.to_python(value)
            except Exception:
                raise _invalid(cursor, "it is not a cursor from this API") from None
            if parsed is None:
                raise _invalid(cursor, "it is not a cursor from this API")
            return parsed
        if isinstance(field, models.IntegerField | models.AutoField | models.ForeignKey):
            if type(value) is not int or not -INT64 <= value < INT64:
                raise _invalid(cursor, "it holds a number out of range")
            return value
        if not isinstance(value, str) or len(value) > LONGEST_TEXT_KEY:
            raise _invalid(cursor, "it is not a cursor from this API")
        return value

    def after(self, values):
        """A filter for the items after ``values`` in this order.

        The tuple comparison ``(a, b, id) > (x, y, z)`` written out, plus a bound on the
        first column alone (``a >= x``) that lets the database start reading its index at
        the cursor instead of at the beginning.
        """
        (first, descending), value = self.keys[0], values[0]
        condition = Q()
        equal = {}
        for (name, descending_here), value_here in zip(self.keys, values, strict=True):
            lookup = "lt" if descending_here else "gt"
            condition |= Q(**equal, **{f"{name}__{lookup}": value_here})
            equal[name] = value_here
        bound = Q(**{f"{first}__{'lte' if descending else 'gte'}": value})
        return bound & condition


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
    """One page of a queryset in a named order; nothing is fetched until a field needs it.

    ``keys`` is that order's sort columns (``Keys``); the queryset is already ordered by
    them.
    """

    def __init__(self, queryset, first, after, keys, prepare=None):
        self.queryset = queryset
        self.first = page_size(first)
        self.keys = keys
        self.after = after
        self.values = None if after is None else keys.decode(after)
        self.prepare = prepare

    @cached_property
    def _following(self):
        if self.values is None:
            return self.queryset
        return self.queryset.filter(self.keys.after(self.values))

    @cached_property
    def _window(self):
        if self.first == 0:
            # Asked for no items: only whether any would follow.
            return [], self._following.exists()
        rows = list(self._following[: self.first + 1])
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
        return [{"cursor": self.keys.encode(node), "node": node} for node in self.nodes]

    @cached_property
    def total_count(self):
        return self.queryset.order_by().count()

    @property
    def page_info(self):
        nodes, has_next = self._window
        return {
            "has_next_page": has_next,
            # A cursor was issued for an item of the list, which comes before this page.
            "has_previous_page": self.values is not None,
            "start_cursor": self.keys.encode(nodes[0]) if nodes else None,
            "end_cursor": self.keys.encode(nodes[-1]) if nodes else None,
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
