"""Themes, goals and partners are chosen as concepts, one checkbox each, in the page's language."""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailTestUtils

from coalition.factories import OrganisationFactory, ThemeFactory
from coalition.models import SustainableDevelopmentGoal
from editorial.factories import PASSWORD, build_editorial_site
from stories.factories import draft_story


def translate(snippet, language_code, **fields):
    copy = snippet.copy_for_translation(Locale.objects.get(language_code=language_code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


class ConceptChoicesTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.education = ThemeFactory(name="Education", slug="education")
        cls.education_fr = translate(cls.education, "fr", name="Éducation")
        cls.health = ThemeFactory(name="Health", slug="health")
        # The seventeen goals exist from a migration, in English.
        cls.goal_count = SustainableDevelopmentGoal.objects.filter(
            locale=Locale.get_default()
        ).count()
        cls.goal = SustainableDevelopmentGoal.objects.get(number=4, locale=Locale.get_default())
        SustainableDevelopmentGoal.objects.filter(
            translation_key=cls.goal.translation_key, locale__language_code="fr"
        ).delete()
        cls.goal_fr = translate(cls.goal, "fr", name="Éducation de qualité")
        cls.partner = OrganisationFactory(name="UNICEF")
        cls.partner_fr = translate(cls.partner, "fr", name="UNICEF")

    def setUp(self):
        self.assertTrue(self.client.login(username="norway-editor", password=PASSWORD))

    def add_form(self, section):
        url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", section.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return response

    def choices(self, response, name):
        return [label for _value, label in response.context["form"].fields[name].choices]

    def test_a_french_story_offers_each_concept_once_in_french_or_english(self):
        response = self.add_form(self.site.norway_section_fr)
        self.assertCountEqual(self.choices(response, "themes"), ["Éducation", "Health"])
        goals = self.choices(response, "sdgs")
        self.assertEqual(len(goals), self.goal_count)
        self.assertEqual(goals[3], "SDG 4: Éducation de qualité")
        self.assertEqual(self.choices(response, "partners"), ["UNICEF"])

    def test_an_english_story_offers_the_english_concepts_only(self):
        response = self.add_form(self.site.norway_section)
        self.assertEqual(self.choices(response, "themes"), ["Education", "Health"])
        goals = self.choices(response, "sdgs")
        self.assertEqual(len(goals), self.goal_count)
        self.assertEqual(goals[3], f"SDG 4: {self.goal.name}")

    def test_concepts_are_ticked_as_checkboxes_not_a_multiple_select(self):
        html = self.add_form(self.site.norway_section_fr).content.decode()
        self.assertIn('type="checkbox" name="themes"', html)
        self.assertIn('type="checkbox" name="sdgs"', html)
        self.assertNotIn('<select name="themes"', html)
        self.assertEqual(html.count('name="partners"'), 1)

    def test_a_choice_in_another_language_stays_ticked_when_the_story_is_edited(self):
        story = draft_story(self.site.norway_section_fr, "Des livres pour tous")
        story.themes.set([self.education])
        story.save_revision()
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
        self.assertCountEqual(
            self.choices(response, "themes"), ["Education", "Éducation", "Health"]
        )
        self.assertEqual(list(response.context["form"].initial["themes"]), [self.education])
