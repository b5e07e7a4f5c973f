"""The scoring rules of outcome measures against worked examples, skipped items included."""

import pytest

from sessions import scoring
from sessions.scoring import Incomplete


def choice_items(count, top):
    return [
        {
            "id": str(n),
            "text": f"Q{n}",
            "choices": [{"label": str(v), "value": v} for v in range(top + 1)],
        }
        for n in range(1, count + 1)
    ]


ODI_SHAPE = choice_items(10, 5)  # ten sections scored 0–5, like the Oswestry index
START_BACK_SHAPE = choice_items(9, 1)  # nine items scored 0/1


def test_percentage_rule_with_every_section_answered():
    answers = {str(n): value for n, value in enumerate([2, 3, 1, 0, 4, 2, 3, 1, 2, 2], 1)}
    # 20 points of a possible 50.
    assert scoring.score("percent", ODI_SHAPE, answers).value == 40.0


def test_a_skipped_section_lowers_the_maximum_by_five():
    answers = {str(n): value for n, value in enumerate([2, 3, 1, 0, 4, 2, 3, 1, 2], 1)}
    answers["10"] = None
    # 18 points of a possible 45 (nine sections answered): 40%, not 36%.
    result = scoring.score("percent", ODI_SHAPE, answers)
    assert result.value == 40.0 and result.parts == {"answered": 9}


def test_percentage_rule_needs_at_least_one_answer():
    with pytest.raises(Incomplete):
        scoring.score("percent", ODI_SHAPE, {})


def test_sum_of_every_item_and_refusal_with_one_missing():
    items = choice_items(4, 3)
    assert scoring.score("sum", items, {"1": 3, "2": 2, "3": 0, "4": 1}).value == 6
    with pytest.raises(Incomplete, match="3 of 4"):
        scoring.score("sum", items, {"1": 3, "2": 2, "3": 0})


def test_mean_over_the_items_answered():
    items = choice_items(4, 4)
    assert scoring.score("mean", items, {"1": 4, "2": 1, "3": None, "4": 2}).value == 2.3


@pytest.mark.parametrize(
    "values, total, distress, risk",
    [
        ([1, 1, 0, 0, 1, 0, 0, 0, 0], 3, 1, "low"),  # total 3: low, whatever the rest
        ([1, 1, 0, 0, 1, 1, 0, 1, 0], 5, 3, "medium"),  # total over 3, subscale under 4
        ([0, 1, 0, 0, 1, 1, 1, 1, 0], 5, 4, "high"),  # subscale of 4 or more
        ([0, 0, 0, 0, 1, 1, 1, 1, 0], 4, 4, "high"),
    ],
)
def test_start_back_total_subscale_and_risk_group(values, total, distress, risk):
    answers = {str(n): value for n, value in enumerate(values, 1)}
    result = scoring.score("start_back", START_BACK_SHAPE, answers)
    assert result.value == total and result.parts == {"distress": distress, "risk": risk}


def test_start_back_needs_all_nine_answers():
    answers = {str(n): 0 for n in range(1, 9)}
    with pytest.raises(Incomplete, match="missing: 9"):
        scoring.score("start_back", START_BACK_SHAPE, answers)


def test_functional_scale_is_the_mean_of_three_to_five_activities():
    rows = [
        {"name": "Lifting", "rating": 3},
        {"name": "Walking", "rating": 6},
        {"name": "Sitting", "rating": 4},
        {"name": "", "rating": None},
    ]
    assert scoring.score("psfs", [], {"activities": rows}).value == 4.3
    with pytest.raises(Incomplete, match="at least 3"):
        scoring.score("psfs", [], {"activities": rows[:2]})
    # An activity without a rating does not count.
    with pytest.raises(Incomplete):
        scoring.score(
            "psfs", [], {"activities": [*rows[:2], {"name": "Gardening", "rating": None}]}
        )


def test_pain_rating_is_the_mean_of_worst_least_and_usual():
    items = [{"id": key, "text": key, "min": 0, "max": 10} for key in ("worst", "least", "usual")]
    assert scoring.score("nprs", items, {"worst": 8, "least": 3, "usual": 5}).value == 5.3
    with pytest.raises(Incomplete):
        scoring.score("nprs", items, {"worst": 8, "usual": 5})


def test_global_rating_of_change_is_the_answer_itself():
    items = [
        {"id": "change", "text": "c", "choices": [{"label": "x", "value": v} for v in range(-7, 8)]}
    ]
    assert scoring.score("groc", items, {"change": -4}).value == -4


@pytest.mark.parametrize(
    "change, higher_is_better, expected",
    [
        (-2, False, "improved"),  # pain down two points: one MCID of 2
        (-1.9, False, "same"),
        (2, False, "worse"),
        (3, True, "improved"),  # the functional scale up three
        (-2, True, "worse"),
        (0, True, "same"),
    ],
)
def test_verdict_follows_the_direction_that_is_better(change, higher_is_better, expected):
    assert scoring.verdict(change, 2, higher_is_better) == expected


def test_no_verdict_without_a_minimal_important_change():
    assert scoring.verdict(5, None, True) is None
