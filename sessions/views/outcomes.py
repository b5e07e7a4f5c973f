"""care: the clinic's outcomes report, for clinic admins."""

from django.shortcuts import render

from clinic.access import clinic_admin_required
from sessions.outcomes import outcomes_report


@clinic_admin_required
def outcomes(request):
    groups = outcomes_report(request.user.practitioner.clinic)
    return render(request, "sessions/outcomes_report.html", {"groups": groups})
