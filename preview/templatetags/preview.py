"""Template helpers of the preview templates: language, images, embeds and live feeds.

Every helper turns a failure (a damaged image, an unreachable video provider) into
something an editor can read in the preview; none of them may raise, because a preview
that errors hides the whole page from the person checking it.
"""

import logging

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException

from core.blocks import live_feed_status, live_feed_window
from core.languages import language_info, language_tag
from media_library.renditions import RenditionFailed, filter_spec, get_rendition

logger = logging.getLogger(__name__)
register = template.Library()


@register.simple_tag
def page_language(page):
    """``{"tag": "ar", "direction": "rtl"}`` for the ``<html lang dir>`` of ``page``."""
    code = page.locale.language_code
    return {"tag": language_tag(code), "direction": language_info(code)["direction"]}


@register.simple_tag
def preview_rendition(image, width=1024):
    """A WebP rendition of an allowed width, or None when the original cannot be read."""
    if image is None:
        return None
    try:
        return get_rendition(image, filter_spec(width, image_format="webp"))
    except RenditionFailed:
        return None


@register.simple_tag
def preview_embed(url):
    """The provider's player for ``url``, or a plain link when the provider cannot be reached."""
    if not url:
        return ""
    try:
        embed = embeds.get_embed(str(url))
    except EmbedException as error:
        logger.info("Preview shows a link for %s: %r", url, error)
        return format_html('<a class="embed-link" href="{}">{}</a>', url, url)
    # The player's HTML comes from the oEmbed provider (or UN Web TV's local finder), which
    # Wagtail's own embed block trusts in the same way.
    return format_html('<div class="embed">{}</div>', mark_safe(embed.html))  # noqa: S308


@register.simple_tag
def live_feed(value):
    """Where a live feed stands now: its status and its window in the venue's time zone."""
    starts_at, ends_at = live_feed_window(value)
    return {"status": str(live_feed_status(value)), "starts_at": starts_at, "ends_at": ends_at}


@register.filter
def block_template(block_type):
    """The include that renders one body block type."""
    return f"preview/blocks/{block_type}.html"
