"""Posture photos for practitioners: taking them at a session, serving one, removing one,
and recording a photo consent the client gave on paper."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.files import private_bytes_response, private_file_response
from clinic.images import smaller_copy
from clinic.middleware import permissions_policy
from clinic.models import AuditEvent, Client
from sessions.models import ConsentChoice, Photo, PhotoRefused, TreatmentSession
from sessions.models import photo_consent_given as consent_given
from sessions.photo_forms import (
    PaperConsentForm,
    PhotoRemoveForm,
    PhotoUploadForm,
    accepted_formats,
)

Action = AuditEvent.Action

# The side-by-side view shows a photo in half a page's width: a copy this size is sharp
# there on a phone or a desktop, and a fraction of the original's bytes.
DISPLAY_SIDE = 600


def photo_response(request, photo):
    """The photo's file, or with ?size=display its copy at DISPLAY_SIDE."""
    if request.GET.get("size") == "display":
        return private_bytes_response(
            smaller_copy(photo.image, longest_side=DISPLAY_SIDE), "image/jpeg"
        )
    return private_file_response(photo.image)


def card_context(session, form=None):
    """What the photo card of a session shows: its photos, the form, and the consent."""
    client = session.plan.client
    photos = list(Photo.objects.filter(session=session).select_related("removed_by__user"))
    return {
        "session": session,
        "client": client,
        "photos": [p for p in photos if not p.is_removed],
        "removed": [p for p in photos if p.is_removed],
        "consent": consent_given(client),
        "photo_form": form or PhotoUploadForm(),
        "accepted_formats": accepted_formats(),
    }


@permissions_policy(camera=["self"])
@practitioner_required
def session_photos(request, pk):
    session = get_object_or_404(
        TreatmentSession.objects.for_user(request.user).with_people(), pk=pk
    )
    form = PhotoUploadForm(request.POST or None, request.FILES or None)
    can_edit = session.editable_by(request.user)
    if can_edit and form.is_valid():
        taken = take_photos(request, session, form)
        if taken and not form.errors:
            messages.success(request, _("Photos saved: %(views)s.") % {"views": ", ".join(taken)})
            if not request.htmx:
                return redirect("care:session_photos", session.pk)
            form = None
    context = card_context(session, form)
    context["can_edit"] = can_edit
    template = "sessions/photos/session.html"
    if request.htmx:
        template += "#photo-card"
    return render(request, template, context)


def take_photos(request, session, form):
    """Stores each checked photo of the form; a refusal goes on the form. Returns the views
    saved."""
    saved = []
    for view, label, upload in form.photos():
        try:
            photo, replaced = Photo.take(session, view, label, upload, request.user.practitioner)
        except PhotoRefused as refusal:
            form.add_error(None, str(refusal))
            continue
        client = session.plan.client
        if replaced:
            record(request, Action.REMOVE, replaced, client=client, summary="replaced")
        record(request, Action.CREATE, photo, client=client, summary=photo.view)
        saved.append(photo.view_label)
    return saved


@practitioner_required
def photo_image(request, pk):
    photo = get_object_or_404(
        Photo.objects.for_user(request.user).kept().select_related("session__plan__client"),
        pk=pk,
    )
    record(request, Action.VIEW, photo, client=photo.session.plan.client)
    return photo_response(request, photo)


@practitioner_required
def photo_remove(request, pk):
    photo = get_object_or_404(
        Photo.objects.for_user(request.user).kept().select_related("session__plan__client"), pk=pk
    )
    session = photo.session
    allowed = request.user.is_clinic_admin or (
        not session.is_signed and session.editable_by(request.user)
    )
    form = PhotoRemoveForm(request.POST or None)
    if allowed and form.is_valid():
        photo.remove(request.user.practitioner, form.cleaned_data["reason"])
        record(
            request, Action.REMOVE, photo, client=session.plan.client, summary=photo.removal_reason
        )
        messages.success(request, _("The photo is removed; the reason is kept in the audit trail."))
        return redirect("care:session_photos", session.pk)
    context = {"photo": photo, "session": session, "form": form, "allowed": allowed}
    return render(request, "sessions/photos/remove.html", context)


@practitioner_required
def photo_consent(request, pk):
    """Records the photo consent a client signed (or withdrew) on paper, with its date."""
    client = get_object_or_404(Client.objects.for_user(request.user).active(), pk=pk)
    form = PaperConsentForm(request.POST or None, clinic=request.user.practitioner.clinic)
    if form.is_valid():
        choice = ConsentChoice.objects.create(
            client=client,
            kind=ConsentChoice.Kind.PHOTOS,
            granted=form.cleaned_data["granted"],
            on_paper=form.cleaned_data["on_paper"],
            by=request.user,
        )
        summary = f"photos {'given' if choice.granted else 'withdrawn'} on paper {choice.on_paper}"
        record(request, Action.CREATE, choice, client=client, summary=summary)
        messages.success(request, _("The paper consent is recorded."))
        return redirect("clients:photo_consent", client.pk)
    history = ConsentChoice.objects.filter(client=client, kind=ConsentChoice.Kind.PHOTOS)
    context = {
        "client": client,
        "form": form,
        "consent": consent_given(client),
        "history": history.select_related("by").order_by("-created_at", "-pk"),
    }
    return render(request, "sessions/photos/consent.html", context)
