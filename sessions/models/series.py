"""Series templates, their steps, and the techniques a session note can tick."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from clinic.content import in_both
from clinic.models import Clinic, ClinicScopedQuerySet, Method, SharedOrOwnQuerySet
from sessions.defaults import DEFAULT_SERIES
from sessions.defaults_fr import SERIES_FR


class SeriesQuerySet(ClinicScopedQuerySet):
    def offered(self):
        return self.filter(is_active=True)

    def install_defaults(self, clinic):
        """Adds the standard series a clinic does not have yet (matched by name in either
        language), in English and French."""
        have = set()
        for names in self.filter(clinic=clinic).values_list("name_en", "name_fr_ca"):
            have.update(names)
        for spec in DEFAULT_SERIES:
            french = SERIES_FR.get(spec["name"], {})
            if spec["name"] in have or french.get("name") in have:
                continue
            series = self.create(
                clinic=clinic,
                method=spec["method"],
                session_count=spec["session_count"],
                **in_both(("name", "description"), spec, french),
            )
            french_steps = french.get("steps", [])
            SeriesStep.objects.bulk_create(
                SeriesStep(series=series, number=number, **step_in_both(step, french_steps, number))
                for number, step in enumerate(spec["steps"], start=1)
            )


def step_in_both(step, french_steps, number):
    """The per-language columns of a default step (title, focus, goals)."""
    fields = ("title", "focus", "goals")
    french = french_steps[number - 1] if number <= len(french_steps) else None
    english = dict(zip(fields, step, strict=True))
    return in_both(fields, english, french and dict(zip(fields, french, strict=True)))


class Series(models.Model):
    """A template for a course of care: its method, length and the focus of each step."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="series")
    name = models.CharField(_("name"), max_length=120)
    method = models.CharField(_("method"), max_length=10, choices=Method)
    session_count = models.PositiveSmallIntegerField(
        _("number of sessions"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Leave empty for an open-ended episode of care."),
    )
    description = models.TextField(_("description"), blank=True)
    is_active = models.BooleanField(
        _("offered for new plans"),
        default=True,
        help_text=_("Plans already started keep their series either way."),
    )
    # Which outcome measures fall due when: [{"measure": <instrument key>, "sessions":
    # [1, 5, 10]}, or {"measure": <key>, "every": true} for every visit].
    measure_schedule = models.JSONField(_("measure schedule"), default=list, blank=True)

    objects = SeriesQuerySet.as_manager()

    class Meta:
        ordering = ["method", "session_count", "name"]
        verbose_name_plural = "series"
        constraints = [
            models.UniqueConstraint(fields=["clinic", "name"], name="series_name_unique")
        ]

    def __str__(self):
        return self.name

    @property
    def is_open_ended(self):
        return self.session_count is None

    def measures_due_at(self, number):
        """The keys of the measures due at session `number`, in the schedule's order."""
        return [
            entry["measure"]
            for entry in self.measure_schedule
            if entry.get("every") or number in entry.get("sessions", [])
        ]

    def step_for(self, number, steps=None):
        """The step that guides session `number`. In an open-ended series the last
        step guides every visit after it."""
        steps = list(self.steps.all()) if steps is None else steps
        for step in steps:
            if step.number == number:
                return step
        if self.is_open_ended and steps and number > steps[-1].number:
            return steps[-1]
        return None


class SeriesStep(models.Model):
    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="steps")
    number = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1)])
    title = models.CharField(_("title"), max_length=120)
    focus = models.TextField(_("focus"))
    goals = models.TextField(_("goals"), blank=True)

    class Meta:
        ordering = ["series_id", "number"]
        constraints = [
            models.UniqueConstraint(fields=["series", "number"], name="step_number_unique")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class Technique(models.Model):
    """What was done in a session. Shared entries have no clinic; a clinic may add its own."""

    clinic = models.ForeignKey(
        Clinic, null=True, blank=True, on_delete=models.CASCADE, related_name="techniques"
    )
    name = models.CharField(_("name"), max_length=80)

    objects = SharedOrOwnQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "name"], name="technique_name_unique")
        ]

    def __str__(self):
        return self.name
