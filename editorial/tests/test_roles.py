"""setup_editorial_roles and the signals that keep roles in step with new content."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
)

from coalition.factories import MemberStateFactory
from editorial.factories import build_editorial_site
from editorial.roles import (
    REVIEW_TASK,
    REVIEW_WORKFLOW,
    SECRETARIAT_GROUP,
    editors_group_name,
    setup_editorial_roles,
)
from stories.factories import MemberStateStoriesPageFactory
from stories.models import StoryIndexPage


def role_counts():
    return {
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "group_permissions": Group.permissions.through.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "tasks": GroupApprovalTask.objects.count(),
    }


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


class SetupEditorialRolesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()

    def test_second_run_changes_no_counts_and_says_so(self):
        before = role_counts()
        out = StringIO()
        call_command("setup_editorial_roles", stdout=out)
        self.assertEqual(role_counts(), before)
        self.assertIn("Editors groups: 2 (0 created)", out.getvalue())
        self.assertIn("Permissions: 0 added, 0 removed", out.getvalue())
        self.assertIn("nothing changed", out.getvalue())

    def test_groups_are_named_after_the_english_member_state(self):
        self.assertEqual(editors_group_name(self.site.norway), "Editors: Norway")
        french = Locale.objects.get(language_code="fr")
        norway_fr = self.site.norway.copy_for_translation(french)
        norway_fr.name = "Norvège"
        norway_fr.save()
        self.assertEqual(editors_group_name(norway_fr), "Editors: Norway")
        self.assertFalse(Group.objects.filter(name="Editors: Norvège").exists())

    def test_editors_may_add_and_change_their_section_in_every_language_but_not_publish(self):
        for section in (self.site.norway_section, self.site.norway_section_fr):
            self.assertEqual(
                page_codenames(self.site.norway_editors, section), {"add_page", "change_page"}
            )
        self.assertEqual(
            set(
                GroupPagePermission.objects.filter(group=self.site.norway_editors).values_list(
                    "page_id", flat=True
                )
            ),
            {self.site.norway_section.pk, self.site.norway_section_fr.pk},
        )

    def test_editors_get_admin_access_and_view_only_snippet_permissions(self):
        codenames = set(self.site.norway_editors.permissions.values_list("codename", flat=True))
        self.assertIn("access_admin", codenames)
        self.assertIn("view_theme", codenames)
        self.assertIn("view_memberstate", codenames)
        self.assertFalse({"change_theme", "add_person", "change_memberstate"} & codenames)

    def test_editors_upload_and_choose_in_their_own_collection_only(self):
        collection = Collection.objects.get(name="Norway")
        self.assertEqual(collection.get_parent(), Collection.get_first_root_node())
        granted = set(
            GroupCollectionPermission.objects.filter(group=self.site.norway_editors).values_list(
                "collection__name", "permission__codename"
            )
        )
        self.assertEqual(
            granted,
            {
                ("Norway", "add_image"),
                ("Norway", "choose_image"),
                ("Norway", "add_document"),
                ("Norway", "choose_document"),
                ("Norway", "add_media"),
                ("Norway", "change_media"),
            },
        )

    def test_secretariat_publishes_under_every_language_home_page(self):
        for home in (self.site.home, self.site.stories.get_parent().specific):
            self.assertTrue(
                {"add_page", "change_page", "publish_page"}
                <= page_codenames(self.site.secretariat, home)
            )
        french_home = self.site.norway_section_fr.get_parent().get_parent()
        self.assertIn("publish_page", page_codenames(self.site.secretariat, french_home))

    def test_every_story_index_uses_the_secretariat_review_workflow(self):
        workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
        indexes = StoryIndexPage.objects.all()
        self.assertEqual(indexes.count(), 2)
        for index in indexes:
            self.assertEqual(index.get_workflow(), workflow)
        task = workflow.tasks.get().specific
        self.assertEqual(task.name, REVIEW_TASK)
        self.assertEqual(list(task.groups.values_list("name", flat=True)), [SECRETARIAT_GROUP])

    def test_a_stray_page_permission_is_removed_from_a_country_group(self):
        GroupPagePermission.objects.create(
            group=self.site.norway_editors,
            page=self.site.uruguay_section,
            permission_type="change",
        )
        report = setup_editorial_roles()
        self.assertEqual(report.permissions_removed, 1)
        self.assertEqual(page_codenames(self.site.norway_editors, self.site.uruguay_section), set())

    def test_a_deactivated_review_workflow_is_restored(self):
        workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
        workflow.deactivate()
        self.assertEqual(self.site.stories.get_workflow().name, "Moderators approval")
        out = StringIO()
        call_command("setup_editorial_roles", stdout=out)
        self.assertIn("(2 newly assigned, 1 repaired)", out.getvalue())
        self.assertIn("Editorial roles updated.", out.getvalue())
        index = StoryIndexPage.objects.get(pk=self.site.stories.pk)
        self.assertEqual(index.get_workflow(), workflow)

    def test_wagtail_default_groups_keep_their_rights(self):
        moderators = Group.objects.get(name="Moderators")
        root = self.site.home.get_parent()
        self.assertIn("publish_page", page_codenames(moderators, root))
        self.assertIn("change_page", page_codenames(Group.objects.get(name="Editors"), root))


class RolesFollowNewContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()

    def test_a_new_member_state_gets_its_group_and_collection_at_once(self):
        MemberStateFactory(name="Colombia", code="CO")
        self.assertTrue(Group.objects.filter(name="Editors: Colombia").exists())
        self.assertTrue(Collection.objects.filter(name="Colombia").exists())

    def test_a_country_without_a_section_is_reported(self):
        MemberStateFactory(name="Colombia", code="CO")
        out = StringIO()
        call_command("setup_editorial_roles", stdout=out)
        self.assertIn("No story section yet for: Colombia", out.getvalue())

    def test_a_new_section_is_opened_to_its_countrys_editors(self):
        colombia = MemberStateFactory(name="Colombia", code="CO")
        section = MemberStateStoriesPageFactory(parent=self.site.stories, member_state=colombia)
        group = Group.objects.get(name="Editors: Colombia")
        self.assertEqual(page_codenames(group, section), {"add_page", "change_page"})

    def test_a_section_given_to_another_country_leaves_the_old_group(self):
        colombia = MemberStateFactory(name="Colombia", code="CO")
        section = MemberStateStoriesPageFactory(parent=self.site.stories, member_state=colombia)
        peru = MemberStateFactory(name="Peru", code="PE")
        section.member_state = peru
        section.save()
        self.assertEqual(
            page_codenames(Group.objects.get(name="Editors: Colombia"), section), set()
        )
        self.assertEqual(
            page_codenames(Group.objects.get(name="Editors: Peru"), section),
            {"add_page", "change_page"},
        )

    def test_renaming_a_member_state_renames_its_group_and_collection(self):
        self.site.uruguay.name = "Oriental Republic of Uruguay"
        self.site.uruguay.save()
        self.site.uruguay_editors.refresh_from_db()
        self.assertEqual(self.site.uruguay_editors.name, "Editors: Oriental Republic of Uruguay")
        self.assertTrue(Collection.objects.filter(name="Oriental Republic of Uruguay").exists())
        self.assertFalse(Collection.objects.filter(name="Uruguay").exists())

    def test_a_new_languages_story_index_gets_the_review_workflow(self):
        spanish = Locale.objects.get(language_code="es")
        index_es = self.site.stories.copy_for_translation(spanish, copy_parents=True)
        self.assertEqual(index_es.get_workflow().name, REVIEW_WORKFLOW)
        home_es = index_es.get_parent()
        self.assertIn("publish_page", page_codenames(self.site.secretariat, home_es))


class SetupWithoutContentTests(TestCase):
    def test_the_command_works_before_any_content_exists(self):
        out = StringIO()
        call_command("setup_editorial_roles", stdout=out)
        self.assertTrue(Group.objects.filter(name=SECRETARIAT_GROUP).exists())
        self.assertTrue(Workflow.objects.filter(name=REVIEW_WORKFLOW).exists())
        self.assertIn("Editors groups: 0", out.getvalue())
        self.assertIn("Secretariat group: created", out.getvalue())
