"""The client's "Before your first visit": the intake's steps, the finished intake, and the
optional consents, changed at any time."""

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from clinic.access import client_required
from clinic.audit import record
from clinic.models import AuditEvent
from sessions.intake_flow import intake_step, steps_for
from sessions.intake_forms import ConsentChoicesForm
from sessions.models import (
    ConsentChoice,
    Intake,
    IntakeAmendment,
    IntakeQuestion,
    SignedConsent,
)

Action = AuditEvent.Action


def step_url(slug):
    return reverse("portal:intake_step", args=[slug]) if slug else reverse("portal:intake")


@client_required
def intake(request):
    """The finished intake, read-only; before that, the first step not done yet."""
    client = request.user.client_profile
    amendments = IntakeAmendment.objects.select_related("author__user")  # "amended … by"
    found = (
        Intake.objects.filter(client=client)
        .prefetch_related(Prefetch("amendments", queryset=amendments))
        .first()
    )
    if found is None or not found.is_submitted:
        questions = IntakeQuestion.objects.filter(clinic=client.clinic).exists()
        steps = steps_for(client.clinic, questions)
        done = found.steps_done if found else []
        first = next((s.slug for s in steps if s.slug not in done), steps[-1].slug)
        return redirect("portal:intake_step", first)
    consent = SignedConsent.objects.filter(client=client).select_related("text").first()
    context = {"client": client, "intake": found, "consent": consent}
    return render(request, "portal/intake_done.html", context)


@client_required
def intake_page(request, step):
    return intake_step(request, request.user.client_profile, step, urls=step_url)


@client_required
def consents(request):
    """The optional consents: posture photos and email reminders, given or withdrawn."""
    client = request.user.client_profile
    current = ConsentChoice.current(client)
    initial = {kind: bool(choice and choice.granted) for kind, choice in current.items()}
    data = request.POST if request.method == "POST" else None
    form = ConsentChoicesForm(data, initial=initial)
    if form.is_valid():
        changes = ConsentChoice.record_changes(client, form.cleaned_data, request.user)
        for change in changes:
            record(request, Action.CHANGE, change, client=client, summary=str(change))
        text = _("Your choices are saved.") if changes else _("Nothing changed.")
        messages.success(request, text)
        return redirect("portal:consents")
    history = ConsentChoice.objects.filter(client=client).order_by("-created_at", "-pk")[:20]
    context = {"client": client, "form": form, "current": current, "history": history}
    return render(request, "portal/consents.html", context)
