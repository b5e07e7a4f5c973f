import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.library.models import Exercise
from clinic.models import Client, ClinicScopedQuerySet, Dose, Practitioner
from sessions.models.treatment import TreatmentSession


class HomeProgramQuerySet(ClinicScopedQuerySet):
    clinic_path = "client__clinic"

    def published(self):
        return self.filter(published_at__isnull=False)

    def current(self):
        return self.published().filter(replaced_at__isnull=True)

    def current_of(self, client):
        """The client's current program (at most one), with the client loaded."""
        return self.current().filter(client=client).select_related("client")

    def drafts(self):
        return self.filter(published_at__isnull=True)


class HomeProgram(models.Model):
    """One version of a client's home program. A revision is a new version: the
    practitioner edits a draft, then publishes it, and the old version is kept."""

    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="programs")
    version = models.PositiveSmallIntegerField(_("version"))
    note = models.TextField(_("note for the client"), blank=True)
    created_by = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    session = models.ForeignKey(
        TreatmentSession,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="programs",
        help_text=_("The session at which this version was prescribed."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    replaced_at = models.DateTimeField(_("replaced at"), null=True, blank=True)
    revision = models.PositiveIntegerField(
        _("revision"),
        default=0,
        help_text=_("Goes up with every change to the draft, so a stale one is caught."),
    )

    objects = HomeProgramQuerySet.as_manager()

    class Meta:
        ordering = ["client_id", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["client", "version"], name="program_version_unique"),
            models.UniqueConstraint(
                fields=["client"],
                condition=Q(published_at__isnull=False, replaced_at__isnull=True),
                name="one_current_program",
            ),
            models.UniqueConstraint(
                fields=["client"], condition=Q(published_at__isnull=True), name="one_draft"
            ),
        ]

    def __str__(self):
        return f"Home program v{self.version} for {self.client}"

    @property
    def is_draft(self):
        return self.published_at is None

    @property
    def is_current(self):
        return self.published_at is not None and self.replaced_at is None

    @classmethod
    @transaction.atomic
    def draft_for(cls, client, practitioner, session=None):
        """The client's draft, started from the current version when there is none."""
        draft = cls.objects.drafts().filter(client=client).first()
        if draft:
            return draft
        current = cls.objects.current().filter(client=client).first()
        last = cls.objects.filter(client=client).aggregate(v=Max("version"))["v"] or 0
        draft = cls.objects.create(
            client=client,
            version=last + 1,
            created_by=practitioner,
            session=session,
            note=current.note if current else "",
        )
        if current:
            ProgramItem.objects.bulk_create(
                item.copy_to(draft) for item in current.items.select_related("exercise")
            )
        return draft

    def touch(self):
        HomeProgram.objects.filter(pk=self.pk).update(revision=models.F("revision") + 1)
        self.refresh_from_db(fields=["revision"])

    def late_tick_problem(self, day, clinic):
        """Why a "Done today" of this version's items, kept offline and sent late, cannot go
        on `day`, or None: not in the future, not before this version was published."""
        if day > clinic.today():
            return gettext(
                "That tick is dated in the future, so it was not kept. Is the device's clock right?"
            )
        published = timezone.localtime(self.published_at, clinic.zone()).date()
        if day < published:
            return gettext(
                "That tick is dated before your program of %(day)s, so it was not kept."
            ) % {"day": date_format(published, gettext("F j"))}
        return None

    @transaction.atomic
    def publish(self):
        now = timezone.now()
        HomeProgram.objects.current().filter(client_id=self.client_id).update(replaced_at=now)
        self.published_at = now
        self.save(update_fields=["published_at"])


class ProgramItemQuerySet(models.QuerySet):
    def current(self):
        """Items of the versions clients see now (HomeProgram.objects.current())."""
        return self.filter(program__published_at__isnull=False, program__replaced_at__isnull=True)

    def seen_by(self, client):
        """Items of every version the client has been shown, the current one and earlier."""
        return self.filter(program__client=client, program__published_at__isnull=False)


class ProgramItem(Dose):
    program = models.ForeignKey(HomeProgram, on_delete=models.CASCADE, related_name="items")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # Names the item in the client's links, where a counting id would be guessable.
    key = models.UUIDField(_("key"), default=uuid.uuid4, unique=True, editable=False)

    DOSE_FIELDS = ["sets", "repetitions", "hold_seconds", "side", "frequency", "per", "dose_notes"]

    objects = ProgramItemQuerySet.as_manager()

    class Meta:
        ordering = ["program_id", "position", "id"]

    def __str__(self):
        return f"{self.exercise} in {self.program}"

    @classmethod
    def from_exercise(cls, program, exercise, position):
        dose = {name: getattr(exercise, name) for name in cls.DOSE_FIELDS}
        return cls(program=program, exercise=exercise, position=position, **dose)

    def in_current_program(self):
        """This item, or the same exercise in the version that replaced this one; None when
        the practitioner has since taken the exercise out of the client's program."""
        if self.program.is_current:
            return self
        current = ProgramItem.objects.current().filter(
            program__client_id=self.program.client_id, exercise_id=self.exercise_id
        )
        return current.select_related("program", "exercise").first()

    def copy_to(self, program):
        dose = {name: getattr(self, name) for name in self.DOSE_FIELDS}
        return ProgramItem(program=program, exercise=self.exercise, position=self.position, **dose)


class AdherenceEntryQuerySet(models.QuerySet):
    def log_once(self, item, day, key, **fields):
        """Logs `item` done on `day` for an entry the client's device made while offline,
        named by the device's `key`: sending the same key again changes nothing. Returns
        (entry, created). A day keeps one entry per item, so a second key updates it."""
        seen = self.filter(sync_key=key, item__program__client_id=item.program.client_id).first()
        if seen:
            return seen, False
        try:
            with transaction.atomic():
                return self.update_or_create(
                    item=item, day=day, defaults=fields, create_defaults={**fields, "sync_key": key}
                )
        except IntegrityError:  # the same key, sent twice at once: the other one saved it
            return self.filter(Q(sync_key=key) | Q(item=item, day=day)).first(), False


class AdherenceEntry(models.Model):
    """The client did this exercise on this day."""

    item = models.ForeignKey(ProgramItem, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(_("day"))
    pain = models.PositiveSmallIntegerField(
        _("pain (0–10)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(10)],
    )
    comment = models.CharField(_("comment"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Made by the client's device for a tick logged offline, so a resent one is not doubled.
    sync_key = models.UUIDField(_("sync key"), null=True, blank=True, unique=True, editable=False)

    objects = AdherenceEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "item_id"]
        constraints = [
            models.UniqueConstraint(fields=["item", "day"], name="one_entry_per_item_day"),
            models.CheckConstraint(
                condition=Q(pain__isnull=True) | Q(pain__lte=10), name="entry_pain_within_scale"
            ),
        ]
        verbose_name_plural = "adherence entries"

    def __str__(self):
        return f"{self.item.exercise} on {self.day}"
