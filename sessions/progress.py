"""The figures on a plan's progress page, drawn server-side as inline SVG."""

from django.db.models import Prefetch
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from sessions.bodymap import REGIONS
from sessions.measure_charts import measure_charts, submitted_responses
from sessions.models import PainRegion, TreatmentSession
from sessions.svg import grid_marks, tick_marks

CHART_WIDTH = 640
CHART_HEIGHT = 260
MARGIN = {"left": 40, "right": 16, "top": 16, "bottom": 36}


def progress_figures(plan):
    sessions = list(
        plan.sessions.filter(status=TreatmentSession.Status.COMPLETED)
        .order_by("number")
        .prefetch_related(Prefetch("pain_regions", queryset=PainRegion.objects.order_by("region")))
    )
    return {
        "sessions": sessions,
        "chart": pain_chart(sessions),
        "posture_rows": posture_rows(sessions),
        "region_rows": region_rows(sessions),
        "measures": measure_charts(plan, submitted_responses(plan)),
    }


def pain_chart(sessions):
    """Coordinates for pain before and after each session on a 0–10 scale."""
    inner_w = CHART_WIDTH - MARGIN["left"] - MARGIN["right"]
    inner_h = CHART_HEIGHT - MARGIN["top"] - MARGIN["bottom"]
    count = max(len(sessions), 1)
    step = inner_w / max(count - 1, 1)

    def x(index):
        return round(MARGIN["left"] + (index * step if count > 1 else inner_w / 2), 1)

    def y(pain):
        return round(MARGIN["top"] + inner_h * (1 - pain / 10), 1)

    def series(attribute):
        points = [
            {
                "x": x(i),
                "y": y(getattr(s, attribute)),
                "value": getattr(s, attribute),
                "number": s.number,
            }
            for i, s in enumerate(sessions)
            if getattr(s, attribute) is not None
        ]
        return {"points": points, "path": " ".join(f"{p['x']},{p['y']}" for p in points)}

    left, right, label_y = MARGIN["left"], CHART_WIDTH - MARGIN["right"], CHART_HEIGHT - 10
    before, after = series("pain_before"), series("pain_after")
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "before": before,
        "after": after,
        "marks": grid_marks(left, right, [(v, y(v)) for v in (0, 2, 4, 6, 8, 10)])
        + tick_marks(label_y, [(x(i), s.number) for i, s in enumerate(sessions)]),
        "dots": dot_marks(
            before["points"], "dot-before", _("Session %(number)s, before: %(value)s")
        )
        + dot_marks(after["points"], "dot-after", _("Session %(number)s, after: %(value)s")),
    }


def dot_marks(points, css_class, title):
    return format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="4" class="{}"><title>{}</title></circle>',
        (
            (p["x"], p["y"], css_class, title % {"number": p["number"], "value": p["value"]})
            for p in points
        ),
    )


def posture_rows(sessions):
    rows = []
    for name in TreatmentSession.POSTURE_FIELDS:
        field = TreatmentSession._meta.get_field(name)
        choices = dict(field.choices)
        rows.append(
            {
                "label": capfirst(field.verbose_name),
                "cells": [choices.get(getattr(s, name), "—") for s in sessions],
            }
        )
    return rows


def region_rows(sessions):
    """Each region marked in any session, with its intensity session by session."""
    marked = {}
    for index, session in enumerate(sessions):
        for region in session.pain_regions.all():
            marked.setdefault(region.region, [None] * len(sessions))[index] = region
    return [{"label": label, "cells": marked[code]} for code, label in REGIONS if code in marked]
