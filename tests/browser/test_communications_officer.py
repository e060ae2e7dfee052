"""The communications officer's admin in Chromium: a country's editor writes a story in
Spanish, the secretariat sends it back once and approves it, the editor translates it into
French and Arabic and hands the translations in, the secretariat publishes them together,
and the API returns them. Also: the Arabic admin is right to left while a Spanish story's
fields stay left to right inside it.

Each step saves a screenshot under test-artifacts/; the harness fails the test on any
console error or server error.
"""

import json
import re

from django.contrib.auth import get_user_model
from PIL import Image
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from stories.models import MemberStateStoriesPage, StoryPage

# Uploads and saves on a busy 2-core machine take longer than Playwright's 5 s default.
expect.set_options(timeout=30_000)

PASSWORD = "demo-password-change-me"
TITLE = "Bibliotecas que llegan a cada barrio"
# Saving and workflow actions end in the explorer of the story's section.
EXPLORER = re.compile(r"/admin/pages/\d+/$")
COMMENT = "Añadan la fecha del primer préstamo, por favor."


def log_in(page, username):
    # Leaving the admin page first lets it release its editing session with the cookies
    # that opened it (without them the release is refused for want of a CSRF cookie).
    page.goto("about:blank")
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))


def section(country_code, language_code):
    return MemberStateStoriesPage.objects.get(
        member_state__code=country_code,
        member_state__locale__language_code="en",
        locale__language_code=language_code,
    )


def set_admin_language(username, code):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username=username))
    profile.preferred_language = code
    profile.save()


def photo(folder):
    """A small JPEG, as a camera would give the editor."""
    path = folder / "biblioteca-movil.jpg"
    Image.new("RGB", (1200, 800), (40, 110, 160)).save(path, "JPEG")
    return path


def graphql(page, query, variables):
    response = page.request.post(
        "/graphql/",
        data=json.dumps({"query": query, "variables": variables}),
        headers={"Content-Type": "application/json"},
    )
    assert response.status == 200, response.text()
    return response.json()


def test_the_arabic_admin_is_right_to_left_and_a_spanish_story_stays_left_to_right(
    page, screenshot
):
    set_admin_language("editor-ar", "ar")
    story = StoryPage.objects.child_of(section("AR", "es")).first()
    log_in(page, "editor-ar")
    page.goto(f"/admin/pages/{story.pk}/edit/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    title = page.locator("#id_title")
    expect(title).to_have_attribute("dir", "ltr")
    expect(title).to_have_attribute("lang", "es")
    assert title.evaluate("el => getComputedStyle(el).direction") == "ltr"
    # Fields drawn by StreamField in the browser get the content's direction from the script.
    body = page.locator('[data-contentpath="body"]')
    expect(body.locator(".Draftail-Editor").first).to_have_attribute("dir", "ltr")
    screenshot("arabic-admin-spanish-story")


def test_the_completeness_report_fits_1280_pixels(page, screenshot):
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, "secretariat")
    page.goto("/admin/localization/reports/completeness/")
    table = page.locator("table.localization-completeness")
    expect(table).to_be_visible()
    publish = table.locator("th").last
    box = publish.bounding_box()
    assert box["x"] + box["width"] <= 1280, box
    title_width = table.locator("th.title").bounding_box()["width"]
    assert title_width >= 150, title_width
    screenshot("completeness-1280")


def test_a_story_from_first_draft_to_published_translations(page, screenshot, tmp_path, settings):
    # The live server's threads share one SQLite connection: Wagtail's autosave posting
    # while a button's request runs breaks both transactions (and its first save creates
    # the page the "Save draft" click creates again). The editor saves by hand here.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    other_draft = StoryPage.objects.child_of(section("UY", "en")).first()
    other_draft.save_revision()  # a draft of another country

    # The editor starts from the dashboard panel of their country.
    log_in(page, "editor-ar")
    panel = page.locator("[data-country-panel]")
    expect(panel).to_be_visible()
    screenshot("editor-dashboard")
    panel.locator('tr[data-language="es"]').get_by_role("link", name="Add story").click()
    page.wait_for_url(re.compile(r"/admin/pages/add/stories/storypage/"))

    # Writing the story in Spanish.
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill("Bibliotecas móviles llevan libros a los barrios.")
    page.locator("#id_hero_image_alt").fill("Una biblioteca móvil en una plaza")
    page.locator('[data-contentpath="hero_image"]').get_by_role("button").first.click()
    choose_hero_image(page, photo(tmp_path))
    body = page.locator('[data-contentpath="body"]')
    body.get_by_role("button", name=re.compile("Insert a block")).first.click()
    page.get_by_role("option", name=re.compile("Paragraph")).first.click()
    body.locator(".public-DraftEditor-content").first.click()
    page.keyboard.type("Las bibliotecas móviles visitan cada barrio una vez por semana.")
    themes = page.locator('input[type="checkbox"][name="themes"]')
    assert themes.count() <= 10  # one per concept, not one per language
    themes.first.check()
    page.locator('input[type="checkbox"][name="sdgs"]').nth(3).check()
    page.locator("#id_consent_confirmed").check()
    screenshot("story-written")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text(TITLE)
    story = StoryPage.objects.get(title=TITLE)

    # Preview, then submit.
    preview = page.request.get(f"/admin/pages/{story.pk}/edit/preview/?mode=")
    assert preview.status < 500
    page.get_by_role("button", name=re.compile("More actions")).click()
    page.get_by_role("button", name=re.compile("Submit to Secretariat review")).click()
    expect(page).to_have_url(EXPLORER)
    expect(page.locator(".messages")).to_contain_text("submitted")
    screenshot("submitted")

    # Another country's draft is out of reach by address.
    page.goto(f"/admin/pages/{other_draft.pk}/edit/")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    assert other_draft.title not in page.content()

    # The secretariat asks for changes.
    log_in(page, "secretariat")
    page.goto(f"/admin/pages/{story.pk}/edit/")
    page.get_by_role("button", name=re.compile("More actions")).click()
    page.get_by_role("button", name=re.compile("Request changes")).click()
    page.locator("textarea[name='comment']").fill(COMMENT)
    page.locator(".modal-dialog").get_by_role("button", name=re.compile("Request changes")).click()
    expect(page).to_have_url(EXPLORER)
    expect(page.locator(".messages")).to_contain_text(TITLE)
    screenshot("changes-requested")

    # The editor reads the comment and resubmits.
    log_in(page, "editor-ar")
    expect(page.locator("[data-country-panel]")).to_contain_text(COMMENT)
    screenshot("comment-on-dashboard")
    page.goto(f"/admin/pages/{story.pk}/edit/")
    expect(page.locator(".messages")).to_contain_text(COMMENT)
    page.locator("#id_location").fill("Córdoba, Argentina")
    page.get_by_role("button", name=re.compile("More actions")).click()
    page.get_by_role("button", name=re.compile("Resubmit")).click()
    expect(page).to_have_url(EXPLORER)
    expect(page.locator(".messages")).to_contain_text("submitted")

    # The secretariat approves.
    log_in(page, "secretariat")
    page.goto(f"/admin/pages/{story.pk}/edit/")
    page.get_by_role("button", name=re.compile("More actions")).click()
    page.get_by_role("button", name=re.compile("^Approve$")).click()
    expect(page).to_have_url(EXPLORER)
    expect(page.locator(".messages")).to_contain_text(TITLE)
    screenshot("approved")
    story.refresh_from_db()
    assert story.live

    # The editor translates into French and Arabic and hands both in.
    log_in(page, "editor-ar")
    page.goto(f"/admin/localize/submit/page/{story.pk}/")
    for name in ("French", "Arabic"):
        page.get_by_label(re.compile(name)).check()
    page.get_by_role("button", name=re.compile("Submit")).click()
    expect(page.locator(".messages")).to_contain_text("submitted for translation")
    for code in ("fr", "ar"):
        translated = story.get_translation(Locale.objects.get(language_code=code))
        translation = Translation.objects.get(
            source__object_id=story.translation_key, target_locale__language_code=code
        )
        page.goto(f"/admin/pages/{translated.pk}/edit/")
        editor = page.locator(".js-translation-editor")
        expect(editor).to_be_visible()
        fill_segments(translation)
        page.reload()
        if code == "ar":
            # The translated texts are shown right to left (the direction script).
            expect(editor.locator('[dir="rtl"][lang="ar"]').first).to_be_visible()
        screenshot(f"translation-{code}")
        page.locator("[data-translation-review]").get_by_role("button").click()
        expect(page.locator(".messages")).to_contain_text("submitted")

    # The secretariat publishes the three languages together.
    log_in(page, "secretariat")
    page.goto(f"/admin/localization/publish-together/{story.pk}/")
    screenshot("publish-together")
    page.get_by_role("button", name=re.compile("Publish")).last.click()
    expect(page.locator(".messages")).to_contain_text("Published")
    for code in ("fr", "ar"):
        result = graphql(
            page,
            "query($locale: String!) { stories(locale: $locale, first: 50) { nodes { title } } }",
            {"locale": code},
        )
        titles = [node["title"] for node in result["data"]["stories"]["nodes"]]
        assert any(title.startswith(f"[{code}]") for title in titles), titles


def fill_segments(translation):
    po = translation.export_po()
    for entry in po:
        if not entry.obsolete:
            entry.msgstr = f"[{translation.target_locale.language_code}] {entry.msgid}"
    translation.import_po(po, tool_name="PO File")


def choose_hero_image(page, path):
    """Upload ``path`` in the image chooser's Upload tab; the chooser closes on the image."""
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    form = modal.locator("form[data-chooser-modal-creation-form]")
    expect(form).to_be_visible()
    form.locator('input[type="file"]').set_input_files(str(path))
    form.locator('input[name$="title"]').fill("Biblioteca móvil")
    with page.expect_response(
        lambda response: response.request.method == "POST" and "/chooser/" in response.url
    ) as uploaded:
        form.get_by_role("button", name="Upload").click()
    response = uploaded.value
    assert response.ok and '"chosen"' in response.text(), response.text()
    expect(modal).to_be_hidden()
    field = page.locator('[data-contentpath="hero_image"]')
    expect(field.locator("img")).to_have_attribute("src", re.compile(path.stem))
    expect(field.locator("img")).to_be_visible()
