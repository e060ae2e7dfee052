"""In development, Django serves the media files, so it answers CORS for them as S3 or the
CDN does in production (docs/media.md): a frontend on another port can play hosted video
with its posters and caption tracks. Documents and original images get no CORS header."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = "http://localhost:3000"

# A clean interpreter on the development settings; missing files are fine: the headers
# are what is checked, on whatever answer comes back.
PROBE = """
import json, django
django.setup()
from django.test import Client
client = Client()
paths = %r
answers = {}
for path in paths:
    response = client.get(path, HTTP_ORIGIN=%r)
    answers[path] = response.headers.get("Access-Control-Allow-Origin")
print(json.dumps(answers))
"""


def cors_answers(paths):
    env = {
        "PATH": os.environ.get("PATH", ""),
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": "sqlite://:memory:",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE % (paths, FRONTEND)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_development_media_and_captions_carry_cors_headers_and_documents_do_not():
    answers = cors_answers(
        [
            "/media/captions/story-en.vtt",
            "/media/media/story.mp4",
            "/media/media_thumbnails/story.jpg",
            "/media/images/photo.width-640.jpg",
            "/media/documents/declaration.pdf",
            "/media/original_images/photo.jpg",
        ]
    )
    assert answers == {
        "/media/captions/story-en.vtt": FRONTEND,
        "/media/media/story.mp4": FRONTEND,
        "/media/media_thumbnails/story.jpg": FRONTEND,
        "/media/images/photo.width-640.jpg": FRONTEND,
        "/media/documents/declaration.pdf": None,
        "/media/original_images/photo.jpg": None,
    }
