"""The public API speaks English whatever language the request asks for: the admin's
translated choice labels never reach it (see docs/development.md, “Translating the admin”)."""

from django.test import TestCase
from django.utils import translation

from home.models import SiteSettings, SocialLink
from meetings.models import MeetingPage
from tests.api.builders import gql

ENUM_DESCRIPTIONS = """{ __type(name: "MeetingKind") { enumValues { name description } } }"""


class EnglishLabelTests(TestCase):
    def test_the_admin_label_is_translated_but_the_api_label_is_not(self):
        settings = SiteSettings.objects.create(contact_email="hello@example.org")
        SocialLink.objects.create(settings=settings, network="other", url="https://example.org")
        with translation.override("fr"):
            self.assertEqual(str(SocialLink.Network.OTHER.label), "Autre")
        status, body = gql(
            '{ siteSettings(locale: "fr") { socialLinks { label } } }',
            HTTP_ACCEPT_LANGUAGE="fr",
        )
        self.assertEqual(status, 200, body)
        self.assertEqual(body["data"]["siteSettings"]["socialLinks"], [{"label": "Other"}])

    def test_enum_descriptions_stay_english_in_a_french_request(self):
        with translation.override("fr"):
            self.assertEqual(str(MeetingPage.Kind.MINISTERIAL.label), "Réunion ministérielle")
        status, body = gql(ENUM_DESCRIPTIONS, HTTP_ACCEPT_LANGUAGE="fr")
        self.assertEqual(status, 200, body)
        descriptions = {
            value["name"]: value["description"] for value in body["data"]["__type"]["enumValues"]
        }
        self.assertEqual(descriptions["MINISTERIAL"], "Ministerial meeting")
