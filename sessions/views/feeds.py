"""care: the private calendar feeds, one a practitioner and one for the whole clinic
(admins). A new feed revokes the old one, so a leaked URL is ended by making another."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import practitioner_required
from sessions.models import CalendarFeed


def feeds_of(practitioner):
    own = CalendarFeed.objects.live().filter(owner=practitioner)
    return own.filter(practitioner=practitioner).first(), own.filter(practitioner=None).first()


@practitioner_required
def feeds(request):
    mine, clinic_feed = feeds_of(request.user.practitioner)
    context = {"mine": mine, "clinic_feed": clinic_feed}
    return render(request, "sessions/feeds.html", context)


@require_POST
@practitioner_required
def feed_renew(request):
    """Makes a new feed (revoking the one before), or with revoke=1 just revokes it."""
    practitioner = request.user.practitioner
    whole_clinic = request.POST.get("scope") == "clinic" and practitioner.is_clinic_admin
    with transaction.atomic():
        CalendarFeed.objects.live().filter(
            owner=practitioner, practitioner=None if whole_clinic else practitioner
        ).update(revoked_at=timezone.now())
        if request.POST.get("revoke"):
            messages.success(request, _("The feed is switched off. Its address no longer works."))
        else:
            CalendarFeed.objects.create(
                clinic=practitioner.clinic,
                owner=practitioner,
                practitioner=None if whole_clinic else practitioner,
            )
            messages.success(
                request, _("Here is the new feed address. Any older one stops working.")
            )
    return redirect("care:feeds")
