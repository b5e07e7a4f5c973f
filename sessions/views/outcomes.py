"""care: the clinic's outcomes report, for clinic admins."""

from django.shortcuts import render
from django.utils.translation import gettext, ngettext

from clinic.access import clinic_admin_required
from sessions.outcomes import outcomes_report


@clinic_admin_required
def outcomes(request):
    groups = outcomes_report(request.user.practitioner.clinic)
    # Worded here rather than by translation tags in every row: a millisecond of the bench
    # clinic's report (56 groups), about a tenth of it.
    of = gettext("%(part)s of %(whole)s")
    no_mcid = gettext("No minimal important change on record")
    for group in groups:
        plans = group["plans"]
        group["completed"] = ngettext(
            "%(count)s completed plan", "%(count)s completed plans", plans
        ) % {"count": plans}
        for tally in group["measures"]:
            tally["name"] = tally["instrument"].name
            tally["measured"] = of % {"part": tally["start_and_end"], "whole": plans}
            tally["improved"] = (
                of % {"part": tally["reached"], "whole": tally["start_and_end"]}
                if tally["instrument"].mcid
                else no_mcid
            )
    return render(request, "sessions/outcomes_report.html", {"groups": groups})
