"""Images, hosted video with caption tracks, embeds and media storage."""
