"""``manage.py warm_renditions``: pre-generate the API's standard renditions of images in use.

Run it after deploying a change to the standard widths or formats, after restoring media,
and nightly as a safety net; publishing a page already warms that page's images. Running
it again only generates what is missing.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from media_library.renditions import standard_filter_specs
from media_library.warming import images_in_use, warm_images


class _ProgressStream:
    """Passes tqdm's partial lines through a command's output wrapper without newlines."""

    def __init__(self, wrapper):
        self.wrapper = wrapper

    def write(self, text):
        self.wrapper.write(text, ending="")

    def flush(self):
        self.wrapper.flush()


class Command(BaseCommand):
    help = (
        "Generate the standard API renditions (widths and formats) of every image used by a "
        "live page or a snippet, so that no public request has to generate one."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count the images that would be warmed.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Do not show the progress bar."
        )

    def handle(self, *args, dry_run=False, no_progress=False, **options):
        specs = standard_filter_specs()
        images = images_in_use()
        total = images.count()
        self.stdout.write(
            f"{total} image{'s' if total != 1 else ''} in use; "
            f"{len(specs)} standard renditions each ({', '.join(specs)})."
        )
        if dry_run or not total:
            return

        def progress(iterable):
            return tqdm(
                iterable,
                total=total,
                unit="image",
                desc="Warming renditions",
                file=_ProgressStream(self.stderr),
                disable=no_progress or options["verbosity"] == 0,
            )

        report = warm_images(images, specs, progress=progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Done: {report.generated} renditions generated, {report.present} already "
                f"present, {len(report.failures)} image(s) failed."
            )
        )
        if report.failures:
            for failure in report.failures:
                self.stderr.write(failure)
            raise CommandError(
                f"{len(report.failures)} image(s) could not be processed (listed above); "
                "replace their files in the admin, then run the command again."
            )
