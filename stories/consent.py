"""Which stories need their people's consent reviewed, and how that is worded for editors.

Used by the consent report, its dashboard count and the bulk-publish check. Queries here
are always narrowed to the pages the user may change; nothing here renders or grants.
"""

import datetime

from django.db import models
from django.db.models import Case, CharField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page
from wagtail.permissions import policy_registry

from stories.models import StoryPage

CONSENT_WARNING_DAYS = 30


class ConsentState(models.TextChoices):
    EXPIRED = "expired", _("Consent expired")
    EXPIRING = (
        "expiring",
        _("Live, consent ends within %(days)s days") % {"days": CONSENT_WARNING_DAYS},
    )


def page_policy():
    return policy_registry.get_by_type(Page)


def consent_review_queryset(user, today=None):
    """Stories ``user`` may edit whose consent has ended, or (if live) ends within 30 days.

    Each story is annotated with ``consent_state``: ``expired`` or ``expiring``.
    """
    today = today or timezone.localdate()
    warning_end = today + datetime.timedelta(days=CONSENT_WARNING_DAYS)
    editable = page_policy().instances_user_has_permission_for(user, "change")
    return (
        StoryPage.objects.filter(pk__in=editable.values("pk"))
        .filter(
            Q(consent_expires_on__lt=today)
            | Q(live=True, consent_expires_on__gte=today, consent_expires_on__lte=warning_end)
        )
        .annotate(
            consent_state=Case(
                When(consent_expires_on__lt=today, then=Value(ConsentState.EXPIRED)),
                default=Value(ConsentState.EXPIRING),
                output_field=CharField(),
            )
        )
    )


def describe_consent(story, today=None):
    """“Ended 3 days ago” / “Ends in 12 days”, as the report's status tag."""
    today = today or timezone.localdate()
    days = (story.consent_expires_on - today).days
    if days < 0:
        return ngettext("Ended %(days)d day ago", "Ended %(days)d days ago", -days) % {
            "days": -days
        }
    if days == 0:
        return _("Ends today")
    return ngettext("Ends in %(days)d day", "Ends in %(days)d days", days) % {"days": days}


def stories_lacking_consent(pages, include_descendants=False):
    """Stories among ``pages`` (and their unpublished descendants) whose latest version
    does not confirm consent: publishing them in bulk would skip the edit form's check."""
    page_ids = [page.pk for page in pages]
    candidates = StoryPage.objects.filter(pk__in=page_ids)
    if include_descendants:
        descendants = Q()
        for page in pages:
            descendants |= Q(path__startswith=page.path, live=False)
        candidates = StoryPage.objects.filter(Q(pk__in=page_ids) | descendants)
    lacking = []
    for story in candidates.select_related("latest_revision"):
        revision = story.latest_revision
        confirmed = revision.content.get("consent_confirmed") if revision else None
        if not (story.consent_confirmed if confirmed is None else confirmed):
            lacking.append(story)
    return lacking
