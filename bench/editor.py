"""An editor at work during the load test: publishes a story every few seconds.

Run by bench/load.py as its own process against the same database as the server, the way
the admin would: a new revision with a changed title, published. Each publish is written to
the log file (one JSON object per line: locale, slug, title) so bench/load.py can check,
once the load has stopped, that readers see every story's latest title.

Usage: python bench/editor.py SECONDS INTERVAL LOG_FILE (DJANGO_SETTINGS_MODULE and the
database variables set by bench/load.py).
"""

import json
import sys
import time
from pathlib import Path

import django


def main(seconds, interval, log_file):
    django.setup()
    from stories.models import StoryPage

    stories = list(StoryPage.objects.live().order_by("pk")[:20])
    deadline = time.monotonic() + seconds
    published = 0
    with Path(log_file).open("w") as log:
        while time.monotonic() < deadline:
            story = stories[published % len(stories)].specific
            story.refresh_from_db()
            base = story.title.split(" · edit ")[0]
            story.title = f"{base} · edit {published + 1}"
            story.save_revision().publish()
            log.write(
                json.dumps(
                    {
                        "locale": story.locale.language_code,
                        "slug": story.slug,
                        "title": story.title,
                    }
                )
                + "\n"
            )
            log.flush()
            published += 1
            time.sleep(interval)
    print(f"editor: {published} publishes", flush=True)


if __name__ == "__main__":
    main(float(sys.argv[1]), float(sys.argv[2]), sys.argv[3])
