"""Fields and blocks labelled from their names read in the editor's language (core.labels)."""

from django.test import SimpleTestCase
from django.utils import translation

from core.labels import AUTOMATIC_LABELS, automatic_labels
from meetings.models import MeetingPage
from stories.models import StoryPage


class AutomaticLabelTests(SimpleTestCase):
    def test_every_automatic_label_is_listed_for_translators(self):
        labels = {str(getattr(owner, attribute)) for owner, attribute in automatic_labels()}
        missing = sorted(labels - set(AUTOMATIC_LABELS))
        self.assertEqual(
            missing,
            [],
            "Add these to core.labels.AUTOMATIC_LABELS, then run make messages: "
            + ", ".join(f'gettext_noop("{label}")' for label in missing),
        )
        self.assertEqual(sorted(set(AUTOMATIC_LABELS) - labels), [], "listed but unused")

    def test_field_and_block_labels_follow_the_active_language(self):
        field = StoryPage._meta.get_field("story_date")
        body = MeetingPage._meta.get_field("body").stream_block
        with translation.override("fr"):
            self.assertEqual(str(field.verbose_name), "date du récit")
            self.assertEqual(
                str(body.child_blocks["image"].child_blocks["alt_text"].label), "Texte alternatif"
            )
        with translation.override("en"):
            self.assertEqual(str(field.verbose_name), "story date")

    def test_fields_inherited_from_wagtail_keep_wagtails_labels(self):
        fields = {
            (owner.model.__name__, owner.name)
            for owner, attribute in automatic_labels()
            if attribute == "verbose_name"
        }
        self.assertIn(("StoryPage", "story_date"), fields)
        self.assertNotIn(("MemberState", "translation_key"), fields)
        self.assertNotIn(("HomePageFeaturedStory", "sort_order"), fields)

    def test_migrations_see_the_labels_as_written(self):
        """Django deconstructs a field from its arguments: no label, no migration change."""
        _name, _path, _args, kwargs = StoryPage._meta.get_field("story_date").deconstruct()
        self.assertNotIn("verbose_name", kwargs)
