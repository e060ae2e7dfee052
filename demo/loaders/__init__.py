"""Turning the demo content into the database's pages, snippets, media and users.

``steps(ctx)`` is the whole plan, in order, as ``(label, callable)`` pairs: the command
runs them one by one and its progress bar counts them. Each domain has its module:

- ``context``: the shared state and page helpers; ``bulk``: saving in bulk cheaply;
- ``coalition``: member states, themes, goals, organisations, people;
- ``site``: home page, indexes, country sections, text pages, featured stories;
- ``users``: the administrator, the Secretariat reviewer and the country editors;
- ``media``: illustrations, flags, PDFs, hosted videos and captions;
- ``stories``: story pages, their translations and later edits;
- ``meetings``: meetings, their programmes, and the joint declaration.

Every step finds what exists by its natural key and creates only what is missing, so
running the plan twice creates nothing the second time.
"""

from demo.loaders import coalition, media, meetings, site, stories, users
from demo.loaders.context import LoadContext

__all__ = ["LoadContext", "steps"]


def steps(ctx):
    """Every unit of work, in order, as (label, callable)."""
    content = ctx.content

    def each(label, function, items):
        return [(label, lambda item=item: function(ctx, item)) for item in items]

    def prepare():
        ctx.prepare_languages_and_library()
        users.administrator(ctx)

    return [
        ("Languages and library", prepare),
        *each("Member states", coalition.member_state, content.countries),
        *each("Themes", coalition.theme, content.themes),
        ("Goals", lambda: coalition.goals(ctx)),
        *each("Organisations", coalition.organisation, content.organisations),
        *each("People", coalition.person, content.people),
        *each("Translating snippets", coalition.translate_member_state, content.countries),
        *each("Translating snippets", coalition.translate_theme, content.themes),
        ("Translating snippets", lambda: coalition.translate_goals(ctx)),
        *each("Translating snippets", coalition.translate_organisation, content.organisations),
        *each("Translating snippets", coalition.translate_person, content.people),
        ("Site structure", lambda: site.home(ctx)),
        ("Site structure", lambda: site.indexes(ctx)),
        *each("Site structure", site.section, content.countries),
        ("Translating the site", lambda: site.translate_home(ctx)),
        ("Translating the site", lambda: site.translate_indexes(ctx)),
        *each("Translating the site", site.translate_section, content.countries),
        ("Roles and users", lambda: users.roles_and_users(ctx)),
        ("Media", lambda: media.library(ctx)),
        *each("Stories", stories.story_page, content.stories),
        *each("Translating stories", stories.translate_story, content.stories),
        *each("Meetings", meetings.meeting_page, content.meetings),
        ("Declaration and text pages", lambda: meetings.declaration(ctx)),
        ("Declaration and text pages", lambda: site.text_pages(ctx)),
        *each("Translating meetings", meetings.translate_meeting, content.meetings),
        ("Translating the declaration", lambda: meetings.translate_declaration(ctx)),
        ("Translating text pages", lambda: site.translate_text_pages(ctx)),
        ("Featured stories", lambda: site.featured_stories(ctx)),
        ("Website settings", lambda: site.website_settings(ctx)),
        ("Website settings", lambda: site.redirects(ctx)),
        ("Later edits", lambda: stories.later_edits(ctx)),
    ]
