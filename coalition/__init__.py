"""The coalition's shared vocabulary: member states, themes, SDGs, organisations and people.

All of them are translatable snippets: each language has its own row, linked to the
others by ``translation_key``.
"""
