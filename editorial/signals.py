"""Keep editorial roles in step with the content they protect.

A new member state gets its editors group and collection at once; a new story section (in
any language) is opened to that country's editors; a new language's story index gets the
review workflow, a new home page the secretariat's rights and a new meetings section the
event staff's rights. The rules themselves live in
``editorial.roles``; ``setup_editorial_roles`` applies the same rules to everything at once.
"""

from django.db.models.signals import post_save, pre_save
from wagtail.models import Locale

from coalition.models import MemberState
from editorial import roles
from home.models import HomePage
from meetings.models import MeetingIndexPage
from stories.models import MemberStateStoriesPage, StoryIndexPage


def remember_member_state_name(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    instance._name_before_save = (
        sender.objects.filter(pk=instance.pk).values_list("name", flat=True).first()
    )


def member_state_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    old_name = getattr(instance, "_name_before_save", None)
    renamed = old_name is not None and old_name != instance.name
    if renamed and instance.locale_id == Locale.get_default().pk:
        roles.rename_member_state_roles(old_name, instance.name)
    if created or renamed:
        roles.ensure_member_state_editors(instance)


def remember_section_member_state(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    instance._member_state_before_save = (
        sender.objects.filter(pk=instance.pk).values_list("member_state_id", flat=True).first()
    )


def section_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    previous = getattr(instance, "_member_state_before_save", None)
    moved_to_other_country = previous is not None and previous != instance.member_state_id
    if created or moved_to_other_country:
        roles.ensure_member_state_editors(instance.member_state)
    if moved_to_other_country:
        roles.revoke_section_from_other_editors(instance)


def story_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.ensure_review_workflow()


def meeting_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.ensure_event_staff()


def home_page_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        roles.ensure_secretariat()


def connect():
    """Wire the handlers; called once from ``EditorialConfig.ready``.

    The dispatch uids let a bulk loader hold the handlers back and run
    ``setup_editorial_roles`` once instead.
    """
    pre_save.connect(
        remember_member_state_name, sender=MemberState, dispatch_uid="roles-member-state-name"
    )
    post_save.connect(member_state_saved, sender=MemberState, dispatch_uid="roles-member-state")
    pre_save.connect(
        remember_section_member_state,
        sender=MemberStateStoriesPage,
        dispatch_uid="roles-section-member-state",
    )
    post_save.connect(section_saved, sender=MemberStateStoriesPage, dispatch_uid="roles-section")
    post_save.connect(story_index_saved, sender=StoryIndexPage, dispatch_uid="roles-story-index")
    post_save.connect(home_page_saved, sender=HomePage, dispatch_uid="roles-home-page")
    post_save.connect(
        meeting_index_saved, sender=MeetingIndexPage, dispatch_uid="roles-meeting-index"
    )
