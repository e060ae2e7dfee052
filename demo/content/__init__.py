"""The demo's texts, read from the TOML files in ``demo/data/`` and checked as they are read.

``load_content(today)`` reads every file, checks every field (type, required, language
codes, references to member states, themes, organisations, people, stories and
palettes) and returns a ``DemoContent``; if anything is wrong it raises one
``DemoDataError`` listing every problem, each with its file and field. The format of each
file is described in ``docs/demo.md``; the files themselves say what they hold.

Nothing here touches the database: ``demo.loaders`` turns this content into pages.
"""

import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path

from core.languages import language_choices
from demo.content.fields import DemoDataError, Problems, Table
from demo.content.types import (
    EN,
    HEADLINE_SLOTS,
    STORY_SLOTS,
    Country,
    Declaration,
    Figure,
    Flag,
    Item,
    Livestream,
    Media,
    Meeting,
    Organisation,
    Outcome,
    Palette,
    Person,
    Signature,
    SitePage,
    Story,
    StoryTranslation,
    SummaryPdf,
    Theme,
    WebsiteSettings,
)
from home.models import SocialLink
from stories.models import StoryPage

__all__ = ["DATA_DIR", "DemoContent", "DemoDataError", "load_content"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

FLAG_PATTERNS = (
    "horizontal",
    "vertical",
    "nordic",
    "cross",
    "canton",
    "canton_dots",
    "low_band",
    "disc",
    "disc_split",
    "stripes_canton",
)
ORGANISATION_KINDS = (
    "un_body",
    "regional",
    "civil_society",
    "nhri",
    "academia",
    "business",
    "government",
)
GENDERS = ("f", "m")
STORY_EXTRAS = ("cta", "gallery", "video", "hosted_video", "live_feed", "document")
MEETING_KINDS = ("launch", "ministerial")
ITEM_KINDS = ("opening", "keynote", "story", "panel", "break", "closing")
MEDIA_KINDS = ("video", "live_feed")
SIGNATURE_LEVELS = ("head_of_state", "minister", "ambassador")
SITE_BLOCKS = ("heading", "paragraph", "html", "call_to_action")
SITE_PAGES = ("home", "stories", "meetings", "about", "membership")
SOCIAL_NETWORKS = tuple(SocialLink.Network.values)
# The one schedule a meeting file may ask for instead of a date.
NEXT_GENERAL_ASSEMBLY = "next-general-assembly"
GLOSSARY_KEYS = (
    "what_changed",
    "why_it_matters",
    "demo_note",
    "image_caption",
    "image_credit",
    "figure_source",
    "gallery_title",
    "cta_text",
    "cta_button",
    "video_title",
    "video_caption",
    "hosted_video_caption",
    "document_title",
    "live_feed_title",
)


@dataclass(frozen=True)
class DemoContent:
    """Everything the demo loads, in the order it is created, and the files it came from."""

    files: tuple
    languages: tuple
    countries: list
    section_introduction: dict
    themes: list
    sdg_names: dict
    fictional_note: dict
    organisations: list
    people: list
    roles: dict
    palettes: dict
    alt_texts: dict
    gallery: tuple
    glossary: dict
    stories: list
    programme_titles: dict
    meetings: list
    declaration: Declaration
    site: dict
    website: WebsiteSettings

    @property
    def other_languages(self):
        return tuple(code for code in self.languages if code != EN)

    def country(self, code):
        return next(country for country in self.countries if country.code == code)

    def story(self, key):
        return next(story for story in self.stories if story.key == key)

    def meeting(self, key):
        return next(meeting for meeting in self.meetings if meeting.key == key)

    def section_introduction_in(self, country, language):
        template = self.section_introduction[language]
        return template.format(name=country.names[language], by=country.by.get(language, ""))

    def organisation_description(self, organisation, language):
        """The description as rich text, with the fictional-organisation note where it applies."""
        text = organisation.descriptions.get(language)
        if text is None:
            return None
        paragraphs = [text]
        if organisation.fictional:
            paragraphs.append(self.fictional_note[language])
        return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)

    def role_in(self, role, language, gender):
        """A role title in ``language`` for a person of ``gender``; None if not translated."""
        if language == EN:
            return role
        translated = self.roles.get(role, {}).get(language)
        if isinstance(translated, dict):
            return translated[gender]
        return translated

    def words(self, key, language):
        """A glossary word in ``language``."""
        return self.glossary[key][language]

    def alt_text(self, palette_key, language):
        """Alt text that describes the generated image as it is, in ``language``."""
        return self.alt_texts[language].format(colours=self.palettes[palette_key].names[language])


def read_toml(root, path, problems):
    """The parsed file, or an empty table and a problem saying where the syntax is wrong."""
    name = path.relative_to(root).as_posix()
    try:
        with path.open("rb") as file:
            return name, tomllib.load(file)
    except FileNotFoundError:
        problems.add(name, "", "file is missing")
    except tomllib.TOMLDecodeError as error:
        problems.add(name, "", f"not valid TOML: {error}")
    return name, {}


class Reader:
    """Reads the data files in dependency order, so each reference can be checked."""

    def __init__(self, root, today):
        self.root = Path(root)
        self.today = today
        self.problems = Problems()
        self.files = []
        self.languages = tuple(code for code, _name in language_choices())

    def file(self, path):
        name, data = read_toml(self.root, self.root / path, self.problems)
        self.files.append(name)
        return Table(self.problems, name, data, "", self.languages)

    # -- Coalition ---------------------------------------------------------------------------

    def countries(self):
        table = self.file("coalition/countries.toml")
        introduction = table.texts("section_introduction", languages=self.languages)
        countries = []
        for entry in table.tables("country"):
            code = entry.text("code")
            if code and (len(code) != 2 or not code.isupper()):
                entry.problem("code", f"must be a two-letter ISO country code, not {code!r}")
            flag = entry.table("flag") or entry
            countries.append(
                Country(
                    code=code,
                    names=entry.texts("names", languages=self.languages),
                    flag=Flag(
                        pattern=flag.choice("pattern", FLAG_PATTERNS),
                        colours=flag.strings("colours", required=True),
                        emblem=flag.text("emblem", required=False),
                    ),
                    joined_on=entry.date("joined_on"),
                    founding=entry.boolean("founding", default=True),
                    contact_name=entry.text("contact_name"),
                    by=entry.texts("by", required=False, languages=()),
                )
            )
            flag.finish()
            entry.finish()
        table.finish()
        return introduction, countries

    def themes(self):
        table = self.file("coalition/themes.toml")
        themes = []
        for entry in table.tables("theme"):
            themes.append(
                Theme(
                    slug=entry.text("slug"),
                    udhr_articles=entry.text("udhr_articles"),
                    names=entry.texts("names", languages=self.languages),
                    descriptions=entry.texts("descriptions", languages=self.languages),
                )
            )
            entry.finish()
        table.finish()
        return themes

    def goals(self):
        table = self.file("coalition/goals.toml")
        names = table.table("names") or table
        result = {}
        for code in self.languages[1:]:
            values = names.strings(code, required=True)
            if len(values) != 17:
                names.problem(code, f"must list the 17 goals' names in order, not {len(values)}")
            result[code] = list(values)
        names.finish()
        table.finish()
        return result

    def organisations(self):
        table = self.file("coalition/organisations.toml")
        note = table.texts("fictional_note", languages=self.languages)
        organisations = []
        for entry in table.tables("organisation"):
            organisations.append(
                Organisation(
                    key=entry.text("key"),
                    kind=entry.choice("kind", ORGANISATION_KINDS),
                    names=entry.texts("names"),
                    website=entry.text("website"),
                    descriptions=entry.texts("descriptions"),
                    fictional=entry.boolean("fictional", default=True),
                )
            )
            entry.finish()
        table.finish()
        return note, organisations

    def roles(self):
        table = self.file("coalition/roles.toml")
        roles = {}
        for role in list(table.data):
            titles = table.table(role)
            roles[role] = {}
            for code in list(titles.data):
                value = titles.data[code]
                titles.read.add(code)
                if code not in self.languages:
                    titles.problem(code, f"unknown language code {code!r}")
                elif isinstance(value, dict):
                    if set(value) != set(GENDERS) or not all(
                        isinstance(text, str) and text for text in value.values()
                    ):
                        titles.problem(code, 'a gendered title must be { f = "…", m = "…" }')
                    roles[role][code] = value
                elif isinstance(value, str) and value:
                    roles[role][code] = value
                else:
                    titles.problem(code, 'must be a text or a table { f = "…", m = "…" }')
        return roles

    def people(self, countries, organisations, roles):
        table = self.file("coalition/people.toml")
        people = []
        for entry in table.tables("person"):
            person = Person(
                key=entry.text("key"),
                name=entry.text("name"),
                role=entry.reference("role", roles, "role (roles.toml)"),
                gender=entry.choice("gender", GENDERS),
                country=entry.reference("country", countries, "member state", required=False),
                organisation=entry.reference(
                    "organisation", organisations, "organisation", required=False
                ),
                names=entry.texts("names", required=False, languages=()),
            )
            people.append(person)
            entry.finish()
        table.finish()
        return people

    # -- Shared vocabulary -------------------------------------------------------------------

    def media(self):
        table = self.file("media.toml")
        alt = table.texts("alt_text", languages=self.languages)
        palettes = {}
        palette_tables = table.table("palettes") or table
        for key in list(palette_tables.data):
            entry = palette_tables.table(key)
            palettes[key] = Palette(
                key=key,
                start=entry.text("start"),
                end=entry.text("end"),
                accent=entry.text("accent"),
                names=entry.texts("names", languages=self.languages),
            )
            entry.finish()
        gallery = table.references("gallery", palettes, "palette", required=True)
        table.finish()
        return palettes, alt, gallery

    def glossary(self):
        table = self.file("stories/glossary.toml")
        glossary = {key: table.texts(key, languages=self.languages) for key in GLOSSARY_KEYS}
        table.finish()
        return glossary

    # -- Stories -----------------------------------------------------------------------------

    def stories(self, countries, themes, organisations, people, palettes):
        """One story per file in ``stories/``, by country (countries.toml order), then file name."""
        order = {code: index for index, code in enumerate(countries)}
        stories = []
        for path in sorted((self.root / "stories").glob("*.toml")):
            if path.name == "glossary.toml":
                continue
            stories.append(self.story(path, countries, themes, organisations, people, palettes))
        stories.sort(key=lambda story: (order.get(story.country, len(order)), story.file))
        keys = {}
        for story in stories:
            if story.key in keys:
                self.problems.add(
                    story.file, "slug", f"{story.key!r} is also the slug of {keys[story.key]}"
                )
            keys[story.key] = story.file
        return stories

    def story(self, path, countries, themes, organisations, people, palettes):
        table = self.file(path.relative_to(self.root))
        language = table.language("language")
        figure = table.value("figure", object, default=0)
        if not isinstance(figure, int | str) or isinstance(figure, bool):
            table.problem("figure", f"must be a whole number or a text, not {figure!r}")
            figure = 0
        texts = {slot: table.text(slot) for slot in STORY_SLOTS if slot != "quote_role"}
        check_lengths(table, texts)
        translations = {}
        translation_tables = table.table("translations", required=False)
        for code in list(translation_tables.data) if translation_tables else []:
            entry = translation_tables.table(code)
            if code not in self.languages:
                translation_tables.problem(code, f"unknown language code {code!r}")
            elif code == language:
                translation_tables.problem(code, "is the story's own language")
            body = entry.has("intro")
            check_lengths(entry, {slot: entry.data.get(slot) for slot in HEADLINE_SLOTS})
            translations[code] = StoryTranslation(
                # A translation may leave the place as the original writes it: the page
                # then shows it in the original's language, as the API says.
                **{slot: entry.text(slot, required=slot != "location") for slot in HEADLINE_SLOTS},
                slug=entry.text("slug", required=False),
                live=entry.boolean("live", default=True),
                intro=entry.text("intro", required=False),
                detail=entry.text("detail", required=body),
                quote=entry.text("quote", required=body),
                quote_by=entry.text("quote_by", required=False),
                quote_role=entry.text("quote_role", required=False),
                figure_label=entry.text("figure_label", required=body),
            )
            entry.finish()
        story = Story(
            file=table.file,
            country=table.reference("country", countries, "member state"),
            language=language,
            slug=table.text("slug"),
            date=table.date("date"),
            themes=table.references("themes", themes, "theme", required=True),
            sdgs=self.goal_numbers(table),
            partners=table.references("partners", organisations, "organisation"),
            presenter=table.reference("presenter", people, "person"),
            palette=table.reference("palette", palettes, "palette"),
            extras=self.extras(table),
            video=table.text("video", required="video" in table.data.get("extras", ())),
            hero_video=table.text("hero_video", required=False),
            consent_expires_on=table.date("consent_expires_on", required=False),
            update=table.text("update", required=False),
            figure=Figure(figure, percent=table.boolean("figure_percent", default=False)),
            quote_role=table.text("quote_role", required=False),
            translations=translations,
            **texts,
        )
        table.finish()
        return story

    def goal_numbers(self, table):
        values = table.value("sdgs", list, default=[])
        for index, number in enumerate(values):
            if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 17:
                table.problem(
                    f"sdgs[{index}]", f"must be a goal number from 1 to 17, not {number!r}"
                )
        return tuple(values)

    def extras(self, table):
        extras = table.strings("extras")
        for index, extra in enumerate(extras):
            if extra not in STORY_EXTRAS:
                table.problem(
                    f"extras[{index}]",
                    f"unknown extra {extra!r}; allowed: {', '.join(STORY_EXTRAS)}",
                )
        return extras

    # -- Meetings and the declaration ----------------------------------------------------------

    def programme_vocabulary(self):
        table = self.file("meetings/programme.toml")
        titles_table = table.table("titles")
        titles = {
            kind: titles_table.texts(kind, languages=self.languages)
            for kind in ("opening", "closing", "story")
        }
        titles_table.finish()
        notes_table = table.table("notes")
        notes = {key: notes_table.texts(key) for key in list(notes_table.data)}
        table.finish()
        return titles, notes

    def meetings(self, refs, titles, notes, countries_by_code, stories_by_key):
        meetings = []
        for path in sorted((self.root / "meetings").glob("*.toml")):
            if path.stem in ("programme", "declaration"):
                continue
            meetings.append(
                self.meeting(path, refs, titles, notes, countries_by_code, stories_by_key)
            )
        # Chronological: the files need no order of their own.
        return sorted(meetings, key=lambda meeting: meeting.starts_at)

    def meeting_day(self, table):
        if table.has("scheduled"):
            table.choice("scheduled", (NEXT_GENERAL_ASSEMBLY,))
            return next_unga_day(self.today), True
        return table.date("date") or self.today, False

    def meeting(self, path, refs, titles, notes, countries_by_code, stories_by_key):
        table = self.file(path.relative_to(self.root))
        day, scheduled = self.meeting_day(table)
        # A meeting scheduled for the next General Assembly names its session ({session}):
        # the 73rd opened in September 2018.
        session = str(day.year - 1945)

        def fill(texts):
            return {code: text.replace("{session}", session) for code, text in texts.items()}

        def at(time):
            return datetime.datetime.combine(day, time)

        programme = []
        for entry in table.tables("programme"):
            kind = entry.choice("kind", ITEM_KINDS)
            story_key = entry.reference("story", stories_by_key, "story", required=kind == "story")
            story = stories_by_key.get(story_key)
            country = story.country if story else ""
            title = entry.texts("title", required=False)
            if not title and kind == "story" and country in countries_by_code:
                names = countries_by_code[country].names
                title = {
                    code: text.format(name=names[code]) for code, text in titles["story"].items()
                }
            elif not title:
                title = titles.get(kind, {})
                if not title:
                    entry.problem("title", f"required for a {kind!r} item")
            media = None
            media_table = entry.table("media", required=False)
            if media_table is not None:
                media_kind = media_table.choice("kind", MEDIA_KINDS)
                live = media_kind == "live_feed"
                media = Media(
                    kind=media_kind,
                    url=media_table.text("url"),
                    time_zone=media_table.text("time_zone", required=live),
                    recording=media_table.text("recording", required=False),
                    title=media_table.texts("title", required=live),
                )
                media_table.finish()
            note = entry.reference("notes", notes, "note (programme.toml)", required=False)
            programme.append(
                Item(
                    starts_at=at(entry.time("starts")),
                    minutes=entry.integer("minutes"),
                    kind=kind,
                    title=title,
                    speakers=entry.references("speakers", refs["people"], "person"),
                    country=country,
                    story=story_key,
                    media=media,
                    notes=notes.get(note, {}),
                )
            )
            entry.finish()
        livestream = None
        livestream_table = table.table("livestream", required=False)
        if livestream_table is not None:
            livestream = Livestream(
                url=livestream_table.text("url"),
                provider=livestream_table.choice(
                    "provider", ("youtube", "vimeo", "unwebtv", "hls")
                ),
                title=livestream_table.texts("title"),
                recording=livestream_table.text("recording", required=False),
            )
            livestream_table.finish()
        meeting = Meeting(
            key=path.stem,
            kind=table.choice("kind", MEETING_KINDS),
            slug=fill(table.texts("slug")),
            title=fill(table.texts("title")),
            introduction=table.texts("introduction"),
            body=table.texts("body"),
            starts_at=at(table.time("starts")),
            ends_at=at(table.time("ends")),
            time_zone=table.text("time_zone"),
            city=table.texts("city"),
            venue=table.texts("venue"),
            session_reference=fill({EN: table.text("session_reference")})[EN],
            themes=table.references("themes", refs["themes"], "theme"),
            co_chairs=table.references("co_chairs", countries_by_code, "member state"),
            organisations=table.references("organisations", refs["organisations"], "organisation"),
            programme=programme,
            livestream=livestream,
            outcome=self.outcome(table),
            translations=table.live_by_language("translations"),
        )
        if scheduled and meeting.starts_at.date() <= self.today:
            table.problem("scheduled", "the scheduled day must be after today")
        for index, item in enumerate(programme):
            if item.starts_at < meeting.starts_at or item.starts_at > meeting.ends_at:
                table.problem(f"programme[{index}].starts", "falls outside the meeting")
        table.finish()
        return meeting

    def outcome(self, table):
        outcome = table.table("outcome", required=False)
        if outcome is None:
            return None
        pdf = outcome.table("pdf", required=False)
        declaration = outcome.choice("document", ("declaration",), required=pdf is None)
        summary = None
        if pdf is not None:
            summary = SummaryPdf(
                library_title=pdf.text("library_title"),
                heading=pdf.text("heading"),
                note=pdf.text("note"),
                filename=pdf.text("filename"),
            )
            pdf.finish()
        result = Outcome(title=outcome.texts("title"), declaration=bool(declaration), pdf=summary)
        outcome.finish()
        return result

    def declaration(self, countries_by_code, roles, meetings):
        table = self.file("meetings/declaration.toml")
        paragraphs = []
        for index, entry in enumerate(table.tables("paragraph")):
            languages = self.languages if index == 0 else tuple(paragraphs[0])
            paragraphs.append({code: entry.text(code) for code in languages})
            entry.finish()
        signatures = []
        for entry in table.tables("signature"):
            signatures.append(
                Signature(
                    country=entry.reference("country", countries_by_code, "member state"),
                    name=entry.text("name"),
                    title=entry.reference("title", roles, "role (roles.toml)"),
                    gender=entry.choice("gender", GENDERS),
                    level=entry.choice("level", SIGNATURE_LEVELS),
                    signed_on=entry.date("signed_on"),
                )
            )
            entry.finish()
        declaration = Declaration(
            slug=table.texts("slug"),
            title=table.texts("title"),
            paragraphs=paragraphs,
            translations=table.live_by_language("translations"),
            pdf_languages=table.strings("pdf_languages", required=True),
            signatures=signatures,
            adopted_at=table.reference("adopted_at", {m.key for m in meetings}, "meeting"),
            opened_for_signature_on=table.date("opened_for_signature_on"),
            status=table.choice("status", ("open", "closed")),
        )
        for index, code in enumerate(declaration.pdf_languages):
            table.check_reference(f"pdf_languages[{index}]", code, self.languages, "language code")
        table.finish()
        return declaration

    # -- Site pages ------------------------------------------------------------------------------

    def site_page(self, key, stories_by_key):
        table = self.file(f"site/{key}.toml")
        body = []
        for entry in table.tables("body", required=False):
            kind = entry.choice("type", SITE_BLOCKS)
            text = entry.texts("text")
            if kind == "call_to_action":
                entry.choice("page", ("declaration",))
                button = entry.texts("button", languages=tuple(text))
                text = {code: (value, button.get(code, "")) for code, value in text.items()}
            body.append((kind, text))
            entry.finish()
        page = SitePage(
            key=key,
            slug=table.texts("slug"),
            title=table.texts("title"),
            introduction=table.texts("introduction"),
            body=body,
            translations=table.live_by_language("translations"),
            featured_stories=table.references("featured_stories", stories_by_key, "story"),
        )
        table.finish()
        return page

    def website_settings(self):
        table = self.file("site/settings.toml")
        links = []
        for entry in table.tables("social_links", required=False):
            links.append(
                (entry.choice("network", SOCIAL_NETWORKS), entry.text("url")),
            )
            entry.finish()
        website = WebsiteSettings(
            contact_email=table.text("contact_email"),
            footer_text=table.texts("footer_text"),
            contact_text=table.texts("contact_text", required=False),
            social_links=tuple(links),
        )
        table.finish()
        return website


def check_live_feeds(problems, stories, meetings):
    """A story's live feed is its country's feed at a meeting, which must exist."""
    feeds = {
        item.country
        for meeting in meetings
        for item in meeting.programme
        if item.media and item.media.kind == "live_feed"
    }
    for story in stories:
        if "live_feed" in story.extras and story.country not in feeds:
            problems.add(
                story.file,
                "extras",
                f"'live_feed' needs a live feed from {story.country} in a meeting's programme",
            )


def check_lengths(table, texts):
    """Titles and summaries must fit the page fields they go into."""
    for slot in ("title", "summary"):
        limit = StoryPage._meta.get_field(slot).max_length
        text = texts.get(slot)
        if isinstance(text, str) and len(text) > limit:
            table.problem(slot, f"is {len(text)} characters long; the page field holds {limit}")


def next_unga_day(today):
    """The Thursday of the General Assembly's high-level week after ``today``.

    The high-level week falls in the second half of September; the Thursday between the
    22nd and the 28th is a good stand-in for a demo.
    """
    year = today.year if today < datetime.date(today.year, 9, 1) else today.year + 1
    day = datetime.date(year, 9, 22)
    while day.weekday() != 3:
        day += datetime.timedelta(days=1)
    return day


def load_content(today, root=DATA_DIR):
    """Read and check every data file under ``root``; raise ``DemoDataError`` on any problem.

    ``today`` dates the meeting scheduled for the next General Assembly.
    """
    reader = Reader(root, today)
    section_introduction, countries = reader.countries()
    countries_by_code = {country.code: country for country in countries}
    themes = reader.themes()
    sdg_names = reader.goals()
    fictional_note, organisations = reader.organisations()
    roles = reader.roles()
    people = reader.people(countries_by_code, {o.key for o in organisations}, roles)
    palettes, alt_texts, gallery = reader.media()
    glossary = reader.glossary()
    stories = reader.stories(
        countries_by_code,
        {theme.slug for theme in themes},
        {o.key for o in organisations},
        {person.key for person in people},
        palettes,
    )
    stories_by_key = {story.key: story for story in stories}
    titles, notes = reader.programme_vocabulary()
    refs = {
        "people": {person.key for person in people},
        "themes": {theme.slug for theme in themes},
        "organisations": {o.key for o in organisations},
    }
    meetings = reader.meetings(refs, titles, notes, countries_by_code, stories_by_key)
    check_live_feeds(reader.problems, stories, meetings)
    declaration = reader.declaration(countries_by_code, roles, meetings)
    site = {key: reader.site_page(key, stories_by_key) for key in SITE_PAGES}
    website = reader.website_settings()
    reader.problems.raise_if_any()
    return DemoContent(
        files=tuple(reader.files),
        languages=reader.languages,
        countries=countries,
        section_introduction=section_introduction,
        themes=themes,
        sdg_names=sdg_names,
        fictional_note=fictional_note,
        organisations=organisations,
        people=people,
        roles=roles,
        palettes=palettes,
        alt_texts=alt_texts,
        gallery=gallery,
        glossary=glossary,
        stories=stories,
        programme_titles=titles,
        meetings=meetings,
        declaration=declaration,
        site=site,
        website=website,
    )
