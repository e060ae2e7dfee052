"""What the home app's root fields return: a language's public home page, the website settings.

The logic behind ``home.schema``. It returns pages for the types in ``home.types`` to
present; it declares no GraphQL type and imports none.
"""

from dataclasses import dataclass

from django.conf import settings

from api.loading.request import api_context
from api.loading.visibility import in_language
from api.locale import check_locale, request_scope
from home.models import HomePage, SiteSettings


def home_page(info, locale, fallback=False, fallback_locales=None):
    """The public home page at the root of a language's site (or its fallback), or None."""
    scope = request_scope(locale, fallback, fallback_locales)
    context = api_context(info)
    roots = [path for path, _, _ in context.pages.roots]
    page = (
        in_language(HomePage.objects.filter(path__in=roots), context, scope)
        .select_related("locale")
        .order_by("pk")
        .first()
    )
    if page is not None:
        context.attach([page], scope)
    return page


@dataclass
class SiteSettingsValue:
    """The website settings as one language sees them."""

    requested: str
    language: str
    footer_text: str | None
    contact_text: str | None
    email: str | None
    social_links: list


def site_settings(info, locale):
    """The website settings with the texts of ``locale``, else of the default language."""
    language = check_locale(locale)
    # Not ``SiteSettings.load()``: it creates the row when there is none, and a public
    # read never writes.
    current = SiteSettings.objects.order_by("pk").first()
    if current is None:
        return SiteSettingsValue(language, language, None, None, None, [])
    texts = {
        text.locale.language_code: text
        for text in current.texts.filter(
            locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    text = texts.get(language) or texts.get(settings.LANGUAGE_CODE)
    return SiteSettingsValue(
        requested=language,
        language=text.locale.language_code if text is not None else language,
        footer_text=(text.footer_text or None) if text is not None else None,
        contact_text=(text.contact_text or None) if text is not None else None,
        email=current.contact_email or None,
        social_links=list(current.social_links.order_by("sort_order", "pk")),
    )
