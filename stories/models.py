"""The story section, its per-country sections and the stories themselves."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock, VideoBlock
from core.models import SocialImageMixin
from core.search import CJKSearchMixin
from stories.forms import StoryPageForm


class StoryIndexPage(SocialImageMixin, Page):
    """The “Stories” section of a language's site."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/stories/story_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.MemberStateStoriesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "story index page"


class MemberStateStoriesPage(Page):
    """One country's section of stories; that country's editors work only inside it."""

    member_state = models.ForeignKey(
        "coalition.MemberState",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The country whose stories are filed here.",
    )
    introduction = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("member_state"), FieldPanel("introduction")]
    override_translatable_fields = [SynchronizedField("member_state")]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/stories/member_state_stories_page.html"
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = ["stories.StoryPage"]

    class Meta:
        verbose_name = "member state story section"

    def clean(self):
        super().clean()
        if not self.member_state_id or not self.locale_id:
            return
        clash = (
            MemberStateStoriesPage.objects.filter(
                locale_id=self.locale_id,
                member_state__translation_key=self.member_state.translation_key,
            )
            .exclude(pk=self.pk)
            .exclude(translation_key=self.translation_key)
            .first()
        )
        if clash:
            raise ValidationError(
                {
                    "member_state": (
                        f"{self.member_state} already has a story section: “{clash.title}”."
                    )
                }
            )


class StoryPageQuerySet(PageQuerySet):
    """The orders stories are listed in, named once for every list that shows stories."""

    # Every order ends on the primary key so that pages of a paginated list never overlap.
    ORDERS = {
        "newest": (
            F("story_date").desc(nulls_last=True),
            F("first_published_at").desc(nulls_last=True),
            F("pk").desc(),
        ),
        "oldest": (
            F("story_date").asc(nulls_last=True),
            F("first_published_at").asc(nulls_last=True),
            F("pk").asc(),
        ),
        "title": (F("title").asc(), F("pk").asc()),
        "recently_published": (F("last_published_at").desc(nulls_last=True), F("pk").desc()),
    }

    @classmethod
    def ordering(cls, order):
        """The ``ORDER BY`` expressions of the order named ``order`` (a key of ``ORDERS``)."""
        try:
            return cls.ORDERS[order]
        except KeyError:
            raise ValueError(
                f"Stories have no order “{order}”; the orders are {', '.join(cls.ORDERS)}."
            ) from None

    def ordered(self, order):
        """The stories in the order named ``order`` (a key of ``ORDERS``)."""
        return self.order_by(*self.ordering(order))

    def newest(self):
        """Most recent story date first; undated stories last."""
        return self.ordered("newest")

    def newest_per_member_state(self, first):
        """The ``first`` newest stories of each member state, newest first, in one query.

        Member states are told apart by translation key, so that every language version of a
        country counts as that country.
        """
        ranked = self.annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("member_state__translation_key"),
                order_by=self.ordering("newest"),
            )
        )
        return ranked.filter(rank__lte=first).newest()


StoryPageManager = PageManager.from_queryset(StoryPageQuerySet)


class StoryPage(CJKSearchMixin, SocialImageMixin, Page):
    """A good human rights story presented by one member state."""

    member_state = models.ForeignKey(
        "coalition.MemberState",
        on_delete=models.PROTECT,
        related_name="stories",
        help_text="The country presenting this story; set by the section it is filed in.",
    )
    summary = models.CharField(
        max_length=300,
        help_text="What happened and why it matters, in at most 300 characters. Shown in "
        "story lists and previews.",
    )
    story_date = models.DateField(
        null=True, blank=True, help_text="When the story happened, or when it was first told."
    )
    location = models.CharField(
        max_length=255, blank=True, help_text="Where it happened, e.g. “Montevideo, Uruguay”."
    )
    themes = ParentalManyToManyField("coalition.Theme", blank=True, related_name="stories")
    sdgs = ParentalManyToManyField(
        "coalition.SustainableDevelopmentGoal",
        blank=True,
        related_name="stories",
        verbose_name="Sustainable Development Goals",
    )
    partners = ParentalManyToManyField(
        "coalition.Organisation",
        blank=True,
        related_name="stories",
        help_text="Organisations that took part in the story.",
    )
    presenter = models.ForeignKey(
        "coalition.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="presented_stories",
        help_text="Who presents the story at events.",
    )
    hero_image = models.ForeignKey(
        "media_library.CustomImage",
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The main image, shown at the top of the story and in lists.",
    )
    hero_image_alt = models.CharField(
        "hero image alt text",
        max_length=255,
        help_text="Describe what the main image shows for people who cannot see it.",
    )
    hero_video = StreamField(
        [("video", VideoBlock())],
        blank=True,
        max_num=1,
        help_text="An optional video shown instead of the main image where players allow.",
    )
    body = StreamField(BodyBlock())
    consent_confirmed = models.BooleanField(
        "consent confirmed",
        default=False,
        help_text="I confirm that the people featured, or their guardians, agreed to this "
        "story being published. Required to publish.",
    )
    consent_expires_on = models.DateField(
        null=True,
        blank=True,
        help_text="If consent was given until a date, enter it: after that date the story "
        "appears in the editors' “Consent needs review” list.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("member_state"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("story_date"), FieldPanel("location")]),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_video")],
            heading="Main image and video",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("sdgs"),
                FieldPanel("partners"),
                FieldPanel("presenter"),
            ],
            heading="Themes, goals and people",
        ),
        MultiFieldPanel(
            [FieldPanel("consent_confirmed"), FieldPanel("consent_expires_on")],
            heading="Safeguarding",
        ),
    ]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]
    # Each language version is indexed in its own language (see docs/search.md); the
    # country, themes, goals and partners are indexed by their names in that language.
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=1.5),
        index.SearchField("location"),
        index.SearchField("body"),
        index.RelatedFields("member_state", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("sdgs", [index.SearchField("name")]),
        index.RelatedFields("partners", [index.SearchField("name")]),
        index.SearchField("search_cjk_terms"),
        index.FilterField("member_state"),
        index.FilterField("story_date"),
    ]
    cjk_search_fields = ("title", "summary", "location", "body")
    override_translatable_fields = [
        SynchronizedField("member_state"),
        SynchronizedField("presenter"),
        SynchronizedField("consent_confirmed"),
        SynchronizedField("consent_expires_on"),
    ]
    base_form_class = StoryPageForm

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/stories/story_page.html"
    parent_page_types = ["stories.MemberStateStoriesPage"]
    subpage_types = []

    objects = StoryPageManager()

    class Meta:
        verbose_name = "story"
        verbose_name_plural = "stories"

    def clean(self):
        super().clean()
        if self.slug and self.locale_id:
            clash = (
                StoryPage.objects.filter(locale_id=self.locale_id, slug=self.slug)
                .exclude(pk=self.pk)
                .first()
            )
            if clash:
                raise ValidationError(
                    {
                        "slug": f"The story “{clash.title}” already uses the slug “{self.slug}” "
                        "in this language. Story slugs must be unique within a language so that "
                        "a slug names one story."
                    }
                )

    @property
    def consent_needs_review(self):
        return bool(self.consent_expires_on and self.consent_expires_on < timezone.localdate())
