"""Abstract pieces shared by page models. No concrete models live here."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SocialImageMixin(models.Model):
    """The image shown when a page is shared on social media."""

    social_image = models.ForeignKey(
        "media_library.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media; 1200×630 works best."),
    )

    promote_panels_extra = [FieldPanel("social_image")]

    class Meta:
        abstract = True
