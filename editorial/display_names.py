"""Group, workflow and task names in each editor's language.

The names are database rows, stored in English: they are the keys by which
``editorial.roles`` finds its groups, workflow and task, and the names log entries record.
Wagtail shows them as they are stored, in some thirty places (the “Submit to Secretariat
review” action, the workflow status, the dashboard's review panels, notification e-mails,
group and workflow listings), with no hook to give them a label of their own.

So ``Group.name``, ``Workflow.name`` and ``Task.name`` read as ``DisplayName``: a string
equal to the stored English name, which reads as the translation wherever it is turned
into text for a person (``str()``, ``%``, f-strings, templates). The database, lookups,
comparisons and JSON see the stored name. Forms that edit these rows get the stored name
(``value_from_object``), so saving a group in French does not rename it.

A name is translated when the project's catalogue has it (“Secretariat”), or when it is an
editors group (“Editors: Norway” reads “Rédacteurs : Norway”); any other name, such as a
group an administrator added by hand, reads as typed. This module never decides rights.
"""

from django.contrib.auth.models import Group
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import Task, Workflow

from editorial.roles import EDITORS_GROUP_DISPLAY, EDITORS_GROUP_PREFIX

MODELS = (Group, Workflow, Task)


def translated_name(stored):
    """The label an editor reads for the stored name ``stored``, in the active language."""
    if stored.startswith(EDITORS_GROUP_PREFIX):
        return gettext(EDITORS_GROUP_DISPLAY) % {"country": stored[len(EDITORS_GROUP_PREFIX) :]}
    return gettext(stored)


class DisplayName(str):
    """The stored name, which reads in the active language when shown."""

    def __str__(self):
        return translated_name(str.__str__(self))

    def __format__(self, spec):
        return format(str(self), spec)

    def __html__(self):
        return escape(str(self))

    @property
    def stored(self):
        """The name as the database holds it."""
        return str.__str__(self)


class DisplayNameAttribute:
    """Replaces Django's descriptor of a ``name`` field: keeps the stored value, reads it
    as a ``DisplayName``."""

    def __init__(self, field, original):
        self.field = field
        self.original = original

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__.get(self.field.attname)
        if self.field.attname not in instance.__dict__:
            value = self.original.__get__(instance, owner)  # a deferred field: load it
        return DisplayName(value) if isinstance(value, str) else value

    def __set__(self, instance, value):
        if isinstance(value, DisplayName):
            value = value.stored
        instance.__dict__[self.field.attname] = value


def stored_value(field):
    """``field.value_from_object`` for forms: the stored name, never a translation."""

    def value_from_object(obj):
        value = getattr(obj, field.attname)
        return value.stored if isinstance(value, DisplayName) else value

    return value_from_object


def install():
    """Read the names of groups, workflows and tasks in the editor's language; idempotent.
    Returns the originals, for ``editorial.patches.UNPATCHED``."""
    originals = {}
    for model in MODELS:
        field = model._meta.get_field("name")
        current = model.__dict__[field.attname]
        if isinstance(current, DisplayNameAttribute):
            continue
        originals[model] = (current, field.__dict__.get("value_from_object"))
        setattr(model, field.attname, DisplayNameAttribute(field, current))
        field.value_from_object = stored_value(field)
    return originals
