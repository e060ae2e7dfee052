"""The multilingual demo content, for development and tests only (never in production).

``data/`` holds the texts as TOML files, ``content`` reads and checks them, ``loaders``
turns them into pages, snippets, media and users, ``images`` and ``files`` draw the
pictures and write the PDFs and captions, and ``manage.py load_demo`` runs it all.
"""
