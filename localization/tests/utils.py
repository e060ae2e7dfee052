"""Builders shared by the localization tests: a site, language trees and filled translations."""

import html
import json
import re

from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from home.factories import build_site_tree

PASSWORD = "correct horse battery staple"


def locale(code):
    return Locale.objects.get(language_code=code)


def locales(*codes):
    return [locale(code) for code in codes]


def superuser(username="admin"):
    return get_user_model().objects.create_superuser(username, f"{username}@example.org", PASSWORD)


def build_site():
    """The shared site tree (``home.factories.build_site_tree``), for ``setUpTestData``."""
    return build_site_tree()


def translate(instance, codes, user):
    """Submit ``instance`` for translation into ``codes``: {code: Translation}."""
    TranslationCreator(user, locales(*codes)).create_translations(instance)
    return {
        translation.target_locale.language_code: translation
        for translation in Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale__language_code__in=codes,
        ).select_related("source", "target_locale")
    }


def prefixed(code):
    """A recognisable stand-in translation: “[fr] Original text”."""
    return lambda entry: f"[{code}] {entry.msgid}"


def fill(translation, translate_entry=None, user=None):
    """Translate every segment through a PO file round trip; returns the import warnings."""
    translate_entry = translate_entry or prefixed(translation.target_locale.language_code)
    po = translation.export_po()
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = translate_entry(entry)
    return translation.import_po(po, user=user, tool_name="PO File")


def page_in(page, code):
    """``page``'s translation in ``code``, specific, fresh from the database."""
    return page.get_translation(locale(code)).specific


def editor_config(response):
    """(language directions from the hook, props of the translation editor) of a page."""
    content = response.content.decode()
    directions = re.search(
        r'<script id="localization-language-directions" type="application/json">(.*?)</script>',
        content,
        re.S,
    )
    props = re.search(r'class="js-translation-editor" data-props="([^"]*)"', content)
    return (
        json.loads(directions.group(1)) if directions else None,
        json.loads(html.unescape(props.group(1))) if props else None,
    )
