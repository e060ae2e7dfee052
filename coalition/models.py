"""Snippets that stories, meetings and declarations refer to."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.forms import ContentSnippetForm


class MemberState(TranslatableMixin, index.Indexed, models.Model):
    """A country taking part in the initiative."""

    name = models.CharField(
        max_length=100, help_text=_("The country's short name as used by the United Nations.")
    )
    code = CountryField(
        help_text=_("The country's two-letter ISO 3166-1 code, for example NO for Norway."),
    )
    flag = models.ForeignKey(
        "media_library.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The national flag, as a PNG or SVG-free image."),
    )
    is_founding_member = models.BooleanField(
        default=False, help_text=_("Tick for the countries that launched the initiative in 2018.")
    )
    joined_on = models.DateField(help_text=_("The day the country joined the initiative."))
    contact_name = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "Contact at the country's UN mission for the coordinating contact group. "
            "Never published."
        ),
    )
    contact_email = models.EmailField(
        blank=True, help_text=_("E-mail of that contact. Never published.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("flag"),
        MultiFieldPanel(
            [FieldPanel("is_founding_member"), FieldPanel("joined_on")], heading=_("Membership")
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")],
            heading=_("UN mission contact (internal)"),
        ),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("code"),
        SynchronizedField("flag"),
        SynchronizedField("is_founding_member"),
        SynchronizedField("joined_on"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    base_form_class = ContentSnippetForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_member_state_code"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.code and self.code not in countries:
            raise ValidationError({"code": f"“{self.code}” is not an ISO 3166-1 alpha-2 code."})
        clash = (
            MemberState.objects.filter(code=self.code, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .first()
        )
        if self.code and self.locale_id and clash:
            raise ValidationError(
                {"code": f"{clash.name} already uses the code {self.code} in this language."}
            )


UDHR_ARTICLES_PATTERN = re.compile(r"^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$")


def validate_udhr_articles(value):
    """Accept "1, 19, 26": article numbers of the Universal Declaration, 1 to 30."""
    if not value:
        return
    if not UDHR_ARTICLES_PATTERN.match(value):
        raise ValidationError(
            _("Write article numbers separated by commas, for example “1, 19, 26”.")
        )
    wrong = [n for n in (int(part) for part in value.split(",")) if not 1 <= n <= 30]
    if wrong:
        raise ValidationError(
            _("The Universal Declaration has articles 1 to 30; %(numbers)s is not one of them.")
            % {"numbers": ", ".join(map(str, wrong))}
        )


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A human-rights theme stories are filed under, such as gender equality."""

    name = models.CharField(max_length=100, help_text=_("The theme as readers see it."))
    slug = models.SlugField(
        max_length=100,
        allow_unicode=True,
        help_text=_("Short name used in addresses and API filters, e.g. “gender-equality”."),
    )
    description = models.TextField(blank=True, help_text=_("One or two sentences on the theme."))
    udhr_articles = models.CharField(
        "UDHR articles",
        max_length=100,
        blank=True,
        validators=[validate_udhr_articles],
        help_text=_(
            "Articles of the Universal Declaration of Human Rights this theme relates to, "
            "for example “1, 19, 26”."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("udhr_articles"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
        SynchronizedField("udhr_articles"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    base_form_class = ContentSnippetForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug"),
        ]

    def __str__(self):
        return self.name

    @property
    def udhr_article_numbers(self):
        return [int(part) for part in self.udhr_articles.split(",") if part.strip()]


class SustainableDevelopmentGoal(TranslatableMixin, models.Model):
    """One of the 17 Sustainable Development Goals of the 2030 Agenda."""

    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(17)],
        help_text=_("The goal's official number, 1 to 17."),
    )
    name = models.CharField(max_length=200, help_text=_("The goal's official short name."))

    panels = [FieldPanel("number"), FieldPanel("name")]
    translatable_fields = [SynchronizedField("number"), TranslatableField("name")]

    base_form_class = ContentSnippetForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        constraints = [
            models.UniqueConstraint(fields=["number", "locale"], name="unique_sdg_number"),
        ]

    def __str__(self):
        return f"SDG {self.number}: {self.name}"


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A partner organisation: civil society, an NHRI, a UN body and so on."""

    class Kind(models.TextChoices):
        CIVIL_SOCIETY = "civil_society", _("Civil society")
        NHRI = "nhri", _("National human rights institution")
        ACADEMIA = "academia", _("Academia")
        BUSINESS = "business", _("Business")
        UN_BODY = "un_body", _("UN body")
        REGIONAL = "regional", _("Regional organisation")
        GOVERNMENT = "government", _("Government")

    name = models.CharField(max_length=255, help_text=_("The organisation's name."))
    kind = models.CharField(max_length=20, choices=Kind.choices)
    website = models.URLField(blank=True, help_text=_("Its website, starting with https://"))
    logo = models.ForeignKey(
        "media_library.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = RichTextField(
        blank=True, features=["bold", "italic", "link"], help_text=_("What the organisation does.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        TranslatableField("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    base_form_class = ContentSnippetForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone who presents or speaks: a minister, an advocate, a UN official."""

    name = models.CharField(max_length=200, help_text=_("Full name as it should be printed."))
    role = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Title or role, e.g. “Minister of Foreign Affairs”."),
    )
    member_state = models.ForeignKey(
        MemberState,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("The country this person represents, if any."),
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("Or the organisation this person speaks for."),
    )
    photo = models.ForeignKey(
        "media_library.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("member_state"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
    ]
    translatable_fields = [
        # Transliterated where a language writes names in its own script (Arabic, Russian,
        # Chinese); Latin-script languages keep the original's spelling.
        TranslatableField("name"),
        TranslatableField("role"),
        SynchronizedField("member_state"),
        SynchronizedField("organisation"),
        SynchronizedField("photo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("role"),
    ]

    base_form_class = ContentSnippetForm

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = _("people")

    def __str__(self):
        return f"{self.name}, {self.role}" if self.role else self.name

    def clean(self):
        super().clean()
        if self.member_state_id and self.organisation_id:
            raise ValidationError(
                {"organisation": _("Choose a member state or an organisation, not both.")}
            )
