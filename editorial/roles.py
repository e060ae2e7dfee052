"""Editorial roles: one editors group per member state, and the secretariat that approves.

The ``setup_editorial_roles`` command and the signal handlers in ``editorial.signals`` both
call these functions, so the rules are written once. This module grants rights; it never
filters what a view lists (``editorial.scoping`` does, from the rights granted here).

- ``Editors: <country>`` may add and change pages only inside that country's story
  sections (every language version of the section), upload to and choose from that
  country's collection, and choose the coalition snippets. They cannot publish: their
  stories go through the “Secretariat review” workflow.
- ``Secretariat`` may add, change and publish everything under each language's home page,
  manage the coalition snippets and approve the review task.
- ``Event staff`` may add, change and publish meetings (every language's meetings section),
  so they can run the running order and its run sheet on the day; they choose images,
  documents and videos from every collection, and never edit stories.

Country editors' page permissions are reset to exactly their own sections (a leftover
permission on another country's section would show that country's drafts). Everything
else is only ever added, so rights an administrator grants by hand survive a re-run.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_noop
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from coalition.models import MemberState
from home.models import HomePage
from meetings.models import MeetingIndexPage
from stories.models import MemberStateStoriesPage, StoryIndexPage

# These names are stored in English, the keys by which the code finds the rows; the admin
# shows them in each editor's language (``editorial.display_names``).
SECRETARIAT_GROUP = gettext_noop("Secretariat")
EVENT_STAFF_GROUP = gettext_noop("Event staff")
EDITORS_GROUP_PREFIX = "Editors: "
# How an editors group's name reads in the admin: the prefix above, translated.
EDITORS_GROUP_DISPLAY = gettext_noop("Editors: %(country)s")
REVIEW_WORKFLOW = gettext_noop("Secretariat review")
REVIEW_TASK = gettext_noop("Secretariat approval")

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
COALITION_MODELS = (
    "memberstate",
    "theme",
    "sustainabledevelopmentgoal",
    "organisation",
    "person",
)

# Country editors pick snippets but never change them: the secretariat keeps the
# coalition's shared vocabulary consistent across countries. They translate their own
# stories (wagtail-localize's view is narrowed to pages they may edit: editorial.patches).
EDITOR_MODEL_PERMISSIONS = (
    ADMIN_ACCESS,
    ("wagtail_localize", "submit_translation"),
    *(("coalition", f"view_{model}") for model in COALITION_MODELS),
)
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
# wagtailmedia has no "choose" permission: its chooser lists what the user may change,
# so colleagues' videos in the country's collection are choosable only with change_media.
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailmedia", "add_media"),
    ("wagtailmedia", "change_media"),
)

SECRETARIAT_MODEL_PERMISSIONS = (
    ADMIN_ACCESS,
    ("wagtail_localize", "submit_translation"),
    *(
        ("coalition", f"{action}_{model}")
        for model in COALITION_MODELS
        for action in ("add", "change", "delete", "view")
    ),
)
SECRETARIAT_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
SECRETARIAT_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtailmedia", "add_media"),
    ("wagtailmedia", "change_media"),
    ("wagtailmedia", "delete_media"),
)

EVENT_STAFF_MODEL_PERMISSIONS = EDITOR_MODEL_PERMISSIONS
EVENT_STAFF_PAGE_PERMISSIONS = SECRETARIAT_PAGE_PERMISSIONS
# The running order plays every country's videos, so event staff choose from every
# collection; wagtailmedia's chooser lists only what a user may change (see above).
EVENT_STAFF_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailmedia", "add_media"),
    ("wagtailmedia", "change_media"),
)


@dataclass
class RolesReport:
    """What a run created or changed; every count is zero when nothing needed doing."""

    editors_groups: int = 0
    groups_created: list = field(default_factory=list)
    collections_created: list = field(default_factory=list)
    permissions_added: int = 0
    permissions_removed: int = 0
    workflow_pages_assigned: int = 0
    workflow_changes: int = 0
    story_indexes: int = 0
    countries_without_section: list = field(default_factory=list)

    @property
    def changed(self):
        return bool(
            self.groups_created
            or self.collections_created
            or self.permissions_added
            or self.permissions_removed
            or self.workflow_pages_assigned
            or self.workflow_changes
        )


def is_country_editor(user):
    """An active member of a country's editors group, not an administrator."""
    return (
        user.is_active
        and not user.is_superuser
        and user.groups.filter(name__startswith=EDITORS_GROUP_PREFIX).exists()
    )


def editors_group_name(member_state):
    """``Editors: Norway``: the group of one member state's editors, named in English."""
    return f"{EDITORS_GROUP_PREFIX}{default_locale_version(member_state).name}"


def default_locale_version(member_state):
    """The member state's default-language (English) version, or itself if there is none."""
    default_locale = Locale.get_default()
    if member_state.locale_id == default_locale.pk:
        return member_state
    return (
        MemberState.objects.filter(
            translation_key=member_state.translation_key, locale=default_locale
        ).first()
        or member_state
    )


def member_state_sections(member_state):
    """Every language version of the member state's story section."""
    direct = MemberStateStoriesPage.objects.filter(
        member_state__translation_key=member_state.translation_key
    )
    return MemberStateStoriesPage.objects.filter(
        Q(pk__in=direct.values("pk")) | Q(translation_key__in=direct.values("translation_key"))
    ).order_by("path")


def _model_permissions(pairs):
    query = Q()
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    permissions = list(Permission.objects.filter(query).select_related("content_type"))
    missing = set(pairs) - {(p.content_type.app_label, p.codename) for p in permissions}
    if missing:
        raise LookupError(
            "These permissions do not exist; run `manage.py migrate` first: "
            + ", ".join(sorted(f"{app}.{codename}" for app, codename in missing))
        )
    return permissions


def _page_permissions(codenames):
    page_type = ContentType.objects.get_for_model(Page)
    return list(Permission.objects.filter(content_type=page_type, codename__in=codenames))


def _ensure_group(name, report):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.groups_created.append(name)
    return group


def _ensure_model_permissions(group, pairs, report):
    wanted = _model_permissions(pairs)
    held = set(group.permissions.values_list("pk", flat=True))
    missing = [permission for permission in wanted if permission.pk not in held]
    if missing:
        group.permissions.add(*missing)
        report.permissions_added += len(missing)


def _ensure_collection_permissions(group, collection, pairs, report):
    if collection is None:
        return
    for permission in _model_permissions(pairs):
        _, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
        report.permissions_added += created


def _ensure_page_permissions(group, pages, codenames, report):
    permissions = _page_permissions(codenames)
    for page in pages:
        for permission in permissions:
            _, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )
            report.permissions_added += created


def _ensure_collection(name, report):
    root = Collection.get_first_root_node()
    if root is None:
        # Only on a database emptied without Wagtail's initial data (a flushed test run).
        return None
    collection = root.get_children().filter(name=name).first()
    if collection is None:
        collection = root.add_child(name=name)
        report.collections_created.append(name)
    return collection


def ensure_member_state_editors(member_state, report=None):
    """Create or complete one country's editors group, collection and page permissions.

    Returns the group, or ``None`` for a member state that has no default-language
    version yet (the group is named after that version).
    """
    report = report if report is not None else RolesReport()
    english = default_locale_version(member_state)
    if english.locale_id != Locale.get_default().pk:
        return None

    group = _ensure_group(editors_group_name(english), report)
    _ensure_model_permissions(group, EDITOR_MODEL_PERMISSIONS, report)
    collection = _ensure_collection(english.name, report)
    _ensure_collection_permissions(group, collection, EDITOR_COLLECTION_PERMISSIONS, report)

    sections = list(member_state_sections(english))
    _ensure_page_permissions(group, sections, EDITOR_PAGE_PERMISSIONS, report)
    # Any page permission outside the country's own sections would open other
    # countries' drafts to this group, so it is removed rather than kept.
    stray = GroupPagePermission.objects.filter(group=group).exclude(
        page__in=[section.pk for section in sections],
        permission__codename__in=EDITOR_PAGE_PERMISSIONS,
    )
    removed, _ = stray.delete()
    report.permissions_removed += removed
    if not sections:
        report.countries_without_section.append(english.name)
    report.editors_groups += 1
    return group


def revoke_section_from_other_editors(section):
    """Remove other countries' editors groups' permissions on ``section``.

    Used when a section's member state changes: the old country's editors must lose it.
    """
    own = editors_group_name(section.member_state)
    removed, _ = (
        GroupPagePermission.objects.filter(
            page=section, group__name__startswith=EDITORS_GROUP_PREFIX
        )
        .exclude(group__name=own)
        .delete()
    )
    return removed


def rename_member_state_roles(old_name, new_name):
    """Follow a change of a member state's English name in its group and collection."""
    if not old_name or old_name == new_name:
        return
    old_group = f"{EDITORS_GROUP_PREFIX}{old_name}"
    new_group = f"{EDITORS_GROUP_PREFIX}{new_name}"
    if not Group.objects.filter(name=new_group).exists():
        Group.objects.filter(name=old_group).update(name=new_group)
    root = Collection.get_first_root_node()
    if root is not None and not root.get_children().filter(name=new_name).exists():
        root.get_children().filter(name=old_name).update(name=new_name)


def ensure_secretariat(report=None):
    """The Secretariat group with its rights on every language's site."""
    report = report if report is not None else RolesReport()
    group = _ensure_group(SECRETARIAT_GROUP, report)
    _ensure_model_permissions(group, SECRETARIAT_MODEL_PERMISSIONS, report)
    _ensure_collection_permissions(
        group,
        Collection.get_first_root_node(),
        SECRETARIAT_COLLECTION_PERMISSIONS,
        report,
    )
    _ensure_page_permissions(group, HomePage.objects.all(), SECRETARIAT_PAGE_PERMISSIONS, report)
    return group


def ensure_event_staff(report=None):
    """The Event staff group with its rights on every language's meetings section."""
    report = report if report is not None else RolesReport()
    group = _ensure_group(EVENT_STAFF_GROUP, report)
    _ensure_model_permissions(group, EVENT_STAFF_MODEL_PERMISSIONS, report)
    _ensure_collection_permissions(
        group,
        Collection.get_first_root_node(),
        EVENT_STAFF_COLLECTION_PERMISSIONS,
        report,
    )
    _ensure_page_permissions(
        group, MeetingIndexPage.objects.all(), EVENT_STAFF_PAGE_PERMISSIONS, report
    )
    return group


def ensure_review_workflow(report=None):
    """The “Secretariat review” workflow, on the story section of every language."""
    report = report if report is not None else RolesReport()
    secretariat = Group.objects.filter(name=SECRETARIAT_GROUP).first() or ensure_secretariat(report)

    # An administrator may deactivate or edit these in Settings → Workflows; a run puts
    # back what the review rule needs and counts each repair.
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
        report.workflow_changes += 1
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        report.workflow_changes += 1
    if not task.groups.filter(pk=secretariat.pk).exists():
        task.groups.add(secretariat)
        report.workflow_changes += 1

    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW)
        report.workflow_changes += 1
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        report.workflow_changes += 1
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        report.workflow_changes += 1

    assigned = dict(WorkflowPage.objects.values_list("page_id", "workflow_id"))
    for index in StoryIndexPage.objects.all():
        if assigned.get(index.pk) != workflow.pk:
            WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
            report.workflow_pages_assigned += 1
        report.story_indexes += 1
    return workflow


@transaction.atomic
def setup_editorial_roles():
    """Everything above, for every member state that has a default-language version."""
    report = RolesReport()
    ensure_secretariat(report)
    ensure_event_staff(report)
    ensure_review_workflow(report)
    for member_state in MemberState.objects.filter(locale=Locale.get_default()).order_by("name"):
        ensure_member_state_editors(member_state, report)
    return report
