"""The running order as event staff read it: planned times, overlaps, gaps, reflowing.

A meeting's ``programme`` stores each item's wall-clock start and planned length. This
module works out what follows from them (when each item ends, where two items overlap or
leave a gap) and moves later items when one item's time changes. It reads and writes
stream values only; saving a revision is the caller's business (the run sheet's view, the
meeting form).
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import ngettext


@dataclass(frozen=True)
class TimingIssue:
    """An overlap with, or a gap after, the item before: ``minutes`` is always positive."""

    OVERLAP = "overlap"
    GAP = "gap"

    kind: str
    minutes: int

    @property
    def message(self):
        if self.kind == self.OVERLAP:
            return ngettext(
                "Starts %(minutes)d minute before the previous item ends.",
                "Starts %(minutes)d minutes before the previous item ends.",
                self.minutes,
            ) % {"minutes": self.minutes}
        return ngettext(
            "Leaves a gap of %(minutes)d minute after the previous item.",
            "Leaves a gap of %(minutes)d minutes after the previous item.",
            self.minutes,
        ) % {"minutes": self.minutes}


@dataclass(frozen=True)
class ScheduledItem:
    """One running-order item with its wall-clock start and end (naive, venue time)."""

    block_id: str
    value: object
    starts_at: datetime.datetime | None
    ends_at: datetime.datetime | None
    issue: TimingIssue | None


def _minutes(value):
    return int(value.get("duration_minutes") or 0)


def _end(value):
    start = value.get("starts_at")
    return start + datetime.timedelta(minutes=_minutes(value)) if start else None


def schedule(programme):
    """Each item of ``programme`` (a StreamValue) in running order, with its timing issue.

    Items are compared with the item before them in the stream, which is the order the
    event runs in; an item without a start is listed without an issue.
    """
    items = []
    previous_end = None
    for child in programme:
        value = child.value
        start, end = value.get("starts_at"), _end(child.value)
        issue = None
        if start and previous_end:
            difference = int((start - previous_end).total_seconds() // 60)
            if difference < 0:
                issue = TimingIssue(TimingIssue.OVERLAP, -difference)
            elif difference > 0:
                issue = TimingIssue(TimingIssue.GAP, difference)
        items.append(ScheduledItem(child.id, value, start, end, issue))
        previous_end = end or previous_end
    return items


def reschedule(programme, block_id, starts_at, duration_minutes, *, move_later=True):
    """Give one item a new start and length; with ``move_later``, later items follow.

    Later items move by as much as the changed item's end moved, so the gaps and overlaps
    the running order already had are kept. Returns the number of items whose start
    changed. Raises ``LookupError`` when no item has ``block_id``.
    """
    children = list(programme)
    position = next((i for i, child in enumerate(children) if child.id == block_id), None)
    if position is None:
        raise LookupError(block_id)
    value = children[position].value
    old_end = _end(value)
    moved = int(value.get("starts_at") != starts_at)
    value["starts_at"] = starts_at
    value["duration_minutes"] = duration_minutes
    shift = _end(value) - old_end if old_end else datetime.timedelta(0)
    if move_later and shift:
        for child in children[position + 1 :]:
            if child.value.get("starts_at"):
                child.value["starts_at"] += shift
                moved += 1
    return moved


def close_up(programme):
    """Start each item when the one before it ends, keeping every planned length.

    The first item keeps its start. Returns the number of items whose start changed.
    """
    moved = 0
    previous_end = None
    for child in programme:
        value = child.value
        if previous_end and value.get("starts_at") != previous_end:
            value["starts_at"] = previous_end
            moved += 1
        previous_end = _end(value) or previous_end
    return moved
