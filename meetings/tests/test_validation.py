"""Meeting times, the running order and the declaration's signatories are checked."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from coalition.factories import MemberStateFactory
from home.factories import HomePageFactory, build_site_tree
from meetings.factories import (
    DeclarationPageFactory,
    MeetingPageFactory,
    SignatoryFactory,
)
from meetings.models import DeclarationPage, MeetingPage, Signatory

GENEVA = zoneinfo.ZoneInfo("Europe/Zurich")


def programme_item(starts_at, minutes, title):
    return (
        "item",
        {
            "starts_at": starts_at,
            "duration_minutes": str(minutes),
            "title": title,
            "kind": "story",
            "speakers": {"count": "0"},
            "member_state": "",
            "story": "",
            "media": streamfield([]),
            "presenter_notes": "",
        },
    )


def meeting_form_data(title, starts_at, ends_at, programme=()):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "kind": MeetingPage.Kind.MINISTERIAL,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "time_zone": "Europe/Zurich",
            "city": "Geneva",
            "venue": "Palais des Nations",
            "session_reference": "HRC 40",
            "introduction": "",
            "body": streamfield([]),
            "livestream": streamfield([]),
            "programme": streamfield(list(programme)),
            "outcome_documents": streamfield([]),
            "comments": inline_formset([]),
        }
    )


def signatory_row(member_state, name, signed_on="2018-09-27", **extra):
    return {
        "member_state": member_state.pk,
        "signatory_name": name,
        "signatory_title": "Minister of Foreign Affairs",
        "level": "minister",
        "signed_on": signed_on,
        **extra,
    }


def declaration_form_data(rows, initial=0):
    return nested_form_data(
        {
            "title": "Joint declaration",
            "slug": "joint-declaration",
            "text": rich_text("<p>The members reaffirm the universality of rights.</p>"),
            "status": DeclarationPage.Status.OPEN,
            "adopted_at": "",
            "opened_for_signature_on": "2018-09-27",
            "pdf": "",
            "signatories": inline_formset(rows, initial=initial),
            "comments": inline_formset([]),
        }
    )


class MeetingAdminValidationTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_site_tree().meetings

    def setUp(self):
        self.login()
        self.url = reverse(
            "wagtailadmin_pages:add", args=["meetings", "meetingpage", self.index.pk]
        )

    def form_errors(self, data):
        response = self.client.post(self.url, data)
        self.assertEqual(response.status_code, 200, "the form should have been shown again")
        return response.context["form"].errors

    def test_meeting_must_end_after_it_starts(self):
        errors = self.form_errors(
            meeting_form_data("Backwards", "2019-02-13 15:00", "2019-02-13 13:00")
        )
        self.assertEqual(errors["ends_at"], ["The meeting must end after it starts."])

    def test_programme_items_must_fall_inside_the_meeting(self):
        data = meeting_form_data(
            "Geneva meeting",
            "2019-02-13 13:00",
            "2019-02-13 15:00",
            [
                programme_item("2019-02-13 13:00", 30, "Opening"),
                programme_item("2019-02-13 14:45", 30, "Overrunning panel"),
                programme_item("2019-02-13 12:30", 10, "Too early"),
            ],
        )
        message = " ".join(str(error) for error in self.form_errors(data)["programme"])
        self.assertIn("“Overrunning panel”", message)
        self.assertIn("“Too early”", message)
        self.assertNotIn("“Opening”", message)
        self.assertIn("13 Feb 2019 13:00 to 13 Feb 2019 15:00, Europe/Zurich", message)

    def test_a_programme_that_fits_is_saved_in_the_venue_time_zone(self):
        data = meeting_form_data(
            "Fitting meeting",
            "2019-02-13 13:00",
            "2019-02-13 15:00",
            [programme_item("2019-02-13 14:30", 30, "Closing")],
        )
        response = self.client.post(self.url, data)
        meeting = MeetingPage.objects.get(slug="fitting-meeting")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[meeting.pk]))
        self.assertEqual(meeting.starts_at, datetime.datetime(2019, 2, 13, 13, 0, tzinfo=GENEVA))


class MeetingModelValidationTests(TestCase):
    def test_model_clean_rejects_an_end_before_the_start(self):
        meeting = MeetingPageFactory.build(
            starts_at=datetime.datetime(2019, 2, 13, 15, 0, tzinfo=GENEVA),
            ends_at=datetime.datetime(2019, 2, 13, 15, 0, tzinfo=GENEVA),
        )
        with self.assertRaises(ValidationError) as caught:
            meeting.clean()
        self.assertIn("ends_at", caught.exception.message_dict)


class DeclarationAdminValidationTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePageFactory(parent=Page.get_first_root_node(), slug="ghrs")
        cls.norway = MemberStateFactory(name="Norway", code="NO")
        cls.uruguay = MemberStateFactory(name="Uruguay", code="UY")
        cls.colombia = MemberStateFactory(name="Colombia", code="CO")

    def setUp(self):
        self.login()
        self.add_url = reverse(
            "wagtailadmin_pages:add", args=["meetings", "declarationpage", self.home.pk]
        )

    def test_a_member_state_signing_twice_is_reported_on_the_repeated_row(self):
        data = declaration_form_data(
            [
                signatory_row(self.norway, "First signature"),
                signatory_row(self.uruguay, "Uruguay's signature"),
                signatory_row(self.norway, "Second signature", signed_on="2019-09-24"),
            ]
        )
        response = self.client.post(self.add_url, data)
        self.assertEqual(response.status_code, 200)
        rows = response.context["form"].formsets["signatories"].forms
        self.assertEqual(rows[0].errors, {})
        self.assertEqual(rows[1].errors, {})
        message = rows[2].errors["member_state"][0]
        self.assertIn(
            "Norway is already listed as a signatory (signed on 27 September 2018)", message
        )
        self.assertContains(response, "Norway is already listed as a signatory")
        self.assertFalse(DeclarationPage.objects.exists())

    def test_a_later_accession_by_another_country_is_accepted(self):
        data = declaration_form_data(
            [
                signatory_row(self.norway, "Founding signature"),
                signatory_row(self.colombia, "Accession", signed_on="2019-09-24"),
            ]
        )
        self.client.post(self.add_url, data)
        declaration = DeclarationPage.objects.get()
        self.assertEqual(
            [signatory.member_state for signatory in declaration.signatories.all()],
            [self.norway, self.colombia],
        )

    def test_removing_the_duplicate_row_in_the_form_fixes_it(self):
        declaration = DeclarationPageFactory(parent=self.home)
        first = SignatoryFactory(declaration=declaration, member_state=self.norway)
        # A duplicate that reached the database without the form, e.g. from an import.
        second = SignatoryFactory(declaration=declaration, member_state=self.norway)
        rows = [
            {"id": first.pk, **signatory_row(self.norway, "Kept")},
            {"id": second.pk, **signatory_row(self.norway, "Removed"), "DELETE": "on"},
        ]
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[declaration.pk]),
            declaration_form_data(rows, initial=2),
        )
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[declaration.pk]))
        revision = DeclarationPage.objects.get(pk=declaration.pk).get_latest_revision_as_object()
        self.assertEqual(
            [signatory.signatory_name for signatory in revision.signatories.all()], ["Kept"]
        )


class DeclarationModelValidationTests(TestCase):
    def test_model_clean_rejects_a_member_state_signing_twice(self):
        norway = MemberStateFactory(name="Norway", code="NO")
        declaration = DeclarationPageFactory.build()
        declaration.signatories = [
            Signatory(
                member_state=norway,
                signatory_name=name,
                signatory_title="Minister",
                level=Signatory.Level.MINISTER,
                signed_on=datetime.date(2018, 9, 27),
            )
            for name in ("Once", "Twice")
        ]
        with self.assertRaises(ValidationError) as caught:
            declaration.clean()
        self.assertIn("Norway is listed as a signatory twice", caught.exception.messages[0])
