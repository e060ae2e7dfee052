"""Login throttling on the Wagtail admin's login form (django-axes).

A username is locked out from one address after AXES_FAILURE_LIMIT wrong passwords; even
the right password does not log in until the cool-off has passed. Other addresses, and
other usernames from the same address, are not affected.
"""

import datetime

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from cms.settings import base

PASSWORD = "correct horse battery staple"


@override_settings(
    AUTHENTICATION_BACKENDS=base.AUTHENTICATION_BACKENDS,
    AXES_FAILURE_LIMIT=5,
    AXES_COOLOFF_TIME=datetime.timedelta(minutes=15),
)
class AdminLoginThrottlingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        User = get_user_model()
        cls.editor = User.objects.create_superuser("editor-no", "no@example.org", PASSWORD)
        User.objects.create_superuser("editor-uy", "uy@example.org", PASSWORD)

    def log_in(self, username, password, address="203.0.113.10"):
        client = Client(REMOTE_ADDR=address)
        response = client.post(
            reverse("wagtailadmin_login"), {"username": username, "password": password}
        )
        logged_in = client.get(reverse("wagtailadmin_home")).status_code == 200
        return response, logged_in

    def fail(self, times, username="editor-no", address="203.0.113.10"):
        for _ in range(times):
            self.log_in(username, "wrong password", address)

    def test_the_right_password_logs_in(self):
        _, logged_in = self.log_in("editor-no", PASSWORD)
        self.assertTrue(logged_in)

    def test_after_30_wrong_passwords_the_right_one_does_not_log_in(self):
        self.fail(30)

        response, logged_in = self.log_in("editor-no", PASSWORD)

        self.assertFalse(logged_in)
        self.assertEqual(response.status_code, 429)

    def test_the_lockout_starts_at_the_failure_limit(self):
        self.fail(4)
        self.assertTrue(self.log_in("editor-no", PASSWORD)[1])

        self.fail(5)
        self.assertFalse(self.log_in("editor-no", PASSWORD)[1])

    @override_settings(AXES_FAILURE_LIMIT=10)
    def test_the_failure_limit_is_a_setting(self):
        self.fail(9)
        self.assertTrue(self.log_in("editor-no", PASSWORD)[1])

    def test_after_the_cool_off_the_right_password_logs_in_again(self):
        self.fail(30)
        self.assertFalse(self.log_in("editor-no", PASSWORD)[1])

        # Sixteen minutes pass.
        AccessAttempt.objects.update(
            attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
        )

        self.assertTrue(self.log_in("editor-no", PASSWORD)[1])

    def test_the_same_user_from_another_address_is_not_locked_out(self):
        self.fail(30, address="203.0.113.10")

        self.assertTrue(self.log_in("editor-no", PASSWORD, address="198.51.100.20")[1])

    def test_another_user_from_the_same_address_is_not_locked_out(self):
        self.fail(30, username="editor-no")

        self.assertTrue(self.log_in("editor-uy", PASSWORD)[1])

    @override_settings(TRUSTED_PROXY_IP_HEADER="X-Forwarded-For")
    def test_behind_a_proxy_the_lockout_follows_the_forwarded_address(self):
        for _ in range(5):
            Client(REMOTE_ADDR="10.0.0.2").post(
                reverse("wagtailadmin_login"),
                {"username": "editor-no", "password": "wrong"},
                HTTP_X_FORWARDED_FOR="203.0.113.10",
            )

        self.assertEqual(
            set(AccessAttempt.objects.values_list("ip_address", flat=True)), {"203.0.113.10"}
        )
