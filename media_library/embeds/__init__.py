"""Embed finders of this project: UN Web TV, and stored oEmbed answers for offline runs."""
