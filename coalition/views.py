"""The “Coalition” admin menu's views: member states, themes, goals, organisations and people.

Each translatable snippet's listing gets Wagtail's language filter automatically; the
filters declared here are the ones editors sort by in practice. Who may change these
snippets is decided in ``editorial.roles``; registration lives in ``coalition.wagtail_hooks``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from coalition.models import (
    MemberState,
    Organisation,
    Person,
    SustainableDevelopmentGoal,
    Theme,
)


class MemberStateViewSet(SnippetViewSet):
    model = MemberState
    icon = "globe"
    menu_label = _("Member states")
    list_display = [
        "name",
        Column("code", label=_("ISO code"), sort_key="code"),
        BooleanColumn("is_founding_member", label=_("Founding member")),
        Column("joined_on", label=_("Joined on"), sort_key="joined_on"),
        UpdatedAtColumn(),
    ]
    list_filter = ["is_founding_member"]
    list_export = ["name", "code", "is_founding_member", "joined_on", "contact_name"]
    ordering = ["name"]
    inspect_view_enabled = True


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = [
        "name",
        "slug",
        Column("udhr_articles", label=_("UDHR articles")),
        UpdatedAtColumn(),
    ]
    list_export = ["name", "slug", "udhr_articles", "description"]
    ordering = ["name"]


class SustainableDevelopmentGoalViewSet(SnippetViewSet):
    model = SustainableDevelopmentGoal
    icon = "list-ol"
    menu_label = _("Sustainable Development Goals")
    list_display = ["name", Column("number", label=_("Goal"), sort_key="number")]
    search_fields = ["name"]
    ordering = ["number"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = [
        "name",
        Column("get_kind_display", label=_("Kind"), sort_key="kind"),
        "website",
        UpdatedAtColumn(),
    ]
    list_filter = ["kind"]
    list_export = ["name", "kind", "website"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "member_state", "organisation", UpdatedAtColumn()]
    list_export = ["name", "role", "member_state", "organisation"]
    ordering = ["name"]


class CoalitionViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Coalition")
    menu_icon = "site"
    menu_order = 250
    items = (
        MemberStateViewSet,
        ThemeViewSet,
        SustainableDevelopmentGoalViewSet,
        OrganisationViewSet,
        PersonViewSet,
    )
