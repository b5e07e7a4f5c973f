"""The posture-photo rows of the access walk (tests/test_access_walk.py): client A1 gave
photo consent, the signed and the planned session each have a front photo, and the two are
shared with A1 in the portal."""

from django.utils import timezone

from sessions.models import Photo, SharedComparison
from tests.photo_helpers import give_photo_consent, take_photo, upload

FINGERPRINTED = [Photo, SharedComparison]

# fmt: off
TABLE = {
    "care:session_photos":  ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:photo_image":     ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    # Practitioner A sees why a signed session's photo stays; the admin removes it.
    "care:photo_remove":    ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    "care:plan_photos":     ("GET",      "login", "404", "404", "404", "ok",  "ok"),
    "care:photo_share":     ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "care:photo_unshare":   ("POST",     "login", "404", "404", "404", "ok",  "ok"),
    "clients:photo_consent": ("GET POST", "login", "404", "404", "404", "ok",  "ok"),
    # Client A2 has nothing shared: their page is empty, A1's photos are not theirs.
    "portal:photos":        ("GET",      "login", "ok",  "ok",  "404", "404", "404"),
    "portal:photo":         ("GET",      "login", "ok",  "404", "404", "404", "404"),
}
# fmt: on

KWARGS = {
    "care:session_photos": lambda w: {"pk": w.planned_session},
    "care:photo_image": lambda w: {"pk": w.signed_photo},
    "care:photo_remove": lambda w: {"pk": w.signed_photo},
    "care:plan_photos": lambda w: {"pk": w.plan},
    "care:photo_share": lambda w: {"pk": w.plan},
    "care:photo_unshare": lambda w: {"pk": w.comparison},
    "clients:photo_consent": lambda w: {"pk": w.client_a1},
    "portal:photo": lambda w: {"comparison_pk": w.comparison, "pk": w.signed_photo},
}

POST_DATA = {
    "care:session_photos": lambda w: {"front": upload("front.jpg", "JPEG")},
    "care:photo_remove": lambda w: {"reason": "Planted"},
    "care:photo_share": lambda w: {"first": w.signed_session, "second": w.planned_session},
    "clients:photo_consent": lambda w: {
        "granted": "no",
        "on_paper": timezone.localdate().isoformat(),
    },
}


def world(client, practitioner, signed, planned):
    give_photo_consent(client)
    signed_photo = take_photo(signed, "front", by=practitioner)
    take_photo(planned, "front", 1, by=practitioner)
    comparison = SharedComparison.objects.create(
        plan=signed.plan, first=signed, second=planned, shared_by=practitioner
    )
    return {"signed_photo": signed_photo.pk, "comparison": comparison.pk}
