"""The posture photos a practitioner shared with the client: two sessions side by side.
Only comparisons still shared, under a photo consent that stands, are shown or served."""

from django.shortcuts import get_object_or_404, render

from clinic.access import client_required
from clinic.audit import record
from clinic.models import AuditEvent
from sessions.models import Photo, SharedComparison
from sessions.views.photo_compare import photo_rows
from sessions.views.photos import photo_response


def live_comparisons(client):
    return SharedComparison.objects.for_client(client).select_related("first", "second", "plan")


@client_required
def photos(request):
    client = request.user.client_profile
    comparisons = list(live_comparisons(client).select_related("plan__series"))
    for comparison in comparisons:
        comparison.rows = photo_rows(comparison.first, comparison.second)
    record(request, AuditEvent.Action.VIEW, client, summary="shared photo comparisons")
    context = {"client": client, "comparisons": comparisons}
    return render(request, "portal/photos.html", context)


@client_required
def photo(request, comparison_pk, pk):
    client = request.user.client_profile
    comparison = get_object_or_404(live_comparisons(client), pk=comparison_pk)
    shown = Photo.objects.kept().filter(session__in=[comparison.first_id, comparison.second_id])
    photo = get_object_or_404(shown, pk=pk)
    record(request, AuditEvent.Action.VIEW, photo, client=client)
    return photo_response(request, photo)
