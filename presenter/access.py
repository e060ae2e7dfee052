"""Who may read a meeting's presenter notes: event staff, never the public.

Presenter notes are the only part of a running order that is not public. They are served by
``presenter.views.notes`` to a logged-in user who is event staff for that meeting:

- a user who may edit the meeting page (Wagtail's page permissions: the secretariat, a
  superuser, any group given "edit" on the meetings section), or
- a user with the Django permission ``meetings.change_meetingpage``, which the *Event
  staff* group holds (give it to a group to let its members run events without
  page-editing rights anywhere else).

This module reads users and pages only; it must not know anything about GraphQL.
"""

EVENT_STAFF_PERMISSION = "meetings.change_meetingpage"


def is_event_staff(user, meeting):
    """True when ``user`` may read the presenter notes of ``meeting``."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.has_perm(EVENT_STAFF_PERMISSION):
        return True
    return meeting.permissions_for_user(user).can_edit()
