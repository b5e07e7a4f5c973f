"""Clinic admins: the consent text (each save a new version) and the clinic's own intake
questions."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from clinic.access import clinic_admin_required
from clinic.audit import record
from clinic.models import AuditEvent
from sessions.intake_flow import current_consent
from sessions.intake_forms import ConsentTextForm, IntakeQuestionForm
from sessions.models import ConsentText, IntakeQuestion
from sessions.models.intake import MAX_CLINIC_QUESTIONS


@clinic_admin_required
def consent_text(request):
    clinic = request.user.practitioner.clinic
    version, body = current_consent(clinic)
    form = ConsentTextForm(request.POST or None, initial={"body": body})
    if form.is_valid():
        text = ConsentText.publish(clinic, form.cleaned_data["body"], request.user.practitioner)
        record(request, AuditEvent.Action.CREATE, text, summary=f"version {text.version}")
        messages.success(
            request,
            _("Saved as version %(version)s. New signatures use it.") % {"version": text.version},
        )
        return redirect("care:consent_text")
    versions = (
        ConsentText.objects.filter(clinic=clinic)
        .select_related("created_by__user")
        .prefetch_related("signatures__client")
    )
    context = {"form": form, "version": version, "versions": versions}
    return render(request, "sessions/intake/settings_consent.html", context)


@clinic_admin_required
def intake_questions(request):
    clinic = request.user.practitioner.clinic
    questions = list(IntakeQuestion.objects.filter(clinic=clinic))
    form = IntakeQuestionForm(
        request.POST or None, clinic=clinic, initial={"position": len(questions) + 1}
    )
    if form.is_valid():
        question = form.save(commit=False)
        question.clinic = clinic
        question.save()
        record(request, AuditEvent.Action.CREATE, question, summary=question.wording)
        messages.success(request, _("Question added to the intake."))
        return redirect("care:intake_questions")
    context = {"form": form, "questions": questions, "limit": MAX_CLINIC_QUESTIONS}
    return render(request, "sessions/intake/settings_questions.html", context)


@clinic_admin_required
def intake_question_edit(request, pk):
    clinic = request.user.practitioner.clinic
    question = get_object_or_404(IntakeQuestion.objects.filter(clinic=clinic), pk=pk)
    if request.method == "POST" and "remove" in request.POST:
        record(request, AuditEvent.Action.CHANGE, question, summary=f"removed: {question.wording}")
        question.delete()
        messages.success(request, _("Question removed. Answers already given keep its wording."))
        return redirect("care:intake_questions")
    form = IntakeQuestionForm(request.POST or None, instance=question, clinic=clinic)
    if form.is_valid():
        form.save()
        record(request, AuditEvent.Action.CHANGE, question, summary=question.wording)
        messages.success(request, _("Question saved. Earlier answers keep the wording they had."))
        return redirect("care:intake_questions")
    return render(
        request, "sessions/intake/question_form.html", {"form": form, "question": question}
    )
