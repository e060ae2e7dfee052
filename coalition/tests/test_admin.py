"""The “Coalition” admin menu and what each role may do with the snippets in it."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils

from coalition.factories import (
    MemberStateFactory,
    OrganisationFactory,
    PersonFactory,
    ThemeFactory,
)
from coalition.models import Organisation
from editorial.factories import PASSWORD, make_user

SNIPPETS = ["memberstate", "theme", "sustainabledevelopmentgoal", "organisation", "person"]


class CoalitionSnippetAdminTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.norway = MemberStateFactory(name="Norway", code="NO")
        cls.norway_fr = cls.norway.copy_for_translation(Locale.objects.get(language_code="fr"))
        cls.norway_fr.name = "Norvège"
        cls.norway_fr.save()
        ThemeFactory(name="Gender equality", slug="gender-equality", udhr_articles="1, 2")
        OrganisationFactory(name="Save the Children", kind=Organisation.Kind.CIVIL_SOCIETY)
        OrganisationFactory(name="Human Rights Council", kind=Organisation.Kind.UN_BODY)
        PersonFactory(name="Ine Eriksen Søreide", member_state=cls.norway)
        call_command("setup_editorial_roles", verbosity=0)
        make_user("norway-editor", Group.objects.get(name="Editors: Norway"))
        make_user("reviewer", Group.objects.get(name="Secretariat"))

    def index(self, model, **params):
        return self.client.get(reverse(f"wagtailsnippets_coalition_{model}:list"), params)

    def test_every_listing_opens_for_an_administrator(self):
        self.login()
        for model in SNIPPETS:
            with self.subTest(model=model):
                self.assertEqual(self.index(model).status_code, 200)

    def test_the_snippets_are_grouped_in_a_coalition_menu(self):
        self.login()
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Coalition")
        self.assertContains(response, "Sustainable Development Goals")

    def test_member_states_listing_shows_codes_and_filters_by_language(self):
        self.login()
        response = self.index("memberstate")
        self.assertContains(response, "ISO code")
        self.assertContains(response, "Norway")
        response = self.index("memberstate", locale="fr")
        self.assertEqual([state.name for state in response.context["object_list"]], ["Norvège"])

    def test_search_finds_by_the_start_of_a_name(self):
        self.login()
        response = self.index("organisation", q="Sav")
        self.assertContains(response, "Save the Children")
        self.assertNotContains(response, "Human Rights Council")

    def test_organisations_filter_by_kind(self):
        self.login()
        response = self.index("organisation", kind=Organisation.Kind.UN_BODY)
        self.assertContains(response, "Human Rights Council")
        self.assertNotContains(response, "Save the Children")

    def test_goals_listing_is_ordered_by_number(self):
        self.login()
        goals = list(self.index("sustainabledevelopmentgoal").context["object_list"])
        self.assertEqual([goal.number for goal in goals][:3], [1, 2, 3])

    def test_country_editors_see_but_cannot_change_snippets(self):
        self.client.login(username="norway-editor", password=PASSWORD)
        self.assertEqual(self.index("theme").status_code, 200)
        response = self.client.get(reverse("wagtailsnippets_coalition_theme:add"))
        self.assertIn(response.status_code, (302, 403))
        theme_id = self.index("theme").context["object_list"][0].pk
        response = self.client.get(reverse("wagtailsnippets_coalition_theme:edit", args=[theme_id]))
        self.assertIn(response.status_code, (302, 403))

    def test_country_editors_can_choose_snippets(self):
        self.client.login(username="norway-editor", password=PASSWORD)
        for model in ("theme", "person", "memberstate"):
            with self.subTest(model=model):
                response = self.client.get(
                    reverse(f"wagtailsnippetchoosers_coalition_{model}:choose")
                )
                self.assertEqual(response.status_code, 200)

    def test_the_secretariat_manages_snippets(self):
        self.client.login(username="reviewer", password=PASSWORD)
        response = self.client.post(
            reverse("wagtailsnippets_coalition_theme:add"),
            {
                "name": "Rights of persons with disabilities",
                "slug": "disability-rights",
                "description": "",
                "udhr_articles": "1, 25",
            },
        )
        self.assertEqual(response.status_code, 302)
