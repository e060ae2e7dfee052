"""The content languages and what the API and admin need to know about each."""

from django.conf import settings
from django.utils.translation import get_language_info, to_locale


def language_choices():
    """Choices for a field holding one of the content languages."""
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def language_info(code):
    """Name, native name and writing direction of a content language."""
    info = get_language_info(code)
    return {
        "code": code,
        "name": info["name"],
        "native_name": info["name_local"],
        "direction": "rtl" if info["bidi"] else "ltr",
    }


def language_tag(code):
    """The BCP 47 tag for ``lang`` and ``hreflang`` attributes, e.g. ``zh-Hans``."""
    return to_locale(code).replace("_", "-")
