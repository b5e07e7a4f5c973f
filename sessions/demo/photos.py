"""Demo posture photos: Priya Raman, the Harbour portal client six sessions into her
Structural Integration series, gave photo consent at her intake; Theo took front and side
photos at sessions 1 and 6 and shared the pair with her. The figures are drawn by
sessions/demo/figures.py, not pictures of anyone. Elena Moreau, also in an SI series, has
not given photo consent, so her chart says how to get it."""

import datetime

from django.core.files.base import ContentFile

from sessions.demo.figures import HEIGHT, WIDTH, standing_figure
from sessions.demo.intake import find_client
from sessions.models import ConsentChoice, Photo, Plan, SharedComparison

PHOTO_CLIENT = "Priya Raman"
# (session number, how far the posture has changed: 0 to 1)
PHOTO_SESSIONS = [(1, 0.0), (6, 0.8)]
PHOTO_VIEWS = [Photo.View.FRONT, Photo.View.RIGHT]


def seed_photos(harbour):
    client = find_client(harbour, PHOTO_CLIENT)
    plan = Plan.objects.filter(client=client, series__method="si").order_by("pk").first()
    sessions = {s.number: s for s in plan.sessions.filter(number__in=[1, 6])} if plan else {}
    if len(sessions) < 2 or Photo.objects.filter(session__plan=plan).exists():
        return
    first = sessions[1]
    ConsentChoice.objects.create(
        client=client,
        kind=ConsentChoice.Kind.PHOTOS,
        granted=True,
        by=client.user,
        created_at=first.scheduled_at - datetime.timedelta(days=3),
    )
    for number, change in PHOTO_SESSIONS:
        session = sessions[number]
        for view in PHOTO_VIEWS:
            content = ContentFile(standing_figure(view, change), name="photo.jpg")
            content.width, content.height = WIDTH, HEIGHT
            photo, _ = Photo.take(session, view, "", content, session.practitioner)
            Photo.objects.filter(pk=photo.pk).update(created_at=session.scheduled_at)
    SharedComparison.objects.create(
        plan=plan,
        first=first,
        second=sessions[6],
        shared_by=plan.lead,
        shared_at=sessions[6].scheduled_at + datetime.timedelta(hours=1),
    )
