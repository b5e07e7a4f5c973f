"""Comparing the posture photos of two sessions of a plan, and sharing the comparison with
the client (the portal shows it: sessions/portal/photos.py)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clinic.access import practitioner_required
from clinic.audit import record
from clinic.models import AuditEvent
from sessions.models import Photo, Plan, SharedComparison, photo_consent_given

Action = AuditEvent.Action


def photo_rows(first, second):
    """One row a view, in the standard order: the photo of each session (or None). Other
    views pair by their label."""
    photos = Photo.objects.kept().filter(session__in=[s for s in (first, second) if s])
    rows = {}
    for photo in photos:
        key = (Photo.VIEW_ORDER.index(photo.view), photo.view_label.lower())
        row = rows.setdefault(key, {"label": photo.view_label, "first": None, "second": None})
        row["first" if first and photo.session_id == first.pk else "second"] = photo
    sessions = [s for s in (first, second) if s]
    for row in rows.values():
        row["pair"] = [(row["first" if s == first else "second"], s) for s in sessions]
    return [rows[key] for key in sorted(rows)]


def chosen_pair(sessions, data):
    """The two sessions asked for (by id), else the first and the latest with photos."""
    by_pk = {str(s.pk): s for s in sessions}
    first = by_pk.get(data.get("first")) or (sessions[0] if sessions else None)
    second = by_pk.get(data.get("second")) or (sessions[-1] if len(sessions) > 1 else None)
    if first and second and first.number > second.number:
        first, second = second, first
    if second == first:
        second = None
    return first, second


def plan_for(request, pk):
    plans = Plan.objects.for_user(request.user).select_related("client", "series")
    return get_object_or_404(plans, pk=pk)


@practitioner_required
def plan_photos(request, pk):
    plan = plan_for(request, pk)
    sessions = list(
        plan.sessions.filter(photos__removed_at__isnull=True, photos__isnull=False)
        .distinct()
        .order_by("number")
    )
    first, second = chosen_pair(sessions, request.GET)
    shared = None
    if first and second:
        shared = SharedComparison.objects.filter(plan=plan, first=first, second=second)
        shared = shared.live().first()
    record(request, Action.VIEW, plan, client=plan.client, summary="photo comparison")
    context = {
        "plan": plan,
        "client": plan.client,
        "sessions": sessions,
        "first": first,
        "second": second,
        "rows": photo_rows(first, second),
        "shared": shared,
    }
    return render(request, "sessions/photos/compare.html", context)


@require_POST
@practitioner_required
def comparison_share(request, pk):
    plan = plan_for(request, pk)
    by_pk = {str(s.pk): s for s in plan.sessions.all()}
    first, second = by_pk.get(request.POST.get("first")), by_pk.get(request.POST.get("second"))
    if first and second and first.number > second.number:
        first, second = second, first
    url = reverse("care:plan_photos", args=[plan.pk])
    if not (first and second) or first == second:
        messages.error(request, _("Please choose two sessions to share."))
        return redirect(url)
    url += f"?first={first.pk}&second={second.pk}"
    if not photo_consent_given(plan.client):
        messages.error(
            request,
            _("%(name)s's photo consent is not given, so nothing can be shared.")
            % {"name": plan.client.first_name},
        )
        return redirect(url)
    comparison = SharedComparison.objects.create(
        plan=plan, first=first, second=second, shared_by=request.user.practitioner
    )
    record(request, Action.SHARE, comparison, client=plan.client)
    messages.success(
        request,
        _("%(name)s now sees this comparison in the portal.") % {"name": plan.client.first_name},
    )
    return redirect(url)


@require_POST
@practitioner_required
def comparison_stop(request, pk):
    comparison = get_object_or_404(
        SharedComparison.objects.for_user(request.user)
        .filter(stopped_at__isnull=True)
        .select_related("plan__client"),
        pk=pk,
    )
    comparison.stopped_at = timezone.now()
    comparison.stopped_by = request.user.practitioner
    comparison.save(update_fields=["stopped_at", "stopped_by"])
    record(request, Action.CHANGE, comparison, client=comparison.plan.client, summary="unshared")
    messages.success(request, _("The comparison is no longer in the portal."))
    url = reverse("care:plan_photos", args=[comparison.plan_id])
    return redirect(f"{url}?first={comparison.first_id}&second={comparison.second_id}")
