import re
import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy

from clinic.content import fill_stretch, reads_french
from clinic.dates import months_before

TIME_ZONE_CHOICES = [(name, name) for name in sorted(zoneinfo.available_timezones())]


class ClinicScopedQuerySet(models.QuerySet):
    """Rows a user may see as a practitioner: their own clinic's. Anyone else sees none.
    Subclasses name the path from the row to its clinic."""

    clinic_path = "clinic"

    def for_user(self, user):
        if not user.is_practitioner:
            return self.none()
        return self.filter(**{f"{self.clinic_path}_id": user.practitioner.clinic_id})


class SharedOrOwnQuerySet(models.QuerySet):
    """Rows shared by every clinic (no clinic) plus one clinic's own: the exercise library
    and the techniques a session note can tick."""

    def for_clinic(self, clinic_id):
        return self.filter(Q(clinic__isnull=True) | Q(clinic_id=clinic_id))

    def for_user(self, user):
        if not user.is_practitioner:
            return self.none()
        return self.for_clinic(user.practitioner.clinic_id)


class Clinic(models.Model):
    class StretchWord(models.TextChoices):
        STRETCH = "stretch", _("Stretch")
        LENGTHENING = "lengthening", _("Lengthening")
        RANGE_OF_MOTION = "range of motion", _("Range of motion")

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=TIME_ZONE_CHOICES, default="UTC"
    )
    stretch_word = models.CharField(
        _("word clients see for stretches"),
        max_length=20,
        choices=StretchWord,
        default=StretchWord.STRETCH,
        help_text=_("Some jurisdictions do not let massage therapists call it stretching."),
    )
    language = models.CharField(
        _("default language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("What everyone at the clinic sees until they choose for themselves."),
    )
    require_second_factor = models.BooleanField(
        _("everyone signs in with a second step"),
        default=False,
        help_text=_(
            "After the password, everyone at the clinic also uses an authenticator app "
            "or a passkey."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def today(self):
        return timezone.localdate(timezone=zoneinfo.ZoneInfo(self.time_zone))

    def worded(self, text):
        return fill_stretch(text, self.stretch_word)

    def kind_label(self, kind):
        if kind == Exercise.Kind.STRETCH:
            if reads_french():
                return fill_stretch("{Stretch}", self.stretch_word)
            return self.get_stretch_word_display()
        return Exercise.Kind(kind).label

    def uses_stretch_word(self):
        return self.stretch_word == self.StretchWord.STRETCH

    def check_client_wording(self, text):
        """Refuses text for clients that says "stretch" where the clinic may not."""
        if not self.uses_stretch_word() and re.search(r"stretch|étir", text or "", re.IGNORECASE):
            word = self.get_stretch_word_display().lower()
            raise ValidationError(
                _(
                    "%(clinic)s shows clients “%(word)s” instead of “stretch”, so please reword "
                    "this. In an exercise name, write {stretch} and the app fills in the word."
                )
                % {"clinic": self.name, "word": word}
            )


class UserManager(BaseUserManager):
    use_in_migrations = True

    def normalize_email(self, email):
        return super().normalize_email(email).strip().lower()

    def get_by_natural_key(self, email):
        """The site's own account (a superuser's) with this email: clinic accounts are told
        apart by their clinic too."""
        return self.get(email=self.normalize_email(email or ""), clinic=None)

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """Everyone who signs in: practitioners, clinic admins, clients, the superuser.

    The role comes from the linked Practitioner or Client row. An account belongs to one
    clinic, and an email address is unique within a clinic only: a person may be a client
    at one clinic and a client or practitioner at another, each with their own account,
    and no clinic can find out from the app whom another clinic knows.
    """

    clinic = models.ForeignKey(
        Clinic,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accounts",
        help_text="Empty for the site's own administrators.",
    )
    email = models.EmailField()
    full_name = models.CharField(max_length=150)
    is_staff = models.BooleanField(
        default=False, help_text="May sign in to the site administration."
    )
    is_active = models.BooleanField(default=True)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("Empty: the clinic's default language."),
    )
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["clinic", "email"], name="one_account_per_email_per_clinic"
            ),
            models.UniqueConstraint(
                fields=["email"],
                condition=Q(clinic__isnull=True),
                name="one_site_account_per_email",
            ),
        ]
        # Signing in and password resets look an address up across clinics.
        indexes = [models.Index(fields=["email"], name="user_email")]

    def __str__(self):
        return self.full_name or self.email

    def preferred_language(self):
        """The language this person reads the app and their mail in."""
        if self.language:
            return self.language
        return self.clinic.language if self.clinic else settings.LANGUAGE_CODE

    def clean(self):
        super().clean()
        self.email = User.objects.normalize_email(self.email)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def practitioner_or_none(self):
        try:
            return self.practitioner
        except Practitioner.DoesNotExist:
            return None

    @property
    def client_or_none(self):
        try:
            return self.client_profile
        except Client.DoesNotExist:
            return None

    @property
    def is_practitioner(self):
        return self.is_active and self.practitioner_or_none is not None

    @property
    def is_clinic_admin(self):
        return self.is_practitioner and self.practitioner.is_clinic_admin

    @property
    def is_client(self):
        return self.is_active and self.client_or_none is not None


class Method(models.TextChoices):
    """The treatment methods a series belongs to and a credential covers."""

    STRUCTURAL_INTEGRATION = "si", _("Structural Integration")
    SMT = "smt", _("Synergetic Myofascial Therapy")
    PHYSIOTHERAPY = "physio", _("Physiotherapy")


class PractitionerQuerySet(ClinicScopedQuerySet):
    @transaction.atomic
    def invite(self, clinic, *, email, full_name, profession="", is_clinic_admin=False):
        """A new practitioner at `clinic` with an account that has no password yet: the
        invitation link lets them choose one."""
        user = User.objects.create_user(email, clinic=clinic, full_name=full_name)
        return self.create(
            user=user, clinic=clinic, profession=profession, is_clinic_admin=is_clinic_admin
        )


class Practitioner(models.Model):
    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="practitioner")
    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="practitioners")
    profession = models.CharField(
        _("profession"),
        max_length=120,
        blank=True,
        help_text=_("For example: Licensed massage therapist."),
    )
    is_clinic_admin = models.BooleanField(
        _("clinic admin"),
        default=False,
        help_text=_("Clinic admins manage practitioners, credentials and clinic settings."),
    )

    objects = PractitionerQuerySet.as_manager()

    class Meta:
        ordering = ["user__full_name"]

    def __str__(self):
        return str(self.user)

    @property
    def has_accepted_invite(self):
        return self.user.has_usable_password()

    def scope_for(self, method):
        """The highest session number this practitioner may deliver in a series
        of `method`: 0 when no credential covers it, None when all sessions are covered."""
        for credential in self.credentials.all():
            if credential.method == method:
                return credential.max_session
        return 0


class Credential(models.Model):
    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.CASCADE, related_name="credentials"
    )
    method = models.CharField(_("method"), max_length=10, choices=Method)
    title = models.CharField(
        _("title"),
        max_length=120,
        blank=True,
        help_text=_("As written on the certificate, e.g. SMT Level 1."),
    )
    max_session = models.PositiveSmallIntegerField(
        _("up to session"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Leave empty when the credential covers every session of the series. "
            "SMT Level 1 covers sessions 1–3, Level 2 sessions 1–6."
        ),
    )

    class Meta:
        ordering = ["method"]
        constraints = [
            models.UniqueConstraint(
                fields=["practitioner", "method"], name="one_credential_per_method"
            ),
            models.CheckConstraint(
                condition=Q(max_session__isnull=True) | Q(max_session__gte=1),
                name="credential_max_session_positive",
            ),
        ]

    def __str__(self):
        return f"{self.title or self.get_method_display()} ({self.scope_text})"

    @property
    def scope_text(self):
        if self.max_session is None:
            return _("all sessions")
        if self.max_session == 1:
            return _("session 1 only")
        return _("sessions 1–%(last)s") % {"last": self.max_session}


class EmailTaken(Exception):
    """Another account of the same clinic already signs in with this address."""


class ClientQuerySet(ClinicScopedQuerySet):
    def active(self):
        return self.filter(archived_at__isnull=True)

    def archived(self):
        return self.filter(archived_at__isnull=False)

    def without_consent(self):
        return self.filter(consent_given_on__isnull=True).order_by("last_name", "first_name")

    def search(self, text):
        matches = self
        for term in text.split()[:5]:
            match = (
                Q(last_name__icontains=term)
                | Q(first_name__icontains=term)
                | Q(email__icontains=term)
            )
            digits = re.sub(r"\D", "", term)
            if len(digits) >= 3:
                match |= Q(phone_digits__contains=digits)
            matches = matches.filter(match)
        # In the list's order, but with NULLS FIRST (no name is null, so nothing moves):
        # that is not the order of the current clients' index (client_active_order), so
        # PostgreSQL reads the few trigram matches and sorts them, rather than walking the
        # whole clinic along that index to fill a page (2.1 ms against 0.3 ms in a clinic
        # of 2,600 clients, and more as the clinic grows).
        return matches.order_by(
            models.F("last_name").asc(nulls_first=True),
            models.F("first_name").asc(nulls_first=True),
            "id",
        )


class Client(models.Model):
    class ActivityLevel(models.TextChoices):
        MOSTLY_SITTING = "sitting", _("Mostly sitting")
        MIXED = "mixed", _("Mix of sitting and moving")
        ON_FEET = "on_feet", _("Mostly on their feet")
        PHYSICAL = "physical", _("Physically demanding work or training")

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="clients")
    user = models.OneToOneField(
        User,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="client_profile",
        help_text=_("The client's portal sign-in, if they have one."),
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    phone_digits = models.CharField(max_length=40, blank=True, editable=False)
    occupation = models.CharField(_("occupation"), max_length=120, blank=True)
    activity_level = models.CharField(
        _("activity level"), max_length=10, choices=ActivityLevel, blank=True
    )
    complaint_onset = models.DateField(
        _("onset of current complaint"),
        null=True,
        blank=True,
        help_text=_("When the current pain began. Over three months ago counts as chronic."),
    )
    main_complaint = models.TextField(_("main complaint"), blank=True)
    consent_given_on = models.DateField(
        _("consent to treatment given on"),
        null=True,
        blank=True,
        help_text=_("The date the client consented to treatment. Leave empty until they have."),
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClientQuerySet.as_manager()

    class Meta:
        ordering = ["last_name", "first_name", "id"]
        indexes = [
            models.Index(
                fields=["clinic", "archived_at", "last_name", "first_name", "id"],
                name="client_list_order",
            ),
            # The list of current clients, read in order: an "archived_at IS NULL" on the
            # index above is no equality, so PostgreSQL would sort every client instead.
            models.Index(
                fields=["clinic", "last_name", "first_name", "id"],
                condition=Q(archived_at__isnull=True),
                name="client_active_order",
            ),
            models.Index(fields=["clinic", "-updated_at"], name="client_recent"),
            models.Index(
                fields=["clinic", "last_name", "first_name"],
                condition=Q(consent_given_on__isnull=True, archived_at__isnull=True),
                name="client_without_consent",
            ),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.phone_digits = re.sub(r"\D", "", self.phone)
        if kwargs.get("update_fields") and "phone" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "phone_digits"}
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        today = timezone.localdate()
        earliest = months_before(today, 120 * 12)
        dates = [
            (
                "date_of_birth",
                _("The date of birth cannot be in the future."),
                _("The date of birth is more than 120 years ago. Please check the year."),
            ),
            (
                "complaint_onset",
                _("The onset cannot be in the future."),
                _("The onset is more than 120 years ago. Please check the year."),
            ),
            (
                "consent_given_on",
                _("The consent date cannot be in the future."),
                _("The consent date is more than 120 years ago. Please check the year."),
            ),
        ]
        for name, in_future, too_long_ago in dates:
            value = getattr(self, name)
            if value and value > today:
                errors[name] = in_future
            elif value and value < earliest:
                errors[name] = too_long_ago
        born, onset = self.date_of_birth, self.complaint_onset
        if born and onset and onset < born and "complaint_onset" not in errors:
            errors["complaint_onset"] = _("The onset cannot be before the date of birth.")
        if errors:
            raise ValidationError(errors)

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_archived(self):
        return self.archived_at is not None

    def age(self, today=None):
        if not self.date_of_birth:
            return None
        today = today or timezone.localdate()
        born = self.date_of_birth
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def is_chronic(self, today=None):
        """Pain for more than three months counts as chronic; None when onset is unknown."""
        if not self.complaint_onset:
            return None
        today = today or timezone.localdate()
        return self.complaint_onset < months_before(today, 3)

    @property
    def complaint_duration_key(self):
        """For CSS classes: "chronic", "acute" or "", the same in every language."""
        chronic = self.is_chronic()
        if chronic is None:
            return ""
        return "chronic" if chronic else "acute"

    @property
    def complaint_duration_label(self):
        chronic = self.is_chronic()
        if chronic is None:
            return ""
        return _("Chronic") if chronic else _("Acute")

    def open_portal_account(self):
        """The client's portal account, made now or brought up to date with the email on
        their record; it has no password until they follow their invitation. Returns the
        account and whether it is new. Raises EmailTaken when another account of this
        clinic signs in with that address (accounts at other clinics do not count)."""
        email = User.objects.normalize_email(self.email)
        user = self.user
        others = User.objects.filter(clinic_id=self.clinic_id, email=email)
        if others.exclude(pk=user.pk if user else None).exists():
            raise EmailTaken(email)
        if user is None:
            with transaction.atomic():
                self.user = User.objects.create_user(
                    email, clinic_id=self.clinic_id, full_name=self.full_name
                )
                self.save(update_fields=["user", "updated_at"])
            return self.user, True
        if user.email != email:  # the address was corrected since the last invitation
            user.email = email
            user.save(update_fields=["email"])
        return user, False

    def archive(self):
        self.archived_at = timezone.now()
        self.save(update_fields=["archived_at", "updated_at"])

    def restore(self):
        self.archived_at = None
        self.save(update_fields=["archived_at", "updated_at"])


class Dose(models.Model):
    """How much of an exercise: the library's default, or one client's prescription."""

    class Side(models.TextChoices):
        EACH = "each", _("Each side")
        BOTH = "both", _("Both sides together")
        LEFT = "left", _("Left side")
        RIGHT = "right", _("Right side")

    class Per(models.TextChoices):
        DAY = "day", _("a day")
        WEEK = "week", _("a week")

    sets = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    repetitions = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
    )
    hold_seconds = models.PositiveSmallIntegerField(
        _("hold (seconds)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    side = models.CharField(max_length=5, choices=Side, default=Side.BOTH)
    frequency = models.PositiveSmallIntegerField(
        _("how often"), default=1, validators=[MinValueValidator(1), MaxValueValidator(14)]
    )
    per = models.CharField(max_length=4, choices=Per, default=Per.DAY)
    dose_notes = models.CharField(_("notes on the dose"), max_length=300, blank=True)

    class Meta:
        abstract = True

    @property
    def dose_parts(self):
        parts = []
        if self.sets and self.repetitions:
            parts.append(f"{self.sets} × {self.repetitions}")
        elif self.repetitions:
            parts.append(
                ngettext("%(n)s repetition", "%(n)s repetitions", self.repetitions)
                % {"n": self.repetitions}
            )
        elif self.sets:
            parts.append(ngettext("%(n)s set", "%(n)s sets", self.sets) % {"n": self.sets})
        if self.hold_seconds:
            parts.append(_("hold %(seconds)s s") % {"seconds": self.hold_seconds})
        if self.side != self.Side.BOTH:
            parts.append(self.get_side_display().lower())
        parts.append(self.how_often_text())
        return parts

    def how_often_text(self):
        """ "once a day", "twice a week", "3 times a day"."""
        n = self.frequency
        if self.per == self.Per.DAY:
            if n == 1:
                return pgettext("dose", "once a day")
            if n == 2:
                return pgettext("dose", "twice a day")
            return ngettext("%(n)s time a day", "%(n)s times a day", n) % {"n": n}
        if n == 1:
            return pgettext("dose", "once a week")
        if n == 2:
            return pgettext("dose", "twice a week")
        return ngettext("%(n)s time a week", "%(n)s times a week", n) % {"n": n}

    @property
    def dose_text(self):
        return ", ".join(self.dose_parts)

    def days_expected(self, days):
        """How many of `days` days this dose asks for the exercise."""
        if self.per == self.Per.DAY:
            return days
        return min(days, round(days * self.frequency / 7))


class PasswordResetRequest(models.Model):
    """One request for a password-reset link: the address it came from and when the worker
    handled it. Rows, not memory, so that the limits hold across app servers and workers.
    The email typed is not kept here."""

    requested_at = models.DateTimeField(default=timezone.now)
    address = models.GenericIPAddressField(null=True, blank=True)
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["address", "requested_at"], name="reset_address_time"),
            models.Index(fields=["requested_at"], name="reset_time"),
        ]

    def __str__(self):
        return f"password reset asked at {self.requested_at:%Y-%m-%d %H:%M}"


class ResetLinkSent(models.Model):
    """A reset link mailed to one account for a request. One email may name accounts at
    several clinics; each gets its own link, and its own hourly limit."""

    request = models.ForeignKey(
        PasswordResetRequest, on_delete=models.CASCADE, related_name="links"
    )
    account = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["account", "sent_at"], name="reset_account_time")]

    def __str__(self):
        return f"reset link for {self.account} at {self.sent_at:%Y-%m-%d %H:%M}"


class AppendOnlyError(Exception):
    """The audit trail is never edited or deleted."""


class AuditQuerySet(ClinicScopedQuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Audit events cannot be changed.")

    def delete(self):
        raise AppendOnlyError("Audit events cannot be deleted.")


class AuditEvent(models.Model):
    """Who looked at or changed which clinical record, when, and from where."""

    class Action(models.TextChoices):
        VIEW = "view", pgettext_lazy("audit", "Viewed")
        CREATE = "create", pgettext_lazy("audit", "Created")
        CHANGE = "change", pgettext_lazy("audit", "Changed")
        SIGN = "sign", pgettext_lazy("audit", "Signed")
        AMEND = "amend", pgettext_lazy("audit", "Amended")
        ARCHIVE = "archive", pgettext_lazy("audit", "Archived")
        RESTORE = "restore", pgettext_lazy("audit", "Restored")
        EXPORT = "export", pgettext_lazy("audit", "Exported")
        SIGN_IN = "signin", pgettext_lazy("audit", "Signed in")
        SIGN_IN_FAILED = "signinfail", pgettext_lazy("audit", "Failed to sign in")
        FACTOR_ADDED = "factoradd", pgettext_lazy("audit", "Added a sign-in step")
        FACTOR_REMOVED = "factordel", pgettext_lazy("audit", "Removed a sign-in step")
        SIGNED_OUT = "signout", pgettext_lazy("audit", "Signed out elsewhere")
        DELETE = "delete", pgettext_lazy("audit", "Deleted")
        REMOVE = "remove", pgettext_lazy("audit", "Removed")
        SHARE = "share", pgettext_lazy("audit", "Shared")

    clinic = models.ForeignKey(Clinic, on_delete=models.PROTECT, related_name="+")
    actor = models.ForeignKey(User, null=True, on_delete=models.PROTECT, related_name="+")
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=10, choices=Action)
    client = models.ForeignKey(
        Client, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    record_type = models.CharField(max_length=40)
    record_id = models.CharField(max_length=40, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["clinic", "-created_at"], name="audit_clinic_time"),
            models.Index(fields=["client", "-created_at"], name="audit_client_time"),
        ]

    def __str__(self):
        return f"{self.actor_name} {self.get_action_display().lower()} {self.record_type}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Audit events cannot be deleted.")


# The library's models live in their own package; importing them here registers them
# with the clinic app.
from clinic.library.models import Exercise  # noqa: E402, F401
from clinic.privacy.models import Incident, PrivacyOfficer  # noqa: E402, F401
from clinic.security.models import (  # noqa: E402, F401
    AuthenticatorApp,
    Passkey,
    RecoveryCode,
    RememberedDevice,
    SecondStepFailure,
    SignedInSession,
)
