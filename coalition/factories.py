"""Factories for the coalition snippets, used by tests and the demo loader's tests."""

import datetime

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from coalition import models


class LocalizedFactory(DjangoModelFactory):
    """Creates rows in the default language unless ``locale`` is given."""

    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class MemberStateFactory(LocalizedFactory):
    name = factory.Sequence(lambda n: f"Member State {n}")
    code = factory.Iterator(
        ["NO", "UY", "CL", "PE", "GE", "ID", "NZ", "TN", "AR", "KR", "GM", "CV", "BF", "CO"]
    )
    joined_on = datetime.date(2018, 9, 27)
    is_founding_member = True

    class Meta:
        model = models.MemberState
        django_get_or_create = ("code", "locale")


class ThemeFactory(LocalizedFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "A human-rights theme."

    class Meta:
        model = models.Theme


class OrganisationFactory(LocalizedFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = models.Organisation.Kind.CIVIL_SOCIETY
    website = "https://example.org"

    class Meta:
        model = models.Organisation


class PersonFactory(LocalizedFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Minister of Foreign Affairs"

    class Meta:
        model = models.Person
