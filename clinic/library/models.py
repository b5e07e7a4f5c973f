"""The exercise library: shared entries every clinic sees, plus each clinic's own."""

import re

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clinic.content import LANGUAGE_SUFFIXES, fill_stretch
from clinic.library.poses import DRAWINGS
from clinic.models import Clinic, Dose, SharedOrOwnQuerySet

# What a dose says (Dose.dose_text).
DOSE_FIELDS = ["sets", "repetitions", "hold_seconds", "side", "frequency", "per"]


class ExerciseQuerySet(SharedOrOwnQuerySet):
    def editable_by(self, user):
        """A clinic admin edits the clinic's own entries; the shared ones stay as they are."""
        if not user.is_clinic_admin:
            return self.none()
        return self.filter(clinic_id=user.practitioner.clinic_id)

    def with_muscle(self, muscle):
        """Entries listing exactly `muscle` among their comma-separated target muscles, in
        either language."""
        pattern = rf"(^|,)\s*{re.escape(muscle)}\s*(,|$)"
        return self.filter(
            Q(target_muscles_en__iregex=pattern) | Q(target_muscles_fr_ca__iregex=pattern)
        )

    def listed(self):
        """Only the columns a list of entries shows: name, kind, muscles and dose. A page
        of whole entries, with their steps and cautions in both languages, was a good part
        of a list's time."""
        return self.only(
            "clinic",
            "kind",
            *DOSE_FIELDS,
            *[
                f"{field}_{suffix}"
                for field in ("name", "target_muscles")
                for suffix in LANGUAGE_SUFFIXES.values()
            ],
        )

    def search(self, text):
        matches = self
        for term in text.split()[:5]:
            # Both languages' names and summaries: a clinic's own entry may exist in one only.
            matches = matches.filter(
                Q(name_en__icontains=term)
                | Q(name_fr_ca__icontains=term)
                | Q(target_muscles_en__icontains=term)
                | Q(target_muscles_fr_ca__icontains=term)
                | Q(regions_en__icontains=term)
                | Q(regions_fr_ca__icontains=term)
                | Q(summary_en__icontains=term)
                | Q(summary_fr_ca__icontains=term)
            )
        return matches


class Exercise(Dose):
    """An entry of the exercise library: shared (no clinic) or a clinic's own."""

    class Kind(models.TextChoices):
        RELEASE = "release", _("Self-release")
        STRETCH = "stretch", _("Stretch")
        STRENGTHEN = "strengthen", _("Strengthen")
        MOBILITY = "mobility", _("Mobility")

    clinic = models.ForeignKey(
        Clinic, null=True, blank=True, on_delete=models.CASCADE, related_name="exercises"
    )
    slug = models.SlugField(max_length=80)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    target_muscles = models.CharField(
        _("target muscles"),
        max_length=300,
        blank=True,
        help_text=_("Separate muscles with commas."),
    )
    regions = models.CharField(
        _("regions"), max_length=200, blank=True, help_text=_("Separate with commas.")
    )
    steps = models.TextField(_("steps"), help_text=_("One step per line."))
    cautions = models.TextField(_("cautions"), blank=True, help_text=_("One per line."))
    image = models.ImageField(_("image"), upload_to="exercises/", blank=True)
    video_url = models.URLField(_("video link"), blank=True)
    drawing = models.CharField(
        _("drawing"),
        max_length=80,
        blank=True,
        help_text=_("Which of the library's drawings shows it."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ExerciseQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "slug"], name="exercise_slug_per_clinic"),
            models.UniqueConstraint(
                fields=["slug"], condition=Q(clinic__isnull=True), name="shared_exercise_slug"
            ),
        ]
        indexes = [models.Index(fields=["kind", "name"], name="exercise_kind_name")]

    def __str__(self):
        return fill_stretch(self.name, "stretch")

    def editable_by(self, user):
        return user.is_clinic_admin and self.clinic_id == user.practitioner.clinic_id

    @property
    def is_shared(self):
        return self.clinic_id is None

    @property
    def drawing_key(self):
        """The drawing that shows this exercise (clinic/library/poses.py), or ""."""
        return self.drawing if self.drawing in DRAWINGS else ""

    @property
    def step_list(self):
        return [line.strip() for line in self.steps.splitlines() if line.strip()]

    @property
    def caution_list(self):
        return [line.strip() for line in self.cautions.splitlines() if line.strip()]

    @property
    def muscle_list(self):
        return [m.strip() for m in self.target_muscles.split(",") if m.strip()]
