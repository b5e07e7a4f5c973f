"""Forms of outcome measures: answering one, a series' schedule, and a clinic's own
questionnaire (built in the app or uploaded as FHIR JSON)."""

import re

from django import forms
from django.forms import formset_factory
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from clinic.forms import Form, ModelForm
from sessions.instruments import (
    QUESTIONNAIRE_MAX_BYTES,
    RULE_FACTS,
    QuestionnaireRefused,
    read_questionnaire,
)
from sessions.models import Instrument, Rule
from sessions.models.measures import CLINIC_RULES
from sessions.scoring import PSFS_MAX_ACTIVITIES


class AnswerForm(Form):
    """One field per item (or five activity rows for the functional scale). Every field
    may be left empty in a draft; the scoring rule says what a submission needs."""

    def __init__(self, *args, instrument, previous_activities=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        if instrument.rule == Rule.PSFS:
            names = list(previous_activities)
            for n in range(PSFS_MAX_ACTIVITIES):
                self.fields[f"activity_{n}"] = forms.CharField(
                    label=_("Activity %(number)s") % {"number": n + 1},
                    max_length=120,
                    required=False,
                )
                self.fields[f"rating_{n}"] = forms.IntegerField(
                    label=_("How well you can do it now (0–10), activity %(number)s")
                    % {"number": n + 1},
                    min_value=0,
                    max_value=10,
                    required=False,
                )
                if n < len(names) and not self.is_bound:
                    self.initial.setdefault(f"activity_{n}", names[n])
            return
        for item in instrument.items:
            name = f"item_{item['id']}"
            if item.get("choices"):
                self.fields[name] = forms.TypedChoiceField(
                    label=item["text"],
                    choices=[(c["value"], c["label"]) for c in item["choices"]],
                    coerce=int,
                    empty_value=None,
                    required=False,
                    widget=forms.RadioSelect,
                )
            else:
                self.fields[name] = forms.IntegerField(
                    label=item["text"],
                    min_value=item.get("min", 0),
                    max_value=item.get("max", 10),
                    required=False,
                    widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
                )

    def activity_rows(self):
        return [(self[f"activity_{n}"], self[f"rating_{n}"]) for n in range(PSFS_MAX_ACTIVITIES)]

    def answers(self):
        data = self.cleaned_data
        if self.instrument.rule == Rule.PSFS:
            rows = [
                {"name": data[f"activity_{n}"].strip(), "rating": data[f"rating_{n}"]}
                for n in range(PSFS_MAX_ACTIVITIES)
            ]
            return {"activities": [r for r in rows if r["name"] or r["rating"] is not None]}
        return {item["id"]: data[f"item_{item['id']}"] for item in self.instrument.items}

    @staticmethod
    def initial_from(instrument, answers):
        if instrument.rule == Rule.PSFS:
            initial = {}
            for n, row in enumerate(answers.get("activities", [])):
                initial[f"activity_{n}"] = row.get("name", "")
                initial[f"rating_{n}"] = row.get("rating")
            return initial
        return {f"item_{key}": value for key, value in answers.items()}


class ScheduleEntryForm(Form):
    measure = forms.ChoiceField(label=_("Measure"), required=False)
    sessions = forms.CharField(
        label=_("At sessions"),
        required=False,
        max_length=200,
        help_text=_("Session numbers with commas, e.g. 1, 5, 10."),
    )
    every = forms.BooleanField(label=_("Every visit"), required=False)

    def __init__(self, *args, measures=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["measure"].choices = [("", "—"), *measures]

    def clean(self):
        data = super().clean()
        text = data.get("sessions", "")
        numbers = [int(n) for n in re.findall(r"\d+", text)]
        if re.sub(r"[\d,;\s]", "", text):
            self.add_error("sessions", _("Use session numbers separated by commas, e.g. 1, 5, 10."))
        elif data.get("measure") and not numbers and not data.get("every"):
            self.add_error(
                "sessions", _("Say at which sessions it falls due, or tick every visit.")
            )
        elif any(n < 1 or n > 60 for n in numbers):
            self.add_error("sessions", _("Session numbers run from 1 to 60."))
        data["numbers"] = sorted(set(numbers))
        return data


class BaseScheduleFormSet(forms.BaseFormSet):
    def schedule(self):
        entries = []
        for form in self.forms:
            data = form.cleaned_data
            if not data.get("measure"):
                continue
            if data["every"]:
                entries.append({"measure": data["measure"], "every": True})
            else:
                entries.append({"measure": data["measure"], "sessions": data["numbers"]})
        return entries

    @staticmethod
    def initial_of(series):
        if series is None:
            return []
        return [
            {
                "measure": entry["measure"],
                "every": entry.get("every", False),
                "sessions": ", ".join(str(n) for n in entry.get("sessions", [])),
            }
            for entry in series.measure_schedule
        ]


ScheduleFormSet = formset_factory(ScheduleEntryForm, formset=BaseScheduleFormSet, extra=2)


def measure_choices(clinic):
    """(key, name) of the clinic's instruments, built-ins included (before they exist)."""
    from sessions.instruments import BUILTINS

    have = dict(Instrument.objects.filter(clinic=clinic).values_list("key", "name"))
    for spec in BUILTINS:
        have.setdefault(spec["key"], spec["name"])
    return sorted(have.items(), key=lambda pair: pair[1])


class ClinicInstrumentForm(ModelForm):
    """What a clinic says about a questionnaire of its own, built here or uploaded."""

    rule = forms.ChoiceField(
        label=_("Scoring rule"), choices=[(r.value, r.label) for r in CLINIC_RULES]
    )

    class Meta:
        model = Instrument
        fields = ["name", "plain_name", "intro", "rule", "higher_is_better", "mcid", "mcid_source"]
        labels = {"higher_is_better": _("A higher score is better")}
        help_texts = {
            "mcid": _(
                "Leave empty to use the rule's own figure where it has one (10 points "
                "for the percentage rule)."
            ),
            "mcid_source": _("Where the figure comes from."),
        }

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.clinic = clinic

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        key = slugify(name)[:40] or "questionnaire"
        if Instrument.objects.filter(clinic=self.clinic, key=key).exists():
            raise forms.ValidationError(_("This clinic already has a measure with that name."))
        return name

    def save(self, commit=True):
        instrument = super().save(commit=False)
        instrument.clinic = self.clinic
        instrument.key = slugify(instrument.name)[:40] or "questionnaire"
        instrument.kind = Instrument.Kind.OTHER
        facts = RULE_FACTS.get(instrument.rule, {})
        instrument.bands = facts.get("bands", [])
        instrument.bands_source = facts.get("bands_source", "")
        if instrument.mcid is None and facts.get("mcid") is not None:
            instrument.mcid = facts["mcid"]
            instrument.mcid_source = instrument.mcid_source or facts["mcid_source"]
        if commit:
            instrument.save()
        return instrument


class BuiltQuestionnaireForm(ClinicInstrumentForm):
    questions = forms.CharField(
        label=_("Questions"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One question per line."),
    )
    choices = forms.CharField(
        label=_("Answer choices"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "One per line, the score first: “0 = Not at all”. Every question offers these choices."
        ),
    )

    def clean_questions(self):
        lines = [line.strip() for line in self.cleaned_data["questions"].splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            raise forms.ValidationError(_("Write at least one question."))
        if len(lines) > 60:
            raise forms.ValidationError(_("Keep it to 60 questions or fewer."))
        return lines

    def clean_choices(self):
        choices = []
        for number, line in enumerate(self.cleaned_data["choices"].splitlines(), start=1):
            if not line.strip():
                continue
            match = re.fullmatch(r"\s*(-?\d+)\s*=\s*(.+?)\s*", line)
            if not match:
                raise forms.ValidationError(
                    _(
                        "Line %(number)s needs a score, an equals sign and a label, "
                        "e.g. “2 = Often”."
                    )
                    % {"number": number}
                )
            choices.append({"label": match[2], "value": int(match[1])})
        if len(choices) < 2:
            raise forms.ValidationError(_("Give at least two answer choices."))
        return choices

    def save(self, commit=True):
        instrument = super().save(commit=False)
        instrument.items = [
            {"id": str(n), "text": text, "choices": self.cleaned_data["choices"]}
            for n, text in enumerate(self.cleaned_data["questions"], start=1)
        ]
        if commit:
            instrument.save()
        return instrument


class UploadedQuestionnaireForm(ClinicInstrumentForm):
    file = forms.FileField(
        label=_("FHIR Questionnaire (JSON)"),
        help_text=_("The questionnaire your licence provides, as a FHIR R4 Questionnaire file."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        raw = upload.read(QUESTIONNAIRE_READ_LIMIT)
        try:
            self.questionnaire, self.parsed_items = read_questionnaire(raw)
        except QuestionnaireRefused as refused:
            raise forms.ValidationError(str(refused)) from None
        return upload

    def save(self, commit=True):
        instrument = super().save(commit=False)
        instrument.items = self.parsed_items
        instrument.questionnaire = self.questionnaire
        if commit:
            instrument.save()
        return instrument


# One byte past the cap, so read_questionnaire sees that the file is too large.
QUESTIONNAIRE_READ_LIMIT = QUESTIONNAIRE_MAX_BYTES + 1
