"""The launch-event presenter in a real browser, on the demo's launch event.

The demo's launch event (27 September 2018, New York) has 17 items: opening, keynote, then
one story per founding member. Burkina Faso (item 4) and Indonesia (item 8) have a live
link from their capital, long off air, with the story's hosted video as its recording;
Indonesia's video has captions in English, French, Spanish and Arabic.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import expect

from meetings.models import MeetingPage

BURKINA_FASO, INDONESIA = 3, 7  # zero-based positions in the running order


@pytest.fixture
def launch(demo):
    """The address of the launch event's presenter."""
    meeting = MeetingPage.objects.get(kind="launch", locale__language_code="en")
    return f"/present/{meeting.id}/"


def open_presenter(page, url):
    page.goto(url)
    expect(page.locator("#status")).to_have_attribute("data-state", "online")
    expect(page.locator("#running-order li")).to_have_count(17)


def go_to(page, position):
    page.keyboard.press("Home")
    for _ in range(position):
        page.keyboard.press("ArrowRight")
    expect(page.locator("#running-order li").nth(position)).to_have_attribute("class", "current")


def test_the_launch_event_opens_on_item_one_and_the_right_arrow_moves_to_item_two(
    page, launch, screenshot
):
    open_presenter(page, launch)
    expect(page.locator("#meeting-title")).to_have_text(
        "Launch of the Good Human Rights Stories Initiative"
    )
    expect(page.locator("#item-title")).to_have_text("Opening remarks")
    # 10:00 in New York is 16:00 in Geneva (the browser's time zone) on 27 September 2018.
    expect(page.locator("#item-times .venue-time")).to_have_text("10:00")
    expect(page.locator("#item-times .viewer-time")).to_have_text("16:00 your time")
    expect(page.locator("#running-order li").first).to_have_attribute("class", "current")
    expect(page.locator("#pace")).to_have_text("On time")
    screenshot("item-1")

    page.keyboard.press("ArrowRight")
    expect(page.locator("#item-title")).to_have_text("Keynote: why good stories matter")
    expect(page.locator("#running-order li").nth(1)).to_have_attribute("class", "current")
    expect(page.locator("#running-order li").first).not_to_have_attribute("class", "current")
    # The opening was planned for 10 minutes and lasted seconds.
    expect(page.locator("#pace")).to_have_text("10 min ahead")
    screenshot("item-2")


def test_l_switches_the_language_and_arabic_turns_the_layout_right_to_left(
    page, launch, screenshot
):
    open_presenter(page, f"{launch}es/")
    expect(page.locator("#item-title")).to_have_text("Palabras de apertura")
    page.keyboard.press("l")  # es → ar, the next language of the API's list
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("#item-title")).to_have_text("الكلمات الافتتاحية")
    expect(page.locator("#status")).to_have_attribute("data-state", "online")
    assert page.url.endswith(f"{launch}ar/")
    screenshot("arabic")
    page.keyboard.press("l")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("html")).to_have_attribute("lang", "ru")


def test_a_live_feed_outside_its_window_plays_its_recording_with_a_label(page, launch, screenshot):
    open_presenter(page, launch)
    go_to(page, BURKINA_FASO)
    stage = page.locator("#stage")
    expect(stage).to_have_attribute("data-mode", "fallback-outside")
    expect(stage.locator(".media-label")).to_have_text("Recording: the live feed is not on air now")
    video = stage.locator("video")
    expect(video.locator("source")).to_have_attribute("src", re.compile(r"/media/.+\.mp4$"))
    # A real H.264 file: the browser decodes its first picture.
    page.wait_for_function(
        "() => document.querySelector('#stage video').readyState >= 2", timeout=15_000
    )
    assert video.evaluate("v => [v.videoWidth, v.videoHeight]") == [320, 180]
    screenshot("recording")


def test_captions_are_on_in_french_for_a_video_with_a_french_track(page, launch, screenshot):
    open_presenter(page, f"{launch}fr/")
    go_to(page, INDONESIA)
    video = page.locator("#stage video")
    expect(video).to_have_attribute("data-captions", "on")
    expect(video).to_have_attribute("data-caption-language", "fr")
    expect(page.locator("#stage .media-label")).to_have_text(
        "Enregistrement : le direct n'est pas à l'antenne"
    )
    page.wait_for_function(
        "() => document.querySelector('#stage video').readyState >= 2", timeout=15_000
    )
    showing = "v => [...v.textTracks].filter(t => t.mode === 'showing').map(t => t.language)"
    assert video.evaluate(showing) == ["fr"]
    screenshot("french-captions")
    page.keyboard.press("c")
    expect(video).to_have_attribute("data-captions", "off")
    assert video.evaluate(showing) == []
    expect(page.locator("#captions")).to_have_text("Sous-titres désactivés")


def test_the_next_items_video_is_fetched_ahead(page, launch):
    open_presenter(page, launch)
    go_to(page, INDONESIA - 2)
    with page.expect_request(re.compile(r"/media/.*demo-video-id[^/]*\.mp4$")) as request:
        page.keyboard.press("ArrowRight")  # Indonesia is now the next item
    assert request.value.resource_type == "fetch"


def test_the_saved_programme_stays_on_screen_when_the_api_fails_and_when_offline(
    page, launch, problems, screenshot
):
    open_presenter(page, launch)
    page.keyboard.press("ArrowRight")
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")

    problems.allow(r"HTTP 503: .*/graphql/|status of 503")
    page.route(
        "**/graphql/",
        lambda route: route.fulfill(
            status=503,
            content_type="application/json",
            body='{"errors": [{"message": "Down for the test", '
            '"extensions": {"code": "SERVICE_UNAVAILABLE"}}]}',
        ),
    )
    page.reload()
    status = page.locator("#status")
    expect(status).to_have_attribute("data-state", "api-error")
    expect(status).to_contain_text("showing saved programme")
    expect(page.locator("#item-title")).to_have_text("Keynote: why good stories matter")
    expect(page.locator("#running-order li")).to_have_count(17)
    screenshot("api-error")

    problems.allow(r"ERR_INTERNET_DISCONNECTED")
    page.unroute("**/graphql/")
    page.context.set_offline(True)
    page.reload()  # the service worker answers with the app shell
    expect(status).to_have_attribute("data-state", "offline")
    expect(status).to_contain_text("Offline, showing saved programme")
    expect(page.locator("#item-title")).to_have_text("Keynote: why good stories matter")
    expect(page.locator("#running-order li")).to_have_count(17)
    screenshot("offline")


def open_notes(page):
    with page.context.expect_page() as popup:
        page.keyboard.press("n")
    notes = popup.value
    notes.wait_for_load_state()
    return notes


def test_the_notes_window_follows_but_shows_no_notes_without_a_login(
    page, launch, problems, screenshot
):
    problems.allow(r"status of 401")
    open_presenter(page, launch)
    notes = open_notes(page)
    expect(notes.locator("#notes-status")).to_have_attribute("data-state", "refused")
    expect(notes.locator("#notes-status")).to_contain_text("sign in")
    expect(notes.locator("#now-title")).to_have_text("Opening remarks")
    page.bring_to_front()
    go_to(page, BURKINA_FASO)
    current = page.locator("#current").get_attribute("data-item-id")
    expect(notes.locator("body")).to_have_attribute("data-item-id", current)
    expect(notes.locator("#now-notes")).to_have_text("")
    screenshot("refused", target=notes)


def test_event_staff_read_the_notes_of_the_item_on_screen(new_context, demo, launch, screenshot):
    # A logged-in session of the demo's secretariat reviewer, whose group edits meetings.
    client = Client()
    client.force_login(get_user_model().objects.get(username="secretariat"))
    context = new_context()
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": demo.url}]
    )
    page = context.new_page()
    open_presenter(page, launch)
    notes = open_notes(page)
    page.bring_to_front()
    go_to(page, BURKINA_FASO)
    expect(notes.locator("#notes-status")).to_have_attribute("data-state", "following")
    expect(notes.locator("#now-notes")).to_have_text(
        "Live link from the capital: check the connection with the control room ten minutes before."
    )
    screenshot("notes", target=notes)
