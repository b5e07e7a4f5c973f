"""The practitioner's dashboard: the week ahead and what needs their attention."""

from django.shortcuts import render
from django.utils import timezone

from clinic.access import practitioner_required
from clinic.models import Client
from sessions.models import Intake, Plan, SignedConsent, TreatmentSession

UPCOMING_DAYS = 7
LIST_LENGTH = 10


@practitioner_required
def dashboard(request):
    practitioner = request.user.practitioner
    today = timezone.localdate()
    agenda = list(TreatmentSession.objects.agenda(practitioner, today, UPCOMING_DAYS + 1))
    clients = Client.objects.for_user(request.user).active()
    context = {
        "today": [s for s in agenda if timezone.localdate(s.scheduled_at) == today],
        "upcoming": [s for s in agenda if timezone.localdate(s.scheduled_at) > today],
        "overdue_drafts": TreatmentSession.objects.unsigned_drafts(practitioner)[:LIST_LENGTH],
        "to_reassess": Plan.objects.filter(lead=practitioner)
        .needing_reassessment()
        .select_related("client", "series")[:LIST_LENGTH],
        "active_count": clients.count(),
        "recent_clients": clients.order_by("-updated_at")[:6],
        "without_consent": SignedConsent.objects.clients_without(clients)[:6],
        "screens_to_review": Intake.objects.for_user(request.user).needing_review()[:LIST_LENGTH],
    }
    context["measures_today"] = [s for s in context["today"] if s.due_measure_keys]
    return render(request, "sessions/dashboard.html", context)
