"""Admin form rules for stories that depend on the editor's action, not only the data."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm

from coalition.choices import ConceptChoicesMixin


class StoryPageForm(ConceptChoicesMixin, WagtailAdminPageForm):
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
                    f"This story is filed under {section.member_state}; it must be about "
                    f"{section.member_state}. Move it to another country's section to change "
                    "the country."
                ),
            )
        if not self.is_deferred_validation and not cleaned_data.get("consent_confirmed"):
            self.add_error(
                "consent_confirmed",
                ValidationError(
                    "Confirm that the people featured consented to publication before "
                    "publishing or submitting the story for review. You can save a draft "
                    "without it."
                ),
            )
        return cleaned_data
