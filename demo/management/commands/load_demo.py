"""``manage.py load_demo``: fill a development database with the multilingual demo content.

The texts come from ``demo/data/`` (checked before anything is written), the work from
``demo.loaders``. Translations go through wagtail-localize as an editor's would, so the
translation states (live, draft, incomplete, out of date) are real. Loading is idempotent:
a second run creates nothing. Nothing is fetched from the network. The command refuses to
run when ``DEBUG`` is off unless ``--force`` is given, because it creates users with a
published password.
"""

import contextlib
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm
from wagtail.models import Page

from coalition.models import MemberState
from demo.content import DemoDataError, load_content
from demo.loaders import LoadContext, steps
from demo.loaders.bulk import (
    deferred_indexing,
    editorial_roles_applied_once,
    quiet_loggers,
    renditions_not_warmed,
)
from demo.loaders.users import DEMO_PASSWORD
from meetings.models import MeetingPage
from stories.models import StoryPage


class Command(BaseCommand):
    help = (
        "Load the multilingual demo content and demo users (development only). Idempotent: "
        "run it again to restore anything missing; existing content is left as it is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even though DEBUG is off, for example into a throwaway staging "
            "database. Never on production data: it creates users with a known password.",
        )

    def handle(self, *args, force=False, verbosity=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "load_demo only runs with DEBUG=True (development settings), because it creates "
                f"users whose password is printed (“{DEMO_PASSWORD}”) and invented "
                "content. To load it anyway into a database that is not production, add --force."
            )
        started = time.monotonic()
        today = timezone.localdate()
        try:
            content = load_content(today)
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        ctx = LoadContext(content, today)
        plan = steps(ctx)
        bar_wanted = verbosity >= 1 and sys.stderr.isatty()
        with (
            quiet_loggers() if verbosity < 2 else contextlib.nullcontext(),
            transaction.atomic(),
            renditions_not_warmed(),
            editorial_roles_applied_once(),
            deferred_indexing(),
            tqdm(total=len(plan), unit="step", disable=not bar_wanted, file=sys.stderr) as bar,
        ):
            phase = None
            for number, (label, step) in enumerate(plan, start=1):
                if label != phase:
                    phase = label
                    bar.set_description(label)
                    if verbosity >= 1 and not bar_wanted:
                        # Logs and pipes get one line per phase instead of a redrawn bar.
                        self.stdout.write(f"[{number}/{len(plan)}] {label}")
                step()
                bar.update()
            bar.set_description("Indexing")
        if verbosity >= 1:
            self.report(ctx, time.monotonic() - started)

    def report(self, ctx, elapsed):
        english = ctx.locale("en")
        counts = {
            "member states": MemberState.objects.filter(locale=english).count(),
            "stories": len(ctx.content.stories),
            "story pages in all languages": StoryPage.objects.count(),
            "meetings": MeetingPage.objects.filter(locale=english).count(),
            "pages in all": Page.objects.count() - 1,
        }
        counts = ", ".join(f"{count} {name}" for name, count in counts.items())
        if ctx.created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded in {elapsed:.1f} s: {counts}.")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content already complete; nothing to add ({counts}).")
            )
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        codes = ", ".join(f"editor-{country.code.lower()}" for country in ctx.content.countries)
        for line in (
            "",
            f"Log in at {admin_url} (development only) with:",
            "  admin          administrator, sees and edits everything",
            "  secretariat    reviews and publishes stories (Secretariat group)",
            f"  editor-xx      one editor per member state: {codes}",
            f"Password for every demo user: {DEMO_PASSWORD}",
        ):
            self.stdout.write(line)
