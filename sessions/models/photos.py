"""Posture photos: the standard views of a client standing, taken at a session, and the
comparisons of two sessions a practitioner shares with the client.

Photos are taken only with the client's photo consent (ConsentChoice, kind PHOTOS). A photo
of a signed session is part of the record: it is never replaced, and only a clinic admin
removes one, with a reason (the row stays, the file goes). A withdrawn consent stops new
photos and takes every shared comparison out of the portal; what was taken stays.
"""

import uuid

from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinic.models import ClinicScopedQuerySet, Practitioner
from sessions.models.intake import ConsentChoice
from sessions.models.treatment import Plan, TreatmentSession


class PhotoRefused(Exception):
    """The photo cannot be taken, replaced or removed; the message says why."""


def photo_path(photo, filename):
    """Stored under a random name: nothing in the name says whose photo it is."""
    return f"photos/{uuid.uuid4().hex}.jpg"


def photo_consent_given(client):
    """Whether the client's photo consent stands now (the newest choice is a grant)."""
    latest = (
        ConsentChoice.objects.filter(client=client, kind=ConsentChoice.Kind.PHOTOS)
        .order_by("-created_at", "-pk")
        .first()
    )
    return bool(latest and latest.granted)


class PhotoQuerySet(ClinicScopedQuerySet):
    clinic_path = "session__plan__client__clinic"

    def kept(self):
        """Photos still on file (not removed)."""
        return self.filter(removed_at__isnull=True)


class Photo(models.Model):
    class View(models.TextChoices):
        FRONT = "front", _("Front")
        BACK = "back", _("Back")
        LEFT = "left", _("Left side")
        RIGHT = "right", _("Right side")
        OTHER = "other", _("Other")

    session = models.ForeignKey(TreatmentSession, on_delete=models.PROTECT, related_name="photos")
    view = models.CharField(_("view"), max_length=5, choices=View)
    label = models.CharField(_("label"), max_length=60, blank=True)
    image = models.ImageField(upload_to=photo_path, blank=True)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    taken_by = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        Practitioner, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    removal_reason = models.TextField(blank=True)

    objects = PhotoQuerySet.as_manager()

    VIEW_ORDER = [View.FRONT, View.BACK, View.LEFT, View.RIGHT, View.OTHER]

    class Meta:
        verbose_name = _("posture photo")
        ordering = ["session_id", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "view"],
                condition=Q(removed_at__isnull=True) & ~Q(view="other"),
                name="one_photo_per_view",
            )
        ]

    def __str__(self):
        return f"{self.view_label} ({self.session})"

    @property
    def view_label(self):
        if self.view == self.View.OTHER and self.label:
            return self.label
        return self.get_view_display()

    @property
    def is_removed(self):
        return self.removed_at is not None

    @classmethod
    @transaction.atomic
    def take(cls, session, view, label, upload, by):
        """Stores a checked photo of `session`. A standard view already taken is replaced
        while the session is a draft; once it is signed, it stays. Returns (photo, the photo
        it replaced or None); raises PhotoRefused."""
        if not photo_consent_given(session.plan.client):
            raise PhotoRefused(
                _("%(name)s has not given consent to posture photos, so none can be added.")
                % {"name": session.plan.client.first_name}
            )
        replaced = None
        if view != cls.View.OTHER:
            replaced = cls.objects.kept().filter(session=session, view=view).first()
        if replaced and session.is_signed:
            raise PhotoRefused(
                _(
                    "This session is signed, and its %(view)s photo is part of the record: it "
                    "cannot be replaced."
                )
                % {"view": replaced.get_view_display().lower()}
            )
        if replaced:
            replaced.image.delete(save=False)
            replaced.delete()
        photo = cls(
            session=session,
            view=view,
            label=label if view == cls.View.OTHER else "",
            width=upload.width,
            height=upload.height,
            taken_by=by,
        )
        photo.image.save("photo.jpg", upload, save=False)
        photo.save()
        return photo, replaced

    def remove(self, by, reason):
        """Deletes the file; the row keeps who removed it, when and why."""
        if self.is_removed:
            raise PhotoRefused(_("This photo was already removed."))
        self.image.delete(save=False)
        self.removed_at = timezone.now()
        self.removed_by = by
        self.removal_reason = reason
        self.save(update_fields=["image", "removed_at", "removed_by", "removal_reason"])


class ComparisonQuerySet(ClinicScopedQuerySet):
    clinic_path = "plan__client__clinic"

    def live(self):
        """Shared and not taken back, by the practitioner or by a withdrawal of the client's
        photo consent after it was shared."""
        withdrawn = ConsentChoice.objects.filter(
            client=OuterRef("plan__client"),
            kind=ConsentChoice.Kind.PHOTOS,
            granted=False,
            created_at__gte=OuterRef("shared_at"),
        )
        latest = ConsentChoice.objects.filter(
            client=OuterRef("plan__client"), kind=ConsentChoice.Kind.PHOTOS
        ).order_by("-created_at", "-pk")
        return (
            self.filter(stopped_at__isnull=True)
            .alias(withdrawn=Exists(withdrawn), consent=Subquery(latest.values("granted")[:1]))
            .filter(withdrawn=False, consent=True)
        )

    def for_client(self, client):
        return self.filter(plan__client=client).live()


class SharedComparison(models.Model):
    """Two sessions of a plan, side by side, shown to the client in the portal."""

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="comparisons")
    first = models.ForeignKey(TreatmentSession, on_delete=models.PROTECT, related_name="+")
    second = models.ForeignKey(TreatmentSession, on_delete=models.PROTECT, related_name="+")
    shared_by = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    shared_at = models.DateTimeField(default=timezone.now)
    stopped_at = models.DateTimeField(null=True, blank=True)
    stopped_by = models.ForeignKey(
        Practitioner, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    objects = ComparisonQuerySet.as_manager()

    class Meta:
        verbose_name = _("shared photo comparison")
        ordering = ["-shared_at", "-pk"]

    def __str__(self):
        return f"Sessions {self.first.number} and {self.second.number} of {self.plan}"
