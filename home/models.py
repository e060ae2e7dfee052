"""HomePage (one per language) and StandardPage (about, membership criteria...)."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.forms import ContentPageForm
from core.models import SocialImageMixin


class HomePage(SocialImageMixin, Page):
    """The root of one language's site: an introduction and featured stories.

    The next meeting is not stored: it is worked out from the meetings' dates.
    """

    introduction = RichTextField(
        features=["bold", "italic", "link"],
        help_text="Two or three sentences introducing the initiative.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel("featured_stories", label="Featured stories", max_num=6),
    ]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "stories.StoryIndexPage",
        "meetings.MeetingIndexPage",
        "meetings.DeclarationPage",
    ]

    base_form_class = ContentPageForm

    class Meta:
        verbose_name = "home page"


class HomePageFeaturedStory(Orderable):
    """A story shown on the home page, in the order editors choose."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey(
        "stories.StoryPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A published story to feature.",
    )

    panels = [FieldPanel("story")]


class StandardPage(SocialImageMixin, Page):
    """A text page such as “About the initiative” or “Membership criteria”."""

    introduction = models.TextField(
        blank=True, max_length=500, help_text="A short lead shown above the body."
    )
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    base_form_class = ContentPageForm

    class Meta:
        verbose_name = "standard page"
