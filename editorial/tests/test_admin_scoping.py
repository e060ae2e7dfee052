"""Country A's editor never reads country B's drafts, images or documents in the admin.

Norway's editor (country A) and Uruguay's (country B) each have a canary draft story, an
image, a document and a video in their own collection; a document sits in a collection
restricted to logged-in users, on which only the Secretariat holds rights. Every admin
URL that lists or names pages, images or documents is fetched as Norway's editor:
Uruguay's canaries (titles, file names, download addresses) and the restricted document
must be absent, and Norway's own must be present, so each test fails if the page simply
lists nothing. The Secretariat still sees everything.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory, TestCase
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Collection, CollectionViewRestriction, Locale, Workflow
from wagtail.test.utils import WagtailTestUtils
from wagtail_localize.models import Translation, TranslationSource

from editorial import patches
from editorial.factories import PASSWORD, build_editorial_site
from editorial.roles import REVIEW_WORKFLOW
from media_library.factories import DocumentFactory, HostedVideoFactory, ImageFactory
from media_library.models import CustomDocument
from stories.factories import draft_story
from stories.models import StoryPage

# Bulk actions are addressed by the document model's app label and name.
DOCUMENT_MODEL_LABEL = (CustomDocument._meta.app_label, CustomDocument._meta.model_name)
NORWAY_DRAFT = "Norwegian draft zebra"
URUGUAY_DRAFT = "Uruguayan draft okapi"
NORWAY_IMAGE, NORWAY_IMAGE_FILE = "Norwegian zebra photo", "norway-zebra-photo"
URUGUAY_IMAGE, URUGUAY_IMAGE_FILE = "Uruguayan okapi photo", "uruguay-okapi-photo"
NORWAY_DOCUMENT, NORWAY_DOCUMENT_FILE = "Norwegian zebra report", "norway-zebra-report"
URUGUAY_DOCUMENT, URUGUAY_DOCUMENT_FILE = "Uruguayan okapi report", "uruguay-okapi-report"
RESTRICTED_DOCUMENT, RESTRICTED_DOCUMENT_FILE = "Board minutes tapir", "board-minutes-tapir"
NORWAY_VIDEO, URUGUAY_VIDEO = "Norwegian zebra video", "Uruguayan okapi video"

URUGUAY_PAGES = [URUGUAY_DRAFT]
URUGUAY_IMAGES = [URUGUAY_IMAGE, URUGUAY_IMAGE_FILE]
HIDDEN_DOCUMENTS = [
    URUGUAY_DOCUMENT,
    URUGUAY_DOCUMENT_FILE,
    RESTRICTED_DOCUMENT,
    RESTRICTED_DOCUMENT_FILE,
]


class AdminScopingTestCase(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        norway = Collection.objects.get(name="Norway")
        uruguay = Collection.objects.get(name="Uruguay")
        board = Collection.get_first_root_node().add_child(name="Board")
        CollectionViewRestriction.objects.create(
            collection=board, restriction_type=CollectionViewRestriction.LOGIN
        )
        # Norway's files were uploaded by its editor, so they also appear in the image and
        # document listings, which show an editor only what they may change.
        cls.norway_image = ImageFactory(
            title=NORWAY_IMAGE,
            file__filename=f"{NORWAY_IMAGE_FILE}.png",
            collection=norway,
            uploaded_by_user=cls.site.norway_editor,
        )
        cls.uruguay_image = ImageFactory(
            title=URUGUAY_IMAGE, file__filename=f"{URUGUAY_IMAGE_FILE}.png", collection=uruguay
        )
        cls.norway_document = DocumentFactory(
            title=NORWAY_DOCUMENT,
            file__filename=f"{NORWAY_DOCUMENT_FILE}.pdf",
            collection=norway,
            uploaded_by_user=cls.site.norway_editor,
        )
        cls.uruguay_document = DocumentFactory(
            title=URUGUAY_DOCUMENT,
            file__filename=f"{URUGUAY_DOCUMENT_FILE}.pdf",
            collection=uruguay,
        )
        cls.restricted_document = DocumentFactory(
            title=RESTRICTED_DOCUMENT,
            file__filename=f"{RESTRICTED_DOCUMENT_FILE}.pdf",
            collection=board,
        )
        HostedVideoFactory(title=NORWAY_VIDEO, collection=norway)
        HostedVideoFactory(title=URUGUAY_VIDEO, collection=uruguay)

        expired = timezone.localdate() - datetime.timedelta(days=3)
        cls.norway_draft = draft_story(
            cls.site.norway_section,
            NORWAY_DRAFT,
            hero_image=cls.norway_image,
            consent_expires_on=expired,
        )
        # Uruguay's draft is the story page edited last, so the page types usage report
        # would name it for every user if it were not narrowed.
        cls.uruguay_draft = draft_story(
            cls.site.uruguay_section,
            URUGUAY_DRAFT,
            hero_image=cls.uruguay_image,
            consent_expires_on=expired,
        )
        workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
        french = Locale.objects.get(language_code="fr")
        for story, editor in (
            (cls.norway_draft, cls.site.norway_editor),
            (cls.uruguay_draft, cls.site.uruguay_editor),
        ):
            workflow.start(story, editor)
            source, _ = TranslationSource.get_or_create_from_instance(story)
            Translation.objects.create(source=source, target_locale=french)

    def setUp(self):
        self.client.login(username="norway-editor", password=PASSWORD)

    def body(self, url):
        response = self.client.get(url, follow=True)
        self.assertEqual(response.status_code, 200, url)
        if response.streaming:
            return b"".join(response.streaming_content).decode()
        return response.content.decode()

    def assertListsOwnOnly(self, urls, own, others):
        """Each URL answers 200 and names every string of ``own`` and none of ``others``."""
        for url in urls:
            with self.subTest(url=url):
                body = self.body(url)
                for text in own:
                    self.assertIn(text, body)
                for text in others:
                    self.assertNotIn(text, body)


class PagesTests(AdminScopingTestCase):
    def test_explorer_opens_own_draft_but_not_another_countrys(self):
        for name in ("wagtailadmin_explore", "wagtailadmin_explore_results"):
            with self.subTest(view=name):
                own = self.body(reverse(name, args=[self.norway_draft.pk]))
                self.assertIn(NORWAY_DRAFT, own)
                response = self.client.get(reverse(name, args=[self.uruguay_draft.pk]))
                self.assertRedirects(
                    response,
                    reverse("wagtailadmin_explore", args=[1]),
                    fetch_redirect_response=False,
                )
                self.assertNotIn(URUGUAY_DRAFT, self.body(response.url))

    def test_explorer_of_another_countrys_section_redirects_to_the_editors_root(self):
        response = self.client.get(
            reverse("wagtailadmin_explore", args=[self.site.uruguay_section.pk])
        )
        self.assertRedirects(
            response, reverse("wagtailadmin_explore", args=[1]), fetch_redirect_response=False
        )

    def test_reports_list_own_pages_only(self):
        self.assertListsOwnOnly(
            [
                reverse("wagtailadmin_reports:page_types_usage"),
                reverse("wagtailadmin_reports:page_types_usage_results"),
                reverse("wagtailadmin_reports:workflow"),
                reverse("wagtailadmin_reports:workflow_tasks"),
                reverse("stories_consent_review"),
                reverse("stories_consent_review") + "?export=csv",
                reverse("wagtail_localize:translations_report"),
                reverse("localization:completeness"),
                reverse("localization:completeness") + "?export=csv",
                reverse("wagtailadmin_pages:type_use", args=["stories", "storypage"]),
                reverse("wagtailadmin_pages:search") + "?q=draft",
                reverse("wagtailadmin_home"),
            ],
            own=[NORWAY_DRAFT],
            others=URUGUAY_PAGES,
        )

    def test_page_types_usage_counts_only_the_users_pages(self):
        response = self.client.get(reverse("wagtailadmin_reports:page_types_usage"))
        story_type = ContentType.objects.get_for_model(StoryPage)
        row = next(item for item in response.context["object_list"] if item.pk == story_type.pk)
        self.assertEqual(row.count, 1)
        self.assertEqual(row.last_edited_page.pk, self.norway_draft.pk)

    def test_bulk_action_confirmations_name_own_pages_only(self):
        ids = f"?id={self.norway_draft.pk}&id={self.uruguay_draft.pk}"
        self.assertListsOwnOnly(
            [
                reverse("wagtail_bulk_action", args=["wagtailcore", "page", action]) + ids
                for action in ("delete", "move", "publish", "unpublish")
            ],
            own=[NORWAY_DRAFT],
            others=URUGUAY_PAGES,
        )

    def test_page_choosers_and_admin_api_list_own_drafts_only(self):
        self.assertListsOwnOnly(
            [
                reverse("wagtailadmin_choose_page_child", args=[self.site.norway_section.pk]),
                reverse("wagtailadmin_choose_page_search") + "?q=draft",
                reverse("wagtailadmin_api:pages:listing") + "?search=draft",
            ],
            own=[NORWAY_DRAFT],
            others=URUGUAY_PAGES,
        )


class ImagesTests(AdminScopingTestCase):
    def test_admin_api_lists_own_images_and_their_originals_only(self):
        self.assertListsOwnOnly(
            [
                reverse("wagtailadmin_api:images:listing"),
                reverse("wagtailadmin_api:images:listing") + "?search=photo",
                reverse("wagtailadmin_api:images:detail", args=[self.norway_image.pk]),
            ],
            own=[NORWAY_IMAGE, NORWAY_IMAGE_FILE, self.norway_image.file.url],
            others=[*URUGUAY_IMAGES, self.uruguay_image.file.url],
        )

    def test_admin_api_does_not_answer_for_another_countrys_image(self):
        url = reverse("wagtailadmin_api:images:detail", args=[self.uruguay_image.pk])
        # The admin API answers 404; the language middleware then redirects to /en/..., also 404.
        self.assertEqual(self.client.get(url, follow=True).status_code, 404)

    def test_listing_chooser_and_bulk_actions_name_own_images_only(self):
        ids = f"?id={self.norway_image.pk}&id={self.uruguay_image.pk}"
        self.assertListsOwnOnly(
            [
                reverse("wagtailimages:index"),
                reverse("wagtailimages:index") + "?q=photo",
                reverse("wagtailimages_chooser:choose"),
                reverse("wagtailimages_chooser:choose_results") + "?q=photo",
                *(
                    reverse("wagtail_bulk_action", args=["media_library", "customimage", action])
                    + ids
                    for action in ("delete", "add_tags", "add_to_collection")
                ),
            ],
            own=[NORWAY_IMAGE],
            others=URUGUAY_IMAGES,
        )


class DocumentsTests(AdminScopingTestCase):
    def test_admin_api_lists_own_documents_only(self):
        self.assertListsOwnOnly(
            [
                reverse("wagtailadmin_api:documents:listing"),
                reverse("wagtailadmin_api:documents:listing") + "?search=report",
                reverse("wagtailadmin_api:documents:detail", args=[self.norway_document.pk]),
            ],
            own=[NORWAY_DOCUMENT, NORWAY_DOCUMENT_FILE],
            others=HIDDEN_DOCUMENTS,
        )

    def test_admin_api_does_not_answer_for_hidden_documents(self):
        for document in (self.uruguay_document, self.restricted_document):
            with self.subTest(document=document.title):
                url = reverse("wagtailadmin_api:documents:detail", args=[document.pk])
                self.assertEqual(self.client.get(url, follow=True).status_code, 404)

    def test_listing_chooser_and_bulk_actions_name_own_documents_only(self):
        ids = "".join(
            f"&id={document.pk}"
            for document in (
                self.norway_document,
                self.uruguay_document,
                self.restricted_document,
            )
        )
        self.assertListsOwnOnly(
            [
                reverse("wagtaildocs:index"),
                reverse("wagtaildocs:index") + "?q=report",
                reverse("wagtaildocs_chooser:choose"),
                reverse("wagtaildocs_chooser:choose_results") + "?q=report",
                *(
                    reverse("wagtail_bulk_action", args=[*DOCUMENT_MODEL_LABEL, action])
                    + "?"
                    + ids[1:]
                    for action in ("delete", "add_tags", "add_to_collection")
                ),
            ],
            own=[NORWAY_DOCUMENT],
            others=HIDDEN_DOCUMENTS,
        )


class MediaTests(AdminScopingTestCase):
    def test_media_listing_and_chooser_list_own_videos_only(self):
        self.assertListsOwnOnly(
            [reverse("wagtailmedia:index"), reverse("wagtailmedia:chooser")],
            own=[NORWAY_VIDEO],
            others=[URUGUAY_VIDEO],
        )


class SecretariatSeesEverythingTests(AdminScopingTestCase):
    def setUp(self):
        self.client.login(username="reviewer", password=PASSWORD)

    def test_secretariat_lists_every_country_and_the_restricted_collection(self):
        self.assertListsOwnOnly(
            [reverse("wagtailadmin_api:documents:listing")],
            own=[NORWAY_DOCUMENT, URUGUAY_DOCUMENT, RESTRICTED_DOCUMENT],
            others=[],
        )
        self.assertListsOwnOnly(
            [reverse("wagtailadmin_api:images:listing")],
            own=[NORWAY_IMAGE, URUGUAY_IMAGE],
            others=[],
        )
        self.assertListsOwnOnly(
            [
                reverse("wagtailadmin_reports:page_types_usage"),
                reverse("wagtailadmin_explore", args=[self.uruguay_draft.pk]),
            ],
            own=[URUGUAY_DRAFT],
            others=[],
        )


class PageTypesUsagePatchTests(AdminScopingTestCase):
    def test_wagtail_still_names_the_last_edited_page_of_any_country(self):
        """When this fails, Wagtail narrows the report itself: delete the patch."""
        request = RequestFactory().get(reverse("wagtailadmin_reports:page_types_usage"))
        request.user = self.site.norway_editor
        view = PageTypesUsageReportView()
        view.setup(request)
        page_types = list(view.get_queryset())
        decorated = patches.UNPATCHED["page_types_usage"](view, page_types)
        story_type = ContentType.objects.get_for_model(StoryPage)
        row = next(item for item in decorated if item.pk == story_type.pk)
        self.assertEqual(row.last_edited_page.pk, self.uruguay_draft.pk)
        self.assertEqual(row.count, StoryPage.objects.count())

    def test_the_patch_is_applied_once(self):
        patches.apply()
        self.assertIs(
            PageTypesUsageReportView.decorate_paginated_queryset,
            patches.scoped_page_types_usage,
        )
        self.assertIsNot(patches.UNPATCHED["page_types_usage"], patches.scoped_page_types_usage)
