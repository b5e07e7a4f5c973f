"""The bench client's posture photos (sessions/scale/seeder.py): photo consent, front and
side photos at the first and the latest session of the plan, for the comparison page."""

import datetime

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from sessions.demo.figures import HEIGHT, WIDTH, standing_figure
from sessions.models import ConsentChoice, Photo, Plan, SharedComparison, TreatmentSession

FLUSH_STEPS = [
    (SharedComparison, "plan__client__clinic__in"),
    (Photo, "session__plan__client__clinic__in"),
]


def seed_bench_photos(client):
    plan = Plan.objects.get(client=client, status=Plan.Status.ACTIVE)
    done = plan.sessions.filter(status=TreatmentSession.Status.COMPLETED).order_by("number")
    first, latest = done.first(), done.last()
    ConsentChoice.objects.create(
        client=client,
        kind=ConsentChoice.Kind.PHOTOS,
        granted=True,
        by=client.user,
        created_at=first.scheduled_at - datetime.timedelta(days=1),
    )
    for session, change in [(first, 0.0), (latest, 0.8)]:
        for view in [Photo.View.FRONT, Photo.View.RIGHT]:
            content = ContentFile(standing_figure(view, change), name="photo.jpg")
            content.width, content.height = WIDTH, HEIGHT
            Photo.take(session, view, "", content, session.practitioner)


def delete_photo_files(clinics):
    """The files of the scale data's photos, before their rows go."""
    names = Photo.objects.filter(session__plan__client__clinic__in=clinics).exclude(image="")
    for name in names.values_list("image", flat=True):
        default_storage.delete(name)
