"""Home-program reminders: a client who asks for them gets an email on the days and at the
time they chose, in their own time zone. Off until the client turns them on. Each due
moment has a row, claimed in the transaction that sends its mail, so that it goes out
exactly once (sessions/program_reminders.py)."""

import datetime
import zoneinfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clinic.models import Client

# A reminder that could not go out within this long after its time is dropped: a note to
# do today's exercises, arriving in the night after a server was down, helps nobody.
LATE_AFTER = datetime.timedelta(hours=2)


class ProgramReminder(models.Model):
    """The client's choice: which weekdays (Monday is 0, as digits: "024"), what time."""

    client = models.OneToOneField(Client, on_delete=models.CASCADE, related_name="program_reminder")
    enabled = models.BooleanField(_("send me reminders"), default=False)
    weekdays = models.CharField(max_length=7, blank=True)
    at = models.TimeField(_("time"), default=datetime.time(18, 0))
    # Checked by the form against the zones Python knows; no choices here, so that the
    # migration does not change with the system's time zone list.
    time_zone = models.CharField(_("time zone"), max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Program reminder of {self.client}"

    @classmethod
    def of(cls, client):
        """The client's row, unsaved with the clinic's time zone if they never chose."""
        found = cls.objects.filter(client=client).first()
        return found or cls(client=client, time_zone=client.clinic.time_zone)

    @property
    def days(self):
        return sorted({int(d) for d in self.weekdays if d in "0123456"})

    def last_due(self, now=None):
        """The latest moment at or before `now` that the reminder was due, within a week."""
        now = now or timezone.now()
        zone = zoneinfo.ZoneInfo(self.time_zone)
        today = timezone.localdate(now, zone)
        for back in range(8):
            day = today - datetime.timedelta(days=back)
            if day.weekday() not in self.days:
                continue
            due = self.moment(day)
            if due <= now:
                return due
        return None

    def is_due_at(self, moment):
        """Whether `moment` is one of the reminder's times, as now set."""
        day = moment.astimezone(zoneinfo.ZoneInfo(self.time_zone)).date()
        return self.enabled and day.weekday() in self.days and self.moment(day) == moment

    def moment(self, day):
        """The reminder's time on `day` (in a clock change's gap, the hour after)."""
        zone = zoneinfo.ZoneInfo(self.time_zone)
        return datetime.datetime.combine(day, self.at, zone).astimezone(datetime.UTC)


class ProgramReminderSend(models.Model):
    """One due moment of a client's reminder: made by `enqueue_reminders`, sent once."""

    reminder = models.ForeignKey(ProgramReminder, on_delete=models.CASCADE, related_name="sends")
    due_at = models.DateTimeField()
    enqueued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    skipped = models.BooleanField(
        default=False, help_text="Turned off or changed, or nothing to remind of, by then."
    )

    class Meta:
        ordering = ["due_at"]
        constraints = [
            models.UniqueConstraint(fields=["reminder", "due_at"], name="one_send_per_moment")
        ]
        indexes = [models.Index(fields=["sent_at", "enqueued_at"], name="program_reminder_unsent")]

    def __str__(self):
        return f"{self.reminder} at {self.due_at}"
