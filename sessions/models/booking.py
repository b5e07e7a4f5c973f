"""Booking: when practitioners work, how the clinic books, the reminders sent and the
calendar feeds. The free slots are computed in sessions/slots.py; a booking itself is
made in sessions/booking.py."""

import datetime
import secrets

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from clinic.models import Clinic, Practitioner
from sessions.models.series import Series
from sessions.models.treatment import TreatmentSession

# Sessions that hold their time: a cancelled session or a no-show frees it.
LIVE_STATUSES = [TreatmentSession.Status.PLANNED, TreatmentSession.Status.COMPLETED]


class WorkingHours(models.Model):
    """One range of a practitioner's usual week; a day may have several."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, pgettext_lazy("working hours", "Monday")
        TUESDAY = 1, pgettext_lazy("working hours", "Tuesday")
        WEDNESDAY = 2, pgettext_lazy("working hours", "Wednesday")
        THURSDAY = 3, pgettext_lazy("working hours", "Thursday")
        FRIDAY = 4, pgettext_lazy("working hours", "Friday")
        SATURDAY = 5, pgettext_lazy("working hours", "Saturday")
        SUNDAY = 6, pgettext_lazy("working hours", "Sunday")

    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.CASCADE, related_name="working_hours"
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday)
    starts = models.TimeField(_("starts"))
    ends = models.TimeField(_("ends"))

    class Meta:
        ordering = ["practitioner_id", "weekday", "starts"]
        constraints = [
            models.CheckConstraint(condition=Q(ends__gt=models.F("starts")), name="hours_in_order")
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"


class DayChange(models.Model):
    """A one-off change to a practitioner's week. Without times, a day off. With times,
    the hours of that date instead of the usual ones (several rows: several ranges)."""

    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.CASCADE, related_name="day_changes"
    )
    date = models.DateField(_("date"))
    starts = models.TimeField(_("starts"), null=True, blank=True)
    ends = models.TimeField(_("ends"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=120, blank=True)

    class Meta:
        ordering = ["date", "starts"]
        indexes = [models.Index(fields=["practitioner", "date"], name="day_change_date")]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts__isnull=True, ends__isnull=True)
                | Q(starts__isnull=False, ends__isnull=False, ends__gt=models.F("starts")),
                name="day_change_whole_or_in_order",
            )
        ]

    def __str__(self):
        if self.is_day_off:
            return gettext("%(day)s: day off") % {"day": self.day_label}
        return f"{self.day_label}: {self.starts:%H:%M}–{self.ends:%H:%M}"

    @property
    def day_label(self):
        return date_format(self.date, gettext("j M Y"))

    @property
    def is_day_off(self):
        return self.starts is None

    def clean(self):
        if (self.starts is None) != (self.ends is None):
            raise ValidationError(_("Give both times, or neither for a whole day off."))
        if self.starts and self.ends and self.ends <= self.starts:
            raise ValidationError({"ends": _("The end comes after the start.")})


class BookingSettings(models.Model):
    """How a clinic books: lengths, how far ahead, the cutoff and the reminders."""

    clinic = models.OneToOneField(Clinic, on_delete=models.CASCADE, related_name="booking")
    session_minutes = models.PositiveSmallIntegerField(
        _("usual session length (minutes)"),
        default=60,
        validators=[MinValueValidator(15), MaxValueValidator(240)],
    )
    first_visit_minutes = models.PositiveSmallIntegerField(
        _("first visit length (minutes)"),
        default=90,
        validators=[MinValueValidator(15), MaxValueValidator(240)],
    )
    earliest_hours = models.PositiveSmallIntegerField(
        _("earliest booking (hours from now)"), default=12, validators=[MaxValueValidator(24 * 14)]
    )
    latest_weeks = models.PositiveSmallIntegerField(
        _("latest booking (weeks ahead)"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
    )
    cancel_cutoff_hours = models.PositiveSmallIntegerField(
        _("clients change or cancel up to (hours before)"),
        default=24,
        validators=[MaxValueValidator(24 * 7)],
    )
    reminder_hours = models.PositiveSmallIntegerField(
        _("reminder (hours before)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 7)],
    )
    public_booking = models.BooleanField(
        _("public booking page for new clients"),
        default=False,
        help_text=_("New clients book a first visit from a page of the clinic's own."),
    )
    first_visit_series = models.ForeignKey(
        Series,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The series a new client's first visit from the public page starts."),
    )
    phone = models.CharField(
        _("clinic phone number"),
        max_length=40,
        blank=True,
        help_text=_("Clients who want to change a session after the cutoff are asked to call."),
    )

    class Meta:
        verbose_name_plural = "booking settings"

    def __str__(self):
        return f"Booking at {self.clinic}"

    @classmethod
    def of(cls, clinic):
        """The clinic's settings, made with the defaults the first time; kept on the clinic
        object, so that one request reads them once."""
        cached = getattr(clinic, "_booking_settings", None)
        if cached is None:
            cached, _ = cls.objects.get_or_create(clinic=clinic)
            clinic._booking_settings = cached
        return cached

    def minutes_for(self, series, number):
        if number == 1:
            return self.first_visit_minutes
        for length in self.lengths.all():
            if length.series_id == series.pk:
                return length.minutes
        return self.session_minutes

    def cutoff_passed(self, session, now=None):
        now = now or timezone.now()
        return session.scheduled_at - now < datetime.timedelta(hours=self.cancel_cutoff_hours)


class SeriesLength(models.Model):
    """A series booked for a length other than the clinic's usual one."""

    settings = models.ForeignKey(BookingSettings, on_delete=models.CASCADE, related_name="lengths")
    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="+")
    minutes = models.PositiveSmallIntegerField(
        _("minutes"), validators=[MinValueValidator(15), MaxValueValidator(240)]
    )

    class Meta:
        ordering = ["series__name"]
        constraints = [
            models.UniqueConstraint(fields=["settings", "series"], name="one_length_per_series")
        ]

    def __str__(self):
        return f"{self.series}: {self.minutes} minutes"


class Reminder(models.Model):
    """A session reminder, one per session and time: made by `enqueue_reminders`, sent by
    the worker, which claims it in a transaction so that it goes out exactly once."""

    session = models.ForeignKey(
        TreatmentSession, on_delete=models.CASCADE, related_name="reminders"
    )
    starts_at = models.DateTimeField(
        _("starts at"), help_text=_("The session's time when the reminder was due.")
    )
    enqueued_at = models.DateTimeField(_("enqueued at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    skipped = models.BooleanField(
        _("skipped"),
        default=False,
        help_text=_("The session moved or was cancelled before it went out."),
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "starts_at"], name="one_reminder_per_time")
        ]
        indexes = [models.Index(fields=["sent_at", "enqueued_at"], name="reminder_unsent")]

    def __str__(self):
        return f"Reminder for {self.session} at {self.starts_at}"


def new_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeedQuerySet(models.QuerySet):
    def live(self):
        return self.filter(revoked_at__isnull=True)


class CalendarFeed(models.Model):
    """A private, read-only iCal feed: one practitioner's sessions, or (no practitioner)
    the whole clinic's for its admin. Revoking it ends the URL; a new one gets a new token."""

    clinic = models.ForeignKey(Clinic, on_delete=models.CASCADE, related_name="calendar_feeds")
    practitioner = models.ForeignKey(
        Practitioner, on_delete=models.CASCADE, null=True, blank=True, related_name="feeds"
    )
    owner = models.ForeignKey(Practitioner, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    objects = CalendarFeedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Calendar of {self.practitioner or self.clinic}"

    def rows(self):
        """What the feed's events say, as plain rows in time order: (pk, client's first
        name, number, starts, minutes, version, updated at)."""
        qs = TreatmentSession.objects.filter(
            plan__client__clinic=self.clinic,
            status__in=LIVE_STATUSES,
            scheduled_at__gte=timezone.now() - datetime.timedelta(days=60),
        )
        if self.practitioner_id:
            qs = qs.filter(practitioner_id=self.practitioner_id)
        return qs.order_by("scheduled_at", "pk").values_list(
            "pk",
            "plan__client__first_name",
            "number",
            "scheduled_at",
            "duration_minutes",
            "version",
            "updated_at",
        )


class PublicHold(models.Model):
    """A first visit booked from the public page: its session holds the time until the
    email address is confirmed by the link, or until `hold_until`, when it is released."""

    session = models.OneToOneField(
        TreatmentSession, on_delete=models.CASCADE, related_name="public_hold"
    )
    address = models.GenericIPAddressField(_("address"), null=True, blank=True)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    hold_until = models.DateTimeField(_("hold until"))
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["address", "requested_at"], name="hold_address")]

    def __str__(self):
        return f"Hold on {self.session}"

    @classmethod
    def release_expired(cls, now=None):
        """Frees the time of every first visit whose email was not confirmed in time, and
        archives the client it was made for."""
        now = now or timezone.now()
        expired = cls.objects.filter(
            confirmed_at__isnull=True,
            hold_until__lt=now,
            session__status=TreatmentSession.Status.PLANNED,
        ).select_related("session__plan__client")
        released = 0
        for hold in expired:
            hold.session.status = TreatmentSession.Status.CANCELLED
            hold.session.save(update_fields=["status", "updated_at"])
            hold.session.plan.client.archive()
            released += 1
        return released
