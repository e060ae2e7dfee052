"""The presenter's pure JavaScript functions, run by Node.js: the pace and the media rules."""

import json
import shutil
import subprocess  # runs node on this repository's modules
from pathlib import Path
from unittest import skipIf

from django.test import SimpleTestCase

from conftest import missing_program

PRESENTER = Path(__file__).resolve().parents[2] / "frontend_contract" / "presenter"

SCRIPT = """
const { paceMinutes } = await import(%(clock)s);
const { chosenTrack, feedWindow, itemVideo } = await import(%(media)s);
const items = [
  { id: "a", startsAt: "2018-09-27T10:00:00-04:00", durationMinutes: 10 },
  { id: "b", startsAt: "2018-09-27T10:10:00-04:00", durationMinutes: 15 },
  { id: "c", startsAt: "2018-09-27T10:25:00-04:00", durationMinutes: 6 },
];
const minute = 60000, t0 = 1_000_000_000_000;
const feed = { startsAt: "2018-09-27T10:31:00-04:00", endsAt: "2018-09-27T10:37:00-04:00" };
const video = { captionTracks: [
  { srclang: "en", isDefault: true }, { srclang: "fr", isDefault: false } ] };
console.log(JSON.stringify({
  onTime: paceMinutes(items, { a: t0 }, 0, t0 + 5 * minute),
  overrun: paceMinutes(items, { a: t0 }, 0, t0 + 13 * minute),
  early: paceMinutes(items, { a: t0, b: t0 + 2 * minute }, 1, t0 + 3 * minute),
  late: paceMinutes(items, { a: t0, b: t0 + 14 * minute }, 1, t0 + 15 * minute),
  anchoredLater: paceMinutes(items, { b: t0, c: t0 + 15 * minute }, 2, t0 + 16 * minute),
  before: feedWindow(feed, Date.parse("2018-09-27T10:30:00-04:00")),
  live: feedWindow(feed, Date.parse("2018-09-27T10:32:00-04:00")),
  after: feedWindow(feed, Date.parse("2018-09-27T10:40:00-04:00")),
  french: chosenTrack(video, "fr").srclang,
  arabicFallsBackToTheDefault: chosenTrack(video, "ar").srclang,
  noTracks: chosenTrack({ captionTracks: [] }, "fr"),
  storyHeroVideo: itemVideo({ media: null, story: { heroVideo: { url: "hero" } } }).url,
  ownVideoFirst: itemVideo({
    media: { __typename: "VideoBlock", video: { url: "own" } },
    story: { heroVideo: { url: "hero" } },
  }).url,
}));
"""


@skipIf(
    missing_program("node"),
    "needs Node.js: install it (apt-get install nodejs) to check the presenter's modules",
)
class PresenterModulesTests(SimpleTestCase):
    def test_pace_feed_window_caption_choice_and_video_choice(self):
        script = SCRIPT % {
            "clock": json.dumps((PRESENTER / "clock.js").as_uri()),
            "media": json.dumps((PRESENTER / "media.js").as_uri()),
        }
        result = subprocess.run(  # noqa: S603
            [shutil.which("node"), "--input-type=module", "-e", script],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(
            json.loads(result.stdout),
            {
                "onTime": 0,
                "overrun": 3,
                "early": -8,
                "late": 4,
                "anchoredLater": 0,
                "before": "before",
                "live": "live",
                "after": "after",
                "french": "fr",
                "arabicFallsBackToTheDefault": "en",
                "noTracks": None,
                "storyHeroVideo": "hero",
                "ownVideoFirst": "own",
            },
        )
