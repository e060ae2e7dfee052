"""Limits this API sets on a GraphQL document, checked before the specification's own rules.

``check_limits`` runs them in order and returns their errors; ``api.views`` runs
graphql-core's ``specified_rules`` only on documents it accepts, because some of those rules
cost far more than linear time on hostile documents (OverlappingFieldsCanBeMerged compares
every pair of fields that share a response name), and all of them walk the document with
graphql-core's visitor and type tracking, which costs many times more per node than the
plain walks here. Every check is linear in the size of the document: it computes each
fragment once (``api.fragments``) and never follows a spread again, and no walk recurses
across fragments, so a long chain of them cannot exhaust the stack. The checks cope with
documents the specification's rules are about to reject (unknown fields or fragments,
fragment cycles) without failing; they add to those rules, never replace them.

The query's cost, which depends on its variables, is computed by ``api.cost``; the values
of variables are checked by ``check_variables`` here.
"""

from collections import Counter

from django.conf import settings
from graphql import GraphQLError
from graphql.language import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    StringValueNode,
)

from api.errors import ErrorCode, shorten
from api.fragments import fold_fragments

INTROSPECTION_FIELDS = ("__schema", "__type")


def check_limits(document):
    """The errors of this API's limits, with the limits from settings.

    Checks run in this order and stop at the first that fails, the cheapest first.
    """
    checks = (
        lambda: check_depth(document, settings.API_MAX_QUERY_DEPTH),
        lambda: check_fields(document, settings.API_MAX_FIELDS, settings.API_MAX_FIELD_REPEATS),
        lambda: check_aliases(document, settings.API_MAX_ALIASES),
        lambda: check_string_values(document, settings.API_MAX_STRING_LENGTH),
        lambda: [] if settings.GRAPHQL_INTROSPECTION else check_no_introspection(document),
    )
    for check in checks:
        errors = check()
        if errors:
            return errors
    return []


def operations(document):
    return [
        definition
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode)
    ]


def measured_operations(document, measure):
    """(operation, value) for each operation of ``document``.

    ``measure(selection_set, known)`` measures a selection set, looking spreads up in
    ``known`` (fragment name to value): each fragment is measured once, so the walk is
    linear in the document however often its fragments are spread.
    """
    known = fold_fragments(document, lambda fragment, known: measure(fragment.selection_set, known))
    return [(node, measure(node.selection_set, known)) for node in operations(document)]


def too_complex(message, node, limit, maximum, requested):
    return GraphQLError(
        message,
        node,
        extensions={
            "code": ErrorCode.QUERY_TOO_COMPLEX,
            "limit": limit,
            "maximum": maximum,
            "requested": requested,
        },
    )


def operation_label(node: OperationDefinitionNode):
    return f"'{node.name.value}'" if node.name else "The operation"


# Depth ----------------------------------------------------------------------------------


def check_depth(document, max_depth):
    """Refuse operations nested deeper than ``max_depth`` fields, fragments included.

    Introspection fields (``__schema``, ``__type``) are not counted: graphql-core's
    ``MaxIntrospectionDepthRule`` already bounds them.
    """
    return [
        too_complex(
            f"{operation_label(node)} is nested {depth} fields deep; at most {max_depth} are "
            "allowed. Split the query or ask for fewer nested relations.",
            node,
            "depth",
            max_depth,
            depth,
        )
        for node, depth in measured_operations(document, selection_depth)
        if depth > max_depth
    ]


def selection_depth(selection_set, fragment_depths):
    """How many fields deep a selection set goes; spreads are looked up, not followed."""
    if selection_set is None:
        return 0
    deepest = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            if selection.name.value.startswith("__"):
                continue
            depth = 1 + selection_depth(selection.selection_set, fragment_depths)
        elif isinstance(selection, InlineFragmentNode):
            depth = selection_depth(selection.selection_set, fragment_depths)
        else:
            depth = fragment_depths.get(selection.name.value, 0)
        deepest = max(deepest, depth)
    return deepest


# Fields and aliases ---------------------------------------------------------------------


def check_fields(document, max_fields, max_repeats):
    """Refuse operations selecting more than ``max_fields`` fields, fragments expanded.

    Each spread counts its fragment's fields again, as executing it would. When the count
    is within the limit, a response name selected more than ``max_repeats`` times in one
    selection (``{ code code code … }``, or the same field from several fragments) is also
    refused: the specification's OverlappingFieldsCanBeMerged rule compares every pair of
    them, which is quadratic.
    """
    fragment_counts = fold_fragments(
        document, lambda fragment, known: field_count(fragment.selection_set, known)
    )

    def names(fragment, known):
        # Only fragments within the limit: merging the names of a larger one could cost
        # more than linear time, and any operation spreading it is refused anyway.
        if fragment_counts[fragment.name.value] > max_fields:
            return None
        return response_names(fragment.selection_set, known)

    fragment_names = None
    errors = []
    for node in operations(document):
        count = field_count(node.selection_set, fragment_counts)
        if count > max_fields:
            errors.append(
                too_complex(
                    f"{operation_label(node)} selects {count:,} fields once its fragments "
                    f"are expanded; at most {max_fields:,} are allowed. Ask for fewer "
                    "fields, or send several smaller queries.",
                    node,
                    "fields",
                    max_fields,
                    count,
                )
            )
            continue
        if fragment_names is None:
            fragment_names = fold_fragments(document, names)
        top, worst = response_names(node.selection_set, fragment_names)
        worst = most_repeated(top, worst)
        if worst is not None and worst[1] > max_repeats:
            name, repeats = worst
            errors.append(
                too_complex(
                    f"'{name}' is selected {repeats} times in one selection; at most "
                    f"{max_repeats} are allowed. Select each field once, or give the "
                    "copies different aliases.",
                    node,
                    "repeatedField",
                    max_repeats,
                    repeats,
                )
            )
    return errors


def field_count(selection_set, fragment_counts):
    """Fields selected in a selection set with fragments expanded; spreads are looked up."""
    if selection_set is None:
        return 0
    count = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            count += 1 + field_count(selection.selection_set, fragment_counts)
        elif isinstance(selection, InlineFragmentNode):
            count += field_count(selection.selection_set, fragment_counts)
        else:
            count += fragment_counts.get(selection.name.value, 0)
    return count


def response_names(selection_set, fragment_names):
    """``(names, worst)``: how often each response name is selected at the top of a
    selection set once fragments are merged in, and the most repeated name found in the
    selections nested inside it, as ``(name, times)`` or None.
    """
    top = Counter()
    worst = None
    if selection_set is None:
        return top, worst
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            top[(selection.alias or selection.name).value] += 1
            nested_top, nested_worst = response_names(selection.selection_set, fragment_names)
            worst = most_repeated(nested_top, most_of(worst, nested_worst))
            continue
        if isinstance(selection, InlineFragmentNode):
            merged = response_names(selection.selection_set, fragment_names)
        else:
            merged = fragment_names.get(selection.name.value)
            if merged is None:
                continue
        top.update(merged[0])
        worst = most_of(worst, merged[1])
    return top, worst


def most_of(first, second):
    if first is None:
        return second
    if second is None:
        return first
    return first if first[1] >= second[1] else second


def most_repeated(names, worst):
    if not names:
        return worst
    return most_of(worst, names.most_common(1)[0])


def check_aliases(document, max_aliases):
    """Refuse operations with more than ``max_aliases`` aliased fields, fragments expanded.

    Aliases let one request ask for the same list many times over
    (``a1: stories(first: 100) { … } a2: stories(first: 100) { … }``); the cost limit
    bounds what that asks for, this limit bounds the number of copies.
    """
    return [
        too_complex(
            f"{operation_label(node)} uses {count:,} aliases once its fragments are expanded; "
            f"at most {max_aliases} are allowed.",
            node,
            "aliases",
            max_aliases,
            count,
        )
        for node, count in measured_operations(document, alias_count)
        if count > max_aliases
    ]


def alias_count(selection_set, fragment_aliases):
    if selection_set is None:
        return 0
    count = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            count += (selection.alias is not None) + alias_count(
                selection.selection_set, fragment_aliases
            )
        elif isinstance(selection, InlineFragmentNode):
            count += alias_count(selection.selection_set, fragment_aliases)
        elif isinstance(selection, FragmentSpreadNode):
            count += fragment_aliases.get(selection.name.value, 0)
    return count


# Values ---------------------------------------------------------------------------------


def all_selections(document):
    """Every field, inline fragment and spread of every definition, without recursion."""
    stack = [
        definition.selection_set
        for definition in document.definitions
        if isinstance(definition, OperationDefinitionNode | FragmentDefinitionNode)
    ]
    while stack:
        for selection in stack.pop().selections:
            yield selection
            if getattr(selection, "selection_set", None) is not None:
                stack.append(selection.selection_set)


def check_string_values(document, max_length):
    """Refuse string arguments written in the document that hold a NUL character or are
    longer than ``max_length``: no field takes either, and PostgreSQL cannot store a NUL.
    """
    named_values = [
        (f"${variable.variable.name.value}", variable.default_value)
        for operation in operations(document)
        for variable in operation.variable_definitions or ()
        if variable.default_value is not None
    ]
    for selection in all_selections(document):
        arguments = [*getattr(selection, "arguments", ())]
        for directive in selection.directives or ():
            arguments.extend(directive.arguments or ())
        named_values.extend((argument.name.value, argument.value) for argument in arguments)
    errors = []
    for name, value in named_values:
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, StringValueNode):
                problem = string_problem(item.value, max_length)
                if problem:
                    errors.append(invalid_value(f"The value of `{name}` {problem}", item))
                    break
            elif isinstance(item, ListValueNode):
                stack.extend(item.values)
            elif isinstance(item, ObjectValueNode):
                stack.extend(field.value for field in item.fields)
    return errors


def check_variables(variables, max_length=None):
    """Errors for variable values holding a NUL character or a string over the limit.

    Checked before the variables are coerced to their types, so a value is refused with a
    message that names it and never repeats it whole.
    """
    if max_length is None:
        max_length = settings.API_MAX_STRING_LENGTH
    errors = []
    for name, value in (variables or {}).items():
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                problem = string_problem(item, max_length)
                if problem:
                    errors.append(invalid_value(f"The value of `${name}` {problem}"))
                    break
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.values())
    return errors


def string_problem(text, max_length):
    if "\x00" in text:
        return "contains a NUL character (U+0000), which no field accepts."
    if len(text) > max_length:
        return (
            f"is {len(text):,} characters long; at most {max_length:,} are accepted "
            f"(it starts {shorten(text)})."
        )
    return None


def invalid_value(message, node=None):
    return GraphQLError(message, node, extensions={"code": ErrorCode.INVALID_ARGUMENT})


# Introspection --------------------------------------------------------------------------


def check_no_introspection(document):
    """Refuse ``__schema`` and ``__type`` (``__typename`` stays allowed).

    In production the schema is published as ``frontend_contract/schema.graphql``, so
    introspection only helps someone mapping the API from outside.
    """
    return [
        GraphQLError(
            f"Introspection ('{selection.name.value}') is turned off on this server. The "
            "schema is published with the API's documentation as schema.graphql.",
            selection,
            extensions={"code": ErrorCode.INTROSPECTION_DISABLED},
        )
        for selection in all_selections(document)
        if isinstance(selection, FieldNode) and selection.name.value in INTROSPECTION_FIELDS
    ]
