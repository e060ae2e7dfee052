"""Event staff run the launch event from its run sheet, in Chromium, as the demo's organiser."""

import re

from playwright.sync_api import expect

from demo.loaders.users import DEMO_PASSWORD
from meetings.models import MeetingPage


def log_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in")).click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def starts(page):
    return page.locator("[data-run-sheet] tbody [data-starts-at]").all_inner_texts()


def test_event_staff_change_an_item_time_on_the_run_sheet_and_later_items_move(page, screenshot):
    launch = MeetingPage.objects.get(kind="launch", locale__language_code="en")
    log_in(page, "events")

    page.goto(f"/admin/pages/{launch.pk}/edit/")
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Run sheet").first.click()
    expect(page.locator("[data-run-sheet] h2")).to_have_text(launch.title)
    before = starts(page)
    assert len(before) >= 3, before
    screenshot("run-sheet")

    page.get_by_role("link", name=re.compile("^Change the time of")).first.click()
    length = page.get_by_label("Length in minutes")
    # Shorter, so that the whole running order still ends within the meeting's hours.
    length.fill(str(int(length.input_value()) - 5))
    screenshot("change-time")
    page.get_by_role("button", name="Save").click()

    expect(
        page.get_by_text(re.compile(r"Saved and published: \d+ items start at a new time"))
    ).to_be_visible()
    after = starts(page)
    screenshot("later-items-moved")
    assert after[0] == before[0], "the first item keeps its start"
    for old, new in zip(before[1:], after[1:], strict=True):
        old_minutes = int(old[:2]) * 60 + int(old[3:])
        new_minutes = int(new[:2]) * 60 + int(new[3:])
        assert old_minutes - new_minutes == 5, (old, new)


def test_event_staff_cannot_open_a_story(page):
    from stories.models import StoryPage

    story = StoryPage.objects.filter(live=True).first()
    log_in(page, "events")
    page.goto(f"/admin/pages/{story.pk}/edit/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_text("Sorry, you do not have permission")).to_be_visible()
