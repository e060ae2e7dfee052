"""The form behind "Publish with translations": now, or at a set time."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput


class PublishTogetherForm(forms.Form):
    NOW = "now"
    SCHEDULE = "schedule"

    when = forms.ChoiceField(
        label=_("When"),
        choices=[
            (NOW, _("Publish now")),
            (SCHEDULE, _("Schedule: publish all languages at the same time later")),
        ],
        initial=NOW,
        widget=forms.RadioSelect,
    )
    go_live_at = forms.DateTimeField(
        label=_("Go live at"),
        required=False,
        widget=AdminDateTimeInput,
        help_text=_(
            "For an embargo, for example the opening of a UN session: every language goes "
            "live at this moment, in your time zone as set in your account."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("when") != self.SCHEDULE:
            cleaned["go_live_at"] = None
            return cleaned
        go_live_at = cleaned.get("go_live_at")
        if go_live_at is None:
            if "go_live_at" not in self.errors:
                self.add_error(
                    "go_live_at", _("Give the date and time the languages should go live.")
                )
        elif go_live_at <= timezone.now():
            self.add_error(
                "go_live_at",
                _(
                    "This time has already passed. Choose a time in the future, "
                    "or choose “Publish now”."
                ),
            )
        return cleaned
