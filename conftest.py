"""Fixtures every app's tests share: a site with each section of the page tree."""

import pytest


@pytest.fixture
def site_tree(db):
    """The English home page as the default site's root, with story and meeting sections."""
    from wagtail.models import Page, Site

    from home.factories import HomePageFactory
    from meetings.factories import MeetingIndexPageFactory
    from stories.factories import StoryIndexPageFactory

    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="ghrs-home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "GHRS"},
    )
    return {
        "home": home,
        "stories": StoryIndexPageFactory(parent=home),
        "meetings": MeetingIndexPageFactory(parent=home),
    }
