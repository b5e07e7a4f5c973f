"""The practitioner's dashboard: the week ahead and what needs their attention."""

from django.shortcuts import render
from django.utils import timezone

from clinic.access import practitioner_required
from clinic.models import Client
from sessions.models import Intake, Plan, SignedConsent, TreatmentSession

UPCOMING_DAYS = 7
LIST_LENGTH = 10
# What the lists show of each session, its plan and client (and, in the agenda, the
# series): a week of sessions with every column of four tables was a fifth of the page's time.
SESSION_FIELDS = [
    "scheduled_at",
    "number",
    "signed_at",
    "plan__session_count",
    "plan__client__first_name",
    "plan__client__last_name",
]
AGENDA_FIELDS = [
    *SESSION_FIELDS,
    "plan__series__name_en",
    "plan__series__name_fr_ca",
    "plan__series__measure_schedule",
]
PLAN_FIELDS = [
    "session_count",
    "completed_count",
    "first_pain",
    "latest_pain",
    "client__first_name",
    "client__last_name",
    "series__name_en",
    "series__name_fr_ca",
]
INTAKE_FIELDS = ["submitted_at", "screen", "client__first_name", "client__last_name"]
CLIENT_FIELDS = ["first_name", "last_name", "updated_at"]


@practitioner_required
def dashboard(request):
    practitioner = request.user.practitioner
    today = timezone.localdate()
    agenda = list(
        TreatmentSession.objects.agenda(practitioner, today, UPCOMING_DAYS + 1).only(*AGENDA_FIELDS)
    )
    clients = Client.objects.for_user(request.user).active()
    context = {
        "today": [s for s in agenda if timezone.localdate(s.scheduled_at) == today],
        "upcoming": [s for s in agenda if timezone.localdate(s.scheduled_at) > today],
        "overdue_drafts": TreatmentSession.objects.unsigned_drafts(practitioner).only(
            *SESSION_FIELDS
        )[:LIST_LENGTH],
        "to_reassess": Plan.objects.filter(lead=practitioner)
        .needing_reassessment()
        .select_related("client", "series")
        .only(*PLAN_FIELDS)[:LIST_LENGTH],
        "active_count": clients.count(),
        "recent_clients": clients.order_by("-updated_at").only(*CLIENT_FIELDS)[:6],
        "without_consent": SignedConsent.objects.clients_without(clients).only(*CLIENT_FIELDS)[:6],
        "screens_to_review": Intake.objects.for_user(request.user)
        .needing_review()
        .only(*INTAKE_FIELDS)[:LIST_LENGTH],
    }
    context["measures_today"] = [s for s in context["today"] if s.due_measure_keys]
    return render(request, "sessions/dashboard.html", context)
