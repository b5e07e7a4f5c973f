"""The practitioner's dashboard and the client page: where the care comes together."""

import datetime

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent, Client
from sessions.adherence import adherence_summary
from sessions.models import Plan, TreatmentSession

UPCOMING_DAYS = 7


@practitioner_required
def dashboard(request):
    practitioner = request.user.practitioner
    today = timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    agenda = list(
        TreatmentSession.objects.filter(
            practitioner=practitioner,
            status=TreatmentSession.Status.PLANNED,
            scheduled_at__gte=start,
            scheduled_at__lt=start + datetime.timedelta(days=UPCOMING_DAYS + 1),
        )
        .select_related("plan__client", "plan__series")
        .order_by("scheduled_at")
    )
    clients = Client.objects.for_user(request.user).active()
    context = {
        "today": [s for s in agenda if timezone.localdate(s.scheduled_at) == today],
        "upcoming": [s for s in agenda if timezone.localdate(s.scheduled_at) > today],
        "overdue_drafts": TreatmentSession.objects.filter(
            practitioner=practitioner,
            status=TreatmentSession.Status.COMPLETED,
            signed_at__isnull=True,
        )
        .select_related("plan__client")
        .order_by("scheduled_at")[:10],
        "to_reassess": Plan.objects.filter(lead=practitioner)
        .needing_reassessment()
        .select_related("client", "series")[:10],
        "active_count": clients.count(),
        "recent_clients": clients.order_by("-updated_at")[:6],
        "without_consent": clients.filter(consent_given_on__isnull=True).order_by(
            "last_name", "first_name"
        )[:6],
    }
    return render(request, "sessions/dashboard.html", context)


@practitioner_required
def client_detail(request, pk):
    client = get_object_or_404(
        Client.objects.for_user(request.user).select_related("user", "clinic"), pk=pk
    )
    plans = list(
        Plan.objects.filter(client=client)
        .select_related("series", "lead__user")
        .order_by("-status", "-started_on")
    )
    recent_sessions = list(
        TreatmentSession.objects.filter(plan__in=plans)
        .select_related("practitioner__user")
        .order_by("-scheduled_at")[:10]
    )
    by_id = {plan.pk: plan for plan in plans}
    for session in recent_sessions:
        session.plan = by_id[session.plan_id]  # loaded above, with its series
    record(request, AuditEvent.Action.VIEW, client)
    context = {
        "client": client,
        "plans": plans,
        "recent_sessions": recent_sessions,
        "adherence": adherence_summary(client, client.clinic.today()),
    }
    return render(request, "sessions/client_detail.html", context)
