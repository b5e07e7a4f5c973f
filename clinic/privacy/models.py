"""The person in charge of personal information at a clinic, and its register of
confidentiality incidents.

The register is kept like the audit trail: an entry is never changed or deleted, and a
correction is a new entry pointing at the one it corrects. Nothing in the app deletes
entries (the law asks for five years after the clinic learned of an incident); the clinic
export carries them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinic.models import AppendOnlyError, Clinic, ClinicScopedQuerySet


class PrivacyOfficer(models.Model):
    """Who the clinic has named. Until it names someone, the person in charge is the
    clinic's highest authority: its (first) clinic admin, see `officer_of`."""

    clinic = models.OneToOneField(Clinic, on_delete=models.CASCADE, related_name="privacy_officer")
    name = models.CharField(_("name"), max_length=150)
    title = models.CharField(_("title"), max_length=150)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("person in charge of personal information")
        verbose_name_plural = _("people in charge of personal information")

    def __str__(self):
        return f"{self.name}, {self.title}"


class Officer:
    """What clients and the team are shown: the person named, or the clinic admin standing
    in until someone is (`named` says which)."""

    def __init__(self, name, title, email, phone, named):
        self.name, self.title, self.email, self.phone, self.named = name, title, email, phone, named


def officer_of(clinic):
    named = PrivacyOfficer.objects.filter(clinic=clinic).first()
    if named:
        return Officer(named.name, named.title, named.email, named.phone, named=True)
    admin = (
        clinic.practitioners.filter(is_clinic_admin=True, user__is_active=True)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    if admin is None:
        return None
    return Officer(admin.user.full_name, _("Clinic administrator"), admin.user.email, "", False)


class IncidentQuerySet(ClinicScopedQuerySet):
    def for_user(self, user):
        if not user.is_clinic_admin:
            return self.none()
        return super().for_user(user)

    def update(self, **kwargs):
        raise AppendOnlyError("Register entries cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Register entries cannot be deleted.")

    def incidents(self):
        """Each incident as (its current entry, its earlier entries newest first), the
        incidents newest first by when the clinic learned of them."""
        chains = {}
        for entry in self.select_related("recorded_by").order_by("pk"):
            chains.setdefault(entry.first_id or entry.pk, []).append(entry)
        found = [(chain[-1], chain[-2::-1]) for chain in chains.values()]
        return sorted(found, key=lambda pair: (pair[0].learned_on, pair[0].pk), reverse=True)


class Incident(models.Model):
    """One entry of the register: an incident as first recorded, or a correction of it."""

    class Risk(models.TextChoices):
        SERIOUS = "serious", _("Risk of serious injury")
        NOT_SERIOUS = "not_serious", _("No risk of serious injury")

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    first = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The incident's first entry; empty on that entry itself.",
    )
    corrects = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="correction",
        help_text="The entry this one corrects.",
    )
    information = models.TextField(
        _("personal information involved"),
        help_text=_("What information it was, and whose (clients, staff…)."),
    )
    circumstances = models.TextField(_("circumstances"), help_text=_("What happened, and how."))
    started_on = models.DateField(_("date of the incident, or the first day of it"))
    ended_on = models.DateField(_("last day, if it lasted longer"), null=True, blank=True)
    learned_on = models.DateField(_("date the clinic learned of it"))
    people_count = models.PositiveIntegerField(
        _("number of people concerned"), help_text=_("Your best count if it is not exact.")
    )
    risk = models.CharField(_("risk of serious injury"), max_length=12, choices=Risk)
    risk_assessment = models.TextField(
        _("assessment of the risk"),
        help_text=_(
            "How sensitive the information is, what use could be made of it, how likely harm is."
        ),
    )
    commission_notified_on = models.DateField(
        _("date the Commission d'accès à l'information was notified"), null=True, blank=True
    )
    people_notified_on = models.DateField(
        _("date the people concerned were notified"), null=True, blank=True
    )
    measures = models.TextField(
        _("measures taken"), help_text=_("To reduce the risk of harm, and so it does not recur.")
    )
    reason = models.CharField(_("what this correction changes"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    objects = IncidentQuerySet.as_manager()

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        verbose_name = _("confidentiality incident")
        verbose_name_plural = _("confidentiality incidents")
        indexes = [models.Index(fields=["clinic", "recorded_at"], name="incident_clinic_time")]

    def __str__(self):
        return f"{self.started_on}: {self.information[:60]}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Register entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Register entries cannot be deleted.")

    @property
    def is_serious(self):
        return self.risk == self.Risk.SERIOUS

    @property
    def notices_missing(self):
        return self.is_serious and not (self.commission_notified_on and self.people_notified_on)

    def clean(self):
        errors = {}
        today = timezone.localdate()
        for name in [
            "started_on",
            "ended_on",
            "learned_on",
            "commission_notified_on",
            "people_notified_on",
        ]:
            value = getattr(self, name)
            if value and value > today:
                errors[name] = _("This date is in the future.")
        if self.started_on and self.ended_on and self.ended_on < self.started_on:
            errors["ended_on"] = _("The last day cannot be before the first.")
        if self.started_on and self.learned_on and self.learned_on < self.started_on:
            errors["learned_on"] = _("The clinic cannot have learned of it before it began.")
        if self.corrects_id and not self.reason.strip():
            errors["reason"] = _("Say what this correction changes.")
        if errors:
            raise ValidationError(errors)

    def correction_of(self, user):
        """A new, unsaved entry correcting this one, filled in with what it says."""
        fields = {
            f.name: getattr(self, f.name)
            for f in self._meta.concrete_fields
            if f.name not in {"id", "first", "corrects", "reason", "recorded_by", "recorded_at"}
        }
        return Incident(
            **fields, first_id=self.first_id or self.pk, corrects=self, recorded_by=user
        )
