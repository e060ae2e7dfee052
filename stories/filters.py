"""Filter sets of the stories' admin reports. Filters narrow a report; they never widen
what the report's view already limited to the user's own pages."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale

from coalition.models import MemberState
from stories.consent import ConsentState
from stories.models import StoryPage


class MemberStateFilter(django_filters.ChoiceFilter):
    """Member states by their English name; matches every language version of a story."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", self.member_state_choices)
        super().__init__(*args, **kwargs)

    @staticmethod
    def member_state_choices():
        return [
            (str(key), name)
            for key, name in MemberState.objects.filter(locale=Locale.get_default())
            .order_by("name")
            .values_list("translation_key", "name")
        ]

    def filter(self, qs, value):
        if value:
            return qs.filter(member_state__translation_key=value)
        return qs


class ConsentReviewFilterSet(WagtailFilterSet):
    consent_state = django_filters.ChoiceFilter(
        label=_("Consent"),
        choices=ConsentState.choices,
        empty_label=_("All"),
        method="filter_consent_state",
    )
    member_state = MemberStateFilter(label=_("Member state"), empty_label="All")

    class Meta:
        model = StoryPage
        fields = []

    def filter_consent_state(self, queryset, name, value):
        return queryset.filter(consent_state=value) if value else queryset
