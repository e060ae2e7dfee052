"""The root page of each language's tree and the plain text pages under it."""
