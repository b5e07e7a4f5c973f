"""The translation machinery: every interface string is marked, the French catalogue has
them all, it compiles, and the language a person chose is the one they read.

`test_templates_mark_every_string` reads each template in CHECKED_TEMPLATE_DIRS with Django's
own template lexer, puts a placeholder where a variable, a tag or a translated block was,
and looks at what is left as a browser would: text between tags, and the attributes people
see or hear. Any letters there are a string nobody marked for translation.

`test_the_french_catalogue_has_every_message` extracts the messages the way the catalogue
rule does (`manage.py makemessages`), but in a copy of the source in a temporary directory,
so the committed .po is never rewritten, and asks gettext's `msgattrib` for the messages
without a French text or with a fuzzy one.
"""

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
PO = ROOT / "locale" / "fr_CA" / "LC_MESSAGES" / "django.po"

# Directories under templates/ whose every file is checked, "" for the files of templates/
# itself (not its subdirectories). Add a directory once its strings are marked.
CHECKED_TEMPLATE_DIRS = ["", "clinic", "includes", "portal", "registration", "sessions"]

# Text that is the same in every language.
ALLOWED_TEXT = {"Bodywork Notes", "QR"}
SPOKEN_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label", "aria-description"}
# Arguments that become interface text: `|default:"…"` and `{% include … with label="…" %}`.
TEXT_ARGUMENTS = re.compile(
    r"""(?:\|default(?:_if_none)?:|\b(?:label|previous|next|title|heading)=)"([^"]*)\""""
)
TRANSLATED_BLOCKS = {"blocktranslate": "endblocktranslate", "blocktrans": "endblocktrans"}
PLACEHOLDER = "\x00"


def checked_templates():
    for directory in CHECKED_TEMPLATE_DIRS:
        base = TEMPLATES / directory
        files = base.glob("*") if directory == "" else base.rglob("*")
        for path in sorted(files):
            if path.is_file() and path.suffix in {".html", ".txt", ".xml", ".svg"}:
                yield path


def without_template_language(source):
    """The template's HTML with each variable, tag and translated block replaced by a
    placeholder (no letters), and the literals of TEXT_ARGUMENTS that are not `_("…")`."""
    parts, literals = [], []
    closing = None
    for token in Lexer(source).tokenize():
        if closing:
            if token.token_type == TokenType.BLOCK and token.contents.split()[0] == closing:
                closing = None
            continue
        if token.token_type == TokenType.TEXT:
            parts.append(token.contents)
            continue
        if token.token_type in (TokenType.VAR, TokenType.BLOCK):
            literals += [text for text in TEXT_ARGUMENTS.findall(token.contents) if has_words(text)]
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0]
            if name in TRANSLATED_BLOCKS:
                closing = TRANSLATED_BLOCKS[name]
            elif name == "comment":
                closing = "endcomment"
        # A tag stands for a space, so that one inside an HTML tag (`<li{% if %} class=…`)
        # leaves the HTML readable.
        parts.append({TokenType.VAR: PLACEHOLDER, TokenType.BLOCK: " "}.get(token.token_type, ""))
    return "".join(parts), literals


def has_words(text):
    text = text.replace(PLACEHOLDER, " ")
    for allowed in ALLOWED_TEXT:
        text = text.replace(allowed, " ")
    return bool(re.search(r"[A-Za-z]", text))


class _Untranslated(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.silent = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.silent += 1
        attrs = dict(attrs)
        for name, value in attrs.items():
            spoken = name in SPOKEN_ATTRIBUTES or (
                name == "value" and tag == "input" and attrs.get("type") in ("submit", "button")
            )
            if spoken and value and has_words(value):
                self.found.append(f'{name}="{value}"')

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.silent:
            self.silent -= 1

    def handle_data(self, data):
        if not self.silent and has_words(data):
            self.found.append(" ".join(data.replace(PLACEHOLDER, "…").split()))


def untranslated(source):
    html, literals = without_template_language(source)
    parser = _Untranslated()
    parser.feed(html)
    parser.close()
    return parser.found + [f'"{text}" (an argument: write _("…"))' for text in literals]


def test_the_check_finds_unmarked_text_and_passes_marked_text():
    assert untranslated('<p title="Help">Hello {{ name }}</p>') == ['title="Help"', "Hello …"]
    assert untranslated('{{ x|default:"nobody" }}') == ['"nobody" (an argument: write _("…"))']
    marked = (
        '{% load i18n %}<p title="{% translate "Help" %}">'
        "{% blocktranslate trimmed with name=name %}Hello {{ name }}{% endblocktranslate %}"
        '</p>{{ x|default:_("nobody") }}{# a comment #}<script>let a = "b";</script>'
        '<a class="brand">Bodywork Notes</a> · {{ when }}'
    )
    assert untranslated(marked) == []


@pytest.mark.parametrize(
    "path", list(checked_templates()), ids=lambda p: str(p.relative_to(TEMPLATES))
)
def test_templates_mark_every_string(path):
    assert untranslated(path.read_text()) == []


def msgattrib(*options, po):
    result = subprocess.run(
        ["msgattrib", *options, "--no-wrap", str(po)], capture_output=True, text=True, check=True
    )
    return re.findall(r'^msgid "(.+)"$', result.stdout, flags=re.MULTILINE)


@pytest.fixture(scope="module")
def extracted_catalogue(tmp_path_factory):
    """locale/fr_CA/…/django.po as makemessages would leave it, made in a copy of the
    source: every message of the source, with the French texts the catalogue has."""
    copy = tmp_path_factory.mktemp("source")
    ignore = shutil.ignore_patterns("__pycache__", "*.mo", "*.pyc")
    for name in ("clinic", "sessions", "templates", "static", "locale"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            "manage.py",
            "makemessages",
            "-l",
            "fr_CA",
            "--no-location",
            "-i",
            "staticfiles",
            "-i",
            "media",
            "-i",
            "bench",
        ],
        cwd=copy,
        env={"PATH": "/usr/bin:/bin", "DJANGO_DEBUG": "1", "HOME": str(copy)},
        check=True,
        capture_output=True,
    )
    return copy / "locale" / "fr_CA" / "LC_MESSAGES" / "django.po"


def test_the_french_catalogue_has_every_message(extracted_catalogue):
    assert msgattrib("--untranslated", "--no-obsolete", po=extracted_catalogue) == []


def test_no_french_message_is_fuzzy(extracted_catalogue):
    assert msgattrib("--only-fuzzy", "--no-obsolete", po=extracted_catalogue) == []


def test_the_catalogue_compiles_with_matching_placeholders(tmp_path):
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(PO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
