"""The red-flag screen of the intake: signs that low back pain needs a doctor before manual
therapy. Two groups: signs of cauda equina syndrome (an emergency: urgent care the same
day) and signs of possible serious disease (a practitioner reviews them before treating).

Each sign is (code, question). The wording is ours; the signs follow the usual screening
lists. Codes are stored with the answers, so reword a question freely but never reuse a
code for a different sign. The French is in sessions/intake_questions_fr.py; each text reads
in the language of whoever reads it.
"""

from clinic.content import bilingual
from sessions.intake_questions_fr import ANSWERS_FR, GROUP_TITLES_FR, SIGNS_FR

CAUDA_EQUINA = "cauda_equina"
SERIOUS = "serious"

YES, NO, UNSURE = "yes", "no", "unsure"
ANSWERS = [
    (code, bilingual(label, ANSWERS_FR[code]))
    for code, label in [(YES, "Yes"), (NO, "No"), (UNSURE, "Not sure")]
]
ANSWER_LABELS = dict(ANSWERS)
# An answer that needs a second look: "not sure" counts as much as "yes".
FLAGGED = {YES, UNSURE}

SIGNS = {
    CAUDA_EQUINA: [
        (
            "saddle_numbness",
            "Is there numbness, tingling or less feeling between your legs: around your "
            "bottom, your genitals or your inner thighs?",
        ),
        (
            "bladder",
            "Have you newly found it hard to start or hold back when you pass water, or not "
            "felt it as it passes?",
        ),
        ("bowel", "Have you newly lost control of your bowels, or the feeling of them?"),
        ("sexual", "Have you noticed new loss of sensation or new problems during sex?"),
        (
            "both_legs",
            "Do you have pain running down both legs, or weakness or numbness in both legs "
            "that is getting worse?",
        ),
        ("walking", "Has the way you walk changed, or do your legs feel unsteady?"),
    ],
    SERIOUS: [
        ("cancer", "Have you ever had cancer?"),
        ("weight_loss", "Have you lost weight lately without trying to?"),
        ("fever", "Have you had a fever, or felt generally unwell, along with the back pain?"),
        (
            "constant_pain",
            "Is the pain there all the time, not easing when you rest or lie down, or does "
            "it wake you at night?",
        ),
        (
            "injury",
            "Did the pain start after a bad fall or accident, or after a small one if you "
            "have thin bones (osteoporosis)?",
        ),
        ("steroids", "Have you taken steroid tablets or injections for a long time?"),
        (
            "immune",
            "Is your immune system weakened, by an illness or by medicine you take?",
        ),
        ("injected_drugs", "Have you ever injected drugs?"),
        (
            "age_onset",
            "Did this back pain first start before you were 20, or after you turned 50?",
        ),
        ("thoracic", "Is the pain in your upper or middle back, between the shoulder blades?"),
    ],
}

GROUP_TITLES = {
    CAUDA_EQUINA: "Nerves, bladder and bowel",
    SERIOUS: "Your general health",
}

SIGNS = {
    group: [(code, bilingual(text, SIGNS_FR[code])) for code, text in signs]
    for group, signs in SIGNS.items()
}
GROUP_TITLES = {
    group: bilingual(title, GROUP_TITLES_FR[group]) for group, title in GROUP_TITLES.items()
}

ALL_SIGNS = [(group, code, text) for group, signs in SIGNS.items() for code, text in signs]
SIGN_TEXT = {code: text for _, code, text in ALL_SIGNS}
SIGN_GROUP = {code: group for group, code, _ in ALL_SIGNS}


def flagged_signs(answers, group=None):
    """The codes of the signs answered "yes" or "not sure", in the screen's order."""
    return [
        code
        for sign_group, code, _ in ALL_SIGNS
        if (group is None or sign_group == group) and answers.get(code) in FLAGGED
    ]


def is_urgent(answers):
    """Any sign of cauda equina syndrome: the client should get medical care today."""
    return bool(flagged_signs(answers, CAUDA_EQUINA))


def is_positive(answers):
    """Any sign at all: a practitioner reviews the screen before session 1 is signed."""
    return bool(flagged_signs(answers))
