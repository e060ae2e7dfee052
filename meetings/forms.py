"""Meeting times are entered as read on a clock at the venue."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from coalition.choices import ConceptChoicesMixin
from core.forms import ContentPageForm
from core.timezones import localise
from meetings.programme import close_up


class MeetingPageForm(ConceptChoicesMixin, ContentPageForm):
    """Shows and reads start and end in the venue's time zone, whatever the editor's zone.

    It also offers to close up the running order: after moving or lengthening an item,
    event staff tick one box instead of retyping every later start time. Themes, co-chairs
    and organisations are ticked, one box per concept in the page's language.
    """

    WALL_CLOCK_FIELDS = ("starts_at", "ends_at")
    concept_fields = ("themes", "co_chairs", "organisations")

    close_up_programme = forms.BooleanField(
        required=False,
        label=_("Close up the running order"),
        help_text=_(
            "When saving, start each item when the previous one ends, in the order shown "
            "above, keeping every item's planned length. The first item keeps its start."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self.instance.venue_zone
        for name in self.WALL_CLOCK_FIELDS:
            value = getattr(self.instance, name)
            if value is not None and name in self.fields:
                self.initial[name] = timezone.make_naive(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone_name = cleaned_data.get("time_zone") or "UTC"
        for name in self.WALL_CLOCK_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                cleaned_data[name] = localise(timezone.make_naive(value), zone_name)
        if cleaned_data.get("close_up_programme") and cleaned_data.get("programme"):
            close_up(cleaned_data["programme"])
        return cleaned_data


class DeclarationPageForm(ContentPageForm):
    """Reports a member state signing twice on the signatory row that repeats it."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("signatories")
        if formset is None:
            return cleaned_data
        first_rows = {}
        for form in formset.forms:
            if not form.is_valid() or (formset.can_delete and form.cleaned_data.get("DELETE")):
                continue
            member_state = form.cleaned_data.get("member_state")
            if member_state is None:
                continue
            first = first_rows.setdefault(member_state.pk, form)
            if first is not form:
                signed_on = first.cleaned_data["signed_on"]
                form.add_error(
                    "member_state",
                    _(
                        "%(member_state)s is already listed as a signatory (signed on "
                        "%(signed_on)s). A member state signs once: remove this entry. A later "
                        "accession is a single entry with the accession date."
                    )
                    % {"member_state": member_state, "signed_on": date_format(signed_on, "d F Y")},
                )
        return cleaned_data

    def _post_clean(self):
        # The model's own check reads the signatories saved before this edit; the rows
        # being submitted were checked one by one in clean(), so it is told not to look.
        self.instance.skip_signatory_check = True
        try:
            super()._post_clean()
        finally:
            self.instance.skip_signatory_check = False
