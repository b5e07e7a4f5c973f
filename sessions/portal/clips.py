"""The client's clips in the portal: shown on their exercise, played through a view that
checks the clip is theirs."""

from django.shortcuts import get_object_or_404

from clinic.access import client_required
from clinic.audit import record
from clinic.files import private_range_response
from clinic.models import AuditEvent
from sessions.models import Clip
from sessions.views.clips import first_view


def attach_clips(client, items):
    """Gives each program item the client's clips of its exercise, in one query."""
    if not items:
        return
    clips = Clip.objects.by_exercise(client)
    for item in items:
        item.clips = clips.get(item.exercise_id, [])


@client_required
def clip_video(request, clip_key):
    client = request.user.client_profile
    clip = get_object_or_404(Clip.objects.filter(client=client), key=clip_key)
    response = private_range_response(request, clip.file, clip.content_type)
    if first_view(response):
        record(request, AuditEvent.Action.VIEW, clip, client=client, summary="clip")
    return response
