"""Publish a page and all its ready translations together, now or at a set time.

"Publish together" is how the declaration, or a launch event's pages, go public in every
language at once, for example at the end of an embargo before a UN session. It:

1. works out the page's translation group (``localization.completeness``) and refuses,
   naming them, if a language the page type requires is missing or not ready;
2. refuses unless the user may publish every page involved and none is locked by
   someone else;
3. in one database transaction, builds a revision for the source and for each ready
   translation and publishes them all, or, given ``go_live_at``, schedules them all with
   Wagtail's scheduled publishing (each revision's ``approved_go_live_at``), so the
   ``publish_scheduled`` command makes them live together. If anything fails, nothing is
   published or scheduled.

A synced translation is rebuilt from its current translated segments, as wagtail-localize's
own "Publish" does, but without writing the page's database row first, so an embargoed
translation of a live page stays unseen until it goes live. A page edited by hand (the
source, or a translation not synced) is published from its latest revision.

Languages that exist but are not ready and not required are left as they are.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail_localize.models import TranslationLog

from localization.completeness import language_name, translation_status

LOG_ACTION = "localization.publish_together"


class PublishTogetherError(Exception):
    """Publishing together was refused; the message says why, for the editor."""


class MissingRequiredLanguages(PublishTogetherError):
    """A language the page type requires is missing or not ready."""

    def __init__(self, status):
        self.languages = status.missing_required
        super().__init__(
            _(
                "“%(title)s” must go public in %(required)s together. Not ready: "
                "%(not_ready)s. Nothing was published; finish these translations first."
            )
            % {
                "title": status.page.get_admin_display_title(),
                "required": ", ".join(language_name(code) for code in status.required_codes),
                "not_ready": "; ".join(
                    f"{language.name} ({language.problem})" for language in self.languages
                ),
            }
        )


@dataclass
class PublishPlan:
    """What publishing ``status.page`` together would do, language by language."""

    status: object

    @property
    def to_publish(self):
        return [status for status in self.status.languages if status.exists and status.ready]

    @property
    def left_out(self):
        return [status for status in self.status.languages if status.exists and not status.ready]

    @property
    def missing(self):
        return [status for status in self.status.languages if not status.exists]

    @property
    def missing_required(self):
        return self.status.missing_required

    @property
    def source_changes_not_synced(self):
        """The live source has draft changes that its synced translations cannot have yet.

        Translations are synced from the source's published version, so after publishing
        these changes the translations show as out of date until they are synced.
        """
        source = self.status.source
        return bool(
            source.page.live
            and source.page.has_unpublished_changes
            and any(language.synced for language in self.to_publish)
        )


@dataclass
class PublishResult:
    go_live_at: object = None
    published: list = field(default_factory=list)
    scheduled: list = field(default_factory=list)
    left_out: list = field(default_factory=list)

    @property
    def languages(self):
        return self.published + self.scheduled


def plan_publish_together(page):
    return PublishPlan(translation_status(page))


def check_publish_together(plan, user):
    """Raise ``MissingRequiredLanguages`` or ``PermissionDenied`` if the plan cannot run."""
    if plan.missing_required:
        raise MissingRequiredLanguages(plan.status)
    refused = []
    for status in plan.to_publish:
        page = status.page
        if not page.permissions_for_user(user).can_publish():
            refused.append(_("%(language)s: you may not publish it") % {"language": status.name})
            continue
        lock = page.get_lock()
        if lock and lock.for_user(user):
            refused.append(
                _("%(language)s: %(reason)s")
                % {"language": status.name, "reason": lock.get_message(user)}
            )
    if refused:
        raise PermissionDenied(
            _("Publishing together needs publish rights on every language. %(details)s.")
            % {"details": "; ".join(str(reason) for reason in refused)}
        )


def publish_together(page, user, go_live_at=None):
    """Publish (or, with ``go_live_at`` in the future, schedule) a page and its translations."""
    if go_live_at is not None and go_live_at <= timezone.now():
        go_live_at = None
    plan = plan_publish_together(page)
    check_publish_together(plan, user)
    result = PublishResult(go_live_at=go_live_at, left_out=plan.left_out)
    with transaction.atomic():
        for status in plan.to_publish:
            revision = _prepare_revision(status, user, go_live_at)
            _publish_revision(revision, user)
            (result.scheduled if go_live_at else result.published).append(status)
        log(
            instance=plan.status.page.specific,
            action=LOG_ACTION,
            user=user,
            data={
                "languages": [status.code for status in result.languages],
                "go_live_at": go_live_at.isoformat() if go_live_at else None,
            },
        )
    return result


def _prepare_revision(status, user, go_live_at):
    """A revision of ``status.page`` holding what should go live, with ``go_live_at`` set."""
    if status.synced:
        return _translated_revision(status, user, go_live_at)
    page = status.page.specific
    revision = page.latest_revision or page.save_revision(user=user)
    content = revision.as_object()
    if content.go_live_at == go_live_at or (
        go_live_at is None and (content.go_live_at is None or content.go_live_at <= timezone.now())
    ):
        return revision
    content.go_live_at = go_live_at
    return content.save_revision(user=user, log_action=True)


def _translated_revision(status, user, go_live_at):
    translation = status.translation
    source = translation.source
    locale = translation.target_locale
    # A ready translation has every text segment but possibly the slug, which then falls
    # back to the source's; untranslated snippets keep what the page points to now.
    instance = source.get_ephemeral_translated_instance(locale, fallback=True)
    unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    instance.slug = find_available_slug(
        instance.get_parent(),
        slugify(instance.slug, allow_unicode=unicode) or status.page.slug,
        ignore_page_id=instance.pk,
    )
    instance.go_live_at = go_live_at
    revision = instance.save_revision(user=user, log_action=True)
    source.update_target_view_restrictions(locale)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return revision


def _publish_revision(revision, user):
    revision.publish(user=user)
