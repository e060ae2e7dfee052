"""The demo content as read from its data files: plain, immutable values, no database.

Texts are ``{language code: text}`` tables; a language missing from a table means "not
translated", and wagtail-localize then keeps the source text.
"""

import datetime
from dataclasses import dataclass, field

EN = "en"
# Languages that print a Latin-script name as it is.
LATIN_SCRIPT = ("en", "fr", "es")


@dataclass(frozen=True)
class Flag:
    """A simple flag-like pattern; never an accurate flag."""

    pattern: str
    colours: tuple
    emblem: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    names: dict
    flag: Flag
    joined_on: datetime.date
    founding: bool
    contact_name: str
    # French and Spanish need the article before some country names ("par la Norvège").
    by: dict

    @property
    def name(self):
        return self.names[EN]

    @property
    def contact_email(self):
        return f"contact-{self.code.lower()}@mission.example.org"


@dataclass(frozen=True)
class Theme:
    slug: str
    udhr_articles: str
    names: dict
    descriptions: dict


@dataclass(frozen=True)
class Organisation:
    key: str
    kind: str
    names: dict
    website: str
    descriptions: dict
    fictional: bool


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str
    gender: str
    country: str = ""
    organisation: str = ""
    # The name in other scripts (Arabic, Cyrillic, Chinese), by language code.
    names: dict = field(default_factory=dict)

    def name_in(self, language):
        """The name as printed in ``language``, or None where no spelling is given.

        Latin-script languages print the name as the original does; the others only
        where the data gives a transliteration.
        """
        if language in self.names:
            return self.names[language]
        if language in LATIN_SCRIPT:
            return self.name
        return None


@dataclass(frozen=True)
class Palette:
    """Colours of a generated image and how its alt text names them in each language."""

    key: str
    start: str
    end: str
    accent: str
    names: dict


@dataclass(frozen=True)
class Figure:
    """A key figure, written the way each language writes numbers."""

    value: int | str
    percent: bool = False

    def text(self, language):
        if isinstance(self.value, str):
            return self.value
        number = self.value
        if language in ("en", "zh-hans"):
            digits = f"{number:,}"
        elif language in ("fr", "ru") or (language == "es" and number >= 10_000):
            digits = f"{number:,}".replace(",", "\u00a0")
        else:
            digits = str(number)
        if not self.percent:
            return digits
        return f"{digits}%" if language in ("en", "zh-hans", "ar") else f"{digits}\u00a0%"


# The texts a story writes for itself; the loader adds the glossary's shared words.
STORY_SLOTS = (
    "title",
    "summary",
    "location",
    "intro",
    "detail",
    "quote",
    "quote_by",
    "quote_role",
    "figure_label",
)
# A translation with only these keeps the body in the source language: it is incomplete.
# Only the location may be left out (and shows in the source language).
HEADLINE_SLOTS = ("title", "summary", "location")


@dataclass(frozen=True)
class StoryTranslation:
    title: str
    summary: str
    location: str
    slug: str = ""
    live: bool = True
    intro: str = ""
    detail: str = ""
    quote: str = ""
    quote_by: str = ""
    quote_role: str = ""
    figure_label: str = ""

    @property
    def translates_body(self):
        return bool(self.intro)


@dataclass(frozen=True)
class Story:
    file: str
    country: str
    language: str
    slug: str
    title: str
    summary: str
    location: str
    date: datetime.date
    themes: tuple
    sdgs: tuple
    partners: tuple
    presenter: str
    intro: str
    detail: str
    quote: str
    quote_by: str
    quote_role: str
    figure: Figure
    figure_label: str
    palette: str
    extras: tuple = ()
    video: str = ""
    hero_video: str = ""
    translations: dict = field(default_factory=dict)
    consent_expires_on: datetime.date | None = None
    update: str = ""

    @property
    def key(self):
        return f"{self.country.lower()}/{self.slug}"

    def texts(self, language):
        """The story's own texts in ``language``: a dict of slot to text, empty if untranslated.

        Slots that every story has (headings, notes, alt text) come from the glossary and
        are added by the loader; here are only the texts written for this story.
        """
        if language == self.language:
            texts = {"title": self.title, "slug": self.slug}
            texts.update((slot, getattr(self, slot)) for slot in STORY_SLOTS[1:])
            return {**texts, "update": self.update}
        translation = self.translations.get(language)
        if translation is None:
            return {}
        texts = {
            "title": translation.title,
            "summary": translation.summary,
            "location": translation.location,
            "slug": translation.slug or self.slug,
            # Names are not translated unless the translation spells them differently.
            "quote_by": translation.quote_by or self.quote_by,
        }
        if translation.translates_body:
            texts.update(
                intro=translation.intro,
                detail=translation.detail,
                quote=translation.quote,
                quote_role=translation.quote_role,
                figure_label=translation.figure_label,
            )
        return {slot: text for slot, text in texts.items() if text}


@dataclass(frozen=True)
class Media:
    """A video link, or a live feed from a capital in that capital's time zone."""

    kind: str
    url: str
    time_zone: str = ""
    recording: str = ""
    title: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Item:
    """One item of a meeting's programme; times are wall-clock times at the venue."""

    starts_at: datetime.datetime
    minutes: int
    kind: str
    title: dict
    speakers: tuple = ()
    country: str = ""
    story: str = ""
    media: Media | None = None
    notes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryPdf:
    """A PDF written for a meeting's outcome from its introduction and body."""

    library_title: str
    heading: str
    note: str
    filename: str


@dataclass(frozen=True)
class Outcome:
    """A meeting's outcome document: the declaration's PDF, or a summary written for it."""

    title: dict
    declaration: bool
    pdf: SummaryPdf | None


@dataclass(frozen=True)
class Livestream:
    url: str
    provider: str
    title: dict
    recording: str


@dataclass(frozen=True)
class Meeting:
    key: str
    kind: str
    slug: dict
    title: dict
    introduction: dict
    body: dict
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    time_zone: str
    city: dict
    venue: dict
    session_reference: str
    themes: tuple
    co_chairs: tuple
    organisations: tuple
    programme: list
    livestream: Livestream | None = None
    outcome: Outcome | None = None
    translations: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Signature:
    country: str
    name: str
    title: str
    gender: str
    level: str
    signed_on: datetime.date


@dataclass(frozen=True)
class Declaration:
    slug: dict
    title: dict
    paragraphs: list
    translations: dict
    pdf_languages: tuple
    signatures: list
    adopted_at: str
    opened_for_signature_on: datetime.date
    status: str

    def html(self, language):
        """The declaration as rich text: the preamble, then the commitments as a numbered list."""
        preamble, *commitments = (paragraph[language] for paragraph in self.paragraphs)
        items = "".join(f"<li>{text}</li>" for text in commitments)
        return f"<p>{preamble}</p><ol>{items}</ol>"


@dataclass(frozen=True)
class SitePage:
    """One fixed page: its texts, and for each other language whether it is live or a draft.

    ``body`` is a list of ``(block type, texts)``; a call to action's texts are
    ``(text, button label)`` pairs.
    """

    key: str
    slug: dict
    title: dict
    introduction: dict
    body: list = field(default_factory=list)
    translations: dict = field(default_factory=dict)
    featured_stories: tuple = ()


@dataclass(frozen=True)
class WebsiteSettings:
    """What the website's footer shows: texts by language (some languages only), contact
    address and ``(network, url)`` social links."""

    contact_email: str
    footer_text: dict
    contact_text: dict
    social_links: tuple = ()
