"""The clinic's team and settings: practitioners, their credentials, the clinic itself."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from clinic.access import clinic_admin_required, practitioner_required
from clinic.forms import (
    ClinicSettingsForm,
    CredentialFormSet,
    PractitionerForm,
    PractitionerInviteForm,
)
from clinic.invitations import NOT_SENT, InvitationNotSent, send_invitation
from clinic.models import AuditEvent, Practitioner
from clinic.security import notices, sessions


@clinic_admin_required
def clinic_settings(request):
    clinic = request.user.practitioner.clinic
    form = ClinicSettingsForm(request.POST or None, instance=clinic)
    if form.is_valid():
        form.save()
        messages.success(request, "Clinic settings saved.")
        return redirect("team:settings")
    return render(request, "clinic/settings.html", {"form": form})


@practitioner_required
def practitioner_list(request):
    practitioners = (
        Practitioner.objects.for_user(request.user)
        .select_related("user")
        .prefetch_related("credentials")
    )
    return render(request, "clinic/practitioner_list.html", {"practitioners": practitioners})


@clinic_admin_required
def practitioner_invite(request):
    clinic = request.user.practitioner.clinic
    form = PractitionerInviteForm(request.POST or None, clinic=clinic)
    if form.is_valid():
        try:
            with transaction.atomic():
                practitioner = Practitioner.objects.invite(clinic, **form.cleaned_data)
                user = practitioner.user
                send_invitation(request, user, clinic)
        except InvitationNotSent:
            form.add_error(None, NOT_SENT)
            return render(request, "clinic/practitioner_invite.html", {"form": form})
        messages.success(
            request,
            f"Invitation sent to {user.email}. Now set what {user.get_short_name()} "
            "is credentialled to deliver.",
        )
        return redirect("team:edit", practitioner.pk)
    return render(request, "clinic/practitioner_invite.html", {"form": form})


@clinic_admin_required
def practitioner_edit(request, pk):
    practitioner = get_object_or_404(
        Practitioner.objects.for_user(request.user).select_related("user"), pk=pk
    )
    data = request.POST or None
    form = PractitionerForm(data, instance=practitioner, editor=request.user)
    credentials = CredentialFormSet(data, instance=practitioner)
    if data and form.is_valid() and credentials.is_valid():
        with transaction.atomic():
            form.save()
            credentials.save()
        messages.success(request, f"{practitioner} was updated.")
        return redirect("team:list")
    context = {"practitioner": practitioner, "form": form, "credentials": credentials}
    return render(request, "clinic/practitioner_edit.html", context)


@require_POST
@clinic_admin_required
def practitioner_resend_invite(request, pk):
    practitioner = get_object_or_404(
        Practitioner.objects.for_user(request.user).select_related("user", "clinic"), pk=pk
    )
    if practitioner.has_accepted_invite:
        messages.info(request, f"{practitioner} has already chosen a password.")
    else:
        try:
            send_invitation(request, practitioner.user, practitioner.clinic)
        except InvitationNotSent:
            messages.error(request, NOT_SENT)
        else:
            messages.success(request, f"A new invitation was sent to {practitioner.user.email}.")
    return redirect("team:edit", practitioner.pk)


@require_POST
@clinic_admin_required
def practitioner_sign_out(request, pk):
    """Signs a practitioner out of every browser, for a lost tablet or phone."""
    practitioner = get_object_or_404(
        Practitioner.objects.for_user(request.user).select_related("user"), pk=pk
    )
    count = sessions.sign_out_everywhere(practitioner.user)
    practitioner.user.remembered_devices.all().delete()
    notices.audit(
        request,
        practitioner.user,
        AuditEvent.Action.SIGNED_OUT,
        f"Signed {practitioner} out everywhere ({count} sessions)",
    )
    messages.success(request, f"{practitioner} is signed out everywhere.")
    return redirect("team:edit", practitioner.pk)
