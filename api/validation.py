"""Validation rules this API adds to the GraphQL specification's own.

They run together with ``graphql.specified_rules`` (see ``api.views``), never instead of
them, and must cope with documents the specification's rules are about to reject
(unknown fragments, fragment cycles) without failing.
"""

from graphql import GraphQLError, ValidationRule
from graphql.language import (
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
)


def depth_limit_rule(max_depth):
    """A rule refusing operations nested deeper than ``max_depth`` fields.

    Introspection fields (``__schema``, ``__type``) are not counted: graphql-core's
    ``MaxIntrospectionDepthRule`` already bounds them.
    """

    class DepthLimitRule(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_args):
            fragments = {
                definition.name.value: definition
                for definition in self.context.document.definitions
                if definition.kind == "fragment_definition"
            }
            depth = _depth(node.selection_set, fragments, frozenset())
            if depth > max_depth:
                name = node.name.value if node.name else "anonymous operation"
                self.report_error(
                    GraphQLError(
                        f"'{name}' is nested {depth} fields deep; at most {max_depth} are "
                        "allowed. Split the query or ask for fewer nested relations.",
                        node,
                    )
                )
            return self.SKIP

    return DepthLimitRule


def _depth(selection_set, fragments, visiting):
    if selection_set is None:
        return 0
    deepest = 0
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            if selection.name.value.startswith("__"):
                continue
            deepest = max(deepest, 1 + _depth(selection.selection_set, fragments, visiting))
        elif isinstance(selection, InlineFragmentNode):
            deepest = max(deepest, _depth(selection.selection_set, fragments, visiting))
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = fragments.get(name)
            if fragment is None or name in visiting:
                continue
            deepest = max(deepest, _depth(fragment.selection_set, fragments, visiting | {name}))
    return deepest
