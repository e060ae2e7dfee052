"""The country editor's dashboard panel, the menu item to their stories, and the reviewer's
comment at the top of a story sent back.

A country's communications officer opens the admin to see their own country's work: its
stories per language with “Add story”, drafts (saved automatically ones included), what
waits for the secretariat, what came back with the reviewer's comment, consent that ends
within 30 days, and stories not yet in every language their country writes in. Everything
starts from the story sections the user may add to, so nobody sees another country's work;
the secretariat and administrators (who may publish) keep Wagtail's own dashboard. The
hooks that register these live in ``editorial.wagtail_hooks``.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.models import Page, WorkflowState

from editorial import scoping
from editorial.roles import is_country_editor
from stories.models import MemberStateStoriesPage, StoryPage

CONSENT_WARNING_DAYS = 30


def country_sections(user):
    """The story sections, one per language, the user may add stories to (by path)."""
    addable = scoping.page_policy().instances_user_has_permission_for(user, "add")
    return list(
        MemberStateStoriesPage.objects.filter(pk__in=addable.values("pk"))
        .select_related("locale", "member_state")
        .order_by("locale__pk")
    )


@dataclass
class SentBack:
    story: StoryPage
    comment: str
    reviewer: str
    when: datetime.datetime


@dataclass
class CountryWork:
    sections: list
    drafts: list = field(default_factory=list)
    in_review: list = field(default_factory=list)
    sent_back: list = field(default_factory=list)
    consent_ending: list = field(default_factory=list)
    missing_translations: list = field(default_factory=list)


def language_label(locale):
    return locale.get_display_name()


def sent_back_states(stories):
    """{story pk: WorkflowState} of the stories whose latest review asked for changes."""
    content_type = ContentType.objects.get_for_model(Page)
    states = (
        WorkflowState.objects.filter(
            base_content_type=content_type,
            object_id__in=[str(story.pk) for story in stories],
            status=WorkflowState.STATUS_NEEDS_CHANGES,
        )
        .select_related("current_task_state__finished_by")
        .order_by("created_at")
    )
    return {int(state.object_id): state for state in states}


def country_work(user, today=None):
    """What the user's country has in progress, for the dashboard panel."""
    today = today or timezone.localdate()
    sections = country_sections(user)
    if not sections:
        return CountryWork(sections=[])
    in_sections = Q()
    for section in sections:
        in_sections |= Q(path__startswith=section.path, depth=section.depth + 1)
    stories = list(
        StoryPage.objects.filter(in_sections)
        .select_related("locale", "latest_revision")
        .order_by("-latest_revision_created_at")
    )
    work = CountryWork(sections=[])
    for section in sections:
        own = [story for story in stories if story.path.startswith(section.path)]
        work.sections.append(
            {
                "section": section,
                "language": language_label(section.locale),
                "count": len(own),
                "live": sum(story.live for story in own),
                "add_url": reverse(
                    "wagtailadmin_pages:add", args=["stories", "storypage", section.pk]
                ),
                "explore_url": reverse("wagtailadmin_explore", args=[section.pk]),
            }
        )
    in_progress = {
        int(state.object_id)
        for state in WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(story.pk) for story in stories],
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
    }
    sent_back = sent_back_states(stories)
    for story in stories:
        if story.pk in in_progress:
            work.in_review.append(story)
        elif story.pk in sent_back:
            state = sent_back[story.pk]
            task_state = state.current_task_state
            work.sent_back.append(
                SentBack(
                    story=story,
                    comment=task_state.comment if task_state else "",
                    reviewer=(
                        task_state.finished_by.get_full_name() or task_state.finished_by.username
                        if task_state and task_state.finished_by
                        else ""
                    ),
                    when=task_state.finished_at if task_state else state.created_at,
                )
            )
        elif not story.live or story.has_unpublished_changes:
            work.drafts.append(story)
        if story.consent_expires_on and (
            today <= story.consent_expires_on <= today + datetime.timedelta(CONSENT_WARNING_DAYS)
        ):
            work.consent_ending.append(story)
    section_locales = {section.locale_id: section.locale for section in sections}
    languages_by_key = {}
    for story in stories:
        languages_by_key.setdefault(story.translation_key, []).append(story)
    for group in languages_by_key.values():
        present = {story.locale_id for story in group}
        missing = [
            language_label(locale)
            for locale_id, locale in section_locales.items()
            if locale_id not in present
        ]
        if missing:
            source = min(group, key=lambda story: story.pk)
            work.missing_translations.append({"story": source, "languages": missing})
    return work


class CountryPanel(Component):
    """“Your country's stories” on the dashboard of a country's editors."""

    name = "country_stories"
    order = 50
    template_name = "editorial/dashboard/country_panel.html"

    def __init__(self, work):
        self.work = work

    def get_context_data(self, parent_context):
        return {"work": self.work, "consent_days": CONSENT_WARNING_DAYS}


def add_country_panel(request, panels):
    """A ``construct_homepage_panels`` hook: the panel first, for country editors only."""
    if not is_country_editor(request.user):
        return
    work = country_work(request.user)
    if work.sections:
        panels.insert(0, CountryPanel(work))


class CountryStoriesMenuItem(MenuItem):
    """“My country's stories” in the sidebar: the editor's section in one click."""

    def is_shown(self, request):
        return is_country_editor(request.user) and bool(country_sections(request.user))

    def render_component(self, request):
        sections = country_sections(request.user)
        language = request.LANGUAGE_CODE
        section = next(
            (section for section in sections if section.locale.language_code == language),
            sections[0],
        )
        # Menu items are shared by every request: the address is built per request.
        return LinkMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_explore", args=[section.pk]),
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


def country_stories_menu_item():
    return CountryStoriesMenuItem(
        gettext_lazy("My country's stories"),
        reverse("wagtailadmin_home"),
        name="my-country-stories",
        icon_name="doc-full-inverse",
        order=150,
    )


def show_reviewer_comment(request, page):
    """A ``before_edit_page`` hook: a story sent back opens with the reviewer's comment."""
    if request.method != "GET":
        return
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return
    task_state = state.current_task_state
    if task_state is None or not task_state.comment:
        return
    reviewer = task_state.finished_by
    name = (reviewer.get_full_name() or reviewer.username) if reviewer else _("The reviewer")
    messages.warning(
        request,
        _("Changes requested by %(reviewer)s: “%(comment)s”")
        % {"reviewer": name, "comment": task_state.comment},
    )
