"""A small multilingual story tree with the editorial roles set up, for admin tests.

Two countries (Norway and Uruguay), each with a story section in English and French,
one editor per country and a secretariat reviewer. ``build_editorial_site`` is meant for
``setUpTestData``: it runs ``setup_editorial_roles`` once, as the demo loader does.
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from coalition.factories import MemberStateFactory
from home.factories import HomePageFactory
from stories.factories import (
    MemberStateStoriesPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from stories.roles import SECRETARIAT_GROUP, editors_group_name

PASSWORD = "correct horse battery staple"


def make_user(username, *groups, **extra):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, **extra
    )
    if groups:
        user.groups.add(*groups)
    return user


def draft_story(section, title, **kwargs):
    """A story that was never published, with a revision as the admin would save it."""
    story = StoryPageFactory(parent=section, title=title, live=False, **kwargs)
    story.save_revision()
    return story


def build_editorial_site():
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="ghrs")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "GHRS"},
    )
    stories = StoryIndexPageFactory(parent=home)
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
    return SimpleNamespace(
        home=home,
        stories=stories,
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
        admin=make_user("admin", is_superuser=True, is_staff=True),
    )


def story_form_data(story_or_section, title, **overrides):
    """What the story editor posts, for a story in ``story_or_section``'s country."""
    member_state = story_or_section.specific.member_state
    data = nested_form_data(
        {
            "title": title,
            "slug": overrides.pop("slug", title.lower().replace(" ", "-")),
            "member_state": member_state.pk,
            "summary": "What changed and why it matters.",
            "story_date": "2018-09-27",
            "location": "Oslo",
            "hero_image": overrides.pop("hero_image"),
            "hero_image_alt": "Pupils in a classroom",
            "hero_video": streamfield([]),
            "body": streamfield([("paragraph", rich_text("<p>Illustrative text.</p>"))]),
            "comments": inline_formset([]),
            "consent_confirmed": "on",
        }
    )
    data.update(overrides)
    return data
