"""Ways to save a few thousand objects at once without paying per-save side effects.

Each is a context manager that holds back work the project does after every save (search
and reference indexing, rendition warming, editorial-role updates, log lines) and does it
once at the end, or leaves it to the command made for it.
"""

import contextlib
import logging
from collections import defaultdict

from django.db.models.signals import post_save, pre_save
from modelcluster.fields import ParentalKey
from modelsearch import index as search_index
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler as search_post_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

from coalition.models import MemberState
from editorial import signals as role_signals
from home.models import HomePage
from media_library import signal_handlers as media_signals
from meetings.models import MeetingIndexPage
from stories.models import MemberStateStoriesPage, StoryIndexPage


def indexed_parent(instance):
    """The object whose index entries cover ``instance``: itself, or its cluster's parent."""
    while True:
        keys = [field for field in instance._meta.get_fields() if isinstance(field, ParentalKey)]
        if not keys:
            return instance
        instance = getattr(instance, keys[0].name)
        if instance is None:
            return None


@contextlib.contextmanager
def deferred_indexing():
    """Update the search index and Wagtail's reference index once per object, at the end.

    While loading, a page is saved many times (created, revised, published, translated),
    and re-indexing it after every save would cost more than everything else the loader
    does. Inside this block, saves are only remembered; on a clean exit each remembered
    object is indexed once, the way the signal handlers would have indexed it.
    """
    touched = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        parent = None if raw else indexed_parent(instance)
        if parent is not None:
            touched[type(parent)].add(parent.pk)

    searchable = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    post_save.connect(remember, dispatch_uid="load-demo-remember-saves", weak=False)
    for model in searchable:
        post_save.disconnect(search_post_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="load-demo-remember-saves")
        for model in searchable:
            post_save.connect(search_post_save, sender=model)
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in touched.items():
        if ReferenceIndex.is_indexed(model):
            for instance in model.objects.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(instance)
        if model in searchable:
            items = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in backends:
                backend.add_bulk(model, items)


@contextlib.contextmanager
def renditions_not_warmed():
    """Skip warming image renditions on each publish while the demo is loading.

    The media library warms a page's renditions after it is published; for two hundred
    pages published in one go that would double the load time. ``manage.py
    warm_renditions`` generates them all at once, and the API generates any missing one
    on first use.
    """
    disconnected = page_published.disconnect(dispatch_uid="media_library_warm")
    try:
        yield
    finally:
        if disconnected:
            media_signals.register_signal_handlers()


@contextlib.contextmanager
def editorial_roles_applied_once():
    """Hold back the per-save editorial-role handlers; the loader applies the roles in one go.

    ``editorial.signals`` updates a country's groups and permissions after every member
    state and story section saved, which is right in the admin and wasteful in a bulk load
    that creates 84 sections. As ``setup_editorial_roles`` recommends for bulk changes,
    the loader runs that command once the structure exists (the "Roles and users" step).
    """
    receivers = [
        (pre_save, MemberState, "roles-member-state-name"),
        (post_save, MemberState, "roles-member-state"),
        (pre_save, MemberStateStoriesPage, "roles-section-member-state"),
        (post_save, MemberStateStoriesPage, "roles-section"),
        (post_save, StoryIndexPage, "roles-story-index"),
        (post_save, HomePage, "roles-home-page"),
        (post_save, MeetingIndexPage, "roles-meeting-index"),
    ]
    disconnected = [
        signal.disconnect(sender=sender, dispatch_uid=uid) for signal, sender, uid in receivers
    ]
    try:
        yield
    finally:
        if any(disconnected):
            role_signals.connect()


@contextlib.contextmanager
def quiet_loggers(names=("wagtail", "wagtail_localize", "django_tasks")):
    """Keep per-page log lines ("Page created", "Task ... SUCCESSFUL") out of the progress bar."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(max(logger.getEffectiveLevel(), logging.WARNING))
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
