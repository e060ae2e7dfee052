"""Create or complete the editorial groups, collections, permissions and review workflow.

Safe to run any number of times: a second run changes nothing and says so. Run it after
adding member states or story sections in bulk (the admin does it automatically for
sections and member states created one by one).
"""

from django.core.management.base import BaseCommand, CommandError

from editorial.roles import (
    EDITORS_GROUP_PREFIX,
    REVIEW_WORKFLOW,
    SECRETARIAT_GROUP,
    setup_editorial_roles,
)


class Command(BaseCommand):
    help = (
        "Create or complete one editors group per member state (“Editors: <country>”), "
        f"the {SECRETARIAT_GROUP} group and the “{REVIEW_WORKFLOW}” workflow. Idempotent."
    )

    def handle(self, *args, **options):
        try:
            report = setup_editorial_roles()
        except LookupError as error:
            raise CommandError(str(error)) from error

        verbosity = options["verbosity"]
        if verbosity == 0:
            return
        write = self.stdout.write
        editors_created = [
            name for name in report.groups_created if name.startswith(EDITORS_GROUP_PREFIX)
        ]
        write(f"Editors groups: {report.editors_groups} ({len(editors_created)} created).")
        secretariat_state = (
            "created" if SECRETARIAT_GROUP in report.groups_created else "already there"
        )
        write(f"{SECRETARIAT_GROUP} group: {secretariat_state}.")
        write(f"Country collections created: {len(report.collections_created)}.")
        write(
            f"Permissions: {report.permissions_added} added, {report.permissions_removed} removed."
        )
        repairs = f", {report.workflow_changes} repaired" if report.workflow_changes else ""
        write(
            f"“{REVIEW_WORKFLOW}” workflow on {report.story_indexes} story index page(s) "
            f"({report.workflow_pages_assigned} newly assigned{repairs})."
        )
        if verbosity >= 2:
            for name in report.groups_created:
                write(f"  created group {name}")
            for name in report.collections_created:
                write(f"  created collection {name}")
        if report.countries_without_section:
            write(
                self.style.WARNING(
                    "No story section yet for: "
                    + ", ".join(report.countries_without_section)
                    + ". Their editors get page permissions as soon as a section is created."
                )
            )
        if report.changed:
            write(self.style.SUCCESS("Editorial roles updated."))
        else:
            write(self.style.SUCCESS("Editorial roles already up to date; nothing changed."))
