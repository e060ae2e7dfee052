"""The presenter's server side: its pages and files, and notes for event staff only."""

from django.contrib.auth.models import Permission
from django.test import TestCase

from editorial.factories import build_editorial_site, make_user
from meetings.factories import MeetingPageFactory
from presenter.access import EVENT_STAFF_PERMISSION

ITEM = {
    "starts_at": "2018-09-27T13:00:00",
    "duration_minutes": 10,
    "title": "Opening remarks",
    "kind": "opening",
    "speakers": [],
    "member_state": None,
    "story": None,
    "media": [],
}


class PresenterTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_editorial_site()
        cls.meeting = MeetingPageFactory(
            parent=cls.site.home.get_children().get(slug="meetings"),
            programme=[
                {
                    "type": "item",
                    "id": "first-item",
                    "value": {**ITEM, "presenter_notes": "Cue the video after the welcome."},
                },
                {
                    "type": "item",
                    "id": "second-item",
                    "value": {**ITEM, "title": "Keynote", "presenter_notes": ""},
                },
            ],
        )
        cls.notes_url = f"/present/{cls.meeting.id}/notes.json"


class ShellTests(PresenterTestCase):
    def test_the_presenter_page_is_the_same_static_shell_for_every_language(self):
        for url in (f"/present/{self.meeting.id}/", f"/present/{self.meeting.id}/ar/"):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertContains(response, '<script type="module" src="/present/app/presenter.js">')
            self.assertEqual(response["Cache-Control"], "no-cache")

    def test_an_unknown_meeting_or_language_is_not_found(self):
        # Django's LocaleMiddleware first tries the address under /en/, which is not found.
        for url in ("/present/999999/", f"/present/{self.meeting.id}/xx/"):
            response = self.client.get(url, follow=True)
            self.assertEqual(response.status_code, 404, url)
            self.assertNotContains(response, "presenter.js", status_code=404)

    def test_the_page_never_contains_presenter_notes(self):
        response = self.client.get(f"/present/{self.meeting.id}/")
        self.assertNotContains(response, "Cue the video")

    def test_scripts_and_the_reference_client_are_served_as_javascript(self):
        for name in ("presenter.js", "media.js", "ghrs-client.mjs"):
            response = self.client.get(f"/present/app/{name}")
            self.assertEqual(response.status_code, 200, name)
            self.assertEqual(response["Content-Type"], "text/javascript", name)

    def test_only_the_presenter_files_are_served(self):
        for name in ("..%2Fclients%2Fsync_operations.py", "sync_operations.py", "sw.js"):
            self.assertEqual(self.client.get(f"/present/app/{name}").status_code, 404, name)

    def test_the_service_worker_is_served_from_the_presenter_root(self):
        response = self.client.get("/present/sw.js")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/javascript; charset=utf-8")
        self.assertContains(response, "ghrs-presenter-v1")


class NotesTests(PresenterTestCase):
    def test_notes_are_refused_without_a_login(self):
        response = self.client.get(self.notes_url)
        self.assertEqual(response.status_code, 401)
        self.assertEqual(response.json()["error"]["code"], "LOGIN_REQUIRED")
        self.assertNotIn("Cue the video", response.content.decode())

    def test_notes_are_refused_to_a_user_who_is_not_event_staff(self):
        self.client.force_login(self.site.norway_editor)
        response = self.client.get(self.notes_url)
        self.assertEqual(response.status_code, 403)
        self.assertEqual(response.json()["error"]["code"], "NOT_EVENT_STAFF")

    def test_the_secretariat_reads_the_notes_of_each_item_by_block_id(self):
        self.client.force_login(self.site.reviewer)
        response = self.client.get(self.notes_url, {"locale": "en"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "private, no-store")
        self.assertEqual(
            response.json(),
            {
                "meeting": str(self.meeting.id),
                "locale": "en",
                "items": [
                    {"id": "first-item", "notes": "Cue the video after the welcome."},
                    {"id": "second-item", "notes": ""},
                ],
            },
        )

    def test_the_event_staff_permission_alone_gives_the_notes(self):
        staff = make_user("stage-manager")
        staff.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="meetings", codename=EVENT_STAFF_PERMISSION.split(".")[1]
            )
        )
        self.client.force_login(staff)
        self.assertEqual(self.client.get(self.notes_url).status_code, 200)

    def test_an_unknown_language_is_refused_with_the_allowed_ones(self):
        self.client.force_login(self.site.reviewer)
        response = self.client.get(self.notes_url, {"locale": "xx"})
        self.assertEqual(response.status_code, 400)
        self.assertIn("zh-hans", response.json()["error"]["message"])

    def test_notes_of_an_unknown_meeting_are_not_found(self):
        response = self.client.get("/present/999999/notes.json")
        self.assertEqual(response.json()["error"]["code"], "UNKNOWN_MEETING")


class AdminLinkTests(PresenterTestCase):
    def test_the_meeting_edit_page_links_to_the_presenter(self):
        self.client.force_login(self.site.admin)
        response = self.client.get(f"/admin/pages/{self.meeting.id}/edit/")
        self.assertContains(response, f'href="/present/{self.meeting.id}/"')
        self.assertContains(response, "Open presenter")
