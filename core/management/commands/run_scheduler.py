"""Run the periodic commands every minute until stopped (Ctrl-C or SIGTERM).

The commands are named in ``SCHEDULED_COMMANDS``: Wagtail's ``publish_scheduled``, which
publishes pages whose ``go_live_at`` has come and unpublishes those whose ``expire_at`` has
passed (their webhooks and cache invalidation follow from Wagtail's publish signals), and
``deliver_webhooks``, the safety net for deliveries whose task was lost. One failing command
is logged and does not stop the others or the next tick. Idempotent: every command it runs
is, so two schedulers by mistake do no harm.

Run it next to ``manage.py db_worker`` (``make run`` starts both); production runs it as one
process or replaces it with a cron line per command (docs/deploying.md).
"""

import logging
import signal
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the scheduled commands (scheduled publishing, webhook safety net) every minute."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Seconds between two runs (default: SCHEDULER_INTERVAL_SECONDS, 60).",
        )
        parser.add_argument("--once", action="store_true", help="Run the commands once and stop.")

    def handle(self, *args, interval=None, once=False, **options):
        interval = interval if interval is not None else settings.SCHEDULER_INTERVAL_SECONDS
        self.stopping = False
        if not once:
            signal.signal(signal.SIGTERM, self.stop)
        ticks = 0
        while True:
            started = time.monotonic()
            ticks += 1
            failed = self.tick()
            if options["verbosity"] > 0:
                self.stdout.write(
                    f"Scheduler run {ticks}: {len(settings.SCHEDULED_COMMANDS)} commands, "
                    f"{failed} failed, in {time.monotonic() - started:.1f} s."
                )
            if once or self.stopping:
                return
            try:
                self.sleep(max(0.0, interval - (time.monotonic() - started)))
            except KeyboardInterrupt:
                return
            if self.stopping:
                return

    def tick(self):
        """Run each command once; return how many failed."""
        failed = 0
        for name in settings.SCHEDULED_COMMANDS:
            # A long-running process must not hold a connection the database has dropped.
            close_old_connections()
            try:
                call_command(name, verbosity=0)
            except Exception:
                failed += 1
                logger.exception("Scheduled command %s failed", name)
        close_old_connections()
        return failed

    def sleep(self, seconds):
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(min(1.0, deadline - time.monotonic()))

    def stop(self, signum, frame):
        self.stopping = True
