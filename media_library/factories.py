"""Factories for library images, documents and hosted media."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from media_library.models import HostedMedia


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.django.ImageField(width=800, height=600, color="teal")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")


class HostedVideoFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Video {n}")
    type = "video"
    file = factory.django.FileField(filename="story.mp4", data=b"\x00\x00\x00\x18ftypmp42")
    duration = 120

    class Meta:
        model = HostedMedia
