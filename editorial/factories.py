"""Users and a small multilingual site with the editorial roles set up, for admin tests.

Two countries (Norway and Uruguay), each with a story section in English and French,
one editor per country, a secretariat reviewer, an event organiser and an administrator.
``build_editorial_site`` is meant for ``setUpTestData``: it runs ``setup_editorial_roles``
once, as the demo loader does. Nothing here is used outside tests.
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale

from coalition.factories import MemberStateFactory
from editorial.roles import EVENT_STAFF_GROUP, SECRETARIAT_GROUP, editors_group_name
from home.factories import build_site_tree
from stories.factories import MemberStateStoriesPageFactory

PASSWORD = "correct horse battery staple"  # noqa: S105 - test users only


def make_user(username, *groups, **extra):
    """A user who logs in with ``PASSWORD``, member of ``groups``."""
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, **extra
    )
    if groups:
        user.groups.add(*groups)
    return user


def build_editorial_site():
    tree = build_site_tree()
    home, stories = tree.home, tree.stories
    norway = MemberStateFactory(name="Norway", code="NO")
    uruguay = MemberStateFactory(name="Uruguay", code="UY")
    norway_section = MemberStateStoriesPageFactory(parent=stories, member_state=norway)
    uruguay_section = MemberStateStoriesPageFactory(parent=stories, member_state=uruguay)

    french = Locale.objects.get(language_code="fr")
    norway_section_fr = norway_section.copy_for_translation(french, copy_parents=True)
    uruguay_section_fr = uruguay_section.copy_for_translation(french, copy_parents=True)

    call_command("setup_editorial_roles", verbosity=0)

    norway_editors = Group.objects.get(name=editors_group_name(norway))
    uruguay_editors = Group.objects.get(name=editors_group_name(uruguay))
    secretariat = Group.objects.get(name=SECRETARIAT_GROUP)
    event_staff = Group.objects.get(name=EVENT_STAFF_GROUP)
    return SimpleNamespace(
        home=home,
        stories=stories,
        meetings=tree.meetings,
        norway=norway,
        uruguay=uruguay,
        norway_section=norway_section,
        uruguay_section=uruguay_section,
        norway_section_fr=norway_section_fr,
        uruguay_section_fr=uruguay_section_fr,
        norway_editors=norway_editors,
        uruguay_editors=uruguay_editors,
        secretariat=secretariat,
        norway_editor=make_user("norway-editor", norway_editors),
        uruguay_editor=make_user("uruguay-editor", uruguay_editors),
        reviewer=make_user("reviewer", secretariat),
        event_staff=event_staff,
        organiser=make_user("organiser", event_staff),
        admin=make_user("admin", is_superuser=True, is_staff=True),
    )
