"""Small files for the demo, written without outside tools: PDFs, WebVTT captions, videos.

Videos are encoded with PyAV (FFmpeg's libraries, in its wheel), a development
dependency like the rest of the demo.

``pdf`` writes a valid PDF 1.4 with the built-in Helvetica font in WinAnsi encoding, so it
can show English, French and Spanish text but not Arabic, Cyrillic or Chinese letters.
"""

import hashlib
import io
import textwrap
from pathlib import Path

import av
from PIL import Image, ImageDraw

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
LINES_PER_PAGE = 52


def _pdf_text(text):
    """A PDF string literal for ``text`` in WinAnsi (Windows-1252) encoding."""
    raw = text.encode("cp1252")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _layout(title, paragraphs):
    """(font size, line) pairs: the title, then the paragraphs wrapped to the page width."""
    lines = [(16, line) for line in textwrap.wrap(title, 60)] + [(11, "")]
    for paragraph in paragraphs:
        lines.extend((11, line) for line in textwrap.wrap(paragraph, 88))
        lines.append((11, ""))
    return lines


def pdf(title, paragraphs, *, document_title=None):
    """A PDF document with ``title`` as heading and the paragraphs as body text."""
    lines = _layout(title, paragraphs)
    pages = [
        lines[start : start + LINES_PER_PAGE] for start in range(0, len(lines), LINES_PER_PAGE)
    ]

    objects = {}
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    page_ids = []
    next_id = 5
    for page_lines in pages:
        stream = [b"BT", b"/F1 11 Tf", b"14 TL", f"{MARGIN} {PAGE_HEIGHT - MARGIN} Td".encode()]
        size = None
        for line_size, line in page_lines:
            if line_size != size:
                stream.append(f"/F1 {line_size} Tf".encode())
                size = line_size
            stream.append(_pdf_text(line) + b" Tj T*")
        stream.append(b"ET")
        content = b"\n".join(stream)
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        objects[content_id] = (
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
        )
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content_id} 0 R >>"
        ).encode()
        page_ids.append(page_id)
    kids = " ".join(f"{page_id} 0 R" for page_id in page_ids)
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    objects[4] = b"<< /Title " + _pdf_text(document_title or title) + b" /Producer (GHRS CMS) >>"

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for object_id in sorted(objects):
        offsets[object_id] = len(output)
        output += f"{object_id} 0 obj\n".encode() + objects[object_id] + b"\nendobj\n"
    xref_at = len(output)
    size = max(objects) + 1
    output += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for object_id in range(1, size):
        output += f"{offsets[object_id]:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {size} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(output)


def webvtt(cues):
    """A WebVTT caption file from (start seconds, end seconds, text) cues."""

    def timestamp(seconds):
        minutes, seconds = divmod(seconds, 60)
        return f"00:{int(minutes):02d}:{seconds:06.3f}"

    blocks = ["WEBVTT", ""]
    for index, (start, end, text) in enumerate(cues, start=1):
        blocks += [str(index), f"{timestamp(start)} --> {timestamp(end)}", text, ""]
    return "\n".join(blocks).encode("utf-8")


VIDEO_SIZE = (320, 180)
VIDEO_FPS = 10
VIDEO_SECONDS = 8
# Bump when the drawing or the encoding changes, so that cached files are made again.
VIDEO_VERSION = 1
VIDEO_CACHE = Path(__file__).resolve().parent.parent / "var" / "demo-cache"


def video(still, accent):
    """A short silent H.264 MP4: ``still`` (JPEG bytes) under a moving dot and a progress bar.

    VIDEO_SECONDS long, small (about 10 KB) and the same bytes on every run with the same
    PyAV, so caption cues can be timed against it. Encoding takes a second or so; files
    are kept in var/demo-cache/ by their inputs, so a second load reuses them.
    """
    digest = hashlib.sha256(
        b"%d|%s|%s|" % (VIDEO_VERSION, av.__version__.encode(), accent.encode()) + still
    ).hexdigest()[:24]
    cached = VIDEO_CACHE / f"{digest}.mp4"
    if cached.exists():
        return cached.read_bytes()
    VIDEO_CACHE.mkdir(parents=True, exist_ok=True)
    background = Image.open(io.BytesIO(still)).convert("RGB").resize(VIDEO_SIZE)
    width, height = VIDEO_SIZE
    frames = VIDEO_FPS * VIDEO_SECONDS
    partial = cached.with_suffix(".part")
    # faststart moves the index to the front so that playback starts before the end
    # arrives; the muxer rewrites the file for it, hence a file rather than memory.
    with av.open(str(partial), mode="w", format="mp4", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=VIDEO_FPS)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        # One thread: x264's output is then the same bytes on every run.
        stream.options = {"preset": "veryfast", "crf": "30", "threads": "1"}
        for number in range(frames):
            frame = background.copy()
            draw = ImageDraw.Draw(frame)
            x = int((width - 40) * number / (frames - 1))
            draw.ellipse((x, height // 2 - 20, x + 40, height // 2 + 20), fill=accent)
            draw.rectangle((0, height - 6, int(width * (number + 1) / frames), height), fill=accent)
            for packet in stream.encode(av.VideoFrame.from_image(frame)):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    partial.replace(cached)
    return cached.read_bytes()
