"""Admin form rules for stories that depend on the editor's action, not only the data."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.models import Page

from coalition.choices import ConceptChoicesMixin
from core.forms import ContentPageForm


class StoryPageForm(ConceptChoicesMixin, ContentPageForm):
    """Stories are filed in their country's section and need consent before going out.

    Saving a draft may leave the consent box empty; publishing or submitting for
    review may not (Wagtail defers required checks only when saving a draft). Themes,
    goals and partners are ticked, one box per concept in the story's language.
    """

    concept_fields = ("themes", "sdgs", "partners")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        section = self.section
        if section is not None and not self.instance.member_state_id:
            # model_to_dict() has already put an empty value here for a new story.
            self.initial["member_state"] = section.member_state_id

    @property
    def section(self):
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        if parent is None:
            return None
        parent = parent.specific
        return parent if hasattr(parent, "member_state_id") else None

    def clean(self):
        cleaned_data = super().clean()
        section = self.section
        member_state = cleaned_data.get("member_state")
        if section is not None and member_state and member_state.pk != section.member_state_id:
            self.add_error(
                "member_state",
                ValidationError(
                    _(
                        "This story is filed under %(country)s; it must be about %(country)s. "
                        "Move it to another country's section to change the country."
                    )
                    % {"country": section.member_state}
                ),
            )
        if not self.is_deferred_validation and not cleaned_data.get("consent_confirmed"):
            self.add_error(
                "consent_confirmed",
                ValidationError(
                    _(
                        "Confirm that the people featured consented to publication before "
                        "publishing or submitting the story for review. You can save a draft "
                        "without it."
                    )
                ),
            )
        return cleaned_data

    def _post_clean(self):
        # Both slug checks (Wagtail's among siblings in clean(), the model's within the
        # language in full_clean()) have run by now; their messages are replaced by one
        # that says which page holds the slug.
        super()._post_clean()
        if "slug" in self.errors:
            self.explain_slug_clash(self.data.get(self.add_prefix("slug"), ""))

    def slug_holder(self, slug):
        """The page, other than this one, that already uses ``slug`` where this story would."""
        pages = Page.objects.exclude(pk=self.instance.pk).filter(slug=slug)
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        sibling = pages.child_of(parent).first() if parent is not None else None
        if sibling is not None:
            return sibling
        return pages.type(type(self.instance)).filter(locale_id=self.instance.locale_id).first()

    def explain_slug_clash(self, slug):
        holder = self.slug_holder(slug) if slug else None
        if holder is None:
            return
        user = getattr(self, "for_user", None)
        if user is not None and holder.permissions_for_user(user).can_edit():
            message = format_html(
                _(
                    'The address “{slug}” is already used by <a href="{url}">{title}</a>'
                    "{state}. Open that page to finish or delete it, or change the slug "
                    "(Promote tab)."
                ),
                slug=slug,
                url=reverse("wagtailadmin_pages:edit", args=[holder.pk]),
                title=holder.get_admin_display_title(),
                state=_(" (a draft, perhaps started earlier and saved automatically)")
                if not holder.live
                else "",
            )
        else:
            # Another country's story: its title and address are not this editor's to see.
            message = _(
                "The address “%(slug)s” is already used by a story of another country in "
                "this language. Change the slug (Promote tab)."
            ) % {"slug": slug}
        self.errors["slug"] = self.error_class([message])
        # The title is on the tab the editor writes in; the slug is on the Promote tab.
        if "title" in self.fields:
            self.errors.setdefault("title", self.error_class()).append(message)
