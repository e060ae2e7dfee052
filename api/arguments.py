"""Checks of argument values that several root fields share, each failing with a coded
error that says what is allowed.

Format checks only: whether a well-formed value names something is the resolver's
question, asked of its own models.
"""

from api.errors import invalid_argument, shorten


def parse_member_state_code(code, argument="memberState"):
    """An ISO 3166-1 alpha-2 code, upper-cased; INVALID_ARGUMENT unless two letters."""
    text = str(code).strip().upper()
    if len(text) != 2 or not text.isascii() or not text.isalpha():
        raise invalid_argument(
            f"{argument} must be a two-letter ISO 3166-1 code such as `UY`, not {shorten(code)}.",
            argument,
        )
    return text
