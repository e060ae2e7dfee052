"""What the root fields of ``api.schema`` return: the content languages, pages by path and
the draft a preview token names.

It returns values for the types of ``api.locale`` and ``api.pages`` to present; it declares
no GraphQL type.
"""

from api.errors import ApiError, ErrorCode
from api.loading.scope import Scope
from api.locale import check_locale, content_language_codes, locale_value
from api.pages import resolve_by_path, resolve_draft
from core.preview import PreviewTokenExpired, PreviewTokenInvalid, read_token


def locales(info):
    """The content languages, default first."""
    return [locale_value(code) for code in content_language_codes()]


def page(info, locale, url_path, fallback=False):
    """The public page at ``url_path`` in a language (or the page it stands for), or None."""
    return resolve_by_path(info, Scope(check_locale(locale), bool(fallback)), url_path)


def preview(info, token):
    """The draft revision a preview token names, with the types of a live page."""
    # Whatever the outcome, the answer is about unpublished content: never cached.
    info.context.api_private = True
    try:
        page_id, revision_id = read_token(token)
    except PreviewTokenExpired:
        raise ApiError(
            "This preview link has expired: open the preview again from the CMS.",
            ErrorCode.PREVIEW_TOKEN_EXPIRED,
        ) from None
    except PreviewTokenInvalid:
        raise ApiError(
            "This preview token was not issued by the CMS or has been altered: open the "
            "preview again from the CMS.",
            ErrorCode.PREVIEW_TOKEN_INVALID,
        ) from None
    draft = resolve_draft(info, page_id, revision_id)
    if draft is None:
        raise ApiError(
            "The page or the draft this preview token names no longer exists.",
            ErrorCode.PREVIEW_TOKEN_INVALID,
        )
    return draft
