"""What a query costs, computed from the document before it runs, as GitHub's GraphQL API does.

Each field costs one point. A list multiplies the cost of what it selects by how many items
it can hold: a connection (``stories``, ``meetings``) by its ``first`` argument, or that
argument's default when it is left out; any other list by the maximum in ``list_sizes()``.
``__typename`` is free, and an introspection field counts one point however much it selects
(introspection is bounded by graphql-core's ``MaxIntrospectionDepthRule`` and is off in
production). Where a selection depends on the type of the object (``... on StoryPage``), the
most expensive type counts, not the sum of them all.

``operation_cost`` is a pure function of the document, the operation name, the variables and
the schema: the view checks it against ``API_MAX_QUERY_COST`` before executing, reports it
in ``extensions.cost`` and stores it as ``request.graphql_cost`` for anything that charges a
client by the cost of their queries. It computes each fragment once (``api.fragments``), so
its time is linear in the size of the document, and it never raises on a document the
validation rules are about to refuse: an unknown field or fragment simply costs nothing.
"""

from functools import lru_cache

from django.conf import settings
from graphql import (
    GraphQLSchema,
    Undefined,
    get_named_type,
    get_nullable_type,
    get_operation_ast,
    is_abstract_type,
    is_composite_type,
    is_list_type,
    is_object_type,
    value_from_ast,
)
from graphql.execution.values import get_variable_values
from graphql.language import (
    DocumentNode,
    FieldNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationType,
)

from api.fragments import fold_fragments

# Lists whose size is not set by a ``first`` argument, with the most items they hold:
# exact where the content model bounds them, an editorial expectation otherwise. The cost
# is an estimate made before anything runs, so it must not depend on the content. A test
# fails when a list field of the schema is missing here.
LANGUAGES = "languages"
# The most pages above any page (home, section, country section, story, and a spare).
PAGE_DEPTH = 6
LIST_SIZES = {
    # One per content language.
    "Query.locales": LANGUAGES,
    "Page.translations": LANGUAGES,
    "HomePage.translations": LANGUAGES,
    "StandardPage.translations": LANGUAGES,
    "StoryIndexPage.translations": LANGUAGES,
    "MemberStateStoriesPage.translations": LANGUAGES,
    "StoryPage.translations": LANGUAGES,
    "MeetingIndexPage.translations": LANGUAGES,
    "MeetingPage.translations": LANGUAGES,
    "DeclarationPage.translations": LANGUAGES,
    "Video.captionTracks": LANGUAGES,
    "PageSummary.translations": LANGUAGES,
    # The 193 member states of the United Nations, and what there is one of per country.
    "Query.memberStates": 193,
    "DeclarationPage.signatories": 193,
    "StoryIndexPage.sections": 193,
    # Fixed by the content model.
    "Query.sdgs": 17,
    "StoryPage.sdgs": 17,
    "Theme.udhrArticles": 30,
    "GalleryBlock.images": 24,
    "HomePage.featuredStories": 6,
    "Video.sources": 4,
    # Editorial expectations.
    "Query.themes": 50,
    "Query.organisations": 200,
    "Query.declarations": 10,
    "StoryPage.themes": 10,
    "StoryPage.partners": 20,
    "StoryPage.body": 50,
    "StandardPage.body": 50,
    "MeetingPage.body": 50,
    "MeetingPage.themes": 10,
    "MeetingPage.coChairs": 10,
    "MeetingPage.organisations": 50,
    "MeetingPage.programme": 30,
    "MeetingPage.outcomeDocuments": 20,
    "ProgrammeItemBlock.speakers": 10,
    "StoryPage.presentedAt": 10,
    "SiteSettings.socialLinks": 10,
    # A snippet's translatable text fields (a name, a description, a role).
    "Translatable.untranslatedFields": 5,
    "MemberState.untranslatedFields": 5,
    "Theme.untranslatedFields": 5,
    "SustainableDevelopmentGoal.untranslatedFields": 5,
    "Organisation.untranslatedFields": 5,
    "Person.untranslatedFields": 5,
    # A page's own text fields (title, SEO title and description, a few of its own).
    "Page.fieldLanguages": 10,
    "HomePage.fieldLanguages": 10,
    "StandardPage.fieldLanguages": 10,
    "StoryIndexPage.fieldLanguages": 10,
    "MemberStateStoriesPage.fieldLanguages": 10,
    "StoryPage.fieldLanguages": 10,
    "MeetingIndexPage.fieldLanguages": 10,
    "MeetingPage.fieldLanguages": 10,
    "DeclarationPage.fieldLanguages": 10,
    # Search facets: one count per kind of result, per member state, per theme.
    "SearchFacets.types": 3,
    "SearchFacets.memberStates": 193,
    "SearchFacets.themes": 50,
    # The menu: the home page's children, each with its own (the page tree is shallow).
    "Query.menu": 20,
    "MenuItem.children": 20,
    # Breadcrumbs: home, section, country, story is the deepest branch of the page tree.
    "Page.ancestors": PAGE_DEPTH,
    "HomePage.ancestors": PAGE_DEPTH,
    "StandardPage.ancestors": PAGE_DEPTH,
    "StoryIndexPage.ancestors": PAGE_DEPTH,
    "MemberStateStoriesPage.ancestors": PAGE_DEPTH,
    "StoryPage.ancestors": PAGE_DEPTH,
    "MeetingIndexPage.ancestors": PAGE_DEPTH,
    "MeetingPage.ancestors": PAGE_DEPTH,
    "DeclarationPage.ancestors": PAGE_DEPTH,
}


def list_sizes():
    """``LIST_SIZES`` with the language count read from settings."""
    languages = len(settings.WAGTAIL_CONTENT_LANGUAGES)
    return {name: languages if size == LANGUAGES else size for name, size in LIST_SIZES.items()}


def operation_cost(
    document: DocumentNode,
    operation_name: str | None,
    variables: dict | None,
    schema: GraphQLSchema,
) -> int:
    """The cost of the operation ``operation_name`` (or the only one) of ``document``.

    0 when there is no such query operation. ``variables`` are the raw values a client
    sent; values that do not fit their types are ignored here (execution refuses them).
    """
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.operation != OperationType.QUERY:
        return 0
    if schema.query_type is None:
        return 0
    coerced = get_variable_values(schema, operation.variable_definitions, variables or {})
    walker = CostWalker(schema, coerced if isinstance(coerced, dict) else {})
    walker.fragments = fold_fragments(document, walker.fragment_cost)
    return walker.selection_cost(operation.selection_set, schema.query_type).total(0)


class Cost:
    """The cost of a selection set, split so that fragments can be combined exactly.

    Costs are pairs ``(fixed, per_item)``: ``per_item`` is what each item of the enclosing
    connection adds (its ``edges`` and ``nodes``), to be multiplied by that connection's
    ``first``. ``common`` applies whatever the type of the object; ``by_type`` holds what
    only objects of one type add (``... on StoryPage { … }``).
    """

    __slots__ = ("by_type", "common")

    def __init__(self):
        self.common = (0, 0)
        self.by_type = {}

    def add(self, pair, type_name=None):
        if type_name is None:
            self.common = plus(self.common, pair)
        else:
            self.by_type[type_name] = plus(self.by_type.get(type_name, (0, 0)), pair)

    def total(self, items):
        """The cost with ``items`` items per connection page: the dearest type counts."""
        extra = max((at(pair, items) for pair in self.by_type.values()), default=0)
        return at(self.common, items) + extra


def plus(first, second):
    return (first[0] + second[0], first[1] + second[1])


def at(pair, items):
    return pair[0] + pair[1] * items


class CostWalker:
    """Walks one definition at a time; fragments come from ``fragments``, never re-walked."""

    def __init__(self, schema, variables):
        self.schema = schema
        self.variables = variables
        self.sizes = list_sizes()
        self.max_page_size = settings.API_MAX_PAGE_SIZE
        self.default_page_size = settings.API_DEFAULT_PAGE_SIZE
        self.fragments = {}
        self.possible = {}
        self.connections = connection_types(schema)

    def fragment_cost(self, fragment, known):
        self.fragments = known
        condition = self.schema.get_type(fragment.type_condition.name.value)
        if condition is None or not is_composite_type(condition):
            return None
        return condition, self.selection_cost(fragment.selection_set, condition)

    def possible_types(self, graphql_type):
        """Names of the object types a value of ``graphql_type`` can have (cached)."""
        if graphql_type.name not in self.possible:
            if is_abstract_type(graphql_type):
                names = {item.name for item in self.schema.get_possible_types(graphql_type)}
            else:
                names = {graphql_type.name}
            self.possible[graphql_type.name] = frozenset(names)
        return self.possible[graphql_type.name]

    def selection_cost(self, selection_set, parent_type):
        cost = Cost()
        if selection_set is None:
            return cost
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                cost.add(self.field_cost(selection, parent_type))
                continue
            if isinstance(selection, InlineFragmentNode):
                condition = parent_type
                if selection.type_condition is not None:
                    condition = self.schema.get_type(selection.type_condition.name.value)
                if condition is None or not is_composite_type(condition):
                    continue
                nested = self.selection_cost(selection.selection_set, condition)
            elif isinstance(selection, FragmentSpreadNode):
                known = self.fragments.get(selection.name.value)
                if known is None:
                    continue
                condition, nested = known
            self.merge(cost, nested, condition, parent_type)
        return cost

    def merge(self, cost, nested, condition, parent_type):
        """Add a fragment's cost where it applies: everywhere, or to some types only."""
        parent = self.possible_types(parent_type)
        applies = parent & self.possible_types(condition)
        if applies == parent:
            cost.add(nested.common)
            for type_name, pair in nested.by_type.items():
                if type_name in parent:
                    cost.add(pair, type_name)
            return
        for type_name in applies:
            cost.add(plus(nested.common, nested.by_type.get(type_name, (0, 0))), type_name)

    def field_cost(self, node, parent_type):
        """The ``(fixed, per_item)`` cost a field adds to the selection it is in."""
        name = node.name.value
        if name == "__typename":
            return (0, 0)
        if name.startswith("__"):
            return (1, 0)
        field = getattr(parent_type, "fields", {}).get(name)
        if field is None:
            return (0, 0)
        named = get_named_type(field.type)
        is_list = is_list_type(get_nullable_type(field.type))
        each = 0
        if is_composite_type(named) and node.selection_set is not None:
            items = 0
            if not is_list and named.name in self.connections:
                items = self.page_size(node, field)
            each = self.selection_cost(node.selection_set, named).total(items)
        if not is_list:
            return (1 + each, 0)
        if "first" in field.args:
            return (1 + self.page_size(node, field) * each, 0)
        if parent_type.name in self.connections:
            # ``edges`` and ``nodes``: as many items as the connection's ``first``.
            return (1, each)
        size = self.sizes.get(f"{parent_type.name}.{name}", self.max_page_size)
        return (1 + size * each, 0)

    def page_size(self, node, field):
        """The field's ``first`` as it will run: the argument, else its default, capped."""
        definition = field.args["first"]
        value = Undefined
        for argument in node.arguments:
            if argument.name.value == "first":
                value = value_from_ast(argument.value, definition.type, self.variables)
        if value is Undefined or value is None:
            value = definition.default_value
        if not isinstance(value, int):
            value = self.default_page_size
        return max(0, min(value, self.max_page_size))


@lru_cache(maxsize=4)
def connection_types(schema):
    """Names of the object types returned by a field with a ``first`` argument."""
    names = set()
    for graphql_type in schema.type_map.values():
        if graphql_type.name.startswith("__") or not is_object_type(graphql_type):
            continue
        for field in graphql_type.fields.values():
            if "first" in field.args and not is_list_type(get_nullable_type(field.type)):
                names.add(get_named_type(field.type).name)
    return frozenset(names)
