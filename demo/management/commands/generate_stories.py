"""``manage.py generate_stories``: grow the demo to thousands of stories, fast and reproducibly.

Development and benchmarks only (it refuses to run with ``DEBUG`` off unless ``--force``).
Builds on ``load_demo``'s content; the work is ``demo.generator``'s. ``--compare N`` also
times N stories added the editor's way (``add_child``, a revision, ``publish``) inside a
transaction that is rolled back, and prints both rates.
"""

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from demo.generator import GeneratorError, Plan, Reindexer, analyze, generate, story_pages
from demo.loaders.bulk import quiet_loggers


class Rollback(Exception):
    """Raised to undo the ``--compare`` measurement."""


class Command(BaseCommand):
    help = (
        "Add COUNT published stories, each in every language of --languages, to the demo "
        "content (development and benchmarks only). Deterministic: the same --seed gives the "
        "same stories; running it again adds only the missing ones."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="stories to have (0…COUNT-1)")
        parser.add_argument(
            "--languages",
            default="all",
            help="comma-separated language codes, or “all” for every content language",
        )
        parser.add_argument("--seed", type=int, default=1, help="seed of the stories' contents")
        parser.add_argument("--no-index", action="store_true", help="skip the search index")
        parser.add_argument(
            "--compare",
            type=int,
            default=0,
            metavar="N",
            help="also time N stories added one by one with add_child (rolled back)",
        )
        parser.add_argument("--force", action="store_true", help="run even with DEBUG off")

    def handle(self, *args, count, languages, seed, no_index, compare, force, verbosity, **_):
        if not settings.DEBUG and not force:
            raise CommandError(
                "generate_stories invents content, so it only runs with DEBUG=True "
                "(development settings). Add --force to run it on a database that is not "
                "production."
            )
        if not 0 <= count <= 1_000_000:
            raise CommandError("--count must be between 0 and 1,000,000.")
        codes = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
        if languages != "all":
            wanted = [code.strip() for code in languages.split(",") if code.strip()]
            unknown = sorted(set(wanted) - set(codes))
            if unknown or not wanted:
                raise CommandError(
                    f"Unknown language(s) {', '.join(unknown) or '(none)'}; "
                    f"choose among {', '.join(codes)} or “all”."
                )
            codes = wanted
        show = verbosity >= 1
        bar_wanted = show and sys.stderr.isatty()
        indexer = None if no_index else Reindexer()
        indexing = 0.0
        done = 0

        def index(page_ids):
            nonlocal indexing
            began = time.monotonic()
            indexer(page_ids)
            indexing += time.monotonic() - began

        def report(stories):
            nonlocal done
            done += stories
            bar.update(stories)
            if show and not bar_wanted:
                # Logs and pipes get one line per batch instead of a redrawn bar.
                elapsed = time.monotonic() - started
                self.stdout.write(f"{done}/{count} stories handled in {elapsed:.0f} s")

        started = time.monotonic()
        try:
            with tqdm(
                total=count, unit="story", desc="Stories", disable=not bar_wanted, file=sys.stderr
            ) as bar:
                added = generate(
                    count, codes, seed, progress=report, on_batch=index if indexer else None
                )
        except GeneratorError as error:
            raise CommandError(str(error)) from error
        if added:
            analyze()
        elapsed = time.monotonic() - started
        writing = elapsed - indexing
        if show:
            rate = len(added) / writing if writing else 0
            self.stdout.write(
                f"{len(added)} story pages added in {writing:.1f} s ({rate:.0f} pages/s), "
                f"{count} stories in {len(codes)} languages wanted."
            )
            if indexer and added:
                self.stdout.write(f"Search index updated in {indexing:.1f} s.")
        bulk_rate = len(added) / writing if added and writing else None
        if compare:
            self.compare(compare, codes, seed, bulk_rate)

    def compare(self, number, codes, seed, bulk_rate):
        """Time ``number`` pages added one at a time, as an editor's publish adds them."""
        plan = Plan(codes)
        pages = []
        story = 10**6  # numbers no real run uses, so nothing clashes
        while len(pages) < number:
            pages.extend(story_pages(plan, seed, story, {plan.locales[codes[0]].pk}))
            story += 1
        started = time.monotonic()
        try:
            with quiet_loggers(), transaction.atomic():
                for page in pages[:number]:
                    section = plan.sections[(str(page.member_state.code), page.locale_id)]
                    page.path = page.depth = None
                    page.live = False
                    section.add_child(instance=page)
                    page.save_revision(user=None).publish(user=None)
                    section.refresh_from_db()
                raise Rollback
        except Rollback:
            pass
        one_by_one = number / (time.monotonic() - started)
        line = f"add_child one by one: {one_by_one:.1f} pages/s"
        if bulk_rate:
            line += f"; this command: {bulk_rate:.0f} pages/s ({bulk_rate / one_by_one:.0f}x)"
        self.stdout.write(line)
