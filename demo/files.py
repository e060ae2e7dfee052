"""Small files for the demo, written without outside tools: PDFs, WebVTT captions, a video.

``pdf`` writes a valid PDF 1.4 with the built-in Helvetica font in WinAnsi encoding, so it
can show English, French and Spanish text but not Arabic, Cyrillic or Chinese letters.
"""

import textwrap

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


def placeholder_video():
    """An MP4 file type header and nothing else: it stands in for a real upload.

    The demo has no video encoder, so the hosted videos carry this placeholder; their
    titles say so, and their captions, transcript and thumbnail are real.
    """
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
