"""A page's language versions, for ``hreflang`` links and language switchers.

The public API builds its own ``translations`` field; this is the model-level answer for
anything else in the project that needs the same list (templates, sitemaps, previews).
It never returns a draft unless asked, and never an alias page standing in for a
translation that does not exist.
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page

from core.languages import language_info, language_tag


@dataclass(frozen=True)
class LanguageVersion:
    """One language version of a page."""

    page: Page
    code: str
    name: str
    native_name: str
    direction: str
    is_current: bool

    @property
    def hreflang(self):
        """The BCP 47 tag for ``hreflang`` and ``lang`` attributes, e.g. ``zh-Hans``."""
        return language_tag(self.code)


def page_translations(page, *, live_only=True, include_self=True):
    """The language versions of ``page``, in the order of ``WAGTAIL_CONTENT_LANGUAGES``.

    ``live_only`` (default) keeps only published pages, as a public language switcher
    must; ``include_self`` keeps ``page`` itself, marked ``is_current``. Alias pages are
    left out: they mirror another language's content.
    """
    pages = page.get_translations(inclusive=include_self).filter(alias_of__isnull=True)
    if live_only:
        pages = pages.live()
    by_code = {
        candidate.locale.language_code: candidate
        for candidate in pages.select_related("locale").specific()
    }
    versions = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code not in by_code:
            continue
        info = language_info(code)
        versions.append(
            LanguageVersion(
                page=by_code[code],
                code=code,
                name=info["name"],
                native_name=info["native_name"],
                direction=info["direction"],
                is_current=by_code[code].pk == page.pk,
            )
        )
    return versions
