"""The intake's steps, shared by the client's portal and by a practitioner filling it in
with the client: each step posts on its own (and works without JS), every post keeps what
is valid as a draft, and the last step signs the consent and submits."""

import copy
from dataclasses import dataclass

from django.contrib import messages
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from clinic.audit import record
from clinic.models import AuditEvent, Client
from clinic.network import client_address
from sessions import intake_questions as screen
from sessions.intake_forms import (
    ConsentStepForm,
    HealthStepForm,
    PainStepForm,
    QuestionsStepForm,
    ScreenStepForm,
)
from sessions.models import (
    ConsentChoice,
    ConsentText,
    Intake,
    IntakeQuestion,
    SignedConsent,
)
from sessions.models.intake import default_consent

Action = AuditEvent.Action
TEMPLATE = "sessions/intake/step.html"


@dataclass
class Step:
    slug: str
    title: str
    url: str = ""


def steps_for(clinic, questions):
    steps = [
        Step("pain", _("Your pain")),
        Step("health", _("Your health")),
        Step("screen", _("Warning signs")),
    ]
    if questions:
        steps.append(Step("questions", _("Questions from %(clinic)s") % {"clinic": clinic.name}))
    steps.append(Step("consent", _("Consent")))
    return steps


def current_consent(clinic):
    """(version number, text) the client reads: the clinic's newest, or the default
    (version 0 until someone signs it and it is kept as version 1)."""
    text = ConsentText.objects.current_for(clinic)
    return (text.version, text.body) if text else (0, default_consent(clinic))


def build_form(step, intake, questions, data):
    # The model forms validate a copy: validating writes the typed values onto the
    # instance, and only the valid ones may reach the draft.
    if step == "pain":
        return PainStepForm(data, instance=copy.copy(intake))
    if step == "health":
        return HealthStepForm(data, instance=copy.copy(intake))
    if step == "screen":
        return ScreenStepForm(data, intake=intake)
    if step == "questions":
        return QuestionsStepForm(data, intake=intake, questions=questions)
    initial = {}
    if data is None:
        initial = (
            {
                kind: bool(c and c.granted)
                for kind, c in ConsentChoice.current(intake.client).items()
            }
            if intake.pk
            else {}
        )
    return ConsentStepForm(data, initial=initial)


def intake_step(request, client, step, *, urls, entered_by=None):
    """The page of one step. `urls` gives the URL of a step ("" for the finished intake);
    `entered_by` is the practitioner filling it in with the client, if any."""
    clinic = client.clinic
    intake = Intake.objects.filter(client=client).first()
    if intake and intake.is_submitted:
        return redirect(urls(""))
    questions = list(IntakeQuestion.objects.filter(clinic=clinic))
    steps = steps_for(clinic, questions)
    slugs = [s.slug for s in steps]
    if step not in slugs:
        raise Http404
    for s in steps:
        s.url = urls(s.slug)
    if intake:
        intake.client = client  # loaded already, with its clinic
    intake = intake or Intake(client=client)
    data = request.POST if request.method == "POST" else None
    form = build_form(step, intake, questions, data)
    version, consent_body = current_consent(clinic) if step == "consent" else (0, "")
    context = {
        "client": client,
        "clinic": clinic,
        "intake": intake,
        "steps": steps,
        "step": steps[slugs.index(step)],
        "index": slugs.index(step),
        "form": form,
        "previous_url": urls(slugs[slugs.index(step) - 1]) if step != slugs[0] else None,
        "consent_version": version,
        "consent_body": consent_body,
        "entered_by": entered_by,
        "urgent": step == "screen"
        and screen.is_urgent({k: v for k, v in form.answers_shown().items() if v}),
    }
    if data is not None:
        valid = form.is_valid()
        if step != "consent":
            save_draft(request, intake, form, step if valid else None, entered_by)
            context["saved"] = True
        if request.GET.get("draft") and request.htmx:
            return render(request, TEMPLATE + "#live", context)
        if valid and step == "consent":
            return sign_and_submit(
                request, intake, form, int(data.get("version") or 0), urls, context
            )
        if valid and "continue" in data:
            return redirect(urls(slugs[slugs.index(step) + 1]))
    return render(request, TEMPLATE, context)


def save_draft(request, intake, form, done_step, entered_by):
    form.save_draft(intake)
    if done_step and done_step not in intake.steps_done:
        intake.steps_done = [*intake.steps_done, done_step]
    if entered_by and intake.entered_by_id is None:
        intake.entered_by = entered_by
    intake.save()
    record(request, Action.CHANGE, intake, client=intake.client, summary="intake draft")


def sign_and_submit(request, intake, form, seen_version, urls, context):
    clinic = intake.client.clinic
    missing = intake.missing() if intake.pk else [_("what brings you in")]
    current = ConsentText.objects.current_for(clinic)
    if missing:
        form.add_error(
            None,
            _("Nearly there. Before signing, please answer %(missing)s.")
            % {"missing": ", ".join(str(label) for label in missing)},
        )
    elif (current.version if current else 0) != seen_version:
        form.add_error(
            None,
            _(
                "The clinic updated its consent while you were reading it. Please read the text "
                "below again, then sign."
            ),
        )
    else:
        submit(request, intake, form.cleaned_data, context["entered_by"])
        messages.success(
            request, _("Thank you. Your answers and your signed consent are with the clinic.")
        )
        return redirect(urls(""))
    return render(request, TEMPLATE, context)


@transaction.atomic
def submit(request, intake, cleaned, entered_by):
    client = intake.client
    text = ConsentText.for_signing(client.clinic)
    consent = SignedConsent.objects.create(
        client=client,
        text=text,
        full_name=cleaned["full_name"],
        strokes=cleaned["strokes"],
        ip_address=client_address(request),
        entered_by=entered_by,
    )
    wanted = {
        ConsentChoice.Kind.PHOTOS: cleaned["photos"],
        ConsentChoice.Kind.REMINDERS: cleaned["reminders"],
    }
    for change in ConsentChoice.record_changes(client, wanted, request.user):
        record(request, Action.CHANGE, change, client=client, summary=str(change))
    intake.submit()
    record(request, Action.SIGN, consent, client=client, summary=f"version {text.version}")
    record(request, Action.CHANGE, intake, client=client, summary="intake submitted")


def intake_card(client, **also):
    """The portal home's "Before your first visit" card, until the intake is submitted:
    {"intake" (whether it is started), "done" and "total" steps}; else None. With it, the
    values of the annotations `also` on the client, so the page asks one query for both."""
    questions = IntakeQuestion.objects.filter(clinic_id=OuterRef("clinic_id"))
    row = (
        Client.objects.filter(pk=client.pk)
        .annotate(has_questions=Exists(questions), **also)
        .values("intake__pk", "intake__submitted_at", "intake__steps_done", "has_questions", *also)
        .get()
    )
    values = {name: row[name] for name in also}
    if row["intake__submitted_at"]:
        return None, values
    total = 5 if row["has_questions"] else 4
    done = len(row["intake__steps_done"] or [])
    card = {"intake": row["intake__pk"] is not None, "done": min(done, total - 1), "total": total}
    return card, values


def htmx_redirect(request, url):
    if request.htmx:
        return HttpResponse(headers={"HX-Redirect": url})
    return redirect(url)
