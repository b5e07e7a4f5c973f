"""The practitioner's side of home programs: read the versions, build a revision."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Max
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.library.models import Exercise
from clinic.models import AuditEvent, Client
from clinic.params import posted_id, search_text
from sessions.adherence import adherence_summary
from sessions.forms import ProgramItemForm, ProgramNoteForm
from sessions.models import HomeProgram, ProgramItem, TreatmentSession

SEARCH_RESULTS = 8


def client_for(request, pk):
    return get_object_or_404(Client.objects.for_user(request.user).select_related("clinic"), pk=pk)


def items_of(program):
    return program.items.select_related("exercise").order_by("position", "id")


@practitioner_required
def program_detail(request, pk):
    client = client_for(request, pk)
    versions = list(
        HomeProgram.objects.filter(client=client)
        .published()
        .select_related("created_by__user", "session")
        .order_by("-version")
    )
    version = request.GET.get("version")
    shown = next((p for p in versions if str(p.version) == version), None) if version else None
    shown = shown or next((p for p in versions if p.is_current), None)
    context = {
        "client": client,
        "versions": versions,
        "program": shown,
        "items": items_of(shown) if shown else [],
        "has_draft": HomeProgram.objects.drafts().filter(client=client).exists(),
        "adherence": adherence_summary(client, client.clinic.today()),
    }
    record(request, AuditEvent.Action.VIEW, shown or client, client=client, summary="program")
    return render(request, "sessions/program_detail.html", context)


@require_POST
@practitioner_required
def program_start(request, pk):
    """Opens the draft revision, from the session screen or the client page."""
    client = client_for(request, pk)
    session = (
        TreatmentSession.objects.for_user(request.user)
        .filter(plan__client=client, pk=posted_id(request, "session"))
        .first()
    )
    draft = HomeProgram.draft_for(client, request.user.practitioner, session=session)
    if session and draft.session_id is None:
        draft.session = session
        draft.save(update_fields=["session"])
    return redirect("clients:program_builder", client.pk)


@practitioner_required
def program_builder(request, pk):
    draft = (
        HomeProgram.objects.for_user(request.user)
        .drafts()
        .select_related("client__clinic")
        .filter(client_id=pk)
        .first()
    )
    if draft is None:
        return redirect("clients:program", client_for(request, pk).pk)
    return builder_page(request, draft.client, draft, ProgramNoteForm(instance=draft))


def builder_page(request, client, draft, note_form):
    query = search_text(request)
    kind = request.GET.get("kind", "")
    exercises = Exercise.objects.for_clinic(client.clinic_id)
    if query:
        exercises = exercises.search(query)
    if kind in Exercise.Kind.values:
        exercises = exercises.filter(kind=kind)
    results = Paginator(exercises.listed(), SEARCH_RESULTS).get_page(request.GET.get("page"))
    context = {
        "client": client,
        "draft": draft,
        "items": builder_items(draft),
        "note_form": note_form,
        "results": results,
        "query": query,
        "kind": kind,
        "kinds": Exercise.Kind.choices,
    }
    template = "sessions/program_builder.html"
    if request.htmx and request.htmx.target == "library-results":
        template += "#library-results"
    return render(request, template, context)


def builder_items(draft, bound=None):
    """Each draft item, with `bound`, the one dose form being shown again, at its item. The
    other dose forms load when opened (program_item_update answers GET)."""
    return [
        {"item": item, "form": bound if bound and bound.instance.pk == item.pk else None}
        for item in items_of(draft)
    ]


def draft_of(request, pk):
    client = client_for(request, pk)
    return get_object_or_404(
        HomeProgram.objects.drafts().select_related("client__clinic"), client=client
    )


def answer(request, draft, bound=None, status=200):
    """htmx gets the refreshed item list; a plain form post goes back to the builder."""
    if request.htmx:
        context = {"client": draft.client, "draft": draft, "items": builder_items(draft, bound)}
        return render(request, "sessions/program_builder.html#items", context, status=status)
    return redirect("clients:program_builder", draft.client_id)


@require_POST
@practitioner_required
def program_add(request, pk):
    draft = draft_of(request, pk)
    exercise = get_object_or_404(
        Exercise.objects.for_clinic(draft.client.clinic_id), pk=posted_id(request, "exercise")
    )
    last = draft.items.aggregate(last=Max("position"))["last"]
    ProgramItem.from_exercise(draft, exercise, (last or 0) + 1).save()
    draft.touch()
    if not request.htmx:
        messages.success(
            request, _("Added %(name)s.") % {"name": draft.client.clinic.worded(exercise.name)}
        )
    return answer(request, draft)


@require_http_methods(["GET", "POST"])
@practitioner_required
def program_item_update(request, pk, item_pk):
    draft = draft_of(request, pk)
    item = get_object_or_404(draft.items.select_related("exercise"), pk=item_pk)
    form = ProgramItemForm(request.POST or None, instance=item, prefix=f"item-{item.pk}")
    context = {"client": draft.client, "draft": draft, "form": form, "item": item}
    if request.method == "GET":
        if request.htmx:
            context["name"] = draft.client.clinic.worded(item.exercise.name)
            context["update_url"] = reverse("clients:program_item_update", args=[pk, item.pk])
            return render(request, "sessions/program_builder.html#dose-form", context)
        return render(request, "sessions/program_item_form.html", context)
    if form.is_valid():
        form.save()
        draft.touch()
        return answer(request, draft)
    if request.htmx:
        return answer(request, draft, bound=form)
    return render(request, "sessions/program_item_form.html", context)


@require_POST
@practitioner_required
def program_item_move(request, pk, item_pk, step):
    draft = draft_of(request, pk)
    items = list(items_of(draft))
    index = next((i for i, item in enumerate(items) if item.pk == item_pk), None)
    if index is None:
        return answer(request, draft, status=404)
    other = index + step
    if 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
        with transaction.atomic():
            for position, item in enumerate(items, start=1):
                if item.position != position:
                    item.position = position
                    item.save(update_fields=["position"])
            draft.touch()
    return answer(request, draft)


@require_POST
@practitioner_required
def program_item_remove(request, pk, item_pk):
    draft = draft_of(request, pk)
    get_object_or_404(draft.items, pk=item_pk).delete()
    draft.touch()
    return answer(request, draft)


@require_POST
@practitioner_required
def program_publish(request, pk):
    draft = draft_of(request, pk)
    form = ProgramNoteForm(request.POST, instance=draft)
    if not form.is_valid():
        return builder_page(request, draft.client, draft, form)
    form.save()
    draft.publish()
    record(request, AuditEvent.Action.CREATE, draft, client=draft.client, summary="given")
    messages.success(
        request,
        _("Version %(version)s is now %(name)s's home program.")
        % {"version": draft.version, "name": draft.client.first_name},
    )
    return redirect("clients:program", draft.client_id)


@require_POST
@practitioner_required
def program_discard(request, pk):
    draft = draft_of(request, pk)
    draft.delete()
    messages.success(request, _("The draft was discarded. The current program is unchanged."))
    return redirect("clients:program", draft.client_id)


@practitioner_required
def program_print(request, pk):
    client = client_for(request, pk)
    program = HomeProgram.objects.current_of(client).prefetch_related("items__exercise").first()
    context = {"client": client, "clinic": client.clinic, "program": program}
    record(request, AuditEvent.Action.EXPORT, program or client, client=client, summary="print")
    return render(request, "sessions/program_print.html", context)
