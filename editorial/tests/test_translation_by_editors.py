"""Country editors translate their own country's stories and hand the translations in to the
secretariat's review; other countries' pages stay out of reach, by id too."""

from types import SimpleNamespace

from django.contrib.messages import get_messages
from django.test import RequestFactory, TestCase
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from editorial import patches
from editorial.factories import PASSWORD, build_editorial_site
from stories.factories import StoryPageFactory

SECRET = "Secret Uruguayan draft"


class TranslationByCountryEditorsTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.french = Locale.objects.get(language_code="fr")
        cls.story = StoryPageFactory(parent=cls.site.norway_section, title="Fjord schools")
        cls.story.save_revision().publish()
        cls.uruguay_story = StoryPageFactory(
            parent=cls.site.uruguay_section, title=SECRET, live=False
        )
        cls.uruguay_story.save_revision()

    def setUp(self):
        self.assertTrue(self.client.login(username="norway-editor", password=PASSWORD))

    def assertRefused(self, response):
        """The admin's answer to a PermissionDenied: back to the dashboard with a message."""
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
        self.assertEqual(messages[-1], "Sorry, you do not have permission to access this area.")

    def translate(self, page):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return self.client.post(url, {"locales": [self.french.pk]})

    def french_translation(self):
        self.assertEqual(self.translate(self.story).status_code, 302)
        page = self.story.get_translation(self.french)
        translation = Translation.objects.get(
            source__object_id=self.story.translation_key, target_locale=self.french
        )
        return page, translation

    def test_an_editor_translates_a_story_of_their_country(self):
        page, _translation = self.french_translation()
        self.assertEqual(page.get_parent().pk, self.site.norway_section_fr.pk)
        self.assertFalse(page.live)

    def test_an_editor_cannot_translate_another_countrys_page_by_id(self):
        url = reverse("wagtail_localize:submit_page_translation", args=[self.uruguay_story.pk])
        response = self.client.get(url)
        self.assertRefused(response)
        self.assertNotIn(SECRET, response.content.decode())
        self.assertRefused(self.translate(self.uruguay_story))
        self.assertFalse(
            Page.objects.filter(
                translation_key=self.uruguay_story.translation_key, locale=self.french
            ).exists()
        )

    def test_the_editor_hands_the_translation_in_to_the_review_workflow(self):
        page, translation = self.french_translation()
        actions = self.client.get(
            reverse("editorial_translation_actions", args=[translation.pk])
        ).json()
        self.assertEqual(
            actions["submitUrl"], reverse("editorial_submit_translation", args=[translation.pk])
        )
        self.assertEqual(actions["submitLabel"], "Submit to Secretariat review")
        self.assertEqual(actions["hide"], ["stop-sync", "convert-to-alias"])
        response = self.client.post(actions["submitUrl"])
        self.assertRedirects(
            response, reverse("wagtailadmin_pages:edit", args=[page.pk]), target_status_code=200
        )
        page = Page.objects.get(pk=page.pk).specific
        self.assertTrue(page.workflow_in_progress)
        self.assertFalse(page.live)
        self.assertEqual(page.latest_revision.user, self.site.norway_editor)

    def test_country_editors_cannot_stop_syncing_or_convert_to_an_alias(self):
        page, translation = self.french_translation()
        stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
        self.assertRefused(self.client.post(stop))
        alias = reverse("wagtail_localize:convert_to_alias", args=[page.pk])
        self.assertRefused(self.client.get(alias))
        self.assertTrue(Translation.objects.get(pk=translation.pk).enabled)

    def test_the_editor_script_is_on_the_translation_editor(self):
        page, _translation = self.french_translation()
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertContains(response, "editorial/js/translation-review.js")
        self.assertContains(response, 'class="js-translation-editor"')


class SubmitTranslationPermissionWorkaroundTests(TestCase):
    """wagtail-localize's submit view as shipped: no check of the page's permissions."""

    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.uruguay_story = StoryPageFactory(parent=cls.site.uruguay_section, live=False)

    def test_wagtail_localize_still_hands_any_page_to_anyone_with_the_permission(self):
        request = RequestFactory().get("/")
        request.user = self.site.norway_editor
        view = SimpleNamespace(request=request, kwargs={"page_id": self.uruguay_story.pk})
        shipped = patches.UNPATCHED["submit_page_translation"]
        # Once this raises PermissionDenied, upstream checks permissions itself: delete
        # page_to_translate and snippet_to_translate from editorial.patches, and this test.
        self.assertEqual(
            shipped(view).pk, self.uruguay_story.pk, "upstream fixed: delete the patch"
        )
        self.assertIsNot(SubmitPageTranslationView.get_object, shipped)
