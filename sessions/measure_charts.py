"""A plan's outcome measures as server-drawn charts: each measure's scores over the series,
its first score (the baseline), the instrument's bands, a shaded band of one minimal
important change either side of the baseline, and a verdict on each score."""

from django.template.defaultfilters import floatformat
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from sessions.models import Response
from sessions.svg import grid_marks, tick_marks

WIDTH = 640
HEIGHT = 240
LEFT, RIGHT, TOP, BOTTOM = 44, 120, 16, 36

VERDICTS = {
    "improved": _("Meaningful improvement"),
    "same": _("No meaningful change"),
    "worse": _("Meaningful worsening"),
    None: "",
}


def submitted_responses(plan):
    """Every submitted response of the plan, with its instrument and session: one query."""
    return list(
        Response.objects.submitted()
        .filter(plan=plan)
        .select_related("instrument", "session")
        .order_by("session__number", "instrument__name")
    )


def measure_charts(plan, responses):
    by_instrument = {}
    for response in responses:
        by_instrument.setdefault(response.instrument_id, []).append(response)
    last = max([plan.session_count or 0, *(r.session.number for r in responses)] or [1])
    return [chart(rows[0].instrument, rows, max(last, 2)) for rows in by_instrument.values()]


def chart(instrument, responses, last_number):
    low, high = instrument.scale()
    high = max(high, low + 1)
    inner_w = WIDTH - LEFT - RIGHT
    inner_h = HEIGHT - TOP - BOTTOM

    def x(number):
        return round(LEFT + inner_w * (number - 1) / (last_number - 1), 1)

    def y(value):
        value = min(max(value, low), high)
        return round(TOP + inner_h * (1 - (value - low) / (high - low)), 1)

    baseline = 0 if instrument.is_change_rating else responses[0].score
    points = []
    for index, response in enumerate(responses):
        is_baseline = index == 0 and not instrument.is_change_rating
        verdict = None if is_baseline else instrument.verdict(baseline, response.score)
        points.append(
            {
                "x": x(response.session.number),
                "y": y(response.score),
                "number": response.session.number,
                "score": response.score,
                "band": instrument.band_of(response.score),
                "verdict": verdict,
                "label": _("Baseline") if is_baseline else VERDICTS[verdict],
                "parts": response.parts,
            }
        )
    mcid_band = None
    if instrument.mcid:
        top, bottom = y(baseline + instrument.mcid), y(baseline - instrument.mcid)
        mcid_band = {"y": top, "height": round(bottom - top, 1)}
    bands, floor = [], low
    for number, band in enumerate(instrument.bands):
        top, bottom = y(band["upto"]), y(floor)
        bands.append(
            {
                "y": top,
                "height": round(bottom - top, 1),
                "label_y": round((top + bottom) / 2, 1),
                "label": band["label"],
                "shade": number % 2,
            }
        )
        floor = band["upto"]
    step = max(1, (last_number - 1) // 10 + 1)
    title = gettext("Session %(number)s: %(score)s. %(label)s")
    return {
        "instrument": instrument,
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "inner_width": WIDTH - RIGHT - LEFT,
        "bottom": HEIGHT - BOTTOM,
        "band_label_x": WIDTH - RIGHT + 6,
        "label_y": HEIGHT - 10,
        "marks": grid_marks(LEFT, WIDTH - RIGHT, [(v, y(v)) for v in grid_values(low, high)]),
        "ticks": tick_marks(HEIGHT - 10, [(x(n), n) for n in range(1, last_number + 1, step)]),
        "dots": format_html_join(
            "",
            '<circle cx="{}" cy="{}" r="5" class="dot-measure dot-{}"><title>{}</title></circle>',
            (
                (
                    p["x"],
                    p["y"],
                    p["verdict"] or "baseline",
                    title
                    % {
                        "number": p["number"],
                        "score": floatformat(p["score"], -1),
                        "label": p["label"],
                    },
                )
                for p in points
            ),
        ),
        "baseline_y": y(baseline),
        "baseline": baseline,
        "mcid_band": mcid_band,
        "bands": bands,
        "points": points,
        "path": " ".join(f"{p['x']},{p['y']}" for p in points),
        "latest": points[-1],
    }


def grid_values(low, high):
    span = high - low
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100) if span / s <= 6), -(-span // 6))
    first = low + (-low % step)
    return list(range(int(first), int(high) + 1, int(step)))
