"""The cost of a query and the document limits, as pure functions of the document.

No database and no HTTP: these are the functions the view and the rate limiter call.
"""

from django.test import SimpleTestCase, override_settings
from graphql import get_named_type, get_nullable_type, is_list_type, parse

from api.cost import LIST_SIZES, connection_types, operation_cost
from api.fragments import dependency_order, fold_fragments, fragment_definitions
from api.validation import (
    check_aliases,
    check_depth,
    check_fields,
    check_limits,
    check_string_values,
    field_count,
)
from bench.adversarial import fragment_chain, fragment_fan_out
from cms.schema import schema

SCHEMA = schema.graphql_schema


def cost(query, variables=None, operation_name=None):
    return operation_cost(parse(query), operation_name, variables, SCHEMA)


class CostTests(SimpleTestCase):
    def test_each_field_costs_one_point_and_typename_is_free(self):
        self.assertEqual(cost('{ homePage(locale: "en") { id title __typename } }'), 3)

    def test_a_list_multiplies_what_it_selects_by_its_maximum(self):
        # Six languages, two fields each, plus the list itself.
        self.assertEqual(cost("{ locales { code name } }"), 1 + 6 * 2)
        self.assertEqual(cost('{ sdgs(locale: "en") { number } }'), 1 + 17)

    def test_a_connection_multiplies_its_items_by_first(self):
        query = '{ stories(locale: "en", first: 10) { totalCount nodes { title } } }'
        self.assertEqual(cost(query), 1 + 1 + (1 + 10 * 1))

    def test_a_connection_without_first_counts_its_default(self):
        query = '{ stories(locale: "en") { edges { cursor node { title } } } }'
        self.assertEqual(cost(query), 1 + 1 + 20 * (1 + 1 + 1))

    def test_first_is_read_from_variables_and_their_defaults(self):
        query = 'query ($n: Int = 5) { stories(locale: "en", first: $n) { nodes { id } } }'
        self.assertEqual(cost(query), 1 + 1 + 5)
        self.assertEqual(cost(query, {"n": 50}), 1 + 1 + 50)
        # A value of the wrong type cannot run; it is costed at the argument's default.
        self.assertEqual(cost(query, {"n": "many"}), 1 + 1 + 20)

    def test_first_above_the_maximum_page_size_counts_as_the_maximum(self):
        query = '{ stories(locale: "en", first: 100000) { nodes { id } } }'
        self.assertEqual(cost(query), 1 + 1 + 100)

    def test_a_list_with_a_first_argument_uses_it(self):
        query = '{ memberStates(locale: "en") { stories(first: 2) { title } } }'
        self.assertEqual(cost(query), 1 + 193 * (1 + 2 * 1))

    def test_nested_connections_multiply(self):
        query = (
            '{ stories(locale: "en", first: 10) { nodes { memberState { '
            "stories(first: 10) { title } } } } }"
        )
        self.assertEqual(cost(query), 1 + 1 + 10 * (1 + 1 + 10 * 1))

    def test_fragments_cost_what_they_select_each_time_they_are_spread(self):
        query = '{ a: locales { ...L } b: homePage(locale: "en") { locale { ...L } } } '
        query += "fragment L on Locale { code name }"
        self.assertEqual(cost(query), (1 + 6 * 2) + (1 + 1 + 2))

    def test_a_fragment_on_a_connection_is_priced_with_the_first_of_each_spread(self):
        query = (
            '{ a: stories(locale: "en", first: 2) { ...C } '
            'b: stories(locale: "en", first: 30) { ...C } } '
            "fragment C on StoryConnection { totalCount nodes { title } }"
        )
        self.assertEqual(cost(query), (1 + 1 + 1 + 2) + (1 + 1 + 1 + 30))

    def test_the_dearest_type_counts_not_every_type(self):
        query = (
            '{ page(locale: "en", urlPath: "/") { id '
            "... on StoryPage { themes { name } } "
            "... on HomePage { featuredStories { title } } } }"
        )
        self.assertEqual(cost(query), 1 + 1 + max(1 + 10, 1 + 6))

    def test_a_fragment_on_the_interface_applies_to_every_type(self):
        query = (
            '{ page(locale: "en", urlPath: "/") { ...P ... on StoryPage { summary } } } '
            "fragment P on Page { id title }"
        )
        self.assertEqual(cost(query), 1 + 2 + 1)

    def test_introspection_counts_one_point(self):
        self.assertEqual(cost("{ __schema { types { name fields { name } } } }"), 1)

    def test_unknown_fields_and_fragments_cost_nothing_and_do_not_fail(self):
        self.assertEqual(cost("{ nothing { here } locales { ...Missing code } }"), 1 + 6)

    def test_a_fragment_cycle_does_not_fail(self):
        query = (
            '{ memberStates(locale: "en") { ...A } } '
            "fragment A on MemberState { name ...B } fragment B on MemberState { code ...A }"
        )
        self.assertGreater(cost(query), 0)

    def test_no_such_operation_costs_nothing(self):
        self.assertEqual(cost("query A { locales { code } }", operation_name="B"), 0)

    def test_a_fragment_fan_out_is_priced_without_expanding_it(self):
        # 2^24 spreads of a fragment costing 7: a naive walk would never finish.
        self.assertEqual(cost(fragment_fan_out(25)), 2**24 * (1 + 6))

    def test_every_list_field_of_the_schema_has_a_size(self):
        connections = connection_types(SCHEMA)
        missing = []
        for type_name, graphql_type in SCHEMA.type_map.items():
            if type_name.startswith("__") or not hasattr(graphql_type, "fields"):
                continue
            if type_name in connections:
                continue
            for field_name, field in graphql_type.fields.items():
                is_list = is_list_type(get_nullable_type(field.type))
                if is_list and "first" not in field.args:
                    key = f"{type_name}.{field_name}"
                    if key not in LIST_SIZES:
                        missing.append(key)
        self.assertEqual(missing, [], "add these lists to api.cost.LIST_SIZES")

    def test_every_size_names_a_list_of_the_schema(self):
        for key in LIST_SIZES:
            type_name, field_name = key.split(".")
            with self.subTest(key):
                field = SCHEMA.get_type(type_name).fields[field_name]
                self.assertTrue(is_list_type(get_nullable_type(field.type)))

    def test_connections_are_the_types_returned_by_fields_with_first(self):
        self.assertEqual(
            connection_types(SCHEMA),
            {
                "StoryConnection",
                "MeetingConnection",
                "PageSummaryConnection",
                "RedirectConnection",
                "SearchConnection",
            },
        )
        self.assertEqual(
            get_named_type(SCHEMA.get_type("StoryConnection").fields["nodes"].type).name,
            "StoryPage",
        )


class FragmentTests(SimpleTestCase):
    def test_fragments_come_after_the_fragments_they_spread(self):
        document = parse(
            "fragment A on Query { ...B ...C } fragment B on Query { ...C } "
            "fragment C on Query { __typename } { ...A }"
        )
        self.assertEqual(dependency_order(fragment_definitions(document)), ["C", "B", "A"])

    def test_a_cycle_and_an_unknown_spread_are_skipped(self):
        document = parse(
            "fragment A on Query { ...B } fragment B on Query { ...A ...Nowhere } { ...A }"
        )
        self.assertEqual(sorted(dependency_order(fragment_definitions(document))), ["A", "B"])

    def test_each_fragment_is_summarised_once(self):
        seen = []

        def summarise(fragment, known):
            seen.append(fragment.name.value)
            return field_count(fragment.selection_set, known)

        counts = fold_fragments(parse(fragment_fan_out(25)), summarise)
        self.assertEqual(len(seen), 25)
        self.assertEqual(counts["F1"], 2**24 * 2)

    def test_a_chain_of_a_thousand_fragments_does_not_exhaust_the_stack(self):
        document = parse(fragment_chain(1000), max_tokens=100_000)
        self.assertEqual(check_depth(document, 15), [])
        self.assertEqual(field_count(document.definitions[0].selection_set, {}), 0)
        self.assertEqual(cost(fragment_chain(1000)), 0)


class DocumentLimitTests(SimpleTestCase):
    def codes(self, errors):
        return [error.extensions.get("limit") or error.extensions["code"] for error in errors]

    def test_depth_counts_fields_through_fragments(self):
        document = parse(
            "{ a { ...F } } fragment F on T { b { c { ...G } } } fragment G on T { d { e } }"
        )
        self.assertEqual(check_depth(document, 5), [])
        self.assertEqual(self.codes(check_depth(document, 4)), ["depth"])

    def test_fields_are_counted_with_fragments_expanded(self):
        document = parse("{ a { ...F } b { ...F } } fragment F on T { x y }")
        self.assertEqual(check_fields(document, 6, 10), [])
        self.assertEqual(check_fields(document, 5, 10)[0].extensions["requested"], 6)

    def test_repeats_are_counted_across_fragments_and_inline_fragments(self):
        document = parse("{ a { x ...F ... on T { x } } } fragment F on T { x x }")
        self.assertEqual(check_fields(document, 100, 4), [])
        error = check_fields(document, 100, 3)[0]
        self.assertEqual(error.extensions["requested"], 4)
        self.assertIn("'x' is selected 4 times", error.message)

    def test_aliases_are_counted_with_fragments_expanded(self):
        document = parse("{ a: x ...F ...F } fragment F on T { b: y c: z }")
        self.assertEqual(check_aliases(document, 5), [])
        self.assertEqual(check_aliases(document, 4)[0].extensions["requested"], 5)

    def test_string_values_are_checked_in_lists_objects_directives_and_defaults(self):
        for query in (
            '{ a(x: ["ok", "bad\\u0000"]) }',
            '{ a(x: {y: "bad\\u0000"}) }',
            '{ a @include(if: $b) @skip(if: "bad\\u0000") }',
            'query ($v: String = "bad\\u0000") { a }',
            '{ a(x: "' + "y" * 3000 + '") }',
        ):
            with self.subTest(query=query[:40]):
                errors = check_string_values(parse(query), 2048)
                self.assertEqual(self.codes(errors), ["INVALID_ARGUMENT"])

    @override_settings(GRAPHQL_INTROSPECTION=False)
    def test_the_first_limit_that_fails_is_reported(self):
        document = parse("{ __schema { types { name } } }")
        self.assertEqual(self.codes(check_limits(document)), ["INTROSPECTION_DISABLED"])
        with self.settings(API_MAX_QUERY_DEPTH=1):
            document = parse('{ a { b { c } } __type(name: "x") { name } }')
            self.assertEqual(self.codes(check_limits(document)), ["depth"])
