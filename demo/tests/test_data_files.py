"""The demo's data files: every one parses and validates, and a broken one is reported with
its file and field, so whoever edits a text learns what to fix without reading the loader.
"""

import datetime
import shutil
import tempfile
from pathlib import Path

from django.test import SimpleTestCase

from demo.content import DATA_DIR, DemoDataError, load_content

TODAY = datetime.date(2026, 12, 1)
STORY = "stories/ar-1-documents-that-recognise-who-we-are.toml"


class DataFilesTests(SimpleTestCase):
    def test_every_data_file_parses_validates_and_is_read(self):
        content = load_content(TODAY)
        files = {path.relative_to(DATA_DIR).as_posix() for path in DATA_DIR.rglob("*.toml")}
        self.assertEqual(set(content.files), files)
        self.assertEqual(len(content.stories), len(list((DATA_DIR / "stories").glob("*-*.toml"))))

    def test_the_scheduled_meeting_is_always_after_the_day_the_demo_is_loaded(self):
        for today in (datetime.date(2026, 1, 15), datetime.date(2026, 9, 30)):
            with self.subTest(today):
                meeting = load_content(today).meeting("next")
                self.assertGreater(meeting.starts_at.date(), today)
                self.assertEqual(meeting.starts_at.month, 9)
                self.assertIn(str(meeting.starts_at.year - 1945), meeting.session_reference)


class NamesTests(SimpleTestCase):
    """Organisations and people are named in each language's script where the data says how."""

    SCRIPTS = {"ar": r"[\u0600-\u06ff]", "ru": r"[\u0400-\u04ff]", "zh-hans": r"[\u4e00-\u9fff]"}

    def test_transliterated_names_are_in_their_language_script(self):
        content = load_content(TODAY)
        spelled = [person for person in content.people if person.names]
        self.assertGreaterEqual(len(spelled), 20)
        for person in spelled:
            for language, name in person.names.items():
                with self.subTest(person=person.key, language=language):
                    self.assertIn(language, self.SCRIPTS)
                    self.assertRegex(name, self.SCRIPTS[language])
                    self.assertEqual(person.name_in(language), name)

    def test_latin_script_languages_print_the_name_and_others_only_a_given_spelling(self):
        content = load_content(TODAY)
        unspelled = next(person for person in content.people if "ar" not in person.names)
        self.assertEqual(unspelled.name_in("fr"), unspelled.name)
        self.assertEqual(unspelled.name_in("es"), unspelled.name)
        self.assertIsNone(unspelled.name_in("ar"))

    def test_real_organisations_have_their_official_name_in_every_language(self):
        content = load_content(TODAY)
        real = [item for item in content.organisations if not item.fictional]
        self.assertTrue(real)
        for organisation in real:
            self.assertEqual(set(organisation.names), set(content.languages), organisation.key)
        ohchr = next(item for item in real if item.key == "ohchr")
        self.assertEqual(ohchr.names["zh-hans"], "联合国人权事务高级专员办事处")


class BrokenDataFilesTests(SimpleTestCase):
    """Each example breaks a copy of the data files and reads the error the loader gives."""

    def setUp(self):
        folder = tempfile.mkdtemp(prefix="ghrs-demo-data-")
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        self.root = Path(folder) / "data"
        shutil.copytree(DATA_DIR, self.root)

    def edit(self, name, old, new):
        path = self.root / name
        text = path.read_text()
        self.assertIn(old, text, "the example no longer matches the data file")
        path.write_text(text.replace(old, new, 1))

    def problems(self):
        with self.assertRaises(DemoDataError) as raised:
            load_content(TODAY, root=self.root)
        return raised.exception.problems

    def assertReported(self, expected):
        problems = self.problems()
        self.assertIn(expected, problems)
        self.assertIn(expected, str(DemoDataError(problems)))

    def test_a_missing_required_field_is_named_with_its_file(self):
        self.edit(STORY, 'summary = "Un trámite', 'abstract = "Un trámite')
        problems = self.problems()
        self.assertIn(f"{STORY}: summary: required field is missing (text)", problems)
        self.assertIn(f"{STORY}: abstract: unknown field", problems)

    def test_an_unknown_language_code_is_refused(self):
        self.edit(STORY, "[translations.fr]", "[translations.fr-ca]")
        self.assertReported(
            f"{STORY}: translations.fr-ca: unknown language code 'fr-ca'",
        )

    def test_an_unknown_member_state_is_refused(self):
        self.edit(STORY, 'country = "AR"', 'country = "XX"')
        self.assertReported(f"{STORY}: country: unknown member state 'XX'")

    def test_an_unknown_theme_is_refused(self):
        self.edit(STORY, 'themes = ["equality-and-non-discrimination"', 'themes = ["equality"')
        self.assertReported(f"{STORY}: themes[0]: unknown theme 'equality'")

    def test_a_value_of_the_wrong_type_is_refused(self):
        self.edit(STORY, "date = 2018-05-17", 'date = "17 May 2018"')
        self.assertReported(
            f"{STORY}: date: must be a date (2018-09-27), not str '17 May 2018'",
        )

    def test_a_translated_text_in_an_unknown_language_is_refused_in_any_file(self):
        self.edit("coalition/themes.toml", 'zh-hans = "平等与不歧视"', 'zh = "平等与不歧视"')
        problems = self.problems()
        self.assertIn(
            "coalition/themes.toml: theme[0].names.zh: unknown language code 'zh'; the content "
            "languages are en, fr, es, ar, ru, zh-hans",
            problems,
        )
        self.assertIn(
            "coalition/themes.toml: theme[0].names.zh-hans: required text is missing", problems
        )

    def test_a_reference_to_a_missing_story_is_refused(self):
        self.edit("site/home.toml", '"gm/listening-sessions-in-every-region"', '"gm/no-such-story"')
        self.assertReported("site/home.toml: featured_stories[4]: unknown story 'gm/no-such-story'")

    def test_a_story_live_feed_needs_its_country_feed_at_a_meeting(self):
        self.edit(
            "meetings/launch.toml",
            'kind = "live_feed"\nurl = "https://stream.example.org/ghrs/ouagadougou.m3u8"',
            'kind = "video"\nurl = "https://stream.example.org/ghrs/ouagadougou.m3u8"',
        )
        self.assertReported(
            "stories/bf-1-paralegals-serving-the-villages.toml: extras: 'live_feed' needs a "
            "live feed from BF in a meeting's programme"
        )

    def test_a_summary_too_long_for_its_field_is_refused(self):
        self.edit(STORY, 'summary = "Un trámite', f'summary = "{"x" * 300}Un trámite')
        problems = self.problems()
        self.assertTrue(
            any(p.startswith(f"{STORY}: summary: is ") and "holds 300" in p for p in problems),
            problems,
        )

    def test_a_file_that_is_not_toml_names_the_file(self):
        self.edit("meetings/geneva.toml", 'kind = "ministerial"', 'kind = "ministerial')
        problems = self.problems()
        self.assertTrue(problems[0].startswith("meetings/geneva.toml: not valid TOML:"), problems)

    def test_every_problem_in_every_file_is_reported_at_once(self):
        self.edit(STORY, 'country = "AR"', 'country = "XX"')
        self.edit("coalition/people.toml", 'gender = "f"', 'gender = "x"')
        problems = self.problems()
        self.assertIn(f"{STORY}: country: unknown member state 'XX'", problems)
        self.assertIn(
            "coalition/people.toml: person[0].gender: unknown value 'x'; allowed: f, m", problems
        )
