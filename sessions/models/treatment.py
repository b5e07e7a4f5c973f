import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from clinic.models import (
    Client,
    ClinicScopedQuerySet,
    Method,
    Practitioner,
)
from sessions.bodymap import REGION_LABELS, REGIONS
from sessions.models.overlap import no_double_booking
from sessions.models.series import Series, Technique

PAIN_VALIDATORS = [MinValueValidator(0), MaxValueValidator(10)]
# Change is expected within 3–5 sessions; by session 5 pain should have dropped.
REASSESS_AT_SESSION = 5
# The session fields a plan's progress figures are drawn from. (Sessions never move
# from one plan to another.)
PROGRESS_INPUTS = {"status", "number", "pain_before"}


class SignedSessionError(Exception):
    """A signed session is a legal record: it changes only through amendments."""


class ScopeError(ValidationError):
    """The practitioner's credential does not cover this session of the series."""


class ScreenError(ValidationError):
    """Session 1 waits for a practitioner's review of the client's positive screen."""


class PlanQuerySet(ClinicScopedQuerySet):
    clinic_path = "client__clinic"

    def active(self):
        return self.filter(status=Plan.Status.ACTIVE)

    def refresh_progress(self):
        """Recounts each plan's completed sessions and takes its first and latest pain
        from them. Sessions call this whenever they are written (see TreatmentSession),
        inside their own transaction."""
        completed = TreatmentSession.objects.filter(
            plan=OuterRef("pk"), status=TreatmentSession.Status.COMPLETED
        ).order_by()
        count = completed.values("plan").annotate(count=Count("pk")).values("count")
        with transaction.atomic():
            # Locks the plans first. The update reads the sessions as they were when it
            # began, so two sessions of one plan saved at once could each be counted
            # without the other; with the lock, the second waits and then sees the first.
            list(self.select_for_update().order_by("pk").values_list("pk", flat=True))
            return self.update(
                completed_count=Coalesce(Subquery(count), 0),
                first_pain=Subquery(completed.order_by("number").values("pain_before")[:1]),
                latest_pain=Subquery(completed.order_by("-number").values("pain_before")[:1]),
            )

    def needing_reassessment(self):
        """No drop in pain by session 5, or no measure meaningfully better by the series'
        midpoint (see Plan.needs_reassessment)."""
        no_pain_drop = Q(
            completed_count__gte=REASSESS_AT_SESSION, latest_pain__gte=models.F("first_pain")
        )
        past_midpoint = Q(session_count__isnull=True, completed_count__gte=REASSESS_AT_SESSION) | Q(
            session_count__isnull=False, doubled_count__gte=models.F("session_count")
        )
        no_measure_gain = Q(measure_verdict=Plan.MeasureVerdict.NOT_IMPROVED) & past_midpoint
        return (
            self.active()
            .alias(doubled_count=models.F("completed_count") * 2)
            .filter(no_pain_drop | no_measure_gain)
        )


class Plan(models.Model):
    """One client's course through a series, led by one practitioner."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        STOPPED = "stopped", _("Stopped early")

    class MeasureVerdict(models.TextChoices):
        NONE = "", _("No outcome measures yet")
        IMPROVED = "improved", _("A measure shows a meaningful improvement")
        NOT_IMPROVED = "not_improved", _("No measure shows a meaningful improvement yet")

    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="plans")
    series = models.ForeignKey(Series, on_delete=models.PROTECT, related_name="plans")
    lead = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, related_name="led_plans", verbose_name=_("lead")
    )
    session_count = models.PositiveSmallIntegerField(
        _("session count"),
        null=True,
        blank=True,
        help_text=_("Copied from the series when the plan starts."),
    )
    started_on = models.DateField(_("started on"), default=timezone.localdate)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.ACTIVE)
    stop_reason = models.TextField(_("stop reason"), blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Kept by the plan's sessions (PlanQuerySet.refresh_progress), so that lists of plans
    # show progress and flag plans to reassess without reading every plan's sessions.
    completed_count = models.PositiveSmallIntegerField(
        _("completed count"), default=0, editable=False
    )
    first_pain = models.PositiveSmallIntegerField(
        _("first pain"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Pain before the first session given."),
    )
    latest_pain = models.PositiveSmallIntegerField(
        _("latest pain"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Pain before the latest session given."),
    )
    # Kept by submitted outcome measures (sessions.models.measures.refresh_measure_verdict).
    measure_verdict = models.CharField(
        _("measure verdict"),
        max_length=12,
        choices=MeasureVerdict,
        default="",
        blank=True,
        editable=False,
    )

    objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ["-started_on", "-id"]
        indexes = [
            models.Index(fields=["client", "status"], name="plan_client_status"),
            models.Index(fields=["lead", "status"], name="plan_lead_status"),
        ]

    def __str__(self):
        return gettext("%(series)s for %(client)s") % {"series": self.series, "client": self.client}

    def save(self, *args, **kwargs):
        if self._state.adding and self.session_count is None:
            self.session_count = self.series.session_count
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE

    def taken_numbers(self):
        return set(
            self.sessions.filter(
                status__in=[TreatmentSession.Status.PLANNED, TreatmentSession.Status.COMPLETED]
            ).values_list("number", flat=True)
        )

    def next_number(self):
        """The lowest session number not yet given or booked."""
        taken = self.taken_numbers()
        number = 1
        while number in taken:
            number += 1
        return number

    def has_room_for(self, number):
        return self.session_count is None or number <= self.session_count

    @property
    def progress_label(self):
        done = self.completed_count
        if self.session_count:
            return gettext("%(done)s of %(total)s sessions done") % {
                "done": done,
                "total": self.session_count,
            }
        return ngettext("%(done)s session done", "%(done)s sessions done", done) % {"done": done}

    @property
    def midpoint(self):
        """The session by which a measure should show a meaningful change: half-way through
        the series (session 5 of an open-ended episode)."""
        if self.session_count:
            return (self.session_count + 1) // 2
        return REASSESS_AT_SESSION

    @property
    def pain_not_dropping(self):
        """No drop in pain by session 5, compared with the first session."""
        return (
            self.completed_count >= REASSESS_AT_SESSION
            and self.first_pain is not None
            and self.latest_pain is not None
            and self.latest_pain >= self.first_pain
        )

    @property
    def measures_not_improving(self):
        """Past the midpoint and no outcome measure shows a meaningful improvement."""
        return (
            self.completed_count >= self.midpoint
            and self.measure_verdict == self.MeasureVerdict.NOT_IMPROVED
        )

    @property
    def needs_reassessment(self):
        return self.is_active and (self.pain_not_dropping or self.measures_not_improving)

    def stop(self, reason):
        self.status = self.Status.STOPPED
        self.stop_reason = reason
        self.ended_on = timezone.localdate()
        self.save(update_fields=["status", "stop_reason", "ended_on"])

    def complete(self):
        self.status = self.Status.COMPLETED
        self.ended_on = timezone.localdate()
        self.save(update_fields=["status", "ended_on"])


class TreatmentSessionQuerySet(ClinicScopedQuerySet):
    clinic_path = "plan__client__clinic"

    def signed(self):
        return self.filter(signed_at__isnull=False)

    def with_people(self):
        """With the client, the series and who gave and signed each session: what a
        session's heading shows."""
        return self.select_related(
            "plan__client", "plan__series", "practitioner__user", "signed_by__user"
        )

    def agenda(self, practitioner, first_day, days):
        """The practitioner's planned sessions over `days` days from `first_day` (in the
        current time zone), in time order."""
        start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time.min))
        return (
            self.filter(
                practitioner=practitioner,
                status=TreatmentSession.Status.PLANNED,
                scheduled_at__gte=start,
                scheduled_at__lt=start + datetime.timedelta(days=days),
            )
            .select_related("plan__client", "plan__series")
            .order_by("scheduled_at")
        )

    def unsigned_drafts(self, practitioner):
        """Sessions the practitioner charted but has not signed yet, oldest first."""
        return (
            self.filter(
                practitioner=practitioner,
                status=TreatmentSession.Status.COMPLETED,
                signed_at__isnull=True,
            )
            .select_related("plan__client")
            .order_by("scheduled_at")
        )

    def update(self, **kwargs):
        if self.signed().exists():
            raise SignedSessionError("Signed sessions cannot be changed; amend them instead.")
        if not kwargs.keys() & PROGRESS_INPUTS:
            return super().update(**kwargs)
        with transaction.atomic():
            plans = set(self.values_list("plan_id", flat=True))
            updated = super().update(**kwargs)
            Plan.objects.filter(pk__in=plans).refresh_progress()
        return updated

    def delete(self):
        if self.signed().exists():
            raise SignedSessionError("Signed sessions cannot be deleted.")
        with transaction.atomic():
            plans = set(self.values_list("plan_id", flat=True))
            deleted = super().delete()
            Plan.objects.filter(pk__in=plans).refresh_progress()
        return deleted


class TreatmentSession(models.Model):
    """One visit: when, which step of the plan, and the practitioner's notes."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        COMPLETED = "completed", pgettext_lazy("session status", "Completed")
        CANCELLED = "cancelled", _("Cancelled")
        NO_SHOW = "no_show", _("No-show")

    class PelvicTilt(models.TextChoices):
        ANTERIOR = "anterior", _("Anterior")
        NEUTRAL = "neutral", _("Neutral")
        POSTERIOR = "posterior", _("Posterior")

    class Curve(models.TextChoices):
        INCREASED = "increased", _("Increased")
        NORMAL = "normal", _("Normal")
        REDUCED = "reduced", _("Reduced")

    class HeadPosition(models.TextChoices):
        FORWARD = "forward", _("Forward")
        NEUTRAL = "neutral", _("Neutral")

    class Hamstrings(models.TextChoices):
        LOCKED_LONG = "locked_long", _("Locked long")
        NORMAL = "normal", _("Normal")
        SHORT = "short", _("Short")

    class Abdominals(models.TextChoices):
        WEAK = "weak", _("Weak")
        NORMAL = "normal", _("Normal")

    plan = models.ForeignKey(Plan, on_delete=models.PROTECT, related_name="sessions")
    number = models.PositiveSmallIntegerField(
        _("session number"), validators=[MinValueValidator(1)]
    )
    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.PROTECT, related_name="treatment_sessions"
    )
    scheduled_at = models.DateTimeField(_("date and time"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(480)],
    )
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.PLANNED)

    pain_before = models.PositiveSmallIntegerField(
        _("pain before (0–10)"), null=True, blank=True, validators=PAIN_VALIDATORS
    )
    pain_after = models.PositiveSmallIntegerField(
        _("pain after (0–10)"), null=True, blank=True, validators=PAIN_VALIDATORS
    )

    pelvic_tilt = models.CharField(_("pelvic tilt"), max_length=10, choices=PelvicTilt, blank=True)
    lumbar_lordosis = models.CharField(
        _("lumbar lordosis"), max_length=10, choices=Curve, blank=True
    )
    thoracic_curve = models.CharField(
        _("thoracic curve (kyphosis)"), max_length=10, choices=Curve, blank=True
    )
    head_position = models.CharField(
        _("head position"), max_length=10, choices=HeadPosition, blank=True
    )
    hamstrings = models.CharField(_("hamstrings"), max_length=12, choices=Hamstrings, blank=True)
    abdominals = models.CharField(_("abdominals"), max_length=10, choices=Abdominals, blank=True)
    posture_notes = models.TextField(_("other posture findings"), blank=True)

    techniques = models.ManyToManyField(Technique, blank=True, related_name="sessions")
    subjective = models.TextField(
        _("subjective"), blank=True, help_text=_("What the client reports.")
    )
    objective = models.TextField(
        _("objective"), blank=True, help_text=_("What you observed and tested.")
    )
    assessment = models.TextField(_("assessment"), blank=True, help_text=_("Your reading of it."))
    treatment = models.TextField(
        _("what was done"), blank=True, help_text=_("The work and the client's response.")
    )
    next_focus = models.TextField(_("focus for next time"), blank=True)

    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True)
    signed_by = models.ForeignKey(
        Practitioner,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="signed_sessions",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    version = models.PositiveIntegerField(
        _("version"), default=0, help_text=_("Goes up with every save, so a stale edit is caught.")
    )

    objects = TreatmentSessionQuerySet.as_manager()

    POSTURE_FIELDS = [
        "pelvic_tilt",
        "lumbar_lordosis",
        "thoracic_curve",
        "head_position",
        "hamstrings",
        "abdominals",
    ]
    # The written note, in the order it reads.
    NOTE_FIELDS = ["subjective", "objective", "assessment", "treatment", "next_focus"]
    # Every free text of the note: once it is signed, each changes only by amendment.
    AMENDABLE_FIELDS = [*NOTE_FIELDS, "posture_notes"]

    class Meta:
        ordering = ["number", "scheduled_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "number"],
                condition=Q(status__in=["planned", "completed"]),
                name="one_live_session_per_number",
            ),
            models.CheckConstraint(
                condition=Q(pain_before__isnull=True) | Q(pain_before__lte=10),
                name="pain_before_within_scale",
            ),
            models.CheckConstraint(
                condition=Q(pain_after__isnull=True) | Q(pain_after__lte=10),
                name="pain_after_within_scale",
            ),
            no_double_booking(),  # PostgreSQL only: sessions/models/overlap.py
        ]
        indexes = [
            models.Index(fields=["practitioner", "scheduled_at"], name="session_agenda"),
            models.Index(fields=["plan", "number"], name="session_plan_number"),
            # Drafts waiting for a signature are few among a practitioner's sessions. The
            # status is a column, not part of the condition: with prepared statements it
            # is a parameter, and PostgreSQL would plan the query afresh on every request
            # to find out whether a condition on it holds.
            models.Index(
                fields=["practitioner", "status", "scheduled_at"],
                condition=Q(signed_at__isnull=True),
                name="session_unsigned",
            ),
        ]

    def __str__(self):
        return gettext("Session %(number)s of %(plan)s") % {
            "number": self.number,
            "plan": self.plan,
        }

    def save(self, *args, **kwargs):
        if self.is_locked:
            raise SignedSessionError("Signed sessions cannot be changed; amend them instead.")
        update_fields = kwargs.get("update_fields")
        with transaction.atomic():
            super().save(*args, **kwargs)
            if update_fields is None or set(update_fields) & PROGRESS_INPUTS:
                Plan.objects.filter(pk=self.plan_id).refresh_progress()
        self._signed_in_db = self.signed_at is not None

    def delete(self, *args, **kwargs):
        if self.is_locked:
            raise SignedSessionError("Signed sessions cannot be deleted.")
        with transaction.atomic():
            deleted = super().delete(*args, **kwargs)
            Plan.objects.filter(pk=self.plan_id).refresh_progress()
        return deleted

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        instance._signed_in_db = instance.signed_at is not None
        return instance

    @property
    def is_signed(self):
        return self.signed_at is not None

    @property
    def is_locked(self):
        """Signed in the database: nothing on the row may change any more."""
        return getattr(self, "_signed_in_db", False)

    @property
    def step(self):
        return self.plan.series.step_for(self.number)

    @property
    def due_measure_keys(self):
        """The keys of the outcome measures the series asks for at this session."""
        return self.plan.series.measures_due_at(self.number)

    @property
    def ends_at(self):
        return self.scheduled_at + datetime.timedelta(minutes=self.duration_minutes)

    @property
    def number_label(self):
        if self.plan.session_count:
            return gettext("Session %(number)s of %(total)s") % {
                "number": self.number,
                "total": self.plan.session_count,
            }
        return gettext("Visit %(number)s") % {"number": self.number}

    def check_scope(self, practitioner):
        """Raises ScopeError when `practitioner` may not give this session."""
        method = self.plan.series.method
        limit = practitioner.scope_for(method)
        if limit is None or self.number <= limit:
            return
        others = [
            str(p)
            for p in Practitioner.objects.filter(clinic_id=practitioner.clinic_id)
            .select_related("user")
            .prefetch_related("credentials")
            if p.pk != practitioner.pk and covers(p.scope_for(method), self.number)
        ]
        if limit == 0:
            reason = gettext("%(practitioner)s holds no credential for %(method)s") % {
                "practitioner": practitioner,
                "method": Method(method).label,
            }
        else:
            reason = gettext("%(practitioner)s's credential covers sessions 1–%(limit)s only") % {
                "practitioner": practitioner,
                "limit": limit,
            }
        who = (
            gettext("It can be given by %(names)s.") % {"names": ", ".join(others)}
            if others
            else gettext("Nobody at this clinic holds a credential that covers it.")
        )
        raise ScopeError(
            gettext(
                "Session %(number)s of this %(series)s series is outside the credential: "
                "%(reason)s. %(who)s"
            )
            % {
                "number": self.number,
                "series": self.plan.series.name,
                "reason": reason,
                "who": who,
            },
            code="scope",
        )

    def check_screen(self):
        """Raises ScreenError when this is session 1 and the client's intake answered a
        warning sign that no practitioner has reviewed yet."""
        from sessions.models.intake import Intake

        if self.number != 1:
            return
        intake = Intake.objects.filter(client_id=self.plan.client_id).first()
        if intake is not None and intake.needs_review():
            raise ScreenError(
                gettext(
                    "Session 1 cannot be signed yet: %(name)s's intake answered yes or not sure "
                    "to a warning sign, and nobody has reviewed it. Record your decision on the "
                    "intake (refer to a doctor, or clear to treat, and why), then sign. You can "
                    "save the note as a draft meanwhile."
                )
                % {"name": self.plan.client.first_name},
                code="screen",
            )

    def claim_version(self, seen):
        """Moves the row to the next version if nobody saved it since version `seen`.
        False means someone else's save came first."""
        claimed = TreatmentSession.objects.filter(pk=self.pk, version=seen, signed_at=None)
        if not claimed.update(version=models.F("version") + 1):
            return False
        self.version = seen + 1
        return True

    def previous(self):
        return (
            self.plan.sessions.filter(status=self.Status.COMPLETED, number__lt=self.number)
            .order_by("-number")
            .first()
        )

    def sign(self, practitioner):
        self.check_scope(practitioner)
        self.check_screen()
        self.status = self.Status.COMPLETED
        self.signed_at = timezone.now()
        self.signed_by = practitioner
        self.save()
        plan = self.plan
        plan.refresh_from_db(fields=["completed_count"])
        if plan.is_active and plan.session_count and plan.completed_count >= plan.session_count:
            plan.complete()

    @classmethod
    def field_label(cls, name):
        return capfirst(cls._meta.get_field(name).verbose_name)

    def editable_by(self, user):
        """Practitioners chart and amend their own sessions; clinic admins any of the clinic's."""
        return user.is_clinic_admin or self.practitioner_id == user.practitioner.pk

    def saved_texts(self):
        """(label, text) of each free text of the note that is not empty, as saved."""
        return [
            (self.field_label(name), getattr(self, name))
            for name in self.AMENDABLE_FIELDS
            if getattr(self, name)
        ]

    def notes(self):
        """Each part of the written note as it reads now, with its amendments and the text
        as it was signed."""
        return [
            {
                "name": name,
                "label": self.field_label(name),
                "text": self.current_text(name),
                "amendments": [a for a in self.amendments.all() if a.field == name],
                "original": getattr(self, name),
            }
            for name in self.NOTE_FIELDS
        ]

    def amend(self, author, field, new_text, reason):
        """Corrects a signed note; the text it replaces is kept with the amendment."""
        return Amendment.objects.create(
            session=self,
            author=author,
            field=field,
            old_text=self.current_text(field),
            new_text=new_text,
            reason=reason,
        )

    def current_text(self, field):
        """A notes field as amended: the newest amendment's text, else the original."""
        for amendment in sorted(self.amendments.all(), key=lambda a: a.created_at, reverse=True):
            if amendment.field == field:
                return amendment.new_text
        return getattr(self, field)


def covers(limit, number):
    return limit is None or number <= limit


class PainRegion(models.Model):
    class Kind(models.TextChoices):
        LOCAL = "local", _("Local")
        REFERRED = "referred", _("Referred")

    session = models.ForeignKey(
        TreatmentSession, on_delete=models.CASCADE, related_name="pain_regions"
    )
    region = models.CharField(_("region"), max_length=20, choices=REGIONS)
    intensity = models.PositiveSmallIntegerField(_("intensity"), validators=PAIN_VALIDATORS)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.LOCAL)
    source = models.CharField(
        _("thought to come from"), max_length=120, blank=True, help_text=_("For referred pain.")
    )

    class Meta:
        ordering = ["session_id", "region"]
        constraints = [
            models.UniqueConstraint(fields=["session", "region"], name="one_entry_per_region")
        ]

    def __str__(self):
        return f"{self.label}: {self.intensity}/10 {str(self.get_kind_display()).lower()}"

    def save(self, *args, **kwargs):
        if self.session.is_locked:
            raise SignedSessionError("A signed session's body map cannot be changed.")
        super().save(*args, **kwargs)

    @property
    def label(self):
        return REGION_LABELS.get(self.region, self.region)


class Amendment(models.Model):
    """A correction to a signed session. The original text stays on the session."""

    session = models.ForeignKey(
        TreatmentSession, on_delete=models.PROTECT, related_name="amendments"
    )
    author = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    field = models.CharField(
        _("field"),
        max_length=20,
        choices=[
            (name, TreatmentSession.field_label(name)) for name in TreatmentSession.AMENDABLE_FIELDS
        ],
    )
    old_text = models.TextField(_("old text"))
    new_text = models.TextField(_("new text"))
    reason = models.CharField(_("reason"), max_length=200)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Amendment to {self.field} of {self.session}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise SignedSessionError("Amendments are kept as written.")
        super().save(*args, **kwargs)
