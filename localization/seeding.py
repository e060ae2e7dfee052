"""Translate a page or snippet with translations known in advance, through wagtail-localize.

Content loaded in bulk (the demo content, an import) often arrives with its translations
already written. This module turns them into wagtail-localize translations exactly as a
translator's PO upload would: the known strings go into the translation memory
(``StringTranslation``), segments without one keep the source text (so the translation
shows as incomplete), and the target page or snippet is built by wagtail-localize itself.
Writing wagtail-localize's tables directly is a coupling to its internals, so it happens
here, next to the project's other wagtail-localize couplings, and nowhere else.

It never publishes a page (the caller decides between live and draft) and never fetches
anything; it does not check permissions, which belong to the views.
"""

import html
import json

from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.strings import StringValue


def translate_with_known_strings(instance, locale, strings, *, user, tool_name, contexts=None):
    """The translation of ``instance`` into ``locale``, made from the known ``strings``.

    ``strings`` maps source text to translated text; ``contexts`` maps a segment path to a
    translation where the same source text needs different translations (a title that
    reads differently for each person). Returns the existing translation untouched when
    there is one. A page's translation is saved as a draft revision; a snippet, which has
    no draft state, is saved directly.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific if isinstance(existing, Page) else existing
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = LocalizeTranslation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    seed_string_translations(
        source, locale, strings, contexts or {}, user=user, tool_name=tool_name
    )
    is_page = isinstance(instance, Page)
    translation.save_target(user=user, publish=not is_page)
    target = instance.get_translation(locale)
    return target.specific if is_page else target


def seed_string_translations(source, locale, strings, contexts, *, user, tool_name):
    """Store translations of ``source``'s text segments, as ``Translation.import_po`` does.

    One bulk insert instead of a PO round trip, which costs several queries per string:
    bulk loads store thousands of strings. The texts are plain text, so they are stored
    escaped like wagtail-localize's own plain-text strings and need no HTML checks. A
    segment that already has a translation in ``locale`` keeps it.
    """
    known = {html.unescape(text).strip(): target for text, target in strings.items() if target}
    done = set(
        StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        ).values_list("translation_of_id", "context_id")
    )
    now = timezone.now()
    rows = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if (segment.string_id, segment.context_id) in done:
            continue
        target = contexts.get(segment.context.path) or known.get(
            html.unescape(segment.string.data).strip()
        )
        if target:
            done.add((segment.string_id, segment.context_id))
            rows.append(
                StringTranslation(
                    translation_of_id=segment.string_id,
                    context_id=segment.context_id,
                    locale=locale,
                    data=StringValue.from_plaintext(target).data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    tool_name=tool_name,
                    last_translated_by=user,
                    updated_at=now,
                )
            )
    StringTranslation.objects.bulk_create(rows)


def override_segment(instance, path, locale, value, *, user):
    """Give the translation into ``locale`` its own value for the field at ``path``.

    For fields that are not text, such as a chooser: a French page links the French PDF
    while the source links the English one. ``value`` is what the field stores (a primary
    key for a chooser).
    """
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    context = TranslationContext.objects.get(object_id=source.object_id, path=path)
    SegmentOverride.objects.update_or_create(
        locale=locale,
        context=context,
        defaults={"data_json": json.dumps(value), "last_translated_by": user},
    )


def sync_translations(page, *, user):
    """Update every translation of ``page`` from its current content; live ones stay live."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    for translation in LocalizeTranslation.objects.filter(source=source, enabled=True):
        translation.save_target(user=user, publish=False)
        target = page.get_translation(translation.target_locale).specific
        if target.live:
            target.get_latest_revision().publish(user=user)
