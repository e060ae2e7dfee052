"""Copy frontend_contract/operations/*.graphql into ghrs-client.mjs.

Run after changing an operation: ``.venv/bin/python frontend_contract/clients/sync_operations.py``.
A test fails while the client's copies differ from the operation files.
"""

import re
from pathlib import Path

CLIENT = Path(__file__).with_name("ghrs-client.mjs")
OPERATIONS = Path(__file__).resolve().parent.parent / "operations"
BLOCK = re.compile(
    r"(/\*\* frontend_contract/operations/(?P<stem>\w+)\.graphql \*/\n"
    r"export const \w+ = /\* GraphQL \*/ `\n)(?P<body>.*?)(`;)",
    re.DOTALL,
)


def escape(text):
    return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")


def synced(source):
    def replace(match):
        body = (OPERATIONS / f"{match.group('stem')}.graphql").read_text()
        return match.group(1) + escape(body) + match.group(4)

    return BLOCK.sub(replace, source)


def embedded_operations(source):
    """{stem: document} as embedded in the client."""
    return {
        match.group("stem"): match.group("body").replace("\\`", "`").replace("\\${", "${")
        for match in BLOCK.finditer(source)
    }


if __name__ == "__main__":
    CLIENT.write_text(synced(CLIENT.read_text()))
