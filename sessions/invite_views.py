"""Inviting a client to the portal, from the practitioner's client page."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from clinic.access import practitioner_required
from clinic.invitations import send_invitation
from clinic.models import Client, User

INVITE_TEMPLATE = "portal/email/invite.txt"


@require_POST
@practitioner_required
def invite_client(request, pk):
    clients = Client.objects.for_user(request.user).active().select_related("user", "clinic")
    client = get_object_or_404(clients, pk=pk)
    name = client.first_name
    if not client.email:
        messages.error(request, f"Add an email address for {name} first, then send the invite.")
        return redirect("client_detail", client.pk)
    email = User.objects.normalize_email(client.email)
    user = client.user
    if user is not None and user.has_usable_password():
        messages.info(request, f"{name} has already chosen a password and can sign in.")
        return redirect("client_detail", client.pk)
    taken = User.objects.filter(email=email).exclude(pk=user.pk if user else None).exists()
    if taken:
        messages.error(
            request,
            f"Another account already signs in with {email}, so {name} cannot be invited "
            "with it. Check the address on the client's details.",
        )
        return redirect("client_detail", client.pk)
    with transaction.atomic():
        if user is None:
            user = User.objects.create_user(email, None, full_name=client.full_name)
            client.user = user
            client.save(update_fields=["user", "updated_at"])
            sent = f"Invitation sent to {email}."
        else:
            if user.email != email:  # the address was corrected since the last invite
                user.email = email
                user.save(update_fields=["email"])
            sent = f"A new invitation was sent to {email}."
    send_invitation(request, user, client.clinic, template=INVITE_TEMPLATE)
    messages.success(request, sent)
    return redirect("client_detail", client.pk)
