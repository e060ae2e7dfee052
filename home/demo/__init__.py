"""Demo content for ``manage.py load_demo``: texts, generated images and small files.

The modules here hold data and pure functions only (no models, no database), so the
command in ``home/management/commands/load_demo.py`` is the one place that writes.

- ``data``: countries, themes, SDG names, organisations, people, site texts, glossary.
- ``stories``: the illustrative stories and which languages each is translated into.
- ``events``: the launch event, the Geneva meeting, the next meeting and the declaration.
- ``images``: hero images, flags and thumbnails drawn with Pillow.
- ``files``: a small PDF writer, WebVTT captions and a placeholder video file.

Every name, quote and figure in the stories is invented; the stories say so.
"""
