"""The clinic's team and settings: practitioners, their credentials, the clinic itself."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
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
        messages.success(request, _("Clinic settings saved."))
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
            _("Invitation sent to %(email)s. Now set what %(name)s is credentialled to deliver.")
            % {"email": user.email, "name": user.get_short_name()},
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
        messages.success(request, _("%(name)s was updated.") % {"name": practitioner})
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
        messages.info(
            request, _("%(name)s has already chosen a password.") % {"name": practitioner}
        )
    else:
        try:
            send_invitation(request, practitioner.user, practitioner.clinic)
        except InvitationNotSent:
            messages.error(request, NOT_SENT)
        else:
            messages.success(
                request,
                _("A new invitation was sent to %(email)s.") % {"email": practitioner.user.email},
            )
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
        format_lazy(
            pgettext_lazy("audit", "Signed {name} out everywhere ({count} sessions)"),
            name=practitioner,
            count=count,
        ),
    )
    messages.success(request, _("%(name)s is signed out everywhere.") % {"name": practitioner})
    return redirect("team:edit", practitioner.pk)
