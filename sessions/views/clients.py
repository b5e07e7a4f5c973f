"""A client's record for practitioners: the list, the client page, details, the portal
invitation."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case, Count, When, Window
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.forms import ClientForm
from clinic.invitations import NOT_SENT, InvitationNotSent, send_invitation
from clinic.models import AuditEvent, Client, EmailTaken
from clinic.params import search_text
from sessions.adherence import adherence_summary
from sessions.models import Intake, Plan, TreatmentSession
from sessions.views import url_pattern

Action = AuditEvent.Action

CLIENTS_PER_PAGE = 25
# The client page lists the current plans and the latest ended ones; the printable record
# has every plan, however many years of them.
PLANS_SHOWN = 6
INVITE_TEMPLATE = "portal/email/invite.txt"
# What the plan list shows: each series' descriptions and each lead's account are long rows.
PLAN_FIELDS = [
    "session_count",
    "started_on",
    "status",
    "completed_count",
    "first_pain",
    "latest_pain",
    "measure_verdict",
    "series__name_en",
    "series__name_fr_ca",
    "lead__user__full_name",
    "lead__user__email",
]
RECENT_SESSION_FIELDS = [
    "number",
    "scheduled_at",
    "status",
    "signed_at",
    "pain_before",
    "pain_after",
    "plan__session_count",
    "plan__series__name_en",
    "plan__series__name_fr_ca",
    "practitioner__user__full_name",
    "practitioner__user__email",
]


def session_rows(sessions):
    """What the recent sessions table says of each session, said once here rather than
    through a template tag and filters per cell."""
    url = url_pattern("care:session_detail")
    day_format = _("M j, Y")
    signed, draft = _("Signed"), _("Draft")
    return [
        {
            "url": url % session.pk,
            "day": dateformat.format(timezone.localtime(session.scheduled_at), day_format),
            "label": session.number_label,
            "series": session.plan.series.name,
            "practitioner": str(session.practitioner),
            "status": signed
            if session.is_signed
            else draft
            if session.status == TreatmentSession.Status.COMPLETED
            else session.get_status_display(),
            "pain_before": session.pain_before,
            "pain_after": session.pain_after,
        }
        for session in sessions
    ]


@practitioner_required
def client_list(request):
    query = search_text(request)
    show_archived = request.GET.get("archived") == "1"
    clients = Client.objects.for_user(request.user)
    clients = clients.archived() if show_archived else clients.active()
    if query:
        clients = clients.search(query)
    page = Paginator(clients, CLIENTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"page": page, "query": query, "show_archived": show_archived}
    template = "clinic/client_list.html"
    if request.htmx and request.htmx.target == "client-results":
        template += "#results"
    return render(request, template, context)


@practitioner_required
def client_create(request):
    form = ClientForm(request.POST or None)
    if form.is_valid():
        client = form.save(commit=False)
        client.clinic = request.user.practitioner.clinic
        client.save()
        record(request, Action.CREATE, client)
        messages.success(request, _("%(name)s was added.") % {"name": client.full_name})
        return redirect("clients:detail", client.pk)
    return render(request, "clinic/client_form.html", {"form": form})


@practitioner_required
def client_detail(request, pk):
    client = get_object_or_404(
        Client.objects.for_user(request.user).select_related("user", "clinic"), pk=pk
    )
    plans = list(
        Plan.objects.filter(client=client)
        .select_related("series", "lead__user")
        .only(*PLAN_FIELDS)
        .annotate(total=Window(Count("pk")))
        .order_by(Case(When(status=Plan.Status.ACTIVE, then=0), default=1), "-started_on")[
            :PLANS_SHOWN
        ]
    )
    recent_sessions = session_rows(
        TreatmentSession.objects.filter(plan__client=client)
        .select_related("practitioner__user", "plan__series")
        .only(*RECENT_SESSION_FIELDS)
        .order_by("-scheduled_at")[:10]
    )
    record(request, Action.VIEW, client)
    context = {
        "client": client,
        "intake": Intake.objects.filter(client=client).for_card().first(),
        "plans": plans,
        "earlier_plans": plans[0].total - len(plans) if plans else 0,
        "recent_sessions": recent_sessions,
        "adherence": adherence_summary(client, client.clinic.today()),
    }
    return render(request, "sessions/client_detail.html", context)


@practitioner_required
def client_edit(request, pk):
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=pk)
    form = ClientForm(request.POST or None, instance=client)
    if form.is_valid():
        form.save()
        record(request, Action.CHANGE, client, summary=", ".join(form.changed_data))
        messages.success(request, _("Changes saved."))
        return redirect("clients:detail", client.pk)
    return render(request, "clinic/client_form.html", {"form": form, "client": client})


@require_POST
@practitioner_required
def client_archive(request, pk):
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=pk)
    client.archive()
    record(request, Action.ARCHIVE, client)
    messages.success(
        request,
        _("%(name)s was archived. Their record is kept and can be restored.")
        % {"name": client.full_name},
    )
    return redirect("clients:list")


@require_POST
@practitioner_required
def client_restore(request, pk):
    client = get_object_or_404(Client.objects.for_user(request.user).archived(), pk=pk)
    client.restore()
    record(request, Action.RESTORE, client)
    messages.success(
        request, _("%(name)s is back on the client list.") % {"name": client.full_name}
    )
    return redirect("clients:detail", client.pk)


@require_POST
@practitioner_required
def client_invite(request, pk):
    clients = Client.objects.for_user(request.user).active().select_related("user", "clinic")
    client = get_object_or_404(clients, pk=pk)
    name = client.first_name
    if not client.email:
        messages.error(
            request,
            _("Add an email address for %(name)s first, then send the invite.") % {"name": name},
        )
        return redirect("clients:detail", client.pk)
    if client.user is not None and client.user.has_usable_password():
        messages.info(
            request, _("%(name)s has already chosen a password and can sign in.") % {"name": name}
        )
        return redirect("clients:detail", client.pk)
    try:
        with transaction.atomic():
            user, created = client.open_portal_account()
            with translation.override(user.preferred_language()):
                send_invitation(request, user, client.clinic, template=INVITE_TEMPLATE)
    except EmailTaken as taken:
        messages.error(
            request,
            _(
                "Someone else at your clinic already signs in with %(email)s, so %(name)s cannot "
                "be invited with it. Check the address on the client's details."
            )
            % {"email": taken, "name": name},
        )
    except InvitationNotSent:
        messages.error(request, NOT_SENT)
    else:
        sent = (
            _("Invitation sent to %(email)s.")
            if created
            else _("A new invitation was sent to %(email)s.")
        )
        messages.success(request, sent % {"email": user.email})
    return redirect("clients:detail", client.pk)
