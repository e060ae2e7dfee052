"""Member state codes, UDHR articles, people and the 17 goals."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils

from coalition.factories import MemberStateFactory, OrganisationFactory, PersonFactory
from coalition.models import MemberState, SustainableDevelopmentGoal, Theme, validate_udhr_articles


class SustainableDevelopmentGoalsMigrationTests(TestCase):
    def test_the_17_goals_exist_in_english_with_their_official_numbers(self):
        goals = SustainableDevelopmentGoal.objects.filter(locale=Locale.get_default())
        self.assertEqual(list(goals.values_list("number", flat=True)), list(range(1, 18)))
        self.assertEqual(goals.get(number=5).name, "Gender equality")
        self.assertEqual(goals.get(number=16).name, "Peace, justice and strong institutions")
        self.assertEqual(str(goals.get(number=1)), "SDG 1: No poverty")


class UdhrArticlesValidationTests(TestCase):
    def test_article_lists_within_1_to_30_are_accepted(self):
        for value in ("", "1", "1, 19, 26", " 3 ,30 "):
            with self.subTest(value=value):
                validate_udhr_articles(value)

    def test_articles_outside_the_declaration_are_named(self):
        with self.assertRaises(ValidationError) as caught:
            validate_udhr_articles("1, 31, 0")
        self.assertIn("31, 0 is not one of them", caught.exception.messages[0])

    def test_text_that_is_not_a_list_of_numbers_is_refused_with_an_example(self):
        for value in ("article 19", "1;2", "1,,2", "100"):
            with self.subTest(value=value), self.assertRaises(ValidationError) as caught:
                validate_udhr_articles(value)
            self.assertTrue(
                "for example “1, 19, 26”" in caught.exception.messages[0]
                or "articles 1 to 30" in caught.exception.messages[0]
            )

    def test_theme_full_clean_uses_the_validator(self):
        theme = Theme(
            name="Freedom of expression",
            slug="freedom-of-expression",
            udhr_articles="19, 45",
            locale=Locale.get_default(),
        )
        with self.assertRaises(ValidationError) as caught:
            theme.full_clean()
        self.assertIn("udhr_articles", caught.exception.message_dict)
        theme.udhr_articles = "19"
        theme.full_clean()
        self.assertEqual(theme.udhr_article_numbers, [19])


class MemberStateCodeValidationTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.norway = MemberStateFactory(name="Norway", code="NO")

    def setUp(self):
        self.login()
        self.add_url = reverse("wagtailsnippets_coalition_memberstate:add")

    def post(self, code, name="Somewhere"):
        return self.client.post(
            self.add_url, {"name": name, "code": code, "joined_on": "2019-09-24", "flag": ""}
        )

    def test_an_unknown_iso_code_is_refused(self):
        response = self.post("ZZ")
        self.assertEqual(response.status_code, 200)
        self.assertIn("code", response.context["form"].errors)
        self.assertFalse(MemberState.objects.filter(name="Somewhere").exists())

    def test_a_code_already_used_in_the_language_names_the_other_country(self):
        response = self.post("NO", name="Norway again")
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            "Norway already uses the code NO in this language.",
            response.context["form"].errors["code"],
        )

    def test_a_valid_new_member_state_is_saved(self):
        response = self.post("CO", name="Colombia")
        self.assertEqual(response.status_code, 302)
        colombia = MemberState.objects.get(name="Colombia")
        self.assertEqual(colombia.code.name, "Colombia")
        self.assertEqual(colombia.locale, Locale.get_default())

    def test_model_clean_refuses_an_unknown_code(self):
        member_state = MemberState(name="Atlantis", code="QQ", joined_on="2019-01-01")
        member_state.locale = Locale.get_default()
        with self.assertRaises(ValidationError) as caught:
            member_state.full_clean()
        self.assertIn("code", caught.exception.message_dict)


class PersonValidationTests(TestCase):
    def test_a_person_speaks_for_a_member_state_or_an_organisation_not_both(self):
        person = PersonFactory.build(
            member_state=MemberStateFactory(code="NO"), organisation=OrganisationFactory()
        )
        with self.assertRaises(ValidationError) as caught:
            person.clean()
        self.assertIn("organisation", caught.exception.message_dict)
