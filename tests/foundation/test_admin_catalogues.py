"""The project's admin strings are translated into each admin language, and the compiled
catalogues Django reads are the ones the ``.po`` files describe.

``locale/<language>/LC_MESSAGES/django.po`` is written by ``make messages`` and filled by
translators; ``make compilemessages`` turns it into the ``.mo`` file Django reads, and
both are committed. These tests read the files only: no msgfmt is needed to run them.
"""

import gettext
import re
from pathlib import Path

import polib
from django.conf import settings
from django.test import SimpleTestCase

LANGUAGES = ["fr", "es", "ar", "ru", "zh_Hans"]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"

# %(name)s, %(count)d, %s and {name}: what Python and Django substitute at run time.
PLACEHOLDER = re.compile(r"%\([A-Za-z_]\w*\)[sdif]|%[sdif]|\{[A-Za-z_]\w*\}")


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def entries(po):
    return [entry for entry in po if not entry.obsolete]


def plural_count(po):
    match = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    return int(match.group(1)) if match else None


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def where(entry):
    return f"{entry.msgid!r} ({', '.join(f'{path}:{line}' for path, line in entry.occurrences)})"


class CatalogueTests(SimpleTestCase):
    def test_every_admin_language_has_a_catalogue(self):
        self.assertEqual(settings.LOCALE_PATHS, [LOCALE_DIR])
        for language in LANGUAGES:
            with self.subTest(language):
                self.assertTrue((LOCALE_DIR / language / "LC_MESSAGES" / "django.po").is_file())

    def test_the_catalogues_hold_the_same_strings(self):
        french = {(entry.msgctxt, entry.msgid) for entry in entries(catalogue("fr"))}
        self.assertGreater(len(french), 500)
        for language in LANGUAGES[1:]:
            with self.subTest(language):
                other = {(entry.msgctxt, entry.msgid) for entry in entries(catalogue(language))}
                self.assertEqual(other - french, set(), "only in this catalogue")
                self.assertEqual(french - other, set(), "missing from this catalogue")

    def test_every_string_is_translated(self):
        """No empty, fuzzy or incomplete translation: the admin would show English."""
        for language in LANGUAGES:
            with self.subTest(language):
                po = catalogue(language)
                forms = plural_count(po)
                self.assertIsNotNone(forms, "the header has no Plural-Forms")
                untranslated = []
                for entry in entries(po):
                    if "fuzzy" in entry.flags:
                        untranslated.append(f"fuzzy: {where(entry)}")
                    elif entry.msgid_plural:
                        given = [entry.msgstr_plural.get(n, "") for n in range(forms)]
                        if not all(text.strip() for text in given):
                            untranslated.append(f"plural forms missing: {where(entry)}")
                    elif not entry.msgstr.strip():
                        untranslated.append(where(entry))
                self.assertEqual(
                    untranslated, [], f"{len(untranslated)} untranslated strings in {language}"
                )

    def test_translations_keep_the_placeholders(self):
        """A lost or misspelt %(name)s raises, or shows the wrong value, at run time."""
        for language in LANGUAGES:
            with self.subTest(language):
                wrong = []
                for entry in entries(catalogue(language)):
                    if entry.msgid_plural:
                        # A form for one item may leave the number out (“One item…”).
                        allowed = set(placeholders(entry.msgid) + placeholders(entry.msgid_plural))
                        for n, text in entry.msgstr_plural.items():
                            if text and not set(placeholders(text)) <= allowed:
                                wrong.append(f"form {n} of {where(entry)}: {text!r}")
                    elif entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid):
                        wrong.append(f"{where(entry)}: {entry.msgstr!r}")
                self.assertEqual(wrong, [])

    def test_the_placeholder_check_sees_a_lost_placeholder(self):
        self.assertNotEqual(placeholders("Stories of %(country)s"), placeholders("Récits"))
        self.assertNotEqual(placeholders("{title} ({state})"), placeholders("{titre} {state}"))
        self.assertEqual(placeholders("%(a)s and %s"), placeholders("%s et %(a)s"))


class CompiledCatalogueTests(SimpleTestCase):
    def test_the_committed_mo_files_match_the_po_files(self):
        """Run ``make compilemessages`` and commit the .mo files when this fails."""
        for language in LANGUAGES:
            with self.subTest(language):
                po = catalogue(language)
                expected = {}
                for entry in entries(po):
                    if "fuzzy" in entry.flags:
                        continue
                    # gettext keys a string with a context as "context\x04msgid".
                    key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
                    if entry.msgid_plural:
                        if all(entry.msgstr_plural.values()):
                            for n, text in entry.msgstr_plural.items():
                                expected[(key, int(n))] = text
                    elif entry.msgstr:
                        expected[key] = entry.msgstr
                mo = LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"
                self.assertTrue(mo.is_file(), f"{mo} is missing")
                with mo.open("rb") as file:
                    compiled = dict(gettext.GNUTranslations(file)._catalog)
                compiled.pop("", None)  # the header
                self.assertEqual(compiled, expected)
