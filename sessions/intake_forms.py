"""The intake's steps as forms, the consent signature, the practitioner's review and
amendments, and the clinic's settings for its intake."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinic.forms import DateInput, Form, ModelForm
from clinic.models import Client
from sessions import intake_questions as screen
from sessions.bodymap import BACK, FRONT
from sessions.models import (
    ConsentChoice,
    ConsentText,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    ScreenReview,
    SignedConsent,
)

PAIN_SCALE = _("Pain is a whole number from 0 (none) to 10 (the worst you can imagine).")
TEXTAREA = {"rows": 3}


class DraftForm(ModelForm):
    """Every field is optional while the intake is a draft: what is valid is kept, what is
    not is shown with its message, and nothing typed is lost."""

    def save_draft(self, intake):
        """Writes the fields that are valid onto `intake` (not saved)."""
        for name, value in self.cleaned_data.items():
            if name in self._meta.fields:
                setattr(intake, name, value)
        return intake


class PainStepForm(DraftForm):
    regions = forms.MultipleChoiceField(
        label=_("Where it hurts"),
        choices=FRONT + BACK,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Intake
        fields = ["complaint", "onset", "better", "worse", "pain_now", "regions"]
        labels = {
            "complaint": _("What brings you in? In your own words"),
            "onset": _("When did it start?"),
            "pain_now": _("How much does it hurt right now, from 0 to 10?"),
        }
        help_texts = {
            "onset": _("Your best guess is fine."),
            "pain_now": _("0 is no pain at all, 10 the worst you can imagine."),
        }
        widgets = {
            "complaint": forms.Textarea(attrs=TEXTAREA),
            "onset": DateInput(),
            "better": forms.Textarea(attrs={"rows": 2}),
            "worse": forms.Textarea(attrs={"rows": 2}),
            "pain_now": forms.NumberInput(attrs={"min": 0, "max": 10, "inputmode": "numeric"}),
        }
        error_messages = {
            "pain_now": {"min_value": PAIN_SCALE, "max_value": PAIN_SCALE, "invalid": PAIN_SCALE}
        }

    def clean_onset(self):
        onset = self.cleaned_data["onset"]
        if onset and onset > timezone.localdate():
            raise forms.ValidationError(_("That date is still to come. When did the pain start?"))
        if onset and onset.year < 1900:
            raise forms.ValidationError(_("Please check the year."))
        return onset

    def marked_codes(self):
        return [str(code) for code in self["regions"].value() or []]

    def region_rows(self, side):
        marked = set(self.marked_codes())
        return [
            {"code": code, "label": label, "checked": code in marked}
            for code, label in (FRONT if side == "front" else BACK)
        ]

    def front_rows(self):
        return self.region_rows("front")

    def back_rows(self):
        return self.region_rows("back")


class HealthStepForm(DraftForm):
    class Meta:
        model = Intake
        fields = [
            "history",
            "conditions",
            "medications",
            "pregnancy",
            "occupation",
            "activity_level",
            "goals",
        ]
        labels = {
            "history": _("Have you had this before? What treatment have you had for it?"),
            "conditions": _("Health conditions, injuries and operations"),
            "medications": _("Medicines and supplements you take"),
            "pregnancy": _("Are you pregnant?"),
            "occupation": _("What work do you do?"),
            "activity_level": _("How do you spend most of your day?"),
            "goals": _("What would you like these sessions to change for you?"),
        }
        widgets = {
            "history": forms.Textarea(attrs=TEXTAREA),
            "conditions": forms.Textarea(attrs=TEXTAREA),
            "medications": forms.Textarea(attrs={"rows": 2}),
            "pregnancy": forms.RadioSelect,
            "activity_level": forms.RadioSelect,
            "goals": forms.Textarea(attrs=TEXTAREA),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pregnancy"].choices = Intake.Pregnancy.choices
        self.fields["activity_level"].choices = Client.ActivityLevel.choices


class ScreenStepForm(Form):
    """Yes, no or not sure for each warning sign."""

    def __init__(self, *args, intake, **kwargs):
        super().__init__(*args, **kwargs)
        for _group, code, text in screen.ALL_SIGNS:
            self.fields[code] = forms.ChoiceField(
                label=text,
                choices=screen.ANSWERS,
                required=False,
                widget=forms.RadioSelect,
                initial=(intake.screen or {}).get(code),
            )

    def groups(self):
        return [
            {
                "title": screen.GROUP_TITLES[group],
                "group": group,
                "fields": [self[code] for code, _ in signs],
            }
            for group, signs in screen.SIGNS.items()
        ]

    def save_draft(self, intake):
        answers = dict(intake.screen or {})
        for code, value in self.cleaned_data.items():
            if value:
                answers[code] = value
        intake.screen = answers
        return intake

    def answers_shown(self):
        """The answers as on the form now (typed or saved)."""
        return {code: self[code].value() for _, code, _ in screen.ALL_SIGNS}


class QuestionsStepForm(Form):
    """The clinic's own questions."""

    def __init__(self, *args, intake, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        saved = intake.custom_answers or {}
        for question in questions:
            name = f"q{question.pk}"
            initial = saved.get(str(question.pk), {}).get("answer")
            Kind = IntakeQuestion.Kind
            if question.kind == Kind.LONG:
                field = forms.CharField(widget=forms.Textarea(attrs=TEXTAREA), max_length=4000)
            elif question.kind == Kind.YES_NO:
                field = forms.ChoiceField(
                    choices=[("Yes", _("Yes")), ("No", _("No"))], widget=forms.RadioSelect
                )
            elif question.kind == Kind.CHOICE:
                field = forms.ChoiceField(
                    choices=[(c, c) for c in question.choice_list], widget=forms.RadioSelect
                )
            else:
                field = forms.CharField(max_length=300)
            field.label, field.required, field.initial = question.wording, False, initial
            self.fields[name] = field

    def save_draft(self, intake):
        answers = dict(intake.custom_answers or {})
        for question in self.questions:
            value = self.cleaned_data.get(f"q{question.pk}")
            if value is None:
                continue
            answers[str(question.pk)] = {
                "wording": question.wording,
                "kind": question.kind,
                "answer": value,
            }
        intake.custom_answers = answers
        return intake


class ConsentStepForm(Form):
    full_name = forms.CharField(
        label=_("Your full name"),
        max_length=150,
        help_text=_("Typing your name here is your signature."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    strokes = forms.CharField(required=False, widget=forms.HiddenInput)
    agree = forms.BooleanField(
        label=_("I have read the consent above and agree to it."),
        error_messages={"required": _("Please tick the box to say you agree, then sign.")},
    )
    photos = forms.BooleanField(
        label=ConsentChoice.DESCRIPTIONS[ConsentChoice.Kind.PHOTOS], required=False
    )
    reminders = forms.BooleanField(
        label=ConsentChoice.DESCRIPTIONS[ConsentChoice.Kind.REMINDERS], required=False
    )

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please type your full name."))
        return name

    def clean_strokes(self):
        return SignedConsent.parse_strokes(self.cleaned_data["strokes"])


class ConsentChoicesForm(Form):
    photos = ConsentStepForm.base_fields["photos"]
    reminders = ConsentStepForm.base_fields["reminders"]


class ScreenReviewForm(ModelForm):
    class Meta:
        model = ScreenReview
        fields = ["decision", "reason"]
        labels = {"decision": _("Your decision"), "reason": _("Why")}
        widgets = {
            "decision": forms.RadioSelect,
            "reason": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].choices = ScreenReview.Decision.choices


class IntakeAmendmentForm(ModelForm):
    class Meta:
        model = IntakeAmendment
        fields = ["field", "new_text", "reason"]
        labels = {"field": _("Answer"), "new_text": _("Corrected answer")}
        widgets = {"new_text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, intake, **kwargs):
        super().__init__(*args, **kwargs)
        self.intake = intake

    def clean(self):
        cleaned = super().clean()
        field, text = cleaned.get("field"), cleaned.get("new_text")
        if field and text is not None and text.strip() == self.intake.current_text(field).strip():
            self.add_error("new_text", _("The corrected answer is the same as the current one."))
        return cleaned


class ConsentTextForm(ModelForm):
    class Meta:
        model = ConsentText
        fields = ["body"]
        labels = {"body": _("Consent to treatment")}
        help_texts = {
            "body": _(
                "Saving makes a new version. Clients who signed an earlier version keep "
                "the text they signed."
            )
        }
        widgets = {"body": forms.Textarea(attrs={"rows": 18})}

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if len(body) < 40:
            raise forms.ValidationError(_("The consent needs a few sentences at least."))
        return body


class IntakeQuestionForm(ModelForm):
    class Meta:
        model = IntakeQuestion
        fields = ["wording", "kind", "choices", "position"]
        widgets = {"choices": forms.Textarea(attrs={"rows": 3}), "kind": forms.RadioSelect}
        labels = {"position": _("Order")}

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.clinic = clinic
        self.fields["kind"].choices = IntakeQuestion.Kind.choices

    def clean(self):
        cleaned = super().clean()
        others = IntakeQuestion.objects.filter(clinic=self.clinic).exclude(pk=self.instance.pk)
        if self.instance._state.adding and others.count() >= 10:
            raise forms.ValidationError(
                _(
                    "The intake has its ten questions of your own already. Change or remove one "
                    "to ask something new."
                )
            )
        return cleaned
