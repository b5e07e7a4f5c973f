from django import forms
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render

from clinic.access import clinic_admin_required
from clinic.forms import DateInput
from clinic.models import AuditEvent, User

EVENTS_PER_PAGE = 50


class AuditFilterForm(forms.Form):
    client = forms.CharField(required=False, max_length=100, label="Client name")
    actor = forms.ModelChoiceField(queryset=User.objects.none(), required=False, label="Who")
    action = forms.ChoiceField(
        choices=[("", "Any action"), *AuditEvent.Action.choices], required=False
    )
    since = forms.DateField(required=False, widget=DateInput(), label="From")
    until = forms.DateField(required=False, widget=DateInput(), label="To")

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = User.objects.filter(
            Q(practitioner__clinic=clinic) | Q(client_profile__clinic=clinic)
        ).order_by("full_name")

    def filter(self, events):
        data = self.cleaned_data
        for term in data["client"].split()[:3]:
            events = events.filter(
                Q(client__first_name__icontains=term) | Q(client__last_name__icontains=term)
            )
        if data["actor"]:
            events = events.filter(actor=data["actor"])
        if data["action"]:
            events = events.filter(action=data["action"])
        if data["since"]:
            events = events.filter(created_at__date__gte=data["since"])
        if data["until"]:
            events = events.filter(created_at__date__lte=data["until"])
        return events


@clinic_admin_required
def audit_log(request):
    clinic = request.user.practitioner.clinic
    form = AuditFilterForm(request.GET or None, clinic=clinic)
    events = AuditEvent.objects.for_user(request.user).select_related("client")
    if form.is_bound and form.is_valid():
        events = form.filter(events)
    page = Paginator(events, EVENTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "clinic/audit_log.html", {"form": form, "page": page})
