"""What the root fields of ``api.schema`` return: the content languages and pages by path.

It returns values for the types of ``api.locale`` and ``api.pages`` to present; it declares
no GraphQL type.
"""

from api.locale import content_language_codes, locale_value, request_scope
from api.pages import resolve_by_path


def locales(info):
    """The content languages, default first."""
    return [locale_value(code) for code in content_language_codes()]


def page(info, locale, url_path, fallback=False, fallback_locales=None):
    """The public page at ``url_path`` in a language (or the page it stands for), or None."""
    return resolve_by_path(info, request_scope(locale, fallback, fallback_locales), url_path)
