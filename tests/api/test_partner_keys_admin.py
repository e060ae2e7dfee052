"""Partner API keys in the Wagtail admin: created by permitted users, shown once, revocable."""

import json
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.test import Client, TestCase
from django.urls import reverse

from api.models import PartnerApiKey


class PartnerKeyAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        User = get_user_model()
        cls.admin = User.objects.create_superuser("admin", "admin@example.org", "x")
        editors = Group.objects.create(name="Editors: Norway")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        cls.editor = User.objects.create_user("editor-no", "no@example.org", "x")
        cls.editor.groups.add(editors)

    def setUp(self):
        caches["default"].clear()

    def client_for(self, user):
        client = Client()
        client.force_login(user)
        return client

    def create_key(self, **data):
        return self.client_for(self.admin).post(
            reverse("partner_api_keys:add"),
            {"name": "Norway MFA website", "contact": "web@mfa.example", "is_active": "on", **data},
        )

    def test_a_new_key_is_shown_once_and_works_against_the_api(self):
        response = self.create_key()

        self.assertEqual(response.status_code, 200)
        self.assertIn("no-store", response["Cache-Control"])
        raw_key = re.search(r'value="(ghrs_[^"]+)"', response.content.decode())[1]
        api = Client().post(
            "/graphql/",
            data=json.dumps({"query": "{ locales { code } }"}),
            content_type="application/json",
            HTTP_X_API_KEY=raw_key,
        )
        self.assertEqual(api.status_code, 200)
        self.assertEqual(api["X-RateLimit-Limit"], "20000000")

        key = PartnerApiKey.objects.get()
        listing = self.client_for(self.admin).get(reverse("partner_api_keys:index"))
        edit = self.client_for(self.admin).get(reverse("partner_api_keys:edit", args=[key.pk]))
        for page in (listing, edit):
            self.assertEqual(page.status_code, 200)
            self.assertNotIn(raw_key, page.content.decode())
        self.assertIn(key.visible_prefix, listing.content.decode())

    def test_the_key_cannot_be_chosen_by_the_person_creating_it(self):
        self.create_key(key_digest="0" * 64, visible_prefix="ghrs_mine")

        key = PartnerApiKey.objects.get()
        self.assertNotEqual(key.key_digest, "0" * 64)
        self.assertNotEqual(key.visible_prefix, "ghrs_mine")

    def test_unticking_active_revokes_the_key(self):
        key = PartnerApiKey(name="Old partner")
        raw_key = key.issue_key()
        key.save()

        self.client_for(self.admin).post(
            reverse("partner_api_keys:edit", args=[key.pk]),
            {"name": "Old partner", "contact": ""},
        )

        api = Client().get("/graphql/", {"query": "{ locales { code } }"}, HTTP_X_API_KEY=raw_key)
        self.assertEqual(api.status_code, 401)

    def test_an_editor_without_the_permission_cannot_see_or_create_keys(self):
        client = self.client_for(self.editor)

        for url in (reverse("partner_api_keys:index"), reverse("partner_api_keys:add")):
            response = client.get(url)
            self.assertNotEqual(response.status_code, 200, url)
        client.post(reverse("partner_api_keys:add"), {"name": "Sneaky", "is_active": "on"})
        self.assertFalse(PartnerApiKey.objects.exists())
        self.assertNotIn(
            "Partner API keys", client.get(reverse("wagtailadmin_home")).content.decode()
        )

    def test_a_user_given_the_permission_can_create_keys(self):
        group = Group.objects.create(name="API team")
        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="add_partnerapikey"),
            Permission.objects.get(codename="change_partnerapikey"),
        )
        user = get_user_model().objects.create_user("api-team", "api@example.org", "x")
        user.groups.add(group)

        response = self.client_for(user).post(
            reverse("partner_api_keys:add"), {"name": "Uruguay", "is_active": "on"}
        )

        self.assertEqual(response.status_code, 200)
        self.assertTrue(PartnerApiKey.objects.filter(name="Uruguay").exists())
