"""The story section, its per-country sections and the stories themselves."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock, VideoBlock
from core.collation import collated, collation_for
from core.forms import ContentPageForm
from core.models import SocialImageMixin
from core.preview import FrontendPreviewMixin
from core.search import CJKSearchMixin
from stories.forms import StoryPageForm


class StoryIndexPage(FrontendPreviewMixin, SocialImageMixin, Page):
    """The “Stories” section of a language's site."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/stories/story_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.MemberStateStoriesPage"]
    max_count_per_parent = 1

    base_form_class = ContentPageForm

    class Meta:
        verbose_name = _("story index page")


class MemberStateStoriesPage(FrontendPreviewMixin, Page):
    """One country's section of stories; that country's editors work only inside it."""

    member_state = models.ForeignKey(
        "coalition.MemberState",
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The country whose stories are filed here."),
    )
    introduction = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("member_state"), FieldPanel("introduction")]
    override_translatable_fields = [SynchronizedField("member_state")]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/stories/member_state_stories_page.html"
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = ["stories.StoryPage"]

    base_form_class = ContentPageForm

    class Meta:
        verbose_name = _("member state story section")

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


# The columns each order sorts on, most significant first, and whether it runs from the
# highest value down. Each ends on the primary key so that no two stories tie, and each is
# a column of the story table that is never null, kept in step with the page by
# ``StoryPage.save``, so that one index serves the order and a cursor can say "after this
# story" as a position in it (keyset pagination) rather than as an offset.
STORY_ORDER_KEYS = {
    "newest": (("sort_date_newest", True), ("sort_published_at", True), ("pk", True)),
    "oldest": (("sort_date_oldest", False), ("sort_published_at", False), ("pk", False)),
    "title": (("sort_title", False), ("pk", False)),
    "recently_published": (("sort_last_published_at", True), ("pk", True)),
}
# What a sort column holds before the page has the value it copies (never published).
NEVER = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
SORT_FIELDS = (
    "sort_date_newest",
    "sort_date_oldest",
    "sort_published_at",
    "sort_title",
    "sort_last_published_at",
)


class StoryPageQuerySet(PageQuerySet):
    """The orders stories are listed in, named once for every list that shows stories."""

    ORDERS = {
        name: tuple(F(field).desc() if descending else F(field).asc() for field, descending in keys)
        for name, keys in STORY_ORDER_KEYS.items()
    }
    KEYS = STORY_ORDER_KEYS

    @classmethod
    def ordering(cls, order):
        """The ``ORDER BY`` expressions of the order named ``order`` (a key of ``ORDERS``)."""
        try:
            return cls.ORDERS[order]
        except KeyError:
            raise ValueError(
                f"Stories have no order “{order}”; the orders are {', '.join(cls.ORDERS)}."
            ) from None

    def ordered(self, order, language=None):
        """The stories in the order named ``order`` (a key of ``ORDERS``); titles sort by
        ``language``'s alphabet where the database has its collation (PostgreSQL with
        ICU), else by code point."""
        if order == "title" and collation_for(language):
            # Keyset pages compare the same collated value they are sorted by (``keys``).
            return self.annotate(sort_title_collated=collated("sort_title", language)).order_by(
                F("sort_title_collated").asc(), F("pk").asc()
            )
        return self.order_by(*self.ordering(order))

    @classmethod
    def keys(cls, order, language=None):
        """The keyset columns of ``ordered(order, language)``: ``((name, descending), …)``."""
        if order == "title" and collation_for(language):
            return (("sort_title_collated", False), ("pk", False))
        return cls.KEYS[order]

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


class StoryPage(FrontendPreviewMixin, CJKSearchMixin, SocialImageMixin, Page):
    """A good human rights story presented by one member state."""

    member_state = models.ForeignKey(
        "coalition.MemberState",
        on_delete=models.PROTECT,
        related_name="stories",
        help_text=_("The country presenting this story; set by the section it is filed in."),
    )
    summary = models.CharField(
        max_length=300,
        help_text=_(
            "What happened and why it matters, in at most 300 characters. Shown in "
            "story lists and previews."
        ),
    )
    story_date = models.DateField(
        null=True, blank=True, help_text=_("When the story happened, or when it was first told.")
    )
    location = models.CharField(
        max_length=255, blank=True, help_text=_("Where it happened, e.g. “Montevideo, Uruguay”.")
    )
    themes = ParentalManyToManyField("coalition.Theme", blank=True, related_name="stories")
    sdgs = ParentalManyToManyField(
        "coalition.SustainableDevelopmentGoal",
        blank=True,
        related_name="stories",
        verbose_name=_("Sustainable Development Goals"),
    )
    partners = ParentalManyToManyField(
        "coalition.Organisation",
        blank=True,
        related_name="stories",
        help_text=_("Organisations that took part in the story."),
    )
    presenter = models.ForeignKey(
        "coalition.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="presented_stories",
        help_text=_("Who presents the story at events."),
    )
    hero_image = models.ForeignKey(
        "media_library.CustomImage",
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The main image, shown at the top of the story and in lists."),
    )
    hero_image_alt = models.CharField(
        "hero image alt text",
        max_length=255,
        help_text=_("Describe what the main image shows for people who cannot see it."),
    )
    hero_video = StreamField(
        [("video", VideoBlock())],
        blank=True,
        max_num=1,
        help_text=_("An optional video shown instead of the main image where players allow."),
    )
    body = StreamField(BodyBlock())
    consent_confirmed = models.BooleanField(
        _("consent confirmed"),
        default=False,
        help_text=_(
            "I confirm that the people featured, or their guardians, agreed to this "
            "story being published. Required to publish."
        ),
    )
    consent_expires_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "If consent was given until a date, enter it: after that date the story "
            "appears in the editors' “Consent needs review” list."
        ),
    )

    # Sort keys (see STORY_ORDER_KEYS): copies of values kept on both page tables, set by
    # save(), never edited.
    # An undated story comes last in both date orders: the lowest date for the newest
    # first, the highest for the oldest first.
    sort_date_newest = models.DateField(editable=False, default=datetime.date.min)
    sort_date_oldest = models.DateField(editable=False, default=datetime.date.max)
    sort_published_at = models.DateTimeField(editable=False, default=NEVER)
    sort_title = models.CharField(max_length=255, editable=False, default="")
    sort_last_published_at = models.DateTimeField(editable=False, default=NEVER)

    content_panels = [
        *Page.content_panels,
        FieldPanel("member_state"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("story_date"), FieldPanel("location")]),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_video")],
            heading=_("Main image and video"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("sdgs"),
                FieldPanel("partners"),
                FieldPanel("presenter"),
            ],
            heading=_("Themes, goals and people"),
        ),
        InlinePanel(
            "related_stories",
            label=_("Related stories"),
            max_num=6,
            help_text=_(
                "Stories to suggest after this one, in this order. Websites add "
                "stories on the same themes or from the same country after these."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("consent_confirmed"), FieldPanel("consent_expires_on")],
            heading=_("Safeguarding"),
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
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # One index per order, and one per order within a member state; read backwards
        # for the descending orders.
        indexes = [
            models.Index(
                fields=["sort_date_newest", "sort_published_at", "page_ptr"],
                name="story_newest",
            ),
            models.Index(
                fields=["sort_date_oldest", "sort_published_at", "page_ptr"],
                name="story_oldest",
            ),
            models.Index(
                fields=["member_state", "sort_date_newest", "sort_published_at", "page_ptr"],
                name="story_country_newest",
            ),
            models.Index(
                fields=["member_state", "sort_date_oldest", "sort_published_at", "page_ptr"],
                name="story_country_oldest",
            ),
            models.Index(fields=["sort_title", "page_ptr"], name="story_by_title"),
            models.Index(
                fields=["sort_last_published_at", "page_ptr"], name="story_by_last_published"
            ),
        ]

    def save(self, *args, **kwargs):
        self.set_sort_keys()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *SORT_FIELDS}
        return super().save(*args, **kwargs)

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
                        "slug": _(
                            "The story “%(title)s” already uses the slug “%(slug)s” in this "
                            "language. Story slugs must be unique within a language so that a "
                            "slug names one story."
                        )
                        % {"title": clash.title, "slug": self.slug}
                    }
                )

    def set_sort_keys(self):
        """Copy the values the orders sort on into this table's sort columns."""
        self.sort_date_newest = self.story_date or datetime.date.min
        self.sort_date_oldest = self.story_date or datetime.date.max
        self.sort_published_at = self.first_published_at or NEVER
        self.sort_title = self.title or ""
        self.sort_last_published_at = self.last_published_at or NEVER

    @property
    def consent_needs_review(self):
        return bool(self.consent_expires_on and self.consent_expires_on < timezone.localdate())


class StoryPageRelatedStory(Orderable):
    """A story editors suggest after another one, in the order they choose."""

    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_stories")
    story = models.ForeignKey(
        StoryPage,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A published story to suggest to readers of this one."),
    )

    panels = [FieldPanel("story")]
