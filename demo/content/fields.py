"""Reading one table of a demo data file, field by field, collecting every problem found.

Each accessor returns the field's value when it is right, and otherwise records a
problem naming the file and the field (``stories/ar-1-x.toml: translations.fr.title:
...``) and returns a harmless stand-in, so that one run reports every problem in every
file at once. Nothing here knows what the demo content means; ``demo.content`` does.
"""

import datetime


class DemoDataError(Exception):
    """The demo data files have problems; the message lists each, with file and field."""

    def __init__(self, problems):
        self.problems = list(problems)
        lines = "\n".join(f"  - {problem}" for problem in self.problems)
        super().__init__(f"The demo data files have {len(self.problems)} problem(s):\n{lines}")


class Problems:
    """The problems found so far, each as ``file: field: what is wrong``."""

    def __init__(self):
        self.found = []

    def add(self, file, field, message):
        self.found.append(f"{file}: {field}: {message}" if field else f"{file}: {message}")

    def raise_if_any(self):
        if self.found:
            raise DemoDataError(self.found)


TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list",
    dict: "a table",
    datetime.date: "a date (2018-09-27)",
    datetime.time: "a time of day (10:30:00)",
    object: "a value",
}


def _has_type(value, expected):
    # TOML's booleans are ints to Python and its date-times are dates: both must be told apart.
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected is datetime.date:
        return type(value) is datetime.date
    return isinstance(value, expected)


class Table:
    """One TOML table of ``file``, at ``prefix`` within it (``""`` for the whole file)."""

    def __init__(self, problems, file, data, prefix, languages):
        self.problems = problems
        self.file = file
        self.data = data if isinstance(data, dict) else {}
        self.prefix = prefix
        self.languages = languages
        self.read = set()

    def field(self, name):
        return f"{self.prefix}.{name}" if self.prefix else name

    def problem(self, name, message):
        self.problems.add(self.file, self.field(name) if name else self.prefix, message)

    def has(self, name):
        return name in self.data

    def value(self, name, expected, *, required=True, default=None):
        """The field's value if it has the ``expected`` type; ``default`` otherwise."""
        self.read.add(name)
        if name not in self.data:
            if required:
                self.problem(name, f"required field is missing ({TYPE_NAMES[expected]})")
            return default
        value = self.data[name]
        if not _has_type(value, expected):
            self.problem(
                name, f"must be {TYPE_NAMES[expected]}, not {type(value).__name__} {value!r}"
            )
            return default
        return value

    def text(self, name, *, required=True, default="", allow_empty=False):
        value = self.value(name, str, required=required, default=default)
        if value == "" and required and not allow_empty:
            self.problem(name, "must not be empty")
        return value

    def integer(self, name, *, required=True, default=0):
        return self.value(name, int, required=required, default=default)

    def boolean(self, name, *, default):
        return self.value(name, bool, required=False, default=default)

    def date(self, name, *, required=True):
        return self.value(name, datetime.date, required=required)

    def time(self, name):
        value = self.value(name, datetime.time, default=datetime.time(0))
        if value.tzinfo is not None:
            self.problem(name, "must be a wall-clock time at the venue, without an offset")
        return value

    def choice(self, name, choices, *, required=True, default=""):
        value = self.text(name, required=required, default=default)
        if value and value not in choices:
            self.problem(name, f"unknown value {value!r}; allowed: {', '.join(choices)}")
        return value

    def strings(self, name, *, required=False):
        values = self.value(name, list, required=required, default=[])
        for index, value in enumerate(values):
            if not isinstance(value, str):
                self.problem(f"{name}[{index}]", f"must be text, not {value!r}")
        return tuple(value for value in values if isinstance(value, str))

    def reference(self, name, known, what, *, required=True):
        """A key of something defined elsewhere (``what``: "member state", "theme", ...)."""
        value = self.text(name, required=required)
        self.check_reference(name, value, known, what)
        return value

    def references(self, name, known, what, *, required=False):
        values = self.strings(name, required=required)
        for index, value in enumerate(values):
            self.check_reference(f"{name}[{index}]", value, known, what)
        return values

    def check_reference(self, name, value, known, what):
        if value and value not in known:
            self.problem(name, f"unknown {what} {value!r}")

    def language(self, name):
        return self.choice(name, self.languages)

    def texts(self, name, *, required=True, languages=("en",)):
        """A table of texts by language code; ``languages`` must all be there."""
        table = self.value(name, dict, required=required, default={})
        texts = {}
        for code, text in table.items():
            if code not in self.languages:
                self.problem(
                    f"{name}.{code}",
                    f"unknown language code {code!r}; the content languages are "
                    f"{', '.join(self.languages)}",
                )
            elif not isinstance(text, str) or not text:
                self.problem(f"{name}.{code}", f"must be a non-empty text, not {text!r}")
            else:
                texts[code] = text
        if name in self.data or required:
            for code in languages:
                if code not in table:
                    self.problem(f"{name}.{code}", "required text is missing")
        return texts

    def live_by_language(self, name):
        """``{language: live}``: the languages a page is translated into, live or draft."""
        table = self.value(name, dict, required=False, default={})
        result = {}
        for code, live in table.items():
            if code not in self.languages:
                self.problem(f"{name}.{code}", f"unknown language code {code!r}")
            elif not isinstance(live, bool):
                self.problem(f"{name}.{code}", "must be true (live) or false (draft)")
            else:
                result[code] = live
        return result

    def table(self, name, *, required=True):
        data = self.value(name, dict, required=required, default={})
        if name not in self.data:
            return None
        return Table(self.problems, self.file, data, self.field(name), self.languages)

    def tables(self, name, *, required=True):
        """The tables of an array of tables (``[[name]]``), each named ``name[index]``."""
        items = self.value(name, list, required=required, default=[])
        tables = []
        for index, data in enumerate(items):
            if not isinstance(data, dict):
                self.problem(f"{name}[{index}]", "must be a table")
                continue
            tables.append(
                Table(
                    self.problems, self.file, data, self.field(f"{name}[{index}]"), self.languages
                )
            )
        return tables

    def finish(self):
        """Report the fields nobody read: a misspelt field name must not pass silently."""
        for name in self.data.keys() - self.read:
            self.problem(name, "unknown field")
