"""Before the first session: the client's intake, the red-flag screen and its review,
the clinic's consent text and the client's signature, optional consents, the clinic's own
questions, and amendments of a submitted intake."""

import json

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from clinic.content import reads_french
from clinic.models import Client, Clinic, ClinicScopedQuerySet, Practitioner, User
from sessions import intake_questions as screen
from sessions.bodymap import REGION_LABELS
from sessions.defaults_fr import DEFAULT_CONSENT_FR
from sessions.models.treatment import PAIN_VALIDATORS

MAX_CLINIC_QUESTIONS = 10
# A drawn signature: strokes of [x, y] points in a 600 × 200 box.
SIGNATURE_WIDTH, SIGNATURE_HEIGHT = 600, 200
MAX_STROKES, MAX_POINTS = 60, 3000

DEFAULT_CONSENT = """\
Before we work together, please read this and sign below.

What the sessions are. Our practitioners work with their hands on muscles and connective \
tissue, and may suggest exercises to do at home. This is not medical diagnosis, and it \
does not replace care from your doctor.

What you might feel. Some work is deep and can be uncomfortable for a moment. Soreness for \
a day or two afterwards is common. Tell your practitioner at any time if something hurts \
too much, and they will change what they are doing or stop.

Your health. You agree to tell us about your health honestly, and to let us know when \
something changes, such as a new injury, an operation, a pregnancy or new medicine.

You are in charge. You may ask questions, say no to any part of a session, or stop \
altogether, at any time and without giving a reason.

Your record. We keep notes of each session. They stay private to this clinic, and we share \
them only with your permission or where the law requires it. You may ask to see or take a \
copy of your record at any time.
"""


def default_consent(clinic):
    """The consent text a clinic starts with, in the clinic's language."""
    return DEFAULT_CONSENT_FR if reads_french(clinic.language) else DEFAULT_CONSENT


class IntakeLockedError(Exception):
    """A submitted intake changes only through amendments."""


class KeptAsWrittenError(Exception):
    """Signed consents, consent texts, reviews and consent choices are never changed."""


class KeptAsWritten(models.Model):
    """A row that is written once and then only read."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise KeptAsWrittenError(f"A {self._meta.verbose_name} is kept as written.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise KeptAsWrittenError(f"A {self._meta.verbose_name} is kept as written.")


class IntakeQuerySet(ClinicScopedQuerySet):
    clinic_path = "clinic"

    def submitted(self):
        return self.filter(submitted_at__isnull=False)

    def for_card(self):
        """With what the client page's card shows, in one query (and one for amendments):
        the latest review and the latest signed consent as annotations (a review always
        has a date, so a date says whether there is one)."""
        reviews = ScreenReview.objects.filter(intake=OuterRef("pk")).order_by("-created_at", "-pk")
        consents = SignedConsent.objects.filter(client=OuterRef("client_id")).order_by(
            "-signed_at", "-pk"
        )
        return self.annotate(
            review_decision=Subquery(reviews.values("decision")[:1]),
            review_by=Subquery(reviews.values("reviewed_by__user__full_name")[:1]),
            review_at=Subquery(reviews.values("created_at")[:1]),
            consent_pk=Subquery(consents.values("pk")[:1]),
            consent_signed_at=Subquery(consents.values("signed_at")[:1]),
            consent_version=Subquery(consents.values("text__version")[:1]),
        ).prefetch_related("amendments")

    def needing_review(self):
        """Submitted intakes with a positive screen nobody has reviewed yet, oldest first."""
        reviewed = ScreenReview.objects.filter(intake=OuterRef("pk"))
        return (
            self.submitted()
            .filter(screen_positive=True, client__archived_at__isnull=True)
            .filter(~Exists(reviewed))
            .select_related("client")
            .order_by("submitted_at")
        )


class Intake(models.Model):
    """What a client tells the clinic before the first visit, kept as a draft as it is
    typed and read-only once submitted."""

    class Pregnancy(models.TextChoices):
        NOT_APPLICABLE = "n/a", _("Does not apply to me")
        NO = "no", _("No")
        YES = "yes", _("Yes")
        UNSURE = "unsure", _("Not sure")

    client = models.OneToOneField(Client, on_delete=models.PROTECT, related_name="intake")
    # The client's, kept here so that a clinic's screens to review come from one index
    # whatever the number of clinics (see the Meta indexes).
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+", editable=False)
    complaint = models.TextField(_("what brings you in"), blank=True)
    onset = models.DateField(_("when it started"), null=True, blank=True)
    better = models.TextField(_("what makes it better"), blank=True)
    worse = models.TextField(_("what makes it worse"), blank=True)
    history = models.TextField(_("earlier episodes and treatment"), blank=True)
    conditions = models.TextField(_("health conditions and surgeries"), blank=True)
    medications = models.TextField(_("medicines you take"), blank=True)
    pregnancy = models.CharField(
        _("are you pregnant"), max_length=10, choices=Pregnancy, blank=True
    )
    occupation = models.CharField(_("your work"), max_length=120, blank=True)
    activity_level = models.CharField(
        _("your day"), max_length=10, choices=Client.ActivityLevel, blank=True
    )
    goals = models.TextField(_("what you hope for from these sessions"), blank=True)
    regions = models.JSONField(_("where it hurts"), default=list, blank=True)
    pain_now = models.PositiveSmallIntegerField(
        _("pain right now (0–10)"), null=True, blank=True, validators=PAIN_VALIDATORS
    )
    screen = models.JSONField(
        _("screen"), default=dict, blank=True, help_text=_("Sign code → yes/no/unsure.")
    )
    screen_positive = models.BooleanField(_("screen positive"), default=False, editable=False)
    # The clinic's own questions, answered: question id → {"wording", "kind", "answer"}.
    # The wording is kept as it was asked, so a question changed later still reads right.
    custom_answers = models.JSONField(_("custom answers"), default=dict, blank=True)
    steps_done = models.JSONField(_("steps done"), default=list, blank=True)
    entered_by = models.ForeignKey(
        Practitioner,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The practitioner who filled it in with the client, if not the client."),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = IntakeQuerySet.as_manager()

    TEXT_FIELDS = [
        "complaint",
        "better",
        "worse",
        "history",
        "conditions",
        "medications",
        "occupation",
        "goals",
    ]
    # Needed before an intake can be submitted.
    REQUIRED = {"complaint": _("what brings you in"), "pain_now": _("your pain right now")}

    class Meta:
        indexes = [
            models.Index(
                fields=["clinic", "submitted_at"],
                condition=models.Q(screen_positive=True),
                name="intake_clinic_positive_screen",
            )
        ]

    def __str__(self):
        return f"Intake of {self.client}"

    def save(self, *args, **kwargs):
        if getattr(self, "_submitted_in_db", False):
            raise IntakeLockedError("A submitted intake is corrected by amendment.")
        self.screen_positive = screen.is_positive(self.screen or {})
        if self.clinic_id is None:
            self.clinic_id = self.client.clinic_id
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "screen_positive", "updated_at"}
        super().save(*args, **kwargs)
        self._submitted_in_db = self.submitted_at is not None

    @classmethod
    def from_db(cls, db, field_names, values, **kwargs):
        instance = super().from_db(db, field_names, values, **kwargs)
        instance._submitted_in_db = instance.submitted_at is not None
        return instance

    @property
    def is_submitted(self):
        return self.submitted_at is not None

    # The screen --------------------------------------------------------------------

    def flagged_signs(self, group=None):
        return [
            (code, screen.SIGN_TEXT[code], self.screen[code])
            for code in screen.flagged_signs(self.screen or {}, group)
        ]

    @property
    def is_urgent(self):
        return screen.is_urgent(self.screen or {})

    @property
    def is_positive_screen(self):
        """The rule: any sign answered "yes" or "not sure"."""
        return screen.is_positive(self.screen or {})

    def needs_review(self):
        """A positive screen, submitted, that no practitioner has reviewed yet."""
        if not (self.is_submitted and self.screen_positive):
            return False
        if hasattr(self, "review_at"):  # annotated by for_card()
            return self.review_at is None
        return not self.reviews.exists()

    @property
    def review_label(self):
        """The latest review's decision in words (from for_card())."""
        decision = getattr(self, "review_decision", None)
        return ScreenReview.Decision(decision).label if decision else ""

    def screen_rows(self):
        """Each sign with its answer, grouped as the client saw them."""
        return [
            {
                "group": group,
                "title": screen.GROUP_TITLES[group],
                "signs": [
                    {
                        "code": code,
                        "text": text,
                        "answer": screen.ANSWER_LABELS.get(self.screen.get(code), _("No answer")),
                        "flagged": self.screen.get(code) in screen.FLAGGED,
                    }
                    for code, text in signs
                ],
            }
            for group, signs in screen.SIGNS.items()
        ]

    # Reading it ----------------------------------------------------------------------

    @property
    def region_labels(self):
        return [REGION_LABELS[code] for code in self.regions if code in REGION_LABELS]

    @property
    def current(self):
        """Each text answer as amended, by field name."""
        return {name: self.current_text(name) for name in self.TEXT_FIELDS}

    def current_text(self, field):
        """A text field as amended: the newest amendment's text, else as submitted."""
        for amendment in sorted(self.amendments.all(), key=lambda a: a.created_at, reverse=True):
            if amendment.field == field:
                return amendment.new_text
        return getattr(self, field)

    @classmethod
    def field_label(cls, name):
        return capfirst(cls._meta.get_field(name).verbose_name)

    def answers(self):
        """(label, text as amended, amendments) of each text answer, in the intake's order."""
        amendments = list(self.amendments.all())
        return [
            {
                "field": name,
                "label": self.field_label(name),
                "text": self.current_text(name),
                "amendments": [a for a in amendments if a.field == name],
            }
            for name in self.TEXT_FIELDS
        ]

    def custom_rows(self):
        return [
            {"wording": answer.get("wording", ""), "answer": answer.get("answer", "")}
            for answer in (self.custom_answers or {}).values()
        ]

    def missing(self):
        """What must still be answered before the intake can be submitted."""
        missing = [
            label for name, label in self.REQUIRED.items() if getattr(self, name) in ("", None)
        ]
        unanswered = [code for _, code, _ in screen.ALL_SIGNS if code not in (self.screen or {})]
        if unanswered:
            missing.append("every question about warning signs")
        return missing

    def subjective_text(self):
        """Session 1's subjective notes, from what the client wrote."""
        parts = [
            ("", self.current_text("complaint")),
            (gettext("Better with"), self.current_text("better")),
            (gettext("Worse with"), self.current_text("worse")),
            (gettext("Earlier episodes and treatment"), self.current_text("history")),
            (gettext("Conditions and surgeries"), self.current_text("conditions")),
            (gettext("Medicines"), self.current_text("medications")),
            (gettext("Goals"), self.current_text("goals")),
        ]
        lines = [f"{label}: {text}" if label else text for label, text in parts if text.strip()]
        return gettext("From the intake:") + "\n" + "\n".join(lines) if lines else ""

    # Changing it ---------------------------------------------------------------------

    @transaction.atomic
    def submit(self, when=None):
        """Submits the intake: it becomes read-only, and the client's record takes the
        onset (so acute or chronic follows) and, where still empty, the complaint and
        today's fields."""
        self.submitted_at = when or timezone.now()
        self.save()
        client = self.client
        changed = []
        if self.onset:
            client.complaint_onset = self.onset
            changed.append("complaint_onset")
        for name, value in [
            ("main_complaint", self.complaint),
            ("occupation", self.occupation),
            ("activity_level", self.activity_level),
        ]:
            if value and not getattr(client, name):
                setattr(client, name, value)
                changed.append(name)
        if changed:
            client.save(update_fields=[*changed, "updated_at"])

    def amend(self, author, field, new_text, reason):
        return IntakeAmendment.objects.create(
            intake=self,
            author=author,
            field=field,
            old_text=self.current_text(field),
            new_text=new_text,
            reason=reason,
        )

    def review(self, practitioner, decision, reason):
        return ScreenReview.objects.create(
            intake=self, reviewed_by=practitioner, decision=decision, reason=reason
        )


class IntakeAmendment(KeptAsWritten):
    """A practitioner's correction of a submitted intake; the answer it replaces is kept."""

    intake = models.ForeignKey(Intake, on_delete=models.PROTECT, related_name="amendments")
    author = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    field = models.CharField(
        _("field"),
        max_length=20,
        choices=[(name, Intake.field_label(name)) for name in Intake.TEXT_FIELDS],
    )
    old_text = models.TextField(_("old text"), blank=True)
    new_text = models.TextField(_("new text"))
    reason = models.CharField(_("reason"), max_length=200)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Amendment to {self.field} of {self.intake}"


class ScreenReview(KeptAsWritten):
    """What a practitioner decided about a positive screen, and why."""

    class Decision(models.TextChoices):
        REFERRED = "referred", _("Referred to a doctor")
        CLEARED = "cleared", _("Cleared to treat")
        OTHER = "other", _("Other")

    intake = models.ForeignKey(Intake, on_delete=models.PROTECT, related_name="reviews")
    decision = models.CharField(_("decision"), max_length=10, choices=Decision)
    reason = models.TextField(_("why"))
    reviewed_by = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_decision_display()} by {self.reviewed_by}"


class ConsentTextQuerySet(ClinicScopedQuerySet):
    def current_for(self, clinic):
        """The clinic's newest text, or None while it still uses the default."""
        return self.filter(clinic=clinic).order_by("-version").first()


class ConsentText(KeptAsWritten):
    """One version of a clinic's consent to treatment. Each edit is a new version; the
    versions clients signed stay as they were."""

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(_("version"))
    body = models.TextField(_("body"))
    created_by = models.ForeignKey(
        Practitioner, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = ConsentTextQuerySet.as_manager()

    class Meta:
        ordering = ["clinic", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "version"], name="one_consent_version")
        ]

    def __str__(self):
        return f"Consent text, version {self.version}"

    @classmethod
    @transaction.atomic
    def publish(cls, clinic, body, author=None):
        """Saves `body` as the clinic's next version."""
        Clinic.objects.select_for_update().filter(pk=clinic.pk).first()
        latest = cls.objects.current_for(clinic)
        return cls.objects.create(
            clinic=clinic,
            version=(latest.version + 1) if latest else 1,
            body=body,
            created_by=author,
        )

    @classmethod
    def for_signing(cls, clinic):
        """The text to sign: the clinic's newest, made version 1 from the default when the
        clinic never wrote its own."""
        return cls.objects.current_for(clinic) or cls.publish(clinic, default_consent(clinic))


class SignedConsentQuerySet(ClinicScopedQuerySet):
    clinic_path = "client__clinic"

    def clients_without(self, clients):
        """Of `clients`, those with neither a paper consent date nor a signed consent."""
        signed = self.filter(client=OuterRef("pk"))
        return clients.without_consent().filter(~Exists(signed))


def validate_strokes(strokes):
    """A drawn signature: a list of strokes, each a list of [x, y] points inside the box."""
    message = _("The drawn signature could not be read. Please clear it and draw it again.")
    if not isinstance(strokes, list) or len(strokes) > MAX_STROKES:
        raise ValidationError(message, code="strokes")
    points = 0
    for stroke in strokes:
        if not isinstance(stroke, list) or not stroke:
            raise ValidationError(message, code="strokes")
        for point in stroke:
            points += 1
            if (
                not isinstance(point, list)
                or len(point) != 2
                or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
                or not 0 <= point[0] <= SIGNATURE_WIDTH
                or not 0 <= point[1] <= SIGNATURE_HEIGHT
            ):
                raise ValidationError(message, code="strokes")
    if points > MAX_POINTS:
        raise ValidationError(message, code="strokes")


class SignedConsent(KeptAsWritten):
    """A client's signature under one version of the clinic's consent text."""

    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="signed_consents")
    text = models.ForeignKey(ConsentText, on_delete=models.PROTECT, related_name="signatures")
    full_name = models.CharField(_("full name, as typed"), max_length=150)
    strokes = models.JSONField(
        _("drawn signature"), default=list, blank=True, validators=[validate_strokes]
    )
    signed_at = models.DateTimeField(_("signed at"), default=timezone.now)
    ip_address = models.GenericIPAddressField(_("ip address"), null=True, blank=True)
    entered_by = models.ForeignKey(
        Practitioner,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Signed on this practitioner's device, with them in the room."),
    )

    objects = SignedConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_at", "-pk"]
        indexes = [models.Index(fields=["client", "-signed_at"], name="consent_client_time")]

    def __str__(self):
        return f"Consent signed by {self.full_name}"

    def signature_paths(self):
        """SVG path data, one per stroke of the drawn signature."""
        return ["M" + " L".join(f"{x:g} {y:g}" for x, y in stroke) for stroke in self.strokes or []]

    @staticmethod
    def parse_strokes(text):
        """The strokes posted by the signature pad (JSON), checked; [] for none."""
        if not text or not text.strip():
            return []
        if len(text) > 100_000:
            raise ValidationError(_("The drawn signature is too large. Please draw it again."))
        try:
            strokes = json.loads(text)
        except ValueError as error:
            raise ValidationError(
                _("The drawn signature could not be read. Please clear it and draw it again.")
            ) from error
        validate_strokes(strokes)
        return [[[round(x, 1), round(y, 1)] for x, y in stroke] for stroke in strokes]


class ConsentChoice(KeptAsWritten):
    """One grant or withdrawal of an optional consent. The current state is the newest
    row of each kind; nothing given means not given."""

    class Kind(models.TextChoices):
        PHOTOS = "photos", _("Posture photos")
        REMINDERS = "reminders", _("Email reminders")

    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="consent_choices")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    granted = models.BooleanField(_("granted"))
    by = models.ForeignKey(User, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # A consent the client signed on paper, recorded by a practitioner: the date on the paper.
    on_paper = models.DateField(null=True, blank=True)

    DESCRIPTIONS = {
        Kind.PHOTOS: _("Posture photos may be taken at sessions, kept in my private record."),
        Kind.REMINDERS: _("Reminders of my sessions and home program may be sent by email."),
    }

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["client", "kind", "created_at"], name="consent_choice")]

    def __str__(self):
        return f"{self.get_kind_display()}: {'given' if self.granted else 'withdrawn'}"

    @classmethod
    def current(cls, client):
        """Kind → the newest choice (or None), for each optional consent."""
        state = {kind: None for kind in cls.Kind}
        for choice in cls.objects.filter(client=client).order_by("created_at", "pk"):
            state[choice.kind] = choice
        return state

    @classmethod
    def newest_given(cls, kind, client_path):
        """An expression for a row whose client (at `client_path`) has given `kind`: True
        when their newest choice of that kind is a grant, else False or NULL."""
        newest = cls.objects.filter(client=OuterRef(client_path), kind=kind).order_by(
            "-created_at", "-pk"
        )
        return Subquery(newest.values("granted")[:1])

    @classmethod
    def is_given(cls, client, kind):
        newest = cls.objects.filter(client=client, kind=kind).order_by("-created_at", "-pk")
        return bool(newest.values_list("granted", flat=True).first())

    @classmethod
    def record_changes(cls, client, wanted, by):
        """Writes a row for each kind whose wanted state differs from the current one."""
        current = cls.current(client)
        changes = [
            cls(client=client, kind=kind, granted=granted, by=by)
            for kind, granted in wanted.items()
            if (current[kind].granted if current[kind] else False) != granted
        ]
        for change in changes:
            change.save()
        return changes


class IntakeQuestion(models.Model):
    """One of a clinic's own questions on the intake (up to ten)."""

    class Kind(models.TextChoices):
        SHORT = "short", _("Short text")
        LONG = "long", _("Long text")
        YES_NO = "yes_no", _("Yes or no")
        CHOICE = "choice", _("One of several choices")

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    wording = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("answered by"), max_length=10, choices=Kind, default=Kind.SHORT)
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For “one of several choices”: one choice a line.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.wording

    @property
    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()][:20]

    def clean(self):
        if self.kind == self.Kind.CHOICE and len(self.choice_list) < 2:
            raise ValidationError({"choices": _("Give at least two choices, one a line.")})
