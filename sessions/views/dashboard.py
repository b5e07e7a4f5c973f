"""The practitioner's dashboard: the week ahead and what needs their attention."""

from django.shortcuts import render
from django.utils import dateformat, timezone
from django.utils.translation import gettext

from clinic.access import practitioner_required
from clinic.models import Client
from sessions.models import Intake, Plan, SignedConsent, TreatmentSession
from sessions.views import url_pattern

UPCOMING_DAYS = 7
LIST_LENGTH = 10
# The agenda reads at most this many sessions: a full day and the next ones after it. The
# week view has the whole week, so a busy week costs the dashboard no more than a quiet one.
AGENDA_READ = 30
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


def agenda_rows(sessions, today):
    """The week's sessions as rows of what the agenda says of each. Said here, not in
    the template: a week has dozens of sessions, and a template tag or filter costs ten
    times what a call does."""
    of_total = gettext("Session %(number)s of %(total)s")
    visit = gettext("Visit %(number)s")
    upcoming_format = gettext("D j, H:i")
    chart_url = url_pattern("care:session_chart")
    measures_url = url_pattern("care:session_measures")
    rows = []
    for session in sessions:
        plan = session.plan
        starts = timezone.localtime(session.scheduled_at)
        if plan.session_count:
            label = of_total % {"number": session.number, "total": plan.session_count}
        else:
            label = visit % {"number": session.number}
        is_today = starts.date() == today
        measures = len(session.due_measure_keys) if is_today else 0
        rows.append(
            {
                "url": chart_url % session.pk,
                "measures_url": measures_url % session.pk,
                "client": plan.client.full_name,
                "series": plan.series.name,
                "label": label,
                "time": starts.strftime("%H:%M"),
                "when": "" if is_today else dateformat.format(starts, upcoming_format),
                "is_today": is_today,
                "measure_count": measures,
            }
        )
    return rows


def linked(objects, name, pk=lambda obj: obj.pk):
    """The objects, each with its `url` to the page `name`: a list's links built from one
    reversed pattern rather than one {% url %} a row."""
    objects = list(objects)
    pattern = url_pattern(name)
    for obj in objects:
        obj.url = pattern % pk(obj)
    return objects


@practitioner_required
def dashboard(request):
    practitioner = request.user.practitioner
    today = timezone.localdate()
    week = TreatmentSession.objects.agenda(practitioner, today, UPCOMING_DAYS + 1)
    sessions = list(week.only(*AGENDA_FIELDS)[:AGENDA_READ])
    today_count = sum(timezone.localdate(one.scheduled_at) == today for one in sessions)
    shown = sessions[: today_count + LIST_LENGTH]
    agenda = agenda_rows(shown, today)
    clients = Client.objects.for_user(request.user).active()
    drafts = TreatmentSession.objects.unsigned_drafts(practitioner).only(*SESSION_FIELDS)
    to_reassess = (
        Plan.objects.filter(lead=practitioner)
        .needing_reassessment()
        .select_related("client", "series")
        .only(*PLAN_FIELDS)
    )
    screens = Intake.objects.for_user(request.user).needing_review().only(*INTAKE_FIELDS)
    context = {
        "today": [row for row in agenda if row["is_today"]],
        "upcoming": [row for row in agenda if not row["is_today"]],
        "more_this_week": len(sessions) > len(shown),
        "overdue_drafts": linked(drafts[:LIST_LENGTH], "care:session_chart"),
        "to_reassess": linked(to_reassess[:LIST_LENGTH], "care:plan_detail"),
        "active_count": clients.count(),
        "recent_clients": linked(
            clients.order_by("-updated_at").only(*CLIENT_FIELDS)[:6], "clients:detail"
        ),
        "without_consent": linked(
            SignedConsent.objects.clients_without(clients).only(*CLIENT_FIELDS)[:6],
            "clients:edit",
        ),
        "screens_to_review": linked(
            screens[:LIST_LENGTH], "clients:intake_review", pk=lambda intake: intake.client_id
        ),
    }
    context["measures_today"] = [row for row in context["today"] if row["measure_count"]]
    return render(request, "sessions/dashboard.html", context)
