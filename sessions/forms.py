import datetime

from django import forms
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from clinic.forms import DateInput, Form, ModelForm, limit_dose_numbers
from clinic.models import Practitioner
from sessions.bodymap import BACK, FRONT, REFERRAL_SOURCES
from sessions.models import (
    Amendment,
    HomeProgram,
    PainRegion,
    Plan,
    ProgramItem,
    Series,
    SeriesStep,
    Technique,
    TreatmentSession,
)

# Visits are booked or back-charted within this window around today.
BOOKING_WINDOW = datetime.timedelta(days=2 * 365)


class PlanForm(ModelForm):
    class Meta:
        model = Plan
        fields = ["series", "lead", "started_on"]
        widgets = {"started_on": DateInput()}
        labels = {"series": _("Series"), "lead": _("Lead practitioner")}

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["series"].queryset = Series.objects.filter(clinic=clinic).offered()
        self.fields["lead"].queryset = (
            Practitioner.objects.filter(clinic=clinic)
            .select_related("user")
            .prefetch_related("credentials")
        )

    def clean(self):
        cleaned = super().clean()
        series, lead = cleaned.get("series"), cleaned.get("lead")
        if series and lead and lead.scope_for(series.method) == 0:
            self.add_error(
                "lead",
                gettext("%(lead)s holds no credential for %(method)s, so cannot lead this series.")
                % {"lead": lead, "method": series.get_method_display()},
            )
        started = cleaned.get("started_on")
        if started and abs(started - timezone.localdate()) > BOOKING_WINDOW:
            self.add_error("started_on", _("Choose a start date within two years of today."))
        return cleaned


class StopPlanForm(Form):
    reason = forms.CharField(
        label=_("Why is the plan stopping?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ScheduleForm(Form):
    date = forms.DateField(label=_("Date"), widget=DateInput())
    time = forms.TimeField(
        label=_("Time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=5, max_value=480, initial=60
    )
    practitioner = forms.ModelChoiceField(
        label=_("Practitioner"), queryset=Practitioner.objects.none()
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["practitioner"].queryset = Practitioner.objects.filter(
            clinic_id=plan.client.clinic_id
        ).select_related("user")

    def clean(self):
        cleaned = super().clean()
        date, time = cleaned.get("date"), cleaned.get("time")
        if date and abs(date - timezone.localdate()) > BOOKING_WINDOW:
            self.add_error("date", _("Choose a date within two years of today."))
        elif date and time:
            cleaned["scheduled_at"] = timezone.make_aware(datetime.datetime.combine(date, time))
        number = self.plan.next_number()
        if not self.plan.has_room_for(number):
            raise forms.ValidationError(
                gettext("All %(count)s sessions of this plan are booked or given.")
                % {"count": self.plan.session_count}
            )
        practitioner = cleaned.get("practitioner")
        if practitioner:
            session = TreatmentSession(plan=self.plan, number=number)
            try:
                session.check_scope(practitioner)
            except forms.ValidationError as error:
                self.add_error("practitioner", error)
        cleaned["number"] = number
        return cleaned


class TechniquesField(forms.ModelMultipleChoiceField):
    """Refuses ids no database could hold before looking them up (SQLite would overflow)."""

    def _check_values(self, value):
        for pk in value:
            if not str(pk).isdigit() or int(pk) >= 2**63:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


POSTURE_WIDGETS = {name: forms.RadioSelect for name in TreatmentSession.POSTURE_FIELDS}


class ChartForm(ModelForm):
    # The version of the note this form was opened on; a save from an older one is refused.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)
    # Not a model field of the form: the page reads the clinic's techniques and which are
    # ticked in one query (see __init__), where the model form would read them in two.
    techniques = TechniquesField(
        label=_("Techniques"),
        queryset=Technique.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = TreatmentSession
        fields = [
            "pain_before",
            "pain_after",
            *TreatmentSession.POSTURE_FIELDS,
            *TreatmentSession.AMENDABLE_FIELDS,
        ]
        widgets = {
            "pain_before": forms.NumberInput(attrs={"min": 0, "max": 10, "inputmode": "numeric"}),
            "pain_after": forms.NumberInput(attrs={"min": 0, "max": 10, "inputmode": "numeric"}),
            "posture_notes": forms.Textarea(attrs={"rows": 2}),
            "subjective": forms.Textarea(attrs={"rows": 3}),
            "objective": forms.Textarea(attrs={"rows": 3}),
            "assessment": forms.Textarea(attrs={"rows": 3}),
            "treatment": forms.Textarea(attrs={"rows": 3}),
            "next_focus": forms.Textarea(attrs={"rows": 2}),
            **POSTURE_WIDGETS,
        }

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        techniques = Technique.objects.for_clinic(clinic.pk)
        self.fields["techniques"].queryset = techniques
        ticked = TreatmentSession.techniques.through.objects.filter(
            treatmentsession=self.instance.pk, technique=OuterRef("pk")
        )
        self.clinic_techniques = list(techniques.annotate(ticked=Exists(ticked)))
        self.initial.setdefault("techniques", [t.pk for t in self.clinic_techniques if t.ticked])
        self.fields["seen_version"].initial = self.instance.version
        for name in TreatmentSession.POSTURE_FIELDS:
            # A radio group offers "not assessed" instead of Django's dashes.
            self.fields[name].choices = [("", _("Not assessed")), *self.fields[name].choices[1:]]

    def _save_m2m(self):
        super()._save_m2m()
        self.instance.techniques.set(self.cleaned_data["techniques"])

    def clean_seen_version(self):
        seen = self.cleaned_data["seen_version"]
        return self.instance.version if seen is None else seen

    def technique_choices(self):
        """The techniques to tick, each marked when it is ticked (as typed, or as saved)."""
        ticked = {str(pk) for pk in self["techniques"].value() or []}
        return [
            {"pk": t.pk, "name": t.name, "checked": str(t.pk) in ticked}
            for t in self.clinic_techniques
        ]

    def posture_fields(self):
        return [self[name] for name in TreatmentSession.POSTURE_FIELDS]


ROW_HTML = """<div class="bodymap-row" data-region-row="{code}">
<div class="bodymap-check">
<input type="checkbox" name="{code}-marked" id="id_{code}-marked"{checked}>
<label for="id_{code}-marked">{label}</label></div>
<div class="region-details">
<label for="id_{code}-intensity" class="visually-hidden">{intensity_label}</label>
<input type="number" name="{code}-intensity" id="id_{code}-intensity" min="0" max="10"
 inputmode="numeric" placeholder="0–10"{value}{invalid}>
<label for="id_{code}-kind" class="visually-hidden">{kind_label}</label>
<select name="{code}-kind" id="id_{code}-kind"><option value="local"{local}>{local_word}</option>
<option value="referred"{referred}>{referred_word}</option></select>
<span class="region-source">
<label for="id_{code}-source" class="visually-hidden">{source_label}</label>
<input type="text" name="{code}-source" id="id_{code}-source" maxlength="120"
 list="referral-sources" placeholder="{source_placeholder}" value="{source}"></span>
{errors}</div></div>
"""


def region_fields():
    fields = {}
    for code, label in FRONT + BACK:
        fields[f"{code}-marked"] = forms.BooleanField(label=label, required=False)
        fields[f"{code}-intensity"] = forms.IntegerField(
            label=format_lazy(_("{label}: intensity (0–10)"), label=label),
            min_value=0,
            max_value=10,
            required=False,
        )
        fields[f"{code}-kind"] = forms.ChoiceField(
            label=format_lazy(_("{label}: local or referred"), label=label),
            choices=PainRegion.Kind.choices,
            initial=PainRegion.Kind.LOCAL,
            required=False,
        )
        fields[f"{code}-source"] = forms.CharField(
            label=format_lazy(_("{label}: thought to come from"), label=label),
            max_length=120,
            required=False,
        )
    return fields


class BodyMapForm(Form):
    """One row per body-map region: marked or not, how strong, local or referred. The rows
    are written out by row_html, not by the fields' widgets."""

    # Built once: 128 fields per request were a tenth of the chart page's time, and these
    # fields keep no state of their own (the form never changes them).
    region_fields = region_fields()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(self.region_fields)

    @classmethod
    def initial_from(cls, regions):
        initial = {}
        for region in regions:
            initial[f"{region.region}-marked"] = True
            initial[f"{region.region}-intensity"] = region.intensity
            initial[f"{region.region}-kind"] = region.kind
            initial[f"{region.region}-source"] = region.source
        return initial

    def clean(self):
        cleaned = super().clean()
        for code, label in FRONT + BACK:
            if not cleaned.get(f"{code}-marked"):
                continue
            if cleaned.get(f"{code}-intensity") is None and f"{code}-intensity" not in self.errors:
                self.add_error(
                    f"{code}-intensity",
                    gettext("Give the intensity for %(region)s.") % {"region": str(label).lower()},
                )
        return cleaned

    def rows_html(self, view):
        """The rows of one side of the body, as HTML. Written here rather than in a template
        because 32 rows of four inputs each made this the slowest page to render; the words
        every row repeats are translated and escaped once per side, not once per row."""
        words = {
            name: escape(text)
            for name, text in [
                ("local_word", PainRegion.Kind.LOCAL.label),
                ("referred_word", PainRegion.Kind.REFERRED.label),
                ("source_placeholder", gettext("Thought to come from…")),
            ]
        }
        labels = {
            "intensity_label": gettext("{label}: intensity (0–10)"),
            "kind_label": gettext("{label}: local or referred"),
            "source_label": gettext("{label}: thought to come from"),
        }
        return mark_safe(
            "".join(
                self.row_html(code, str(label), words, labels)
                for code, label in (FRONT if view == "front" else BACK)
            )
        )

    def row_html(self, code, label, words, labels):
        marked, intensity, kind, source = (
            self[f"{code}-{part}"].value() for part in ("marked", "intensity", "kind", "source")
        )
        errors = self.errors.get(f"{code}-intensity", []) if self.is_bound else []
        invalid = (
            format_html(' aria-invalid="true" aria-describedby="id_{}-intensity_error"', code)
            if errors
            else ""
        )
        error_html = (
            format_html(
                '<span class="errors" id="id_{}-intensity_error">{}</span>',
                code,
                format_html_join("", "<p>{}</p>", ((e,) for e in errors)),
            )
            if errors
            else ""
        )
        # str.format, not format_html: every value below is escaped here or already HTML.
        return ROW_HTML.format(
            code=code,
            label=escape(label),
            **{name: escape(text.format(label=label)) for name, text in labels.items()},
            **words,
            checked=" checked" if marked else "",
            value=format_html(' value="{}"', intensity) if intensity not in (None, "") else "",
            invalid=invalid,
            local=" selected" if kind != PainRegion.Kind.REFERRED else "",
            referred=" selected" if kind == PainRegion.Kind.REFERRED else "",
            source=escape(source or ""),
            errors=error_html,
        )

    def front_rows(self):
        return self.rows_html("front")

    def back_rows(self):
        return self.rows_html("back")

    def marked_codes(self):
        """The regions ticked on the form as shown, typed or initial."""
        return [code for code, _ in FRONT + BACK if self[f"{code}-marked"].value()]

    def regions(self, session):
        return [
            PainRegion(
                session=session,
                region=code,
                intensity=self.cleaned_data[f"{code}-intensity"],
                kind=self.cleaned_data[f"{code}-kind"] or PainRegion.Kind.LOCAL,
                source=self.cleaned_data[f"{code}-source"]
                if self.cleaned_data[f"{code}-kind"] == PainRegion.Kind.REFERRED
                else "",
            )
            for code, _ in FRONT + BACK
            if self.cleaned_data[f"{code}-marked"]
        ]

    referral_sources = REFERRAL_SOURCES


class AmendmentForm(ModelForm):
    class Meta:
        model = Amendment
        fields = ["field", "new_text", "reason"]
        labels = {"field": _("Part of the note"), "new_text": _("Corrected text")}
        widgets = {"new_text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session

    def clean(self):
        cleaned = super().clean()
        field = cleaned.get("field")
        if field and cleaned.get("new_text") is not None:
            if cleaned["new_text"].strip() == self.session.current_text(field).strip():
                self.add_error("new_text", _("The corrected text is the same as the current text."))
        return cleaned


class SeriesForm(ModelForm):
    class Meta:
        model = Series
        fields = ["name", "method", "session_count", "description", "is_active"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class BaseStepFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        numbers = sorted(
            form.cleaned_data["number"]
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        if numbers != list(range(1, len(numbers) + 1)):
            raise forms.ValidationError(_("Number the steps 1, 2, 3… with no gaps or repeats."))
        count = self.instance.session_count
        if count and len(numbers) != count:
            raise forms.ValidationError(
                ngettext(
                    "A series of %(count)s sessions needs %(count)s steps; there is %(steps)s.",
                    "A series of %(count)s sessions needs %(count)s steps; there are %(steps)s.",
                    len(numbers),
                )
                % {"count": count, "steps": len(numbers)}
            )


StepFormSet = forms.inlineformset_factory(
    Series,
    SeriesStep,
    form=ModelForm,
    formset=BaseStepFormSet,
    fields=["number", "title", "focus", "goals"],
    widgets={
        "focus": forms.Textarea(attrs={"rows": 2}),
        "goals": forms.Textarea(attrs={"rows": 2}),
    },
    extra=1,
    can_delete=True,
)


class ProgramItemForm(ModelForm):
    class Meta:
        model = ProgramItem
        fields = ProgramItem.DOSE_FIELDS
        widgets = {
            name: forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"})
            for name in ["sets", "repetitions", "hold_seconds", "frequency"]
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_dose_numbers(self)

    def clean_dose_notes(self):
        notes = self.cleaned_data["dose_notes"]
        self.instance.program.client.clinic.check_client_wording(notes)
        return notes


class ProgramNoteForm(ModelForm):
    """The note, and the draft's revision when the page was opened: giving a draft that
    someone changed since is refused, so nobody gives a list they have not seen."""

    seen_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0, required=False)

    class Meta:
        model = HomeProgram
        fields = ["note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def clean_note(self):
        note = self.cleaned_data["note"]
        self.instance.client.clinic.check_client_wording(note)
        return note

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_revision")
        current = HomeProgram.objects.values_list("revision", flat=True).get(pk=self.instance.pk)
        if seen is not None and seen != current:
            raise forms.ValidationError(
                _(
                    "Someone changed this draft while you were writing. The list below is the "
                    "latest; check it, then give it again. Your note is kept."
                )
            )
        if not self.instance.items.exists():
            raise forms.ValidationError(_("Add at least one exercise before giving the program."))
        return cleaned


class TechniqueForm(ModelForm):
    class Meta:
        model = Technique
        fields = ["name"]
        labels = {"name": _("New technique")}

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.clinic = clinic

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if Technique.objects.for_clinic(self.instance.clinic.pk).filter(name__iexact=name).exists():
            raise forms.ValidationError(
                gettext("“%(name)s” is already on the list.") % {"name": name}
            )
        return name
