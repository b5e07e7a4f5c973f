"""clients: clips of a client doing the exercises of their home program, filmed or uploaded
by their practitioner; watching one, deleting one with a reason."""

from django.contrib import messages
from django.db.models import F, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.files import private_range_response
from clinic.models import AuditEvent
from sessions.clip_forms import ClipDeleteForm, ClipForm
from sessions.models import Clip, ConsentChoice, HomeProgram, ProgramItem
from sessions.views.programs import client_for


def photos_allowed(client):
    """Clips are covered by the client's consent to photos (intake, or the portal)."""
    choice = ConsentChoice.current(client)[ConsentChoice.Kind.PHOTOS]
    return bool(choice and choice.granted)


def first_view(response):
    """The answer that starts a viewing (the whole file, or a range from its first byte):
    the one a viewing is audited by, not each piece a player asks for as it plays."""
    return response.status_code == 200 or response.get("Content-Range", "").startswith("bytes 0-")


@practitioner_required
def client_clips(request, pk):
    client = client_for(request, pk)
    programs = HomeProgram.objects.filter(client=client).filter(
        Q(published_at__isnull=True) | Q(replaced_at__isnull=True)
    )
    items = ProgramItem.objects.filter(program__in=programs).select_related("exercise", "program")
    rows, seen, clips = [], set(), Clip.objects.select_related("exercise").by_exercise(client)
    current_first = F("program__published_at").asc(nulls_last=True)
    for item in items.order_by(current_first, "position", "pk"):
        if item.exercise_id not in seen:
            seen.add(item.exercise_id)
            rows.append({"item": item, "clips": clips.get(item.exercise_id, [])})
    # Clips of an exercise only earlier versions had: the client no longer sees them.
    earlier = [clip for key, kept in clips.items() if key not in seen for clip in kept]
    context = {"client": client, "rows": rows, "earlier": earlier}
    context["consented"] = photos_allowed(client)
    record(request, AuditEvent.Action.VIEW, client, summary="clips")
    return render(request, "sessions/clips/list.html", context)


@require_http_methods(["GET", "POST"])
@practitioner_required
def clip_new(request, pk, item_pk):
    client = client_for(request, pk)
    item = get_object_or_404(
        ProgramItem.objects.filter(program__client=client).select_related("exercise"), pk=item_pk
    )
    consented = photos_allowed(client)
    form = ClipForm(
        request.POST or None,
        request.FILES or None,
        client=client,
        item=item,
        practitioner=request.user.practitioner,
    )
    if request.method == "POST" and consented and form.is_valid():
        clip = form.save()
        record(request, AuditEvent.Action.CREATE, clip, client=client, summary="clip")
        saved = _("The clip is saved. %(name)s will see it in the portal.")
        messages.success(request, saved % {"name": client.first_name})
        return redirect("clients:clips", client.pk)
    context = {"client": client, "item": item, "form": form, "consented": consented}
    return render(request, "sessions/clips/new.html", context)


def clip_of(request, pk, clip_pk):
    client = client_for(request, pk)
    return get_object_or_404(
        Clip.objects.select_related("exercise", "client"), client=client, pk=clip_pk
    )


@practitioner_required
def clip_video(request, pk, clip_pk):
    clip = clip_of(request, pk, clip_pk)
    response = private_range_response(request, clip.file, clip.content_type)
    if first_view(response):
        record(request, AuditEvent.Action.VIEW, clip, client=clip.client, summary="clip")
    return response


@require_http_methods(["GET", "POST"])
@practitioner_required
def clip_delete(request, pk, clip_pk):
    clip = clip_of(request, pk, clip_pk)
    form = ClipDeleteForm(request.POST or None)
    if form.is_valid():
        reason = form.cleaned_data["reason"]
        record(request, AuditEvent.Action.DELETE, clip, client=clip.client, summary=reason)
        Clip.objects.filter(pk=clip.pk).discard()
        messages.success(request, _("The clip is deleted."))
        return redirect("clients:clips", clip.client_id)
    return render(request, "sessions/clips/delete.html", {"clip": clip, "form": form})
