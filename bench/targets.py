"""What the load test's readers ask for: existing slugs, paths and ids from the database.

Printed as JSON by ``python -m bench.targets`` (with the database variables set) and read by
bench/locustfile.py through the file bench/load.py writes.
"""

import json

import django


def targets():
    django.setup()
    from meetings.models import DeclarationPage, MeetingPage
    from stories.models import StoryPage

    stories = StoryPage.objects.live().select_related("locale")
    launch = MeetingPage.objects.live().filter(kind=MeetingPage.Kind.LAUNCH).order_by("pk").first()
    declarations = DeclarationPage.objects.live().select_related("locale")
    return {
        "stories": [[story.locale.language_code, story.slug] for story in stories],
        "paths": [[story.locale.language_code, story.get_url_parts()[2]] for story in stories],
        "meeting": str(launch.pk),
        "declarations": [[page.locale.language_code, page.slug] for page in declarations],
    }


if __name__ == "__main__":
    print(json.dumps(targets()))
