"""Page factories for the home and text pages."""

import factory
import wagtail_factories

from home.models import HomePage, StandardPage


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
