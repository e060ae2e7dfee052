#!/usr/bin/env python
import os
import sys

from django.core.management import execute_from_command_line

if __name__ == "__main__":
    # Settings load lazily, on the command's first use of them, so the default set here
    # still applies although the import above came first.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    execute_from_command_line(sys.argv)
