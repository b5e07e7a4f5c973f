from django import forms

from clinic.forms import DateInput, ModelForm
from clinic.privacy.models import Incident, PrivacyOfficer


class PrivacyOfficerForm(ModelForm):
    class Meta:
        model = PrivacyOfficer
        fields = ["name", "title", "email", "phone"]


class IncidentForm(ModelForm):
    class Meta:
        model = Incident
        fields = [
            "information",
            "circumstances",
            "started_on",
            "ended_on",
            "learned_on",
            "people_count",
            "risk",
            "risk_assessment",
            "commission_notified_on",
            "people_notified_on",
            "measures",
        ]
        widgets = {
            "started_on": DateInput(),
            "ended_on": DateInput(),
            "learned_on": DateInput(),
            "commission_notified_on": DateInput(),
            "people_notified_on": DateInput(),
            "risk": forms.RadioSelect,
            "information": forms.Textarea(attrs={"rows": 3}),
            "circumstances": forms.Textarea(attrs={"rows": 3}),
            "risk_assessment": forms.Textarea(attrs={"rows": 3}),
            "measures": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["risk"].choices = Incident.Risk.choices  # no empty "---------" choice


class CorrectionForm(IncidentForm):
    class Meta(IncidentForm.Meta):
        fields = [*IncidentForm.Meta.fields, "reason"]
