"""Validation of the live feed block: a window that ends after it starts, one fallback."""

import pytest
from django.core.exceptions import ValidationError

from core.blocks import LiveFeedBlock
from media_library.factories import HostedVideoFactory

pytestmark = pytest.mark.django_db


def feed(**overrides):
    return {
        "title": "Opening of the General Assembly",
        "stream_url": "https://webtv.un.org/en/schedule",
        "provider": "unwebtv",
        "starts_at": "2018-09-27T10:00:00",
        "ends_at": "2018-09-27T12:00:00",
        "time_zone": "America/New_York",
        "fallback_embed": "",
        "fallback_video": None,
        **overrides,
    }


def clean(raw):
    block = LiveFeedBlock()
    return block.clean(block.to_python(raw))


def test_a_feed_with_a_window_and_one_fallback_is_valid():
    value = clean(feed(fallback_embed="https://www.youtube.com/watch?v=dQw4w9WgXcQ"))

    assert value["time_zone"] == "America/New_York"


@pytest.mark.parametrize("ends_at", ["2018-09-27T09:00:00", "2018-09-27T10:00:00"])
def test_a_feed_must_end_after_it_starts(ends_at):
    with pytest.raises(ValidationError) as raised:
        clean(feed(ends_at=ends_at))

    assert raised.value.block_errors["ends_at"].message == "The feed must end after it starts."


def test_a_feed_cannot_have_both_a_recording_link_and_a_hosted_recording(local_media):
    video = HostedVideoFactory()

    with pytest.raises(ValidationError) as raised:
        clean(
            feed(
                fallback_embed="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                fallback_video=video.pk,
            )
        )

    assert raised.value.block_errors["fallback_video"].message == (
        "Give either a recording link or a hosted recording, not both."
    )
