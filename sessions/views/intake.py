"""A client's intake for practitioners: the whole intake, filling it in with the client,
the review of a positive screen, amendments, and a signed consent as it was signed."""

from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent, Client
from sessions.intake_flow import intake_step
from sessions.intake_forms import IntakeAmendmentForm, ScreenReviewForm
from sessions.models import ConsentChoice, Intake, IntakeAmendment, ScreenReview, SignedConsent

Action = AuditEvent.Action


def client_intake(request, pk):
    """The client (of this clinic) and their submitted intake, with what the page shows."""
    client = get_object_or_404(Client.objects.for_user(request.user), pk=pk)
    intakes = (
        Intake.objects.filter(client=client)
        .submitted()
        .prefetch_related(
            Prefetch("amendments", queryset=IntakeAmendment.objects.select_related("author__user")),
            Prefetch("reviews", queryset=ScreenReview.objects.select_related("reviewed_by__user")),
        )
    )
    return client, get_object_or_404(intakes.select_related("entered_by__user"))


@practitioner_required
def intake_detail(request, pk):
    client, intake = client_intake(request, pk)
    consents = SignedConsent.objects.filter(client=client).select_related(
        "text", "entered_by__user"
    )
    choices = ConsentChoice.objects.filter(client=client).select_related("by")
    record(request, Action.VIEW, intake, client=client)
    context = {
        "client": client,
        "intake": intake,
        "consents": consents,
        "choices": choices,
        "review_form": ScreenReviewForm() if intake.needs_review() else None,
    }
    return render(request, "sessions/intake/detail.html", context)


@practitioner_required
def intake_fill(request, pk, step):
    """The intake, filled in by a practitioner with the client in the room."""
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=pk)

    def urls(slug):
        if slug:
            return reverse("clients:intake_fill", args=[client.pk, slug])
        return reverse("clients:intake", args=[client.pk])

    return intake_step(request, client, step, urls=urls, entered_by=request.user.practitioner)


@practitioner_required
def intake_review(request, pk):
    client, intake = client_intake(request, pk)
    form = ScreenReviewForm(request.POST or None)
    if form.is_valid():
        review = intake.review(request.user.practitioner, **form.cleaned_data)
        record(request, Action.CREATE, review, client=client, summary=review.decision)
        messages.success(request, _("Your review is recorded."))
        return redirect("clients:intake", client.pk)
    context = {"client": client, "intake": intake, "review_form": form}
    return render(request, "sessions/intake/review_form.html", context)


@practitioner_required
def intake_amend(request, pk):
    client, intake = client_intake(request, pk)
    field = request.GET.get("field", "complaint")
    if field not in Intake.TEXT_FIELDS:
        field = "complaint"
    form = IntakeAmendmentForm(
        request.POST or None,
        intake=intake,
        initial={"field": field, "new_text": intake.current_text(field)},
    )
    if form.is_valid():
        amendment = intake.amend(request.user.practitioner, **form.cleaned_data)
        record(request, Action.AMEND, intake, client=client, summary=amendment.field)
        messages.success(request, _("Amendment saved. The client's own answer is kept beside it."))
        return redirect("clients:intake", client.pk)
    return render(
        request,
        "sessions/intake/amend_form.html",
        {"client": client, "intake": intake, "form": form},
    )


@practitioner_required
def consent_signed(request, pk, consent_pk):
    """A signed consent: the exact text of the version signed, the name and the signature."""
    client = get_object_or_404(Client.objects.for_user(request.user), pk=pk)
    consent = get_object_or_404(
        SignedConsent.objects.filter(client=client).select_related("text", "entered_by__user"),
        pk=consent_pk,
    )
    record(request, Action.VIEW, consent, client=client)
    return render(
        request, "sessions/intake/consent_signed.html", {"client": client, "consent": consent}
    )
