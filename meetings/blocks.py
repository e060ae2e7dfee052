"""Blocks only meetings use: the items of a meeting's running order."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import DocumentBlock, LiveFeedBlock, MediaBlock, WallClockDateTimeBlock


class ProgrammeItemBlock(blocks.StructBlock):
    """One item of a meeting's running order, as event staff will run it."""

    KINDS = [
        ("opening", _("Opening")),
        ("keynote", _("Keynote")),
        ("story", _("Story presentation")),
        ("panel", _("Panel")),
        ("break", _("Break")),
        ("closing", _("Closing")),
    ]

    starts_at = WallClockDateTimeBlock(help_text=_("Planned start, in the meeting's local time."))
    duration_minutes = blocks.IntegerBlock(
        min_value=1, max_value=600, help_text=_("Planned length.")
    )
    title = blocks.CharBlock(max_length=255)
    kind = blocks.ChoiceBlock(choices=KINDS, default="story")
    speakers = blocks.ListBlock(SnippetChooserBlock("coalition.Person"), default=[])
    member_state = SnippetChooserBlock(
        "coalition.MemberState", required=False, help_text=_("The country presenting, if any.")
    )
    story = blocks.PageChooserBlock(
        page_type="stories.StoryPage", required=False, help_text=_("The story presented.")
    )
    media = MediaBlock(required=False, help_text=_("A video or live feed played during this item."))
    presenter_notes = blocks.TextBlock(
        required=False,
        help_text=_("Notes for the people running the event. Never published."),
    )

    class Meta:
        icon = "time"
        description = _("One item of the running order.")
        # Collapsed items read "2018-09-27 10:25 · Story presentation · Title · Norway".
        label_format = "{starts_at} · {kind} · {title} · {member_state}"


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()

    class Meta:
        # A launch event has twenty items or more: collapsed, the running order fits on
        # a screen and each item is labelled by its time, kind, title and country.
        collapsed = True


class LivestreamBlock(blocks.StreamBlock):
    live_feed = LiveFeedBlock()

    class Meta:
        max_num = 1


class OutcomeDocumentsBlock(blocks.StreamBlock):
    document = DocumentBlock()
