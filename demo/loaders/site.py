"""The page tree's fixed pages: home, the two indexes, a section per country, text pages.

Also the default site, which serves the English home page, and the home page's featured
stories, chosen once every story exists.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from demo.content.types import EN
from demo.loaders.context import block_id, paragraph
from home.models import (
    HomePage,
    HomePageFeaturedStory,
    SiteSettings,
    SiteSettingsText,
    SocialLink,
    StandardPage,
)
from localization.seeding import sync_translations
from meetings.models import MeetingIndexPage
from stories.models import MemberStateStoriesPage, StoryIndexPage


def home(ctx):
    spec = ctx.content.site["home"]
    english = ctx.locale(EN)
    page = HomePage.objects.filter(locale=english, depth=2).first()
    if page is None:
        root = Page.get_first_root_node()
        # Wagtail's installation page ("Welcome to your new Wagtail site!") is a plain
        # Page; it makes way for the home page as long as nothing was built under it.
        for welcome in root.get_children().filter(
            content_type__model="page", content_type__app_label="wagtailcore", numchild=0
        ):
            welcome.delete()
        page = ctx.add_page(
            root,
            HomePage(
                locale=english,
                title=spec.title[EN],
                slug=spec.slug[EN],
                introduction=paragraph(spec.introduction[EN]),
            ),
        )
    ctx.pages["home"] = page
    default_site = Site.objects.filter(is_default_site=True).first()
    if default_site is None:
        Site.objects.create(
            hostname=urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost",
            port=80,
            root_page=page,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
        ctx.created += 1
    elif default_site.root_page_id != page.pk:
        default_site.root_page = page
        default_site.site_name = default_site.site_name or settings.WAGTAIL_SITE_NAME
        default_site.save()


def indexes(ctx):
    home_page = ctx.pages["home"]
    for key, model in (("stories", StoryIndexPage), ("meetings", MeetingIndexPage)):
        spec = ctx.content.site[key]
        page = ctx.child(home_page, model, spec.slug[EN])
        if page is None:
            page = ctx.add_page(
                home_page,
                model(
                    title=spec.title[EN],
                    slug=spec.slug[EN],
                    introduction=spec.introduction[EN],
                    show_in_menus=True,
                ),
            )
        ctx.pages[key] = page


def section(ctx, country):
    index = ctx.pages["stories"]
    slug = country.code.lower()
    page = ctx.child(index, MemberStateStoriesPage, slug)
    if page is None:
        page = ctx.add_page(
            index,
            MemberStateStoriesPage(
                title=country.name,
                slug=slug,
                member_state=ctx.member_states[country.code],
                introduction=ctx.content.section_introduction_in(country, EN),
            ),
        )
    ctx.pages[f"section:{country.code}"] = page


def page_strings(spec, language):
    strings = {
        spec.title[EN]: spec.title.get(language),
        spec.slug[EN]: spec.slug.get(language, spec.slug[EN]),
        spec.introduction[EN]: spec.introduction.get(language),
    }
    for kind, texts in spec.body:
        if kind == "call_to_action":
            if language in texts:
                strings[texts[EN][0]] = texts[language][0]
                strings[texts[EN][1]] = texts[language][1]
        elif kind in ("heading", "paragraph"):
            strings[texts[EN]] = texts.get(language)
    return strings


def translate_page(ctx, key):
    spec = ctx.content.site[key]
    for language, live in spec.translations.items():
        ctx.translate(ctx.pages[key], language, page_strings(spec, language), live=live)


def translate_home(ctx):
    translate_page(ctx, "home")


def translate_indexes(ctx):
    translate_page(ctx, "stories")
    translate_page(ctx, "meetings")


def translate_section(ctx, country):
    page = ctx.pages[f"section:{country.code}"]
    content = ctx.content
    for language in content.other_languages:
        ctx.translate(
            page,
            language,
            {
                country.name: country.names[language],
                page.slug: page.slug,
                content.section_introduction_in(country, EN): content.section_introduction_in(
                    country, language
                ),
            },
        )


def text_pages(ctx):
    home_page = ctx.pages["home"]
    for key in ("about", "membership"):
        spec = ctx.content.site[key]
        page = ctx.child(home_page, StandardPage, spec.slug[EN])
        if page is None:
            body = []
            for number, (kind, texts) in enumerate(spec.body):
                if kind == "heading":
                    value = {"text": texts[EN], "level": "h2"}
                elif kind == "paragraph":
                    value = paragraph(texts[EN])
                elif kind == "html":
                    kind, value = "paragraph", texts[EN]
                else:
                    value = {
                        "text": texts[EN][0],
                        "button_label": texts[EN][1],
                        "page": ctx.pages["declaration"].pk,
                        "url": "",
                    }
                body.append({"type": kind, "value": value, "id": block_id(key, "body", number)})
            page = ctx.add_page(
                home_page,
                StandardPage(
                    title=spec.title[EN],
                    slug=spec.slug[EN],
                    introduction=spec.introduction[EN],
                    body=body,
                    show_in_menus=True,
                ),
            )
        ctx.pages[key] = page


def translate_text_pages(ctx):
    translate_page(ctx, "about")
    translate_page(ctx, "membership")


def featured_stories(ctx):
    page = HomePage.objects.get(pk=ctx.pages["home"].pk)
    if page.featured_stories.exists():
        return
    page.featured_stories = [
        HomePageFeaturedStory(story=ctx.english_story(key), sort_order=number)
        for number, key in enumerate(ctx.content.site["home"].featured_stories)
    ]
    admin = ctx.users["admin"]
    page.save_revision(user=admin, log_action=True).publish(user=admin)
    sync_translations(page, user=admin)
    ctx.created += 1


def website_settings(ctx):
    """The footer: texts in the languages the data file has, contact, social links."""
    spec = ctx.content.website
    current = SiteSettings.objects.order_by("pk").first()
    if current is not None:
        return
    current = SiteSettings(contact_email=spec.contact_email)
    current.texts = [
        SiteSettingsText(
            locale=ctx.locale(language),
            footer_text=text,
            contact_text=spec.contact_text.get(language, ""),
            sort_order=number,
        )
        for number, (language, text) in enumerate(spec.footer_text.items())
    ]
    current.social_links = [
        SocialLink(network=network, url=url, sort_order=number)
        for number, (network, url) in enumerate(spec.social_links)
    ]
    current.save()
    ctx.created += 1


def redirects(ctx):
    """An old address of the About page, as editors would keep after renaming it."""
    old_path = Redirect.normalise_path("/en/about-us/")
    if Redirect.objects.filter(old_path=old_path).exists():
        return
    Redirect.objects.create(old_path=old_path, redirect_page=ctx.pages["about"], is_permanent=True)
    ctx.created += 1
