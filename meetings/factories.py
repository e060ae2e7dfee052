"""Page factories for meetings and the declaration."""

import datetime
import zoneinfo

import factory
import wagtail_factories

from coalition.factories import LocalizedFactory, MemberStateFactory
from meetings.models import DeclarationPage, MeetingIndexPage, MeetingPage, Signatory

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Meetings"
    slug = "meetings"

    class Meta:
        model = MeetingIndexPage


class MeetingPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    kind = MeetingPage.Kind.MINISTERIAL
    starts_at = datetime.datetime(2018, 9, 27, 13, 0, tzinfo=NEW_YORK)
    ends_at = datetime.datetime(2018, 9, 27, 15, 0, tzinfo=NEW_YORK)
    time_zone = "America/New_York"
    city = "New York"
    venue = "United Nations Headquarters"
    session_reference = "UNGA 73"

    class Meta:
        model = MeetingPage


class DeclarationPageFactory(wagtail_factories.PageFactory):
    title = "Joint declaration"
    slug = "declaration"
    text = "<p>The members of the initiative reassert the universality of human rights.</p>"
    status = DeclarationPage.Status.OPEN
    opened_for_signature_on = datetime.date(2018, 9, 27)

    class Meta:
        model = DeclarationPage


class SignatoryFactory(LocalizedFactory):
    declaration = None
    member_state = factory.SubFactory(MemberStateFactory)
    signatory_name = factory.Sequence(lambda n: f"Signatory {n}")
    signatory_title = "Minister of Foreign Affairs"
    level = Signatory.Level.MINISTER
    signed_on = datetime.date(2018, 9, 27)

    class Meta:
        model = Signatory
