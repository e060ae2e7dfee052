"""Page factories for the home and text pages, and the site tree every test starts from."""

from types import SimpleNamespace

import factory
import wagtail_factories
from wagtail.models import Page, Site

from home.models import HomePage, StandardPage
from meetings.factories import MeetingIndexPageFactory
from stories.factories import StoryIndexPageFactory


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Good Human Rights Stories"
    slug = "home"
    introduction = "<p>Countries sharing what works for human rights.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "About the initiative."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Text.</p>"}])

    class Meta:
        model = StandardPage


def build_site_tree():
    """The English home page as the default site's root, with its story and meeting sections.

    The one page tree every app's tests start from (the ``site_tree`` fixture, the API and
    localization tests, the editorial site); call it from ``setUpTestData`` or a fixture.
    """
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="ghrs-home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "GHRS"},
    )
    return SimpleNamespace(
        home=home,
        stories=StoryIndexPageFactory(parent=home),
        meetings=MeetingIndexPageFactory(parent=home),
    )
