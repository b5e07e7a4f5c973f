"""The outcome measures every clinic has (worded by us), and reading a clinic's own
licensed questionnaire from a FHIR Questionnaire (JSON).

`Instrument.objects.install_builtins(clinic)` adds whichever built-ins a clinic lacks.
FHIR: fhir.resources' R4B models parse R4 Questionnaires (the two releases share the
Questionnaire resource's structure)."""

import json

from pydantic import ValidationError

ZERO_TO_TEN = {"min": 0, "max": 10}

BUILTINS = [
    {
        "key": "nprs",
        "name": "Pain rating (0–10)",
        "plain_name": "pain score",
        "kind": "pain",
        "rule": "nprs",
        "higher_is_better": False,
        "mcid": 2,
        "mcid_source": "Ostelo et al., Spine 2008: about 2 points or 30% from the first rating.",
        "loinc": "72514-3",
        "items": [
            {"id": "worst", "text": "Your worst pain over the last week", **ZERO_TO_TEN},
            {"id": "least", "text": "Your least pain over the last week", **ZERO_TO_TEN},
            {"id": "usual", "text": "Your usual pain over the last week", **ZERO_TO_TEN},
        ],
        "intro": "0 means no pain at all, 10 the worst pain you can imagine.",
    },
    {
        "key": "psfs",
        "name": "Functional scale (your own activities)",
        "plain_name": "daily-activity score",
        "kind": "function",
        "rule": "psfs",
        "higher_is_better": True,
        "mcid": 2,
        "mcid_source": "Stratford 1995: about 2 points for the mean, 3 for one activity.",
        "items": [],
        "intro": "Name three to five things the problem makes hard for you, and rate each "
        "from 0 (you cannot do it) to 10 (you can do it as well as before). Next time the "
        "same activities come back to be rated again.",
    },
    {
        "key": "groc",
        "name": "Overall change since the start",
        "plain_name": "overall change",
        "kind": "change",
        "rule": "groc",
        "higher_is_better": True,
        "mcid": 3,
        "mcid_source": "Jaeschke 1989; Kamper 2009: a change of about 3 or more is "
        "commonly read as important.",
        "items": [
            {
                "id": "change",
                "text": "Since this series began, how would you say things have changed?",
                "choices": [
                    {"label": label, "value": value}
                    for value, label in [
                        (7, "A very great deal better"),
                        (6, "A great deal better"),
                        (5, "Quite a bit better"),
                        (4, "Moderately better"),
                        (3, "Somewhat better"),
                        (2, "A little better"),
                        (1, "A tiny bit better"),
                        (0, "About the same"),
                        (-1, "A tiny bit worse"),
                        (-2, "A little worse"),
                        (-3, "Somewhat worse"),
                        (-4, "Moderately worse"),
                        (-5, "Quite a bit worse"),
                        (-6, "A great deal worse"),
                        (-7, "A very great deal worse"),
                    ]
                ],
            }
        ],
        "intro": "",
    },
]

# Facts carried with a rule when a clinic picks it for its own questionnaire.
RULE_FACTS = {
    "percent": {
        "bands": [
            {"upto": 20, "label": "Minimal"},
            {"upto": 40, "label": "Moderate"},
            {"upto": 60, "label": "Severe"},
            {"upto": 80, "label": "Crippling"},
            {"upto": 100, "label": "Bed-bound"},
        ],
        "bands_source": "Oswestry Disability Index bands (Fairbank and Pynsent 2000).",
        "mcid": 10,
        "mcid_source": "Oswestry Disability Index: about 10 points or 30% (Ostelo et al. 2008).",
        "higher_is_better": False,
    },
    "start_back": {
        "bands": [
            {"upto": 3, "label": "Low risk"},
            {"upto": 9, "label": "Medium or high risk (see the distress subscale)"},
        ],
        "bands_source": "Keele STarT Back: total 3 or less is low risk; a distress subscale "
        "(items 5–9) of 4 or more is high risk; otherwise medium.",
        "mcid": None,
        "mcid_source": "",
        "higher_is_better": False,
    },
}

# Uploaded questionnaires: kept small, as a questionnaire's text is.
QUESTIONNAIRE_MAX_BYTES = 200_000


class QuestionnaireRefused(ValueError):
    """The upload is not a questionnaire this app can use; the message says why."""


def read_questionnaire(raw):
    """(validated FHIR Questionnaire as a dict, its items in our form) from uploaded bytes.
    Every item must be a question with numeric answer options (valueInteger, or a
    valueCoding whose code is a number), or an integer question."""
    if len(raw) > QUESTIONNAIRE_MAX_BYTES:
        raise QuestionnaireRefused(
            f"The file is larger than {QUESTIONNAIRE_MAX_BYTES // 1000} KB; a questionnaire "
            "is much smaller than that. Is it the right file?"
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise QuestionnaireRefused(
            "The file is not JSON. Upload the questionnaire's .json file."
        ) from None
    if not isinstance(data, dict) or data.get("resourceType") != "Questionnaire":
        raise QuestionnaireRefused("The file is JSON but not a FHIR Questionnaire resource.")
    try:
        # Imported here: the pydantic models are large, and only an upload needs them.
        from fhir.resources.R4B.questionnaire import Questionnaire

        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise QuestionnaireRefused(
            f"The file does not follow the FHIR R4 Questionnaire format ({where}: {first['msg']})."
        ) from None
    items = [_item(entry) for entry in _leaf_items(questionnaire.item or [])]
    if not items:
        raise QuestionnaireRefused("The questionnaire has no questions to answer.")
    return json.loads(questionnaire.model_dump_json(exclude_none=True)), items


def _leaf_items(entries):
    for entry in entries:
        if entry.type == "group":
            yield from _leaf_items(entry.item or [])
        elif entry.type != "display":
            yield entry


def _item(entry):
    text = entry.text or entry.linkId
    if entry.type == "integer":
        return {"id": entry.linkId, "text": text, "min": 0, "max": 10}
    choices = []
    for option in entry.answerOption or []:
        if option.valueInteger is not None:
            choices.append({"label": str(option.valueInteger), "value": option.valueInteger})
        elif option.valueCoding is not None and _is_number(option.valueCoding.code):
            coding = option.valueCoding
            choices.append({"label": coding.display or coding.code, "value": int(coding.code)})
        else:
            raise QuestionnaireRefused(
                f"Question {entry.linkId} has an answer without a number to score it by."
            )
    if not choices:
        raise QuestionnaireRefused(
            f"Question {entry.linkId} has no answer options with numbers to score it by."
        )
    return {"id": entry.linkId, "text": text, "choices": choices}


def _is_number(code):
    return code is not None and code.lstrip("-").isdigit()
