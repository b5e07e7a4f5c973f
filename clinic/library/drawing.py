"""Draws an exercise as SVG from its poses: two frames, where it starts and where it goes.

A pose (clinic/library/poses.py) gives the angle of each body segment, in degrees: 0 points
the way the figure faces, 90 points up. From the hip the torso rises to the shoulders, the
neck and head sit on top, the arms hang from the shoulders and the legs from the hip. The
figure is seen from its left side ("side") or from the front ("front", which also serves for
lying on one side seen from the ceiling); the limbs nearer the viewer are the left ones, and
a drawing of the right side is the mirror image. The figure is then set on the floor line.

The SVG uses presentation attributes only (no style attribute), so it can be inlined under a
strict Content-Security-Policy, and it prints as well as it shows.
"""

import math
from functools import lru_cache
from html import escape

from django.utils.translation import get_language

from clinic.content import reads_french
from clinic.library.drawing_fr import (
    FRAME_WORDS_FR,
    POSES_FR,
    SIDE_WORDS_FR,
    THEN_FR,
    describe_fr,
)
from clinic.library.poses import DRAWINGS, POSES

# The app's palette (static/css/app.css).
INK = "#1d2424"
BODY = "#7d8a87"
FAR = "#c3ccca"
WORKED = "#1f6b5c"
FLOOR = "#d5dcda"
PROP = "#b3471f"
PAPER = "#ffffff"

TORSO, NECK, HEAD_R = 34, 5, 7
UPPER_ARM, FOREARM, THIGH, SHIN, FOOT = 16, 15, 24, 23, 7
WIDTH = {"torso": 12, "upper": 6, "fore": 5, "thigh": 8, "shin": 6, "foot": 4, "neck": 5}
FRONT_HALF = {"shoulder": 8, "hip": 5}  # half the width across, seen from the front
FRAME_GAP = 26
LABEL_ROOM = 15
MIN_FRAME_WIDTH = 66  # room for the side label under two narrow frames

SIDE_WORDS = {
    "left": "Left side",
    "right": "Right side",
    "each": "Each side, left shown",
    "both": "Both sides",
}


def direction(degrees):
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def step(point, degrees, length):
    dx, dy = direction(degrees)
    return point[0] + dx * length, point[1] + dy * length


def midpoint(a, b):
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2


class Figure:
    """The joints of one pose, in figure units, y pointing up, before it is set down."""

    def __init__(self, pose):
        front = pose.get("view") == "front"
        torso = pose["t"]
        head = pose.get("h", torso)
        hip = (0.0, 0.0)
        shoulder = step(hip, torso, TORSO)
        neck = step(shoulder, head, NECK)
        self.head = step(neck, head, HEAD_R)
        self.face = pose.get("face")
        self.above = pose.get("above", False)
        short = pose.get("fore", {})
        self.front = front
        self.segments = []  # (part, kind, start, end)
        across = torso - 90  # towards the figure's left, seen from the front
        for near, part in ((False, "f"), (True, "n")):
            sign = 1 if near else -1
            s_half = FRONT_HALF["shoulder"] * sign if front else 0
            h_half = FRONT_HALF["hip"] * sign if front else 0
            arm_root = step(shoulder, across, s_half)
            leg_root = step(hip, across, h_half)
            upper, fore = pose["a" + part]
            elbow = step(arm_root, upper, UPPER_ARM * short.get("upper", 1))
            wrist = step(elbow, fore, FOREARM * short.get("fore", 1))
            leg = pose["l" + part]
            thigh, shin = leg[0], leg[1]
            knee = step(leg_root, thigh, THIGH * short.get("thigh", 1))
            ankle = step(knee, shin, SHIN * short.get("shin", 1))
            foot = leg[2] if len(leg) > 2 else shin + 90
            toe = step(ankle, foot, FOOT)
            self.segments += [
                ("a" + part, "upper", arm_root, elbow),
                ("a" + part, "fore", elbow, wrist),
                ("l" + part, "thigh", leg_root, knee),
                ("l" + part, "shin", knee, ankle),
                ("l" + part, "foot", ankle, toe),
            ]
            setattr(self, "wrist_" + part, wrist)
            setattr(self, "toe_" + part, step(ankle, foot, FOOT / 2))
            setattr(self, "knee_" + part, knee)
            setattr(self, "thigh_" + part, midpoint(leg_root, knee))
            setattr(self, "calf_" + part, midpoint(knee, ankle))
        self.joints = {
            "hip": hip,
            "shoulder": shoulder,
            "head": self.head,
            "back": midpoint(hip, shoulder),
        }
        self.segments.insert(0, ("t", "torso", hip, shoulder))
        self.segments.insert(1, ("h", "neck", shoulder, neck))
        self.props = pose.get("props", ())
        self.mirror = False

    def points(self):
        """Every drawn point with the half-width around it: what the floor must carry."""
        for _part, kind, start, end in self.segments:
            width = WIDTH[kind] + (4 if kind == "torso" and self.front else 0)
            yield start, width / 2
            yield end, width / 2
        yield self.head, HEAD_R

    def named(self, name):
        return self.joints.get(name) or getattr(self, name)


def number(value):
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def placed(mirror):
    """A function from figure units to frame units: y down, mirrored for the right side."""
    sign = -1 if mirror else 1
    return lambda point: (point[0] * sign, -point[1])


def frame_bounds(figure, mirror):
    move = placed(mirror)
    xs, ys = [], []
    for point, radius in figure.points():
        x, y = move(point)
        xs += [x - radius, x + radius]
        ys += [y - radius, y + radius]
    return min(xs), max(xs), min(ys), max(ys)


class Canvas:
    """Paths grouped by colour and width, so a drawing stays a few hundred bytes."""

    def __init__(self):
        self.paths = {}
        self.shapes = []

    def line(self, colour, width, start, end):
        self.paths.setdefault((colour, width), []).append(
            f"M{number(start[0])} {number(start[1])}L{number(end[0])} {number(end[1])}"
        )

    def svg(self):
        out = []
        for (colour, width), parts in self.paths.items():
            out.append(f'<path stroke="{colour}" stroke-width="{width}" d="{"".join(parts)}"/>')
        return "".join(out) + "".join(self.shapes)


def draw_figure(canvas, figure, worked, mirror, dx, floor_y):
    """Adds `figure` to `canvas`, its lowest point on the floor at `floor_y`, shifted by dx."""
    move = placed(mirror)
    lowest = frame_bounds(figure, mirror)[3]

    def at(point):
        x, y = move(point)
        return x + dx, y - lowest + floor_y

    for prop in figure.props:
        draw_prop(canvas, figure, prop, at, floor_y)
    order = sorted(figure.segments, key=lambda s: 0 if s[0].endswith("f") else 1)
    for part, kind, start, end in order:
        far = part.endswith("f") and part != "t"
        colour = WORKED if part in worked else (FAR if far else BODY)
        width = WIDTH[kind] + (4 if kind == "torso" and figure.front else 0)
        canvas.line(colour, width, at(start), at(end))
    hx, hy = at(figure.head)
    colour = WORKED if "h" in worked else BODY
    canvas.shapes.append(
        f'<circle cx="{number(hx)}" cy="{number(hy)}" r="{HEAD_R}" fill="{colour}"/>'
    )
    if figure.face is not None and not figure.front:
        ex, ey = at(step(figure.head, figure.face, 3.5))
        canvas.shapes.append(
            f'<circle cx="{number(ex)}" cy="{number(ey)}" r="1.4" fill="{PAPER}"/>'
        )


def draw_prop(canvas, figure, prop, at, floor_y):
    kind, _, where = prop.partition(":")
    if kind == "ball":
        x, y = at(figure.named(where))
        top = y + 4
        radius = min(6, max(2.5, (floor_y - top) / 2))
        canvas.shapes.append(
            f'<circle cx="{number(x)}" cy="{number(top + radius)}" r="{number(radius)}" '
            f'fill="{PROP}"/>'
        )
    elif kind == "strap":
        start, end = where.split("-")
        canvas.line(PROP, 1.5, at(figure.named(start)), at(figure.named(end)))
    elif kind == "chair":
        x, y = at(figure.named("hip"))
        seat = y + 5
        back = x - 9 if not figure.mirror else x + 9
        canvas.line(PROP, 2, (x - 9, seat), (x + 9, seat))
        canvas.line(PROP, 2, (x - 8, seat), (x - 8, floor_y))
        canvas.line(PROP, 2, (x + 8, seat), (x + 8, floor_y))
        canvas.line(PROP, 2, (back, seat), (back, seat - 24))
    elif kind == "wall":
        behind = (where == "back") != figure.mirror
        edges = [
            at(point)[0] + (-radius if behind else radius) for point, radius in figure.points()
        ]
        x = min(edges) - 1.5 if behind else max(edges) + 1.5
        canvas.line(INK, 2, (x, floor_y), (x, max(0, floor_y - 100)))


ID = "@id"  # where the page's id for a drawing goes; "@" never reaches the SVG otherwise


def render(key, side, title, element_id):
    """The SVG of drawing `key` for `side`, titled `title`; its ids start with `element_id`.
    Its words are in the reader's language."""
    french = reads_french(get_language())
    return drawn(key, side, title, french).replace(ID, element_id)


@lru_cache(maxsize=1024)
def drawn(key, side, title, french=False):
    """The drawing once per exercise, side, wording and language, whoever's page it goes in."""
    element_id = ID
    drawing = DRAWINGS[key]
    start, end = POSES[drawing["start"]], POSES[drawing["end"]]
    worked = set(drawing.get("work", ()))
    sided = ("an" in worked and "af" not in worked) or ("ln" in worked and "lf" not in worked)
    mirror = side == "right" and sided
    figures = [Figure(start), Figure(end)]
    for figure in figures:
        figure.mirror = mirror
    bounds = [frame_bounds(f, mirror) for f in figures]
    width = max(max(b[1] - b[0] for b in bounds) + 8, MIN_FRAME_WIDTH)
    height = max(b[3] - b[2] for b in bounds) + 6
    floor_y = height
    canvas = Canvas()
    for index, (figure, b) in enumerate(zip(figures, bounds, strict=True)):
        left = index * (width + FRAME_GAP)
        dx = left + (width - (b[1] - b[0])) / 2 - b[0]
        draw_figure(canvas, figure, worked, mirror, dx, floor_y)
        if not figure.above:
            canvas.line(FLOOR, 2, (left, floor_y + 1), (left + width, floor_y + 1))
    total = 2 * width + FRAME_GAP
    mid_y = floor_y * 0.55
    a, b = width + 5, width + FRAME_GAP - 5
    canvas.line(WORKED, 2.5, (a, mid_y), (b - 3, mid_y))
    canvas.shapes.append(f'<path fill="{WORKED}" d="M{number(b)} {number(mid_y)}l-7 -5v10z"/>')
    text_y = floor_y + LABEL_ROOM - 3
    side_words = SIDE_WORDS_FR if french else SIDE_WORDS
    label = side_words[side] if sided else side_words["both"] if side == "both" else ""
    first, then = FRAME_WORDS_FR if french else ("Start", "Then")
    texts = [(width / 2, first), (width + FRAME_GAP + width / 2, then)]
    out_text = "".join(
        f'<text x="{number(x)}" y="{number(text_y)}" text-anchor="middle">{word}</text>'
        for x, word in texts
    )
    description = (describe_in_french if french else describe)(key, side if sided else "both")
    view_h = floor_y + LABEL_ROOM + (14 if label else 0)
    if label:
        out_text += (
            f'<text x="{number(total / 2)}" y="{number(view_h - 2)}" text-anchor="middle" '
            f'fill="{WORKED}" font-weight="700">{escape(label)}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-1 -1 {number(total + 2)} '
        f'{number(view_h + 2)}" role="img" aria-labelledby="{element_id}-t {element_id}-d" '
        f'class="drawing" font-family="system-ui, sans-serif" font-size="11" fill="{INK}">'
        f'<title id="{element_id}-t">{text(title)}</title>'
        f'<desc id="{element_id}-d">{text(description)}</desc>'
        f'<g fill="none" stroke-linecap="round">{canvas.svg()}</g>{out_text}</svg>'
    )


def text(words):
    return escape(words).replace("@", "&#64;")


def describe_in_french(key, side):
    drawing = DRAWINGS[key]
    then = THEN_FR.get(key) or POSES_FR[drawing["end"]]
    return describe_fr(POSES_FR[drawing["start"]], then, side)


def describe(key, side):
    """The text alternative: what the two frames show, and the side."""
    drawing = DRAWINGS[key]
    start, end = POSES[drawing["start"]], POSES[drawing["end"]]
    text = f"Start: {start['words']}. Then: {drawing.get('then') or end['words']}."
    if side in ("left", "right"):
        text += f" The {side} side works, shown in green."
    elif side == "each":
        text += " The side that works is shown in green: the left first, then the right."
    return text[0].upper() + text[1:]
