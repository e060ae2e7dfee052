"""Routes of the presenter: the app shell, its files, the service worker and the notes."""

from django.urls import path, re_path

from presenter import views

app_name = "presenter"

urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
    path("app/<str:name>", views.asset, name="asset"),
    path("<int:meeting_id>/", views.shell, name="meeting"),
    path("<int:meeting_id>/notes/", views.shell, {"window": "notes"}, name="notes_window"),
    path("<int:meeting_id>/notes.json", views.notes, name="notes"),
    # Any language code shape here; the view answers 404 for one that is not a content language.
    re_path(r"^(?P<meeting_id>[0-9]+)/(?P<locale>[a-z]{2}(?:-[a-z]+)?)/$", views.shell),
]
