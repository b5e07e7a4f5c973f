"""care: a practitioner's working hours and one-off changes, and the clinic's booking
settings (clinic admins)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import clinic_admin_required, practitioner_required
from sessions.booking_forms import BookingSettingsForm, DayChangeForm, WeekForm
from sessions.models import BookingSettings, DayChange


@practitioner_required
def availability(request):
    practitioner = request.user.practitioner
    posted = request.POST if request.method == "POST" else None
    which = request.POST.get("form") if posted else None
    week_form = WeekForm(posted if which == "week" else None, practitioner=practitioner)
    change_form = DayChangeForm(posted if which == "change" else None)
    if which == "week" and week_form.is_valid():
        with transaction.atomic():
            week_form.save()
        messages.success(request, _("Your working hours are saved."))
        return redirect("care:availability")
    if which == "change" and change_form.is_valid():
        change_form.instance.practitioner = practitioner
        change_form.save()
        messages.success(request, _("Saved: %(change)s.") % {"change": change_form.instance})
        return redirect("care:availability")
    context = {
        "week_form": week_form,
        "change_form": change_form,
        "changes": DayChange.objects.filter(
            practitioner=practitioner, date__gte=practitioner.clinic.today()
        ),
    }
    return render(request, "sessions/availability.html", context)


@require_POST
@practitioner_required
def day_change_delete(request, pk):
    change = get_object_or_404(DayChange, pk=pk, practitioner=request.user.practitioner)
    change.delete()
    messages.success(request, _("Removed: %(change)s.") % {"change": change})
    return redirect("care:availability")


@clinic_admin_required
def booking_settings(request):
    settings = BookingSettings.of(request.user.practitioner.clinic)
    form = BookingSettingsForm(request.POST or None, instance=settings)
    if form.is_valid():
        form.save()
        messages.success(request, _("The booking settings are saved."))
        return redirect("care:booking_settings")
    return render(request, "sessions/booking_settings.html", {"form": form})
