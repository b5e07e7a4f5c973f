"""What a clinic's outcomes report last counted, kept until something it counts changes."""

from django.db import models
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from clinic.models import Clinic
from sessions.models.treatment import Plan

# The plan fields the report picks and groups plans by.
COUNTED_PLAN_FIELDS = {"status", "lead", "series", "client"}


class OutcomesTotalsQuerySet(models.QuerySet):
    def changed(self, **clinics):
        """Marks the reports of the clinics that match the lookup `clinics` out of date."""
        self.filter(**clinics).update(changes=F("changes") + 1)


class OutcomesTotals(models.Model):
    """The figures of a clinic's outcomes report (sessions.outcomes) as last counted, so
    that opening it costs as little for ten thousand completed plans as for ten. Whatever
    changes what it counts adds one to `changes`: a plan's status, lead, series or removal,
    the measure summaries of a completed plan (PlanMeasure.objects.refresh), a measure's
    MCID or direction. The report counts again when `counted_at` lags behind `changes`."""

    clinic = models.OneToOneField(
        Clinic, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    changes = models.PositiveBigIntegerField(default=0)
    counted_at = models.PositiveBigIntegerField(null=True)
    # [{"lead": id, "series": id, "plans": n, "measures": [{"instrument": id,
    #   "start_and_end": n, "reached": n}]}]
    groups = models.JSONField(default=list)

    objects = OutcomesTotalsQuerySet.as_manager()

    def __str__(self):
        return f"outcomes of clinic {self.clinic_id}"

    @property
    def is_current(self):
        return self.counted_at == self.changes


@receiver(post_save, sender=Plan, dispatch_uid="outcomes_follow_saved_plans")
def plan_saved(sender, instance, created, update_fields, using, **kwargs):
    if created and instance.status != Plan.Status.COMPLETED:
        return
    if update_fields is None or COUNTED_PLAN_FIELDS & set(update_fields):
        OutcomesTotals.objects.using(using).changed(clinic__clients=instance.client_id)


@receiver(post_delete, sender=Plan, dispatch_uid="outcomes_follow_deleted_plans")
def plan_deleted(sender, instance, using, **kwargs):
    OutcomesTotals.objects.using(using).changed(clinic__clients=instance.client_id)


@receiver(
    [post_save, post_delete], sender="care.Instrument", dispatch_uid="outcomes_follow_measures"
)
def measure_changed(sender, instance, using, **kwargs):
    OutcomesTotals.objects.using(using).changed(clinic=instance.clinic_id)
