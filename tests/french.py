"""A check that a page rendered in French has no English interface text left.

It reads what a person sees or hears: the text of the page outside scripts and styles, and
the attributes a screen reader or a form shows (alt, title, placeholder, aria-label, the
value of a button). Words that only English uses, such as "the", "your" or "with", point
at a string nobody marked for translation or a message the catalogue lacks. Names and
clinical notes a clinic wrote in English would trip it too, so use it on French data.
"""

import re
from html.parser import HTMLParser

ENGLISH_ONLY = frozenset(
    """
    the and your you with this that from are is has have will of to for what which
    there here been was were would should can cannot it its be by at but any
    each when who how not yes save cancel sign back next new add edit delete remove
    show search print today week day month year
    home program exercise exercises name password open close done
    """.split()
)
SPOKEN_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label", "aria-description")
SILENT_TAGS = ("script", "style", "template", "svg", "code", "pre")


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.silent = 0
        self.untranslatable = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in SILENT_TAGS:
            self.silent += 1
        # translate="no" marks what is not interface text: people's names, a clinic's own
        # words, a file name.
        self.untranslatable.append(attrs.get("translate") == "no")
        if self.silent or any(self.untranslatable):
            return
        for name in SPOKEN_ATTRIBUTES:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in SILENT_TAGS and self.silent:
            self.silent -= 1
        if self.untranslatable:
            self.untranslatable.pop()

    def handle_data(self, data):
        if not self.silent and not any(self.untranslatable):
            self.parts.append(data)


VOID = re.compile(r"<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b([^>]*?)/?>")


def visible_text(html):
    parser = _VisibleText()
    # Void elements never close, so they must not open a level of the translate="no" stack.
    parser.feed(VOID.sub(lambda m: f"<{m[1]}{m[2]}></{m[1]}>", html))
    return " ".join(" ".join(parser.parts).split())


def english_left(html):
    """The English-only words in what the page shows, each with a little context."""
    text = visible_text(html)
    found = []
    # Whole words, accents and digits included: "Début" is not "but", "1Password" not "password".
    for match in re.finditer(r"[\w']+", text):
        if match[0].lower() in ENGLISH_ONLY:
            found.append(text[max(0, match.start() - 30) : match.end() + 30])
    return found
