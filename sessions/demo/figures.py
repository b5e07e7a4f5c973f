"""Posture photos for the demo and the tests: a plain standing figure drawn with Pillow,
not a picture of anyone. `change` (0 to 1) moves it from the posture of a first session
(head forward, one shoulder low, the pelvis tipped forward) towards standing upright."""

import io

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 600, 900
BACKGROUND = (236, 239, 238)
SKIN = (196, 160, 134)
CLOTHES = (70, 96, 120)
FLOOR = (190, 196, 194)


def standing_figure(view, change=0.0, size=(WIDTH, HEIGHT)):
    """JPEG bytes of the figure seen from the front (or back) or the side."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 820, WIDTH, HEIGHT], fill=FLOOR)
    slump = 1.0 - change
    if view in ("left", "right"):
        _side(draw, slump, 1 if view == "right" else -1)
    else:
        _front(draw, slump)
    if size != (WIDTH, HEIGHT):
        image = image.resize(size)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _front(draw, slump):
    centre = WIDTH // 2
    drop = round(18 * slump)  # the right shoulder sits lower
    shift = round(10 * slump)  # the head leans over the left shoulder
    hips = [(centre - 70, 470), (centre + 70, 470 + round(8 * slump))]
    shoulders = [(centre - 95, 250), (centre + 95, 250 + drop)]
    draw.polygon([shoulders[0], shoulders[1], hips[1], hips[0]], fill=CLOTHES)
    draw.ellipse([centre - 45 - shift, 120, centre + 45 - shift, 225], fill=SKIN)
    draw.rectangle([centre - 18 - shift // 2, 215, centre + 18 - shift // 2, 255], fill=SKIN)
    for (x, y), side in zip(shoulders, (-1, 1), strict=True):
        draw.line([(x, y), (x + side * 25, y + 230)], fill=SKIN, width=30)
    for (x, y), side in zip(hips, (-1, 1), strict=True):
        draw.line([(x + side * -15, y), (x + side * 5, 815)], fill=CLOTHES, width=44)
        draw.ellipse([x + side * 5 - 30, 800, x + side * 5 + 30, 830], fill=SKIN)


def _side(draw, slump, facing):
    centre = WIDTH // 2
    head_forward = round(60 * slump) * facing
    chest_forward = round(20 * slump) * facing
    belly = round(30 * slump) * facing
    ear = (centre + head_forward, 175)
    draw.ellipse([ear[0] - 45, 120, ear[0] + 45, 225], fill=SKIN)
    draw.ellipse([ear[0] + facing * 35 - 10, 165, ear[0] + facing * 35 + 10, 185], fill=SKIN)
    neck = [(centre + head_forward // 2 - 18, 215), (centre + head_forward // 2 + 18, 255)]
    draw.rectangle(neck, fill=SKIN)
    back = centre - facing * 45
    torso = [
        (back, 250),
        (centre + chest_forward + facing * 55, 260),
        (centre + belly + facing * 50, 420),
        (centre + facing * 45, 480),
        (back - facing * round(25 * slump), 470),
        (back + facing * round(15 * slump), 360),
    ]
    draw.polygon(torso, fill=CLOTHES)
    draw.line(
        [(centre + chest_forward, 265), (centre + chest_forward + facing * 10, 500)],
        fill=SKIN,
        width=28,
    )
    draw.line([(centre, 470), (centre + facing * 5, 815)], fill=CLOTHES, width=60)
    draw.ellipse([centre - 30 + facing * 25, 800, centre + 30 + facing * 25, 830], fill=SKIN)
