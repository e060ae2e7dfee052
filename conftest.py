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


def require_server(host, port, how_to_run):
    """Skip a test whose server is not running here, saying how to run it; in CI, fail.

    CI installs and starts everything the suite needs, so a skip there would hide a gap.
    """
    import os
    import socket

    try:
        with socket.create_connection((host, port), timeout=1):
            return
    except OSError:
        message = f"needs a server on {host}:{port}; {how_to_run}"
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide this: {message}")
        pytest.skip(message)


def missing_program(name):
    """True when ``name`` is not on the PATH here, outside CI (where it must be installed)."""
    import os
    import shutil

    return shutil.which(name) is None and not os.environ.get("CI")
