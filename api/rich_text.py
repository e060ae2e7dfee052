"""Rich text as HTML for the frontend.

Wagtail stores internal links by id (``<a linktype="page" id="3">``). Here they become
the frontend address of the same-language public page (or, failing that, of another
public version); a link to a page nobody may see loses its ``<a>`` and stays as plain
text. Document links point at the document's download address. All link targets of a
request are announced while objects are attached and fetched in one query, so a text
with many links costs no query per link.
"""

import re
from html import escape

from wagtail.rich_text.rewriters import extract_attrs

from api.loading.loaders import DocumentsByIdLoader, LinkTargetsLoader
from api.loading.references import announce_rich_text, as_id
from api.loading.request import api_context
from api.loading.scope import scope_of

LINK = re.compile(r"<a(\b[^>]*)>(.*?)</a>", re.IGNORECASE | re.DOTALL)
EMBED = re.compile(r"<embed\b[^>]*/?>", re.IGNORECASE)


def render_rich_text(info, html, scope):
    """Stored rich text → public HTML for ``scope``'s language."""
    if not html:
        return ""
    context = api_context(info)
    announce_rich_text(context, html, scope)

    def replace(match):
        attrs = extract_attrs(match.group(1))
        inner = match.group(2)
        link_type = attrs.get("linktype")
        if link_type == "page":
            target = _page_target(context, scope, attrs.get("id"))
            if target is None:
                return inner
            url = context.pages.url(target)
            if url is None:
                return inner
            language = target.locale.language_code
            hreflang = f' hreflang="{escape(language)}"' if language != scope.locale else ""
            return f'<a href="{escape(url)}"{hreflang}>{inner}</a>'
        if link_type == "document":
            document = _document(context, attrs.get("id"))
            if document is None:
                return inner
            return f'<a href="{escape(context.absolute(document.url))}">{inner}</a>'
        if link_type:
            return inner
        return match.group(0)

    # Images and embeds are not offered in the editor's rich text; drop any that slipped in.
    return EMBED.sub("", LINK.sub(replace, html))


def _page_target(context, scope, value):
    page_id = as_id(value)
    return LinkTargetsLoader(context, scope.locale).get(page_id) if page_id else None


def _document(context, value):
    document_id = as_id(value)
    return DocumentsByIdLoader(context).get(document_id) if document_id else None


def rich_text_field(obj, info, field_name):
    """Resolve a RichTextField of a page or snippet for the scope it was fetched in."""
    return render_rich_text(info, getattr(obj, field_name), scope_of(obj))
