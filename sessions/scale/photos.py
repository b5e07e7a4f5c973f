"""Posture photos of the scale data (sessions/scale/seeder.py, extras.py): the bench
client's photo consent, front and side photos at the first and the latest session of the
plan, for the comparison page; and the same pairs for a few of the other clients who gave
photo consent, some shared with them."""

import datetime
import itertools
import uuid

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from sessions.demo.figures import HEIGHT, WIDTH, standing_figure
from sessions.models import ConsentChoice, Photo, Plan, SharedComparison, TreatmentSession

# Of all the clients, the share with photos; small figures, a few KB each.
PHOTO_SHARE = 0.02
PHOTO_SIZE = (120, 180)
PHOTO_VIEWS = [Photo.View.FRONT, Photo.View.RIGHT]

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


def seed_photos(seeder, rng, consented):
    """Front and side photos at the first and the latest completed session of the current
    plan of about 2% of the clients, among those who gave photo consent (`consented`: client
    id -> when). A handful of images are drawn once; each photo stores its own file, since
    removing a photo deletes its file. Returns the number of photos."""
    wanted = round(len(seeder.clients) * PHOTO_SHARE)
    if not wanted or not consented:
        return 0
    images = {
        (view, change): standing_figure(view, change, size=PHOTO_SIZE)
        for view in PHOTO_VIEWS
        for change in (0.0, 0.8)
    }
    candidates = rng.sample(sorted(consented), min(len(consented), wanted * 2))
    pairs = []  # (first session, latest session) of the current plan, as value tuples
    for chunk in itertools.batched(candidates, 500):
        by_client = {}
        sessions = (
            TreatmentSession.objects.filter(
                plan__client_id__in=chunk, status=TreatmentSession.Status.COMPLETED
            )
            .order_by("plan__client_id", "plan__started_on", "plan_id", "number")
            .values_list("plan__client_id", "plan_id", "pk", "scheduled_at", "practitioner_id")
        )
        for row in sessions:
            plans = by_client.setdefault(row[0], {})
            plans.setdefault(row[1], []).append(row)
        for client_id in chunk:
            plans = by_client.get(client_id)
            if plans and len(done := list(plans.values())[-1]) >= 2 and len(pairs) < wanted:
                if consented[client_id] < done[0][3]:
                    pairs.append((done[0], done[-1]))
    photos, shared = [], []
    for first, latest in pairs:
        for session, change in [(first, 0.0), (latest, 0.8)]:
            for view in PHOTO_VIEWS:
                name = f"photos/{uuid.UUID(int=rng.getrandbits(128), version=4).hex}.jpg"
                name = default_storage.save(name, ContentFile(images[(view, change)]))
                photos.append(
                    Photo(
                        session_id=session[2],
                        view=view,
                        image=name,
                        width=PHOTO_SIZE[0],
                        height=PHOTO_SIZE[1],
                        taken_by_id=session[4],
                        created_at=session[3],
                    )
                )
        if rng.random() < 0.3:
            shared.append(
                SharedComparison(
                    plan_id=first[1],
                    first_id=first[2],
                    second_id=latest[2],
                    shared_by_id=latest[4],
                    shared_at=latest[3] + datetime.timedelta(hours=1),
                )
            )
    seeder.insert(Photo, photos)
    seeder.insert(SharedComparison, shared)
    return len(photos)
