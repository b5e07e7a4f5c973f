"""The scoring rules of outcome measures, as plain functions of the answers.

Each rule takes the instrument's items (a list of dicts: "id", "text" and either "choices"
[{"label", "value"}] or "min"/"max") and the answers ({item id: number}; a missing or
None answer is a skipped item), and returns a Score. A rule raises Incomplete when the
answers cannot give a score under that rule. Facts from DOMAIN.md ("Outcome measures").
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


class Incomplete(ValueError):
    """The answers cannot be scored yet; the message says what is missing."""


@dataclass(frozen=True)
class Score:
    value: float
    parts: dict = field(default_factory=dict)


def item_range(item):
    """(lowest, highest) value an item can take."""
    if item.get("choices"):
        values = [choice["value"] for choice in item["choices"]]
        return min(values), max(values)
    return item.get("min", 0), item.get("max", 10)


def answered(items, answers):
    """(item, value) of each item with an answer, in the items' order."""
    return [(item, answers[item["id"]]) for item in items if answers.get(item["id"]) is not None]


def rounded(value):
    return round(value, 1)


def percent_of_maximum(items, answers):
    """Points ÷ the most points the answered items could give × 100 (the Oswestry rule:
    ten sections of 0–5 give points ÷ (5 × sections answered) × 100, so a skipped
    section lowers the maximum instead of counting as zero)."""
    given = answered(items, answers)
    if not given:
        raise Incomplete(_("Answer at least one question to get a score."))
    points = sum(value - item_range(item)[0] for item, value in given)
    maximum = sum(item_range(item)[1] - item_range(item)[0] for item, _ in given)
    return Score(rounded(points / maximum * 100), {"answered": len(given)})


def total(items, answers):
    """The sum of every item. A sum with a skipped item would read as a better (or worse)
    score than the client gave, so every item needs an answer."""
    given = answered(items, answers)
    if len(given) < len(items):
        raise Incomplete(
            _("Every question needs an answer for this score (%(given)s of %(total)s so far).")
            % {"given": len(given), "total": len(items)}
        )
    return Score(rounded(sum(value for _, value in given)))


def mean(items, answers):
    """The mean of the items answered."""
    given = answered(items, answers)
    if not given:
        raise Incomplete(_("Answer at least one question to get a score."))
    return Score(rounded(sum(value for _, value in given) / len(given)), {"answered": len(given)})


# Keele STarT Back: items 5–9 form the distress (psychosocial) subscale.
START_BACK_ITEMS = 9
START_BACK_DISTRESS_FROM = 5


def start_back(items, answers):
    """Total of nine 0/1 items (0–9) and the distress subscale of items 5–9 (0–5).
    Total 3 or less: low risk; subscale 4 or more: high risk; otherwise medium."""
    if len(items) != START_BACK_ITEMS:
        raise Incomplete(
            _("This rule needs %(needed)s questions; the form has %(count)s.")
            % {"needed": START_BACK_ITEMS, "count": len(items)}
        )
    values = [answers.get(item["id"]) for item in items]
    missing = [str(n) for n, value in enumerate(values, start=1) if value is None]
    if missing:
        raise Incomplete(
            _("Every question needs an answer (missing: %(missing)s).")
            % {"missing": ", ".join(missing)}
        )
    score = sum(values)
    distress = sum(values[START_BACK_DISTRESS_FROM - 1 :])
    if score <= 3:
        risk = "low"
    elif distress >= 4:
        risk = "high"
    else:
        risk = "medium"
    return Score(score, {"distress": distress, "risk": risk})


PSFS_MIN_ACTIVITIES = 3
PSFS_MAX_ACTIVITIES = 5


def psfs(activities):
    """The Patient-Specific Functional Scale: the mean of 3–5 activities, each rated from
    0 (unable) to 10 (as before the problem). `activities` is [{"name", "rating"}]."""
    rated = [a for a in activities if a.get("name") and a.get("rating") is not None]
    if len(rated) < PSFS_MIN_ACTIVITIES:
        raise Incomplete(
            _("Name and rate at least %(least)s activities (%(count)s so far).")
            % {"least": PSFS_MIN_ACTIVITIES, "count": len(rated)}
        )
    if len(rated) > PSFS_MAX_ACTIVITIES:
        raise Incomplete(_("Rate at most %(most)s activities.") % {"most": PSFS_MAX_ACTIVITIES})
    ratings = [a["rating"] for a in rated]
    return Score(rounded(sum(ratings) / len(ratings)), {"activities": len(rated)})


def nprs(items, answers):
    """The numeric pain rating: the mean of worst, least and usual pain over the last
    week (each 0–10). All three are asked for; the mean needs them all."""
    given = answered(items, answers)
    if len(given) < len(items):
        raise Incomplete(_("Give all three pain numbers: worst, least and usual."))
    return Score(rounded(sum(value for _, value in given) / len(given)))


def global_change(items, answers):
    """The global rating of change: one answer from −7 to +7, since the series began."""
    given = answered(items, answers)
    if not given:
        raise Incomplete(_("Choose how things have changed since the start."))
    return Score(given[0][1])


RULES = {
    "percent": percent_of_maximum,
    "sum": total,
    "mean": mean,
    "start_back": start_back,
    "nprs": nprs,
    "groc": global_change,
}


def score(rule, items, answers):
    """The Score of `answers` under the rule named `rule` (see RULES and psfs)."""
    if rule == "psfs":
        return psfs(answers.get("activities", []))
    return RULES[rule](items, answers)


def verdict(change, mcid, higher_is_better):
    """ "improved", "same" or "worse": whether `change` from the baseline is at least one
    minimal important change, in the direction that is better for this measure."""
    if mcid is None:
        return None
    better = change if higher_is_better else -change
    if better >= mcid:
        return "improved"
    if better <= -mcid:
        return "worse"
    return "same"
