"""Upload checks for caption files, hosted video and audio, and poster images.

Each check raises ``ValidationError`` with a message written for the editor who uploaded the
file: what is wrong, where (for captions, the line number), and what is accepted instead.

The WebVTT check is a strict reading of the W3C WebVTT syntax rather than webvtt-py: that
library reports neither line numbers nor most authoring errors (cues out of order, a cue
that ends before it starts, cue text that swallowed the next timing line), and those are
exactly what players then silently skip.

Cue text may hold only WebVTT's own markup: the tags ``c``, ``i``, ``b``, ``u``, ``ruby``,
``rt``, ``v`` and ``lang`` (with classes, and the voice or language annotation that ``v``
and ``lang`` need) and timestamps. Anything else (``<script>``, ``<img onerror=…>``,
``<a href>``, attributes on an allowed tag) is refused: caption text reaches web pages,
and a player or site that puts it into HTML must never meet markup from an upload.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

MAX_CAPTION_BYTES = 2 * 1024 * 1024
# Listing every problem of a badly converted file would bury the first one.
MAX_REPORTED_PROBLEMS = 5

TIMESTAMP = re.compile(
    r"^(?:(?P<hours>\d{2,}):)?(?P<minutes>\d{2}):(?P<seconds>\d{2})\.(?P<ms>\d{3})$"
)
TIMING_LINE = re.compile(r"^(?P<start>\S+)[ \t]+-->[ \t]+(?P<end>\S+)(?P<settings>[ \t].*)?$")
# A line that is probably meant as a timing line even though it is malformed.
TIMING_LIKE = re.compile(r"^\s*\d+:\d|-+>|—>|→")
HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
CUE_SETTINGS = {
    "vertical": re.compile(r"^(?:rl|lr)$"),
    "line": re.compile(r"^(?:-?\d+|\d+(?:\.\d+)?%)(?:,(?:start|center|end))?$"),
    "position": re.compile(r"^\d+(?:\.\d+)?%(?:,(?:line-left|center|line-right))?$"),
    "size": re.compile(r"^\d+(?:\.\d+)?%$"),
    "align": re.compile(r"^(?:start|center|end|left|right)$"),
    "region": re.compile(r"^\S+$"),
}
# WebVTT's cue span tags (W3C WebVTT, “cue text”); ``v`` and ``lang`` need an annotation.
CUE_TAGS = ("c", "i", "b", "u", "ruby", "rt", "v", "lang")
ANNOTATED_CUE_TAGS = ("v", "lang")
# A tag runs from “<” to the next “>” (or to the end of the cue text, as a player reads it).
CUE_TAG = re.compile(r"<([^>]*)(>|$)")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")


def _allowed_markup():
    return gettext(
        "cue text can use only the tags %(tags)s and timestamps such as <00:00:05.000>"
    ) % {"tags": ", ".join(f"<{tag}>" for tag in CUE_TAGS)}


def _invalid_timing(timing):
    return gettext(
        "cue timing %(timing)s is not valid; expected HH:MM:SS.mmm --> HH:MM:SS.mmm (the "
        "hours may be left out)"
    ) % {"timing": _quote(timing)}


def _quote(text, limit=60):
    text = text.strip()
    return f"“{text[:limit]}…”" if len(text) > limit else f"“{text}”"


def _milliseconds(text):
    match = TIMESTAMP.match(text)
    if not match:
        return None
    minutes, seconds = int(match["minutes"]), int(match["seconds"])
    if minutes > 59 or seconds > 59:
        return None
    return ((int(match["hours"] or 0) * 60 + minutes) * 60 + seconds) * 1000 + int(match["ms"])


def _format_ms(value):
    seconds, ms = divmod(value, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{ms:03d}"


def _timestamp_problem(text):
    if "," in text and TIMESTAMP.match(text.replace(",", ".")):
        return gettext(
            "the time %(time)s has a comma before the milliseconds, as in SRT subtitles; "
            "WebVTT needs a full stop, for example 00:01:02.500"
        ) % {"time": _quote(text)}
    match = TIMESTAMP.match(text)
    if match:
        return gettext("the time %(time)s has minutes or seconds above 59") % {"time": _quote(text)}
    return gettext(
        "the time %(time)s is not valid; write it as HH:MM:SS.mmm, e.g. 00:01:02.500"
    ) % {"time": _quote(text)}


def _blocks(lines, first):
    """Group (line number, text) pairs into blank-line separated blocks."""
    block = []
    for number, text in enumerate(lines, start=first):
        if text.strip():
            block.append((number, text))
        elif block:
            yield block
            block = []
    if block:
        yield block


class _WebVTTReader:
    def __init__(self):
        self.problems = []
        self.cue_count = 0
        self.previous_start = None

    def problem(self, line, message):
        ending = "" if message.endswith((".", "?", "。", "？", "؟")) else "."
        self.problems.append(
            gettext("Line %(line)s: %(problem)s") % {"line": line, "problem": message + ending}
        )

    def read(self, text):
        lines = re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))
        if not HEADER.match(lines[0]):
            self.problem(1, self._header_problem(lines))
            return
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            self.problem(
                line, gettext("the file contains a NUL character; save it again as plain text")
            )
        header_end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
        for number, line in enumerate(lines[1:header_end], start=2):
            if "-->" in line:
                self.problem(
                    number,
                    gettext("leave a blank line between the WEBVTT header and the first cue"),
                )
                return
        for block in _blocks(lines[header_end:], header_end + 1):
            self.read_block(block)
            if len(self.problems) >= MAX_REPORTED_PROBLEMS:
                return
        if not self.problems and not self.cue_count:
            self.problems.append(
                _(
                    "The file has no captions: add cues such as “00:00:01.000 --> 00:00:04.000” "
                    "followed by the text to show."
                )
            )

    def _header_problem(self, lines):
        first = lines[0].strip()
        if first.isdigit() and len(lines) > 1 and "-->" in lines[1] and "," in lines[1]:
            return gettext(
                "this looks like an SRT subtitle file; convert it to WebVTT (the file must "
                "start with the line “WEBVTT” and times use a full stop before the "
                "milliseconds)"
            )
        return gettext("a WebVTT file must start with the line “WEBVTT”, not %(first)s") % {
            "first": _quote(first)
        }

    def read_block(self, block):
        first_number, first_line = block[0]
        keyword = first_line.split(None, 1)[0] if first_line.split() else ""
        if keyword == "NOTE" and (first_line == "NOTE" or first_line[4] in " \t"):
            return
        if first_line.strip() in {"STYLE", "REGION"}:
            if self.cue_count:
                self.problem(
                    first_number,
                    gettext("a %(block)s block must come before the first cue")
                    % {"block": first_line.strip()},
                )
            return
        if "-->" in first_line:
            timing_index = 0
        elif len(block) > 1 and "-->" in block[1][1]:
            timing_index = 1
        else:
            suspect = next(
                ((number, line) for number, line in block[:2] if TIMING_LIKE.search(line)), None
            )
            if suspect:
                self.problem(
                    suspect[0],
                    _invalid_timing(suspect[1]),
                )
            else:
                self.problem(
                    first_number,
                    gettext(
                        "expected a cue timing line such as “00:00:01.000 --> 00:00:04.000”, "
                        "found %(found)s"
                    )
                    % {"found": _quote(first_line)},
                )
            return
        self.read_cue(block[timing_index], block[timing_index + 1 :])

    def read_cue(self, timing, payload):
        number, line = timing
        match = TIMING_LINE.match(line.strip())
        if not match:
            self.problem(number, _invalid_timing(line))
            return
        start, end = _milliseconds(match["start"]), _milliseconds(match["end"])
        if start is None or end is None:
            bad = match["start"] if start is None else match["end"]
            self.problem(number, _timestamp_problem(bad))
            return
        self.cue_count += 1
        if end <= start:
            self.problem(
                number,
                gettext("the cue ends at %(end)s, which is not after its start at %(start)s")
                % {"end": _format_ms(end), "start": _format_ms(start)},
            )
        if self.previous_start is not None and start < self.previous_start:
            self.problem(
                number,
                gettext(
                    "the cue starts at %(start)s, before the previous cue (%(previous)s); cues "
                    "must be in time order"
                )
                % {"start": _format_ms(start), "previous": _format_ms(self.previous_start)},
            )
        self.previous_start = start
        self.read_settings(number, (match["settings"] or "").split())
        if not payload:
            self.problem(
                number,
                gettext("the cue starting at %(start)s has no text") % {"start": _format_ms(start)},
            )
        for text_number, text in payload:
            if "-->" in text:
                self.problem(
                    text_number,
                    gettext(
                        "cue text cannot contain “-->”; is a blank line missing before this "
                        "cue's timing line?"
                    ),
                )
        self.read_cue_text(payload, start, end)

    def read_cue_text(self, payload, start, end):
        """Refuse any markup in the cue text that is not WebVTT's own."""
        if not payload:
            return
        first_number = payload[0][0]
        text = "\n".join(line for _, line in payload)
        for match in CUE_TAG.finditer(text):
            problem = _cue_tag_problem(match[1], closed=bool(match[2]), start=start, end=end)
            if problem:
                self.problem(first_number + text.count("\n", 0, match.start()), problem)

    def read_settings(self, number, tokens):
        for token in tokens:
            name, _, value = token.partition(":")
            pattern = CUE_SETTINGS.get(name)
            if pattern is None:
                self.problem(
                    number,
                    gettext("unknown cue setting %(setting)s; the settings are %(settings)s")
                    % {"setting": _quote(token), "settings": ", ".join(CUE_SETTINGS)},
                )
            elif not pattern.match(value):
                self.problem(
                    number,
                    gettext("the cue setting %(setting)s has an invalid value")
                    % {"setting": _quote(token)},
                )


def _cue_tag_problem(inner, *, closed, start, end):
    """What is wrong with the cue text tag ``<inner>``, or ``None`` when it is allowed."""
    shown = _quote(f"<{inner}>" if closed else f"<{inner}", limit=40)
    if not closed:
        return gettext(
            "the tag %(tag)s is never closed with “>”; write &lt; for a less-than sign in the "
            "text (%(allowed)s)"
        ) % {"tag": shown, "allowed": _allowed_markup()}
    if inner[:1].isdigit():
        time = _milliseconds(inner)
        if time is None:
            return gettext("%(tag)s is not a valid timestamp; write it as <HH:MM:SS.mmm>") % {
                "tag": shown
            }
        if not start < time < end:
            return gettext("the timestamp %(tag)s is outside its cue (%(start)s to %(end)s)") % {
                "tag": shown,
                "start": _format_ms(start),
                "end": _format_ms(end),
            }
        return None
    if inner.startswith("/"):
        name = inner[1:]
        if name not in CUE_TAGS:
            return gettext("the closing tag %(tag)s is not allowed in captions; %(allowed)s") % {
                "tag": shown,
                "allowed": _allowed_markup(),
            }
        return None
    head, _, annotation = _split_annotation(inner)
    name, *classes = head.split(".")
    if name not in CUE_TAGS:
        if not name:
            return gettext("%(tag)s is not a tag; write &lt; for a less-than sign in the text") % {
                "tag": shown
            }
        return gettext("the tag %(tag)s is not allowed in captions; %(allowed)s") % {
            "tag": shown,
            "allowed": _allowed_markup(),
        }
    if any(not cls for cls in classes):
        return gettext("the tag %(tag)s has an empty class name") % {"tag": shown}
    annotation = annotation.strip()
    if name in ANNOTATED_CUE_TAGS:
        if not annotation:
            if name == "v":
                return gettext("the tag %(tag)s needs the speaker's name, e.g. <v …>") % {
                    "tag": shown
                }
            return gettext("the tag %(tag)s needs a language tag such as “fr”, e.g. <lang …>") % {
                "tag": shown
            }
        if name == "lang" and not LANGUAGE_TAG.match(annotation):
            return gettext("the tag %(tag)s needs a language tag such as “fr” or “zh-Hans”") % {
                "tag": shown
            }
        return None
    if annotation:
        return gettext(
            "the tag %(tag)s cannot have attributes or other text after its name; write <%(head)s>"
        ) % {"tag": shown, "head": head}
    return None


def _split_annotation(inner):
    """``"v.loud Mary Smith"`` → ``("v.loud", " ", "Mary Smith")``."""
    match = re.search(r"[ \t\n\f]", inner)
    if not match:
        return inner, "", ""
    return inner[: match.start()], match[0], inner[match.end() :]


def webvtt_problems(data):
    """The problems found in WebVTT ``data`` (bytes), each starting with its line number."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return [
            gettext(
                "Line %(line)s: the file is not UTF-8 text (byte 0x%(byte)s); save it again "
                "with UTF-8 encoding, which WebVTT requires."
            )
            % {"line": line, "byte": f"{data[error.start]:02X}"}
        ]
    reader = _WebVTTReader()
    reader.read(text)
    return reader.problems


def validate_webvtt(file):
    """Refuse anything but a well-formed WebVTT caption file, naming the first bad lines.

    Files already in storage were checked when they were uploaded; reading them again on
    every save would download them and fail whenever S3 is unreachable.
    """
    if getattr(file, "_committed", False):
        return
    if file.size > MAX_CAPTION_BYTES:
        raise ValidationError(
            _(
                "This caption file is %(size)s; caption files can be at most %(limit)s. Is it "
                "really a WebVTT (.vtt) file?"
            )
            % {"size": filesizeformat(file.size), "limit": filesizeformat(MAX_CAPTION_BYTES)},
            code="caption_too_large",
        )
    file.seek(0)
    data = file.read()
    file.seek(0)
    problems = webvtt_problems(data)
    if problems:
        raise ValidationError(
            [ValidationError(problem, code="invalid_webvtt") for problem in problems]
        )


# How each accepted hosted-media format begins, so a renamed file is caught at upload.
SIGNATURES = {
    "mp4": ("MP4", lambda head: head[4:8] == b"ftyp"),
    "m4a": ("M4A", lambda head: head[4:8] == b"ftyp"),
    "webm": ("WebM", lambda head: head.startswith(b"\x1a\x45\xdf\xa3")),
    "ogg": ("Ogg", lambda head: head.startswith(b"OggS")),
    "wav": ("WAV", lambda head: head.startswith(b"RIFF") and head[8:12] == b"WAVE"),
    "mp3": (
        "MP3",
        lambda head: head.startswith(b"ID3") or (head[:1] == b"\xff" and head[1] & 0xE0 == 0xE0),
    ),
}


def validate_media_file(file, allowed_extensions, kind):
    """Check a hosted video or audio file's extension, content and size.

    ``kind`` is "video" or "audio", for the message.
    """
    name = getattr(file, "name", "") or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    allowed = ", ".join(
        SIGNATURES[ext][0] if ext in SIGNATURES else ext.upper() for ext in allowed_extensions
    )
    if extension not in allowed_extensions:
        raise ValidationError(
            (
                _("“%(name)s” is not an accepted audio file. Upload one of: %(allowed)s.")
                if kind == "audio"
                else _("“%(name)s” is not an accepted video file. Upload one of: %(allowed)s.")
            )
            % {"name": name, "allowed": allowed},
            code="invalid_extension",
        )
    limit = getattr(settings, "HOSTED_MEDIA_MAX_UPLOAD_SIZE", None)
    if limit and file.size > limit:
        raise ValidationError(
            (
                _(
                    "This file is %(size)s; hosted audio files can be at most %(limit)s. Export "
                    "it at a lower bit rate, or publish it on UN Web TV, YouTube or Vimeo and "
                    "use a video link instead."
                )
                if kind == "audio"
                else _(
                    "This file is %(size)s; hosted video files can be at most %(limit)s. Export "
                    "it at a lower bit rate, or publish it on UN Web TV, YouTube or Vimeo and "
                    "use a video link instead."
                )
            )
            % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )
    label, matches = SIGNATURES.get(extension, (extension, None))
    if matches is not None:
        file.seek(0)
        head = file.read(16)
        file.seek(0)
        if len(head) < 12 or not matches(head):
            raise ValidationError(
                _(
                    "“%(name)s” is named like a %(format)s file but does not contain %(format)s "
                    "data. Export it again as %(format)s. Accepted: %(allowed)s."
                )
                % {"name": name, "format": label, "allowed": allowed},
                code="invalid_content",
            )
