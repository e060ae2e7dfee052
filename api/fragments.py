"""Each fragment of a GraphQL document computed once, for the rules that measure a query.

A rule that follows every fragment spread re-walks the fragment each time it is spread: a
chain of fragments that each spread the next twice (``fragment F1 on Query { ...F2 ...F2
}``) then costs 2^n walks for a document of n lines. ``fold_fragments`` instead computes one
value per fragment definition, the fragments it spreads first, and the rule looks spreads up
in the result, so the work is linear in the size of the document.

The order is found without recursion, so a long chain of fragments cannot exhaust the
stack. Nothing here follows a spread by itself, reports an error or raises on a document
the specification's rules will reject: a spread of an unknown fragment, or one that closes
a cycle, is simply absent from the table the rule is given.
"""

from graphql.language import (
    DocumentNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    SelectionSetNode,
)


def fragment_definitions(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    """The document's fragments by name (the last one wins when names repeat)."""
    return {
        definition.name.value: definition
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }


def spread_names(selection_set: SelectionSetNode | None) -> list[str]:
    """The fragments spread anywhere inside a selection set, not following the spreads."""
    names = []
    stack = [selection_set] if selection_set is not None else []
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FragmentSpreadNode):
                names.append(selection.name.value)
            elif selection.selection_set is not None:
                stack.append(selection.selection_set)
    return names


def dependency_order(fragments: dict[str, FragmentDefinitionNode]) -> list[str]:
    """Fragment names ordered so that each comes after the fragments it spreads.

    A spread that closes a cycle is ignored here; the specification's NoFragmentCycles rule
    refuses such documents.
    """
    spreads = {name: spread_names(fragment.selection_set) for name, fragment in fragments.items()}
    order: list[str] = []
    done: set[str] = set()
    for root in fragments:
        if root in done:
            continue
        path = [(root, iter(spreads[root]))]
        on_path = {root}
        while path:
            name, pending = path[-1]
            for spread in pending:
                if spread in fragments and spread not in done and spread not in on_path:
                    path.append((spread, iter(spreads[spread])))
                    on_path.add(spread)
                    break
            else:
                path.pop()
                on_path.discard(name)
                done.add(name)
                order.append(name)
    return order


def fold_fragments(document, summarise):
    """``{name: summarise(fragment, known)}`` for every fragment, each computed once.

    ``known`` holds the values of the fragments computed so far, which include every
    fragment this one spreads (except across a cycle): ``summarise`` looks spreads up
    there and never follows them. A value of ``None`` is stored like any other.
    """
    fragments = fragment_definitions(document)
    known = {}
    for name in dependency_order(fragments):
        known[name] = summarise(fragments[name], known)
    return known
