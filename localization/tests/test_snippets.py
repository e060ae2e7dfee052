"""The coalition snippets are translated with wagtail-localize, from the admin.

Names of member states, themes and SDGs, organisation descriptions and people's roles
are translated; codes, numbers, flags, logos, dates and contacts are synchronised from
the source and never offered to translators.
"""

from django.test import TestCase
from django.urls import reverse
from wagtail_localize.models import Translation

from coalition.factories import (
    MemberStateFactory,
    OrganisationFactory,
    PersonFactory,
    ThemeFactory,
)
from coalition.models import MemberState, Organisation, Person, SustainableDevelopmentGoal, Theme
from localization.tests.utils import build_site, fill, locale, page_in, superuser, translate
from media_library.factories import ImageFactory
from stories.factories import MemberStateStoriesPageFactory, StoryPageFactory


class SnippetTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        cls.uruguay = MemberStateFactory(
            name="Uruguay", code="UY", flag=ImageFactory(), contact_email="mission@example.org"
        )
        cls.theme = ThemeFactory(
            name="Gender equality",
            slug="gender-equality",
            description="Equal rights.",
            udhr_articles="1, 2",
        )
        cls.sdg = SustainableDevelopmentGoal.objects.filter(locale=locale("en")).first()
        cls.organisation = OrganisationFactory(
            name="Mujeres Adelante", description="<p>Supports <b>women</b> leaders.</p>"
        )
        cls.person = PersonFactory(
            name="Ana Pérez", role="Minister of Education", member_state=cls.uruguay
        )

    def po_contexts(self, instance):
        translation = translate(instance, ["fr"], self.user)["fr"]
        return translation, [entry.msgctxt for entry in translation.export_po()]

    def test_each_snippet_offers_only_its_texts_to_translators(self):
        expected = {
            "member state": (self.uruguay, ["name"]),
            "theme": (self.theme, ["name", "description"]),
            "organisation": (self.organisation, ["name", "description"]),
            # A name is offered too: Arabic, Russian and Chinese write it in their script.
            "person": (self.person, ["name", "role"]),
        }
        expected["sdg"] = (self.sdg, ["name"])
        for label, (instance, contexts) in expected.items():
            with self.subTest(label):
                self.assertEqual(self.po_contexts(instance)[1], contexts)

    def test_a_translated_member_state_keeps_its_code_flag_and_contact(self):
        translation, _contexts = self.po_contexts(self.uruguay)
        fill(translation, lambda entry: "Uruguay (FR)")
        translation.save_target(user=self.user)
        french = self.uruguay.get_translation(locale("fr"))
        self.assertEqual(french.name, "Uruguay (FR)")
        self.assertEqual(
            (french.code, french.flag, french.contact_email, french.joined_on),
            (
                self.uruguay.code,
                self.uruguay.flag,
                self.uruguay.contact_email,
                self.uruguay.joined_on,
            ),
        )

    def test_a_translated_person_keeps_the_country_and_translates_name_and_role(self):
        translation = translate(self.person, ["ar"], self.user)["ar"]
        texts = {"name": "آنا بيريز", "role": "وزيرة التعليم"}
        fill(translation, lambda entry: texts[entry.msgctxt])
        translation.save_target(user=self.user)
        arabic = self.person.get_translation(locale("ar"))
        self.assertEqual((arabic.name, arabic.role), ("آنا بيريز", "وزيرة التعليم"))
        # The country is synchronised, not translated: every version names the same row.
        self.assertEqual(arabic.member_state, self.uruguay)

    def test_snippet_listings_offer_the_translate_action(self):
        self.client.force_login(self.user)
        for instance in (self.uruguay, self.theme, self.organisation, self.person):
            model_name = instance._meta.model_name
            with self.subTest(model_name):
                response = self.client.get(reverse(f"wagtailsnippets_coalition_{model_name}:list"))
                submit_url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=["coalition", model_name, instance.pk],
                )
                self.assertContains(response, submit_url)

    def test_every_coalition_snippet_can_be_submitted_for_translation(self):
        self.client.force_login(self.user)
        for model in (MemberState, Theme, SustainableDevelopmentGoal, Organisation, Person):
            instance = model.objects.filter(locale=locale("en")).first()
            with self.subTest(model._meta.model_name):
                response = self.client.post(
                    reverse(
                        "wagtail_localize:submit_snippet_translation",
                        args=["coalition", model._meta.model_name, instance.pk],
                    ),
                    {"locales": [locale("ru").pk]},
                )
                self.assertEqual(response.status_code, 302)
                self.assertIsNotNone(instance.get_translation_or_none(locale("ru")))

    def test_translating_a_snippet_through_the_admin_opens_the_translation_editor(self):
        self.client.force_login(self.user)
        submit_url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["coalition", "theme", self.theme.pk],
        )
        self.assertEqual(self.client.get(submit_url).status_code, 200)
        response = self.client.post(submit_url, {"locales": [locale("ar").pk]})
        arabic = self.theme.get_translation(locale("ar"))
        edit_url = reverse("wagtailsnippets_coalition_theme:edit", args=[arabic.pk])
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        self.assertEqual((arabic.slug, arabic.udhr_articles), ("gender-equality", "1, 2"))
        self.assertTrue(
            Translation.objects.filter(
                source__object_id=self.theme.translation_key,
                target_locale=locale("ar"),
                enabled=True,
            ).exists()
        )
        editor = self.client.get(edit_url)
        self.assertContains(editor, "js-translation-editor")
        self.assertContains(editor, "localization-language-directions")


class TranslatedPagesFollowTheSourcesSnippetsTests(TestCase):
    """Themes, goals and partners of a story reach its translations, in their language."""

    @classmethod
    def setUpTestData(cls):
        cls.user = superuser()
        site = build_site()
        section = MemberStateStoriesPageFactory(parent=site.stories)
        cls.education = ThemeFactory(name="Education", slug="education")
        cls.gender = ThemeFactory(name="Gender equality", slug="gender-equality")
        theme_translation = translate(cls.education, ["fr"], cls.user)["fr"]
        fill(theme_translation, lambda entry: "Éducation")
        theme_translation.save_target(user=cls.user)
        cls.story = StoryPageFactory(parent=section, themes=[cls.education])
        cls.story.save_revision(user=cls.user).publish(user=cls.user)
        cls.translation = translate(cls.story, ["fr"], cls.user)["fr"]
        fill(cls.translation)

    def french_themes(self):
        french = page_in(self.story, "fr").get_latest_revision_as_object()
        return [(theme.slug, theme.locale.language_code) for theme in french.themes.all()]

    def test_a_translation_lists_the_translated_themes(self):
        self.translation.save_target(user=self.user, publish=False)
        self.assertEqual(self.french_themes(), [("education", "fr")])
        self.assertEqual(
            [theme.name for theme in page_in(self.story, "fr").themes.all()], ["Éducation"]
        )

    def test_themes_added_to_the_source_reach_the_translation_on_sync(self):
        story = self.story.get_latest_revision_as_object()
        story.themes = [self.education, self.gender]
        story.save_revision(user=self.user).publish(user=self.user)
        self.translation.source.update_from_db()
        self.translation.save_target(user=self.user, publish=False)
        # The gender theme has no French version yet: the English one stands in.
        self.assertCountEqual(
            self.french_themes(), [("education", "fr"), ("gender-equality", "en")]
        )
