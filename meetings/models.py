"""Meetings of the coalition and the joint declaration with its signatories."""

import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyBlock
from core.forms import ContentPageForm
from core.models import SocialImageMixin
from core.preview import FrontendPreviewMixin
from core.search import CJKSearchMixin
from core.timezones import TimeZoneSelect, localise, time_zone_choices
from meetings.blocks import LivestreamBlock, OutcomeDocumentsBlock, ProgrammeBlock
from meetings.forms import DeclarationPageForm, MeetingPageForm
from meetings.panels import RunningOrderCheckPanel


class MeetingIndexPage(FrontendPreviewMixin, SocialImageMixin, Page):
    """The “Meetings” section of a language's site."""

    introduction = models.TextField(blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/meetings/meeting_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["meetings.MeetingPage"]
    max_count_per_parent = 1

    base_form_class = ContentPageForm

    class Meta:
        verbose_name = _("meeting index page")


class MeetingStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    LIVE = "live", pgettext_lazy("meeting status", "Live")
    ENDED = "ended", _("Ended")


class MeetingPageQuerySet(PageQuerySet):
    """The orders meetings are listed in, and meetings by where they stand at a moment."""

    # Every order ends on the primary key so that pages of a paginated list never overlap;
    # KEYS names the same columns for keyset cursors: (field, descending).
    ORDERS = {
        "latest_first": (F("starts_at").desc(), F("pk").desc()),
        "earliest_first": (F("starts_at").asc(), F("pk").asc()),
    }
    KEYS = {
        "latest_first": (("starts_at", True), ("pk", True)),
        "earliest_first": (("starts_at", False), ("pk", False)),
    }

    def ordered(self, order):
        """The meetings in the order named ``order`` (a key of ``ORDERS``)."""
        try:
            ordering = self.ORDERS[order]
        except KeyError:
            raise ValueError(
                f"Meetings have no order “{order}”; the orders are {', '.join(self.ORDERS)}."
            ) from None
        return self.order_by(*ordering)

    def with_status(self, status, now):
        """The meetings that are ``status`` (a ``MeetingStatus``) at ``now``.

        The same rule as ``MeetingPage.status_at``, as a filter.
        """
        if status == MeetingStatus.UPCOMING:
            return self.filter(starts_at__gt=now)
        if status == MeetingStatus.LIVE:
            return self.filter(starts_at__lte=now, ends_at__gt=now)
        if status == MeetingStatus.ENDED:
            return self.filter(ends_at__lte=now)
        raise ValueError(f"Meetings have no status “{status}”.")


MeetingPageManager = PageManager.from_queryset(MeetingPageQuerySet)


class MeetingPage(FrontendPreviewMixin, CJKSearchMixin, SocialImageMixin, Page):
    """A ministerial meeting, launch event or side event, with its running order."""

    class Kind(models.TextChoices):
        MINISTERIAL = "ministerial", _("Ministerial meeting")
        LAUNCH = "launch", _("Launch event")
        SIDE_EVENT = "side_event", _("Side event")
        REGIONAL = "regional", _("Regional meeting")

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.MINISTERIAL)
    starts_at = models.DateTimeField(help_text=_("Start, in the venue's local time."))
    ends_at = models.DateTimeField(help_text=_("End, in the venue's local time."))
    time_zone = models.CharField(
        max_length=64,
        choices=time_zone_choices,
        default="UTC",
        help_text=_("The venue's time zone, e.g. America/New_York or Europe/Zurich."),
    )
    city = models.CharField(max_length=100, help_text=_("E.g. New York or Geneva."))
    venue = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("E.g. “United Nations Headquarters, Conference Room 1”."),
    )
    session_reference = models.CharField(
        max_length=50,
        blank=True,
        help_text=_("The UN session the meeting belongs to, e.g. “UNGA 73” or “HRC 40”."),
    )
    introduction = models.TextField(blank=True, max_length=1000)
    body = StreamField(BodyBlock(), blank=True)
    themes = ParentalManyToManyField("coalition.Theme", blank=True, related_name="meetings")
    co_chairs = ParentalManyToManyField(
        "coalition.MemberState", blank=True, related_name="co_chaired_meetings"
    )
    organisations = ParentalManyToManyField(
        "coalition.Organisation",
        blank=True,
        related_name="meetings",
        help_text=_("Organisations taking part."),
    )
    livestream = StreamField(LivestreamBlock(), blank=True, help_text=_("The meeting's live feed."))
    programme = StreamField(
        ProgrammeBlock(), blank=True, help_text=_("The running order, item by item.")
    )
    outcome_documents = StreamField(OutcomeDocumentsBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone", widget=TimeZoneSelect),
                FieldRowPanel([FieldPanel("city"), FieldPanel("venue")]),
                FieldPanel("session_reference"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("introduction"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("co_chairs"), FieldPanel("organisations")],
            heading=_("Themes and participants"),
        ),
        FieldPanel("livestream"),
        MultiFieldPanel(
            [
                RunningOrderCheckPanel(),
                FieldPanel("programme"),
                FieldPanel("close_up_programme"),
            ],
            heading=_("Running order"),
        ),
        FieldPanel("outcome_documents"),
    ]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("city"),
        index.SearchField("session_reference"),
        index.SearchField("programme"),
        index.SearchField("search_cjk_terms"),
        index.FilterField("starts_at"),
        index.FilterField("kind"),
    ]
    cjk_search_fields = ("title", "introduction", "city", "programme")
    override_translatable_fields = [
        SynchronizedField("time_zone"),
        SynchronizedField("session_reference"),
    ]
    base_form_class = MeetingPageForm

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/meetings/meeting_page.html"
    parent_page_types = ["meetings.MeetingIndexPage"]
    subpage_types = []

    objects = MeetingPageManager()

    class Meta:
        verbose_name = _("meeting")

    @property
    def venue_zone(self):
        return zoneinfo.ZoneInfo(self.time_zone or "UTC")

    def status_at(self, moment=None):
        """Upcoming, live or ended at ``moment`` (now by default); never stored."""
        moment = moment or timezone.now()
        if moment < self.starts_at:
            return MeetingStatus.UPCOMING
        if moment < self.ends_at:
            return MeetingStatus.LIVE
        return MeetingStatus.ENDED

    @property
    def status(self):
        return self.status_at()

    def programme_schedule(self):
        """(item value, aware start, aware end) for each running-order item."""
        for child in self.programme:
            value = child.value
            start = localise(value.get("starts_at"), self.time_zone or "UTC")
            minutes = value.get("duration_minutes") or 0
            end = start + datetime.timedelta(minutes=minutes) if start else None
            yield value, start, end

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The meeting must end after it starts.")
        elif self.starts_at and self.ends_at:
            outside = [
                f"“{value.get('title')}”"
                for value, start, end in self.programme_schedule()
                if start and (start < self.starts_at or end > self.ends_at)
            ]
            if outside:
                local_start = timezone.localtime(self.starts_at, self.venue_zone)
                local_end = timezone.localtime(self.ends_at, self.venue_zone)
                errors["programme"] = _(
                    "These items fall outside the meeting (%(start)s to %(end)s, %(zone)s): "
                    "%(items)s. Move them or change their duration."
                ) % {
                    "start": f"{local_start:%d %b %Y %H:%M}",
                    "end": f"{local_end:%d %b %Y %H:%M}",
                    "zone": self.time_zone,
                    "items": ", ".join(outside),
                }
        if errors:
            raise ValidationError(errors)


class DeclarationPage(FrontendPreviewMixin, CJKSearchMixin, SocialImageMixin, Page):
    """The coalition's joint political declaration and who has signed it."""

    class Status(models.TextChoices):
        DRAFT_TEXT = "draft_text", _("Draft text")
        OPEN = "open", _("Open for signature")
        CLOSED = "closed", _("Closed")

    text = RichTextField(
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("The full text of the declaration."),
    )
    adopted_at = models.ForeignKey(
        MeetingPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="declarations",
        help_text=_("The meeting at which the declaration was adopted."),
    )
    opened_for_signature_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT_TEXT)
    pdf = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF"),
        help_text=_(
            "The signed text as a PDF. Each language version can have its own PDF: choose "
            "the one in this page's language, and set the language of each PDF in the "
            "document library."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("adopted_at"),
                FieldPanel("opened_for_signature_on"),
                FieldPanel("pdf"),
            ],
            heading=_("Adoption and signature"),
        ),
        InlinePanel("signatories", label=_("Signatories"), heading=_("Signatories")),
    ]
    promote_panels = [*Page.promote_panels, *SocialImageMixin.promote_panels_extra]
    search_fields = [
        *Page.search_fields,
        index.SearchField("text"),
        index.SearchField("search_cjk_terms"),
    ]
    cjk_search_fields = ("title", "text")
    override_translatable_fields = [
        SynchronizedField("status"),
        SynchronizedField("adopted_at"),
        SynchronizedField("pdf", overridable=True),
    ]
    base_form_class = DeclarationPageForm
    # Set by DeclarationPageForm while it validates rows that are not saved yet.
    skip_signatory_check = False

    # A reading view for Wagtail's preview only; the public reads the API.
    template = "preview/meetings/declaration_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # The declaration goes public in all six UN languages or not at all (see localization).
    required_languages = "__all__"

    class Meta:
        verbose_name = _("declaration")

    def clean(self):
        super().clean()
        if self.skip_signatory_check:
            return
        seen = {}
        for signatory in self.signatories.all():
            key = signatory.member_state_id
            if key is None:
                continue
            if key in seen:
                raise ValidationError(
                    _(
                        "%(member_state)s is listed as a signatory twice. A member state signs "
                        "once; remove the second entry."
                    )
                    % {"member_state": signatory.member_state}
                )
            seen[key] = signatory


class Signatory(TranslatableMixin, Orderable):
    """A member state's signature of the declaration; later accessions have later dates."""

    class Level(models.TextChoices):
        HEAD_OF_STATE = "head_of_state", _("Head of state or government")
        MINISTER = "minister", _("Minister")
        AMBASSADOR = "ambassador", _("Ambassador")

    declaration = ParentalKey(DeclarationPage, on_delete=models.CASCADE, related_name="signatories")
    member_state = models.ForeignKey(
        "coalition.MemberState", on_delete=models.PROTECT, related_name="signatures"
    )
    signatory_name = models.CharField(max_length=200, help_text=_("Who signed."))
    signatory_title = models.CharField(
        max_length=255, help_text=_("Their title, e.g. “Minister of Foreign Affairs”.")
    )
    level = models.CharField(max_length=20, choices=Level.choices)
    signed_on = models.DateField()

    panels = [
        FieldPanel("member_state"),
        FieldRowPanel([FieldPanel("signatory_name"), FieldPanel("signatory_title")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("signed_on")]),
    ]
    override_translatable_fields = [
        SynchronizedField("member_state"),
        SynchronizedField("signatory_name"),
        SynchronizedField("level"),
        SynchronizedField("signed_on"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["signed_on", "sort_order"]

    def __str__(self):
        return f"{self.member_state} ({self.signed_on})"
