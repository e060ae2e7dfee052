"""The browser harness itself: the page stays on this machine and problems are caught."""

import pytest
from playwright.sync_api import Error as PlaywrightError


def test_the_admin_login_page_opens_with_the_demo_loaded(page, screenshot):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("secretariat")
    assert page.title().startswith("Sign in")
    assert screenshot("login").exists()


def test_requests_to_other_hosts_are_refused_in_the_browser(page):
    with pytest.raises(PlaywrightError, match="ERR_BLOCKED_BY_CLIENT"):
        page.goto("https://example.org/")


def test_console_errors_and_server_errors_are_recorded(page, problems):
    page.goto("/admin/login/")
    page.evaluate("() => console.error('something broke')")
    page.wait_for_timeout(50)
    assert problems.unexpected() == ["console: something broke"]
    problems.allow("something broke")


@pytest.mark.parametrize("step", ["one"])
def test_screenshots_are_numbered_per_test(page, screenshot, step):
    page.goto("/admin/login/")
    first, second = screenshot(step), screenshot("two")
    assert (first.name, second.name) == ("01-one.png", "02-two.png")
    assert first.parent.name == "test_screenshots_are_numbered_per_test-one"
