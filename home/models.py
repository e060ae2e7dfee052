"""HomePage (one per language), StandardPage (about, membership criteria...) and the
site-wide settings every page of the website shows (footer, contact, social links)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.forms import ContentPageForm
from core.models import SocialImageMixin
from core.preview import FrontendPreviewMixin


class HomePage(FrontendPreviewMixin, SocialImageMixin, Page):
    """The root of one language's site: an introduction and featured stories.

    The next meeting is not stored: it is worked out from the meetings' dates.
    """

    introduction = RichTextField(
        features=["bold", "italic", "link"],
        help_text=_("Two or three sentences introducing the initiative."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel("featured_stories", label=_("Featured stories"), max_num=6),
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
        verbose_name = _("home page")


class HomePageFeaturedStory(Orderable):
    """A story shown on the home page, in the order editors choose."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey(
        "stories.StoryPage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A published story to feature."),
    )

    panels = [FieldPanel("story")]


class StandardPage(FrontendPreviewMixin, SocialImageMixin, Page):
    """A text page such as “About the initiative” or “Membership criteria”."""

    introduction = models.TextField(
        blank=True, max_length=500, help_text=_("A short lead shown above the body.")
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
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseGenericSetting):
    """What every page of the public website shows: footer texts, contact, social links.

    The texts are written once per language (“Footer and contact texts”); a language
    without its own falls back to the default language's, and the API says so.
    """

    contact_email = models.EmailField(
        blank=True, help_text=_("The address readers can write to, shown in the footer.")
    )

    panels = [
        FieldPanel("contact_email"),
        InlinePanel(
            "texts",
            label=_("Footer and contact texts"),
            help_text=_(
                "One entry per language. A language without an entry shows the "
                "default language's texts."
            ),
        ),
        InlinePanel("social_links", label=_("Social media links")),
    ]

    class Meta:
        verbose_name = _("website settings")


class SiteSettingsText(Orderable):
    """The footer and contact texts of the website in one language."""

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="texts")
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("language"),
        help_text=_("The language these texts are written in."),
    )
    footer_text = models.TextField(
        max_length=1000,
        help_text=_(
            "A sentence or two shown at the bottom of every page, e.g. what the initiative is."
        ),
    )
    contact_text = models.TextField(
        blank=True,
        max_length=500,
        help_text=_(
            "How to reach the secretariat (address, office hours), shown with the contact address."
        ),
    )

    panels = [FieldPanel("locale"), FieldPanel("footer_text"), FieldPanel("contact_text")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["settings", "locale"], name="one_site_settings_text_per_language"
            )
        ]

    def __str__(self):
        return _("Footer texts (%(language)s)") % {"language": self.locale}


class SocialLink(Orderable):
    """A link to one of the initiative's social media accounts."""

    class Network(models.TextChoices):
        FACEBOOK = "facebook", _("Facebook")
        INSTAGRAM = "instagram", _("Instagram")
        LINKEDIN = "linkedin", _("LinkedIn")
        X = "x", _("X (Twitter)")
        YOUTUBE = "youtube", _("YouTube")
        OTHER = "other", _("Other")

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(
        max_length=20, choices=Network.choices, help_text=_("Which service the account is on.")
    )
    url = models.URLField(help_text=_("The account's address, e.g. https://x.com/example."))

    panels = [FieldPanel("network"), FieldPanel("url")]

    def __str__(self):
        return self.url
