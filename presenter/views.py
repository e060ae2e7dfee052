"""The presenter's few server-side views: files of the app, and the event staff's notes.

The presenter itself (``frontend_contract/presenter/``) is a static client of the public
GraphQL API: these views only hand out its files, under ``/present/`` so that its service
worker may cache the whole app. The one thing the public API never serves, the running
order's presenter notes, comes from ``notes``, for logged-in event staff only.
This module must not import the API layer: the presenter reads the API over HTTP like any
other site.
"""

from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET
from django.views.static import serve
from wagtail.models import Locale

from meetings.models import MeetingPage
from presenter.access import is_event_staff

WINDOWS = {"main": "index.html", "notes": "notes.html"}
# The reference client sits next to the presenter in the contract, not inside its folder.
CLIENT = "ghrs-client.mjs"


def _app_folder():
    return Path(settings.BASE_DIR) / "frontend_contract" / "presenter"


def _content_languages():
    return {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}


def _no_cache(response):
    # Files change with a deployment and are small: the browser asks again each time
    # (a 304 when unchanged), and the service worker keeps them for when it cannot.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def shell(request, meeting_id, locale=None, window="main"):
    """The presenter's HTML page, the same for every meeting (the script reads the URL)."""
    if locale is not None and locale not in _content_languages():
        raise Http404("Not a content language.")
    if not MeetingPage.objects.live().filter(id=meeting_id).exists():
        raise Http404("No published meeting has this id.")
    page = (_app_folder() / WINDOWS[window]).read_bytes()
    return _no_cache(HttpResponse(page, content_type="text/html; charset=utf-8"))


@require_GET
def asset(request, name):
    """A file of the presenter (pages, scripts, styles), or the reference GraphQL client.

    The pages are here too so that the service worker can keep them for offline use.
    """
    if name == CLIENT:
        folder = _app_folder().parent / "clients"
    elif name == "sw.js" or "/" in name:
        raise Http404("Not a file of the presenter.")
    else:
        folder = _app_folder()
    return _no_cache(serve(request, name, document_root=folder))


@require_GET
def service_worker(request):
    """The service worker, served from /present/ so that it may cache every presenter URL."""
    script = (_app_folder() / "sw.js").read_bytes()
    return _no_cache(HttpResponse(script, content_type="text/javascript; charset=utf-8"))


def _refusal(status, code, message):
    response = JsonResponse({"error": {"code": code, "message": message}}, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def notes(request, meeting_id):
    """The presenter notes of a meeting's running order, for event staff only.

    Answers ``{"meeting": id, "locale": code, "items": [{"id": block id, "notes": text}]}``,
    in the language asked for (``?locale=fr``) when the meeting has a live translation in
    it, otherwise in the meeting's own language. Block ids are shared by the translations,
    so the notes window matches them with the programme the main window shows.
    """
    meeting = MeetingPage.objects.live().filter(id=meeting_id).first()
    if meeting is None:
        return _refusal(404, "UNKNOWN_MEETING", "No published meeting has this id.")
    if not request.user.is_authenticated:
        return _refusal(
            401,
            "LOGIN_REQUIRED",
            "Presenter notes are for event staff: sign in to the admin, then reload.",
        )
    if not is_event_staff(request.user, meeting):
        return _refusal(
            403,
            "NOT_EVENT_STAFF",
            "Presenter notes are for event staff: ask the secretariat to add you to "
            "the Event staff group.",
        )
    code = request.GET.get("locale") or meeting.locale.language_code
    if code not in _content_languages():
        return _refusal(
            400,
            "UNKNOWN_LOCALE",
            f"Unknown language; use one of: {', '.join(sorted(_content_languages()))}.",
        )
    locale = Locale.objects.filter(language_code=code).first()
    version = (meeting.get_translation_or_none(locale) if locale else None) or meeting
    if not version.live:
        version = meeting
    items = [
        {"id": block.id, "notes": block.value.get("presenter_notes") or ""}
        for block in version.specific.programme
    ]
    response = JsonResponse(
        {"meeting": str(meeting.id), "locale": version.locale.language_code, "items": items}
    )
    response["Cache-Control"] = "private, no-store"
    return response
