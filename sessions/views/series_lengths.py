"""care: how long a session of each series is booked for (clinic admins). Empty is the
clinic's usual length; a first visit keeps its own length (the booking settings)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from clinic.access import clinic_admin_required
from sessions.booking_forms import SeriesLengthsForm
from sessions.models import BookingSettings, Series


@clinic_admin_required
def series_lengths(request):
    settings = BookingSettings.of(request.user.practitioner.clinic)
    series = Series.objects.for_user(request.user).offered().order_by("name")
    form = SeriesLengthsForm(request.POST or None, settings=settings, series=series)
    if form.is_valid():
        form.save()
        messages.success(request, _("The session lengths are saved."))
        return redirect("care:series_lengths")
    return render(request, "sessions/series_lengths.html", {"form": form, "booking": settings})
