"""Free slots: when a practitioner can take a session of a given length.

Working hours are wall-clock times in the clinic's time zone. A slot starts on the hour or
at a multiple of STEP after the start of a range, lies wholly inside the range, and does
not overlap a live session of the practitioner. On a daylight-saving change day a wall
time that does not exist is skipped, and lengths are real minutes.
"""

import bisect
import datetime
import zoneinfo
from dataclasses import dataclass

from django.db.models import F
from django.utils import timezone

from sessions.models.booking import LIVE_STATUSES, BookingSettings, DayChange, WorkingHours
from sessions.models.treatment import TreatmentSession, covers

STEP = datetime.timedelta(minutes=30)
UTC = datetime.UTC


@dataclass(frozen=True)
class Slot:
    practitioner: object
    starts: datetime.datetime  # aware, in the clinic's time zone
    minutes: int

    @property
    def ends(self):
        return (self.starts.astimezone(UTC) + datetime.timedelta(minutes=self.minutes)).astimezone(
            self.starts.tzinfo
        )

    @property
    def time(self):
        """The wall time it starts at, as the clinic's clock says it."""
        return f"{self.starts:%H:%M}"

    @property
    def key(self):
        return f"{self.practitioner.pk}@{self.starts.astimezone(UTC):%Y%m%dT%H%MZ}"


def wall_time(day, time, zone):
    """The aware datetime of a wall time on a day, or None when the clocks skip it."""
    moment = datetime.datetime.combine(day, time, tzinfo=zone)
    back = moment.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return None
    return moment


def ranges_by_day(week, changes, days):
    """{date: [(starts, ends) wall times]} for these days: the usual week ({weekday:
    [(starts, ends)]}), or the day's one-off changes ({date: [(starts, ends)]}, no times
    for a day off) where there are any."""
    result = {}
    for day in days:
        if day in changes:
            result[day] = sorted(r for r in changes[day] if r[0] is not None)
        else:
            result[day] = sorted(week.get(day.weekday(), []))
    return result


def hours_of(practitioners, days):
    """The usual weeks and the changes of these days of several practitioners, in two
    queries: ({pk: {weekday: [ranges]}}, {pk: {date: [ranges]}})."""
    weeks, changes = {}, {}
    rows = WorkingHours.objects.filter(practitioner__in=practitioners).order_by()
    for pk, weekday, starts, ends in rows.values_list("practitioner", "weekday", "starts", "ends"):
        weeks.setdefault(pk, {}).setdefault(weekday, []).append((starts, ends))
    rows = DayChange.objects.filter(practitioner__in=practitioners, date__in=days).order_by()
    for pk, date, starts, ends in rows.values_list("practitioner", "date", "starts", "ends"):
        changes.setdefault(pk, {}).setdefault(date, []).append((starts, ends))
    return weeks, changes


def busy_spans(practitioner, start, end, ignore=None):
    """(start, end) in UTC of the practitioner's live sessions touching [start, end)."""
    return busy_spans_of([practitioner], start, end, ignore).get(practitioner.pk, [])


def busy_spans_of(practitioners, start, end, ignore=None):
    """{practitioner pk: [(start, end)]} of their live sessions touching [start, end)."""
    sessions = TreatmentSession.objects.filter(
        practitioner__in=practitioners,
        status__in=LIVE_STATUSES,
        scheduled_at__lt=end,
        scheduled_at__gte=start - datetime.timedelta(hours=8),
    )
    if ignore is not None:
        sessions = sessions.exclude(pk=ignore.pk)
    spans = {}
    rows = sessions.order_by().values_list("practitioner_id", "scheduled_at", "duration_minutes")
    for pk, at, minutes in rows:
        spans.setdefault(pk, []).append((at, at + datetime.timedelta(minutes=minutes)))
    return spans


def window(clinic, now=None):
    """The first and last moments a client may book, from the clinic's settings."""
    settings = BookingSettings.of(clinic)
    now = now or timezone.now()
    return (
        now + datetime.timedelta(hours=settings.earliest_hours),
        now + datetime.timedelta(weeks=settings.latest_weeks),
    )


def free_slots(practitioner, days, minutes, *, earliest=None, latest=None, ignore=None):
    """The practitioner's free slots of `minutes` on these dates, in time order."""
    return free_slots_of(
        [practitioner], days, minutes, earliest=earliest, latest=latest, ignore=ignore
    )


def free_slots_of(
    practitioners, days, minutes, *, earliest=None, latest=None, ignore=None, once=False
):
    """The free slots of several practitioners of one clinic, in two queries for all, in
    time order and by name at the same time; `once` keeps only the first at each time."""
    days = sorted(days)
    if not days or not practitioners:
        return []
    zone = zoneinfo.ZoneInfo(practitioners[0].clinic.time_zone)
    first = datetime.datetime.combine(days[0], datetime.time.min, tzinfo=zone)
    last = datetime.datetime.combine(days[-1], datetime.time.max, tzinfo=zone)
    busy = busy_spans_of(practitioners, first, last, ignore)
    weeks, changes = hours_of(practitioners, days)
    candidates = Candidates(zone, minutes, earliest, latest)
    found = {}
    for practitioner in sorted(practitioners, key=lambda p: p.user.full_name):
        ranges = ranges_by_day(
            weeks.get(practitioner.pk, {}), changes.get(practitioner.pk, {}), days
        )
        for moment, start_utc in free_starts(candidates, ranges, busy.get(practitioner.pk, [])):
            key = start_utc if once else (start_utc, practitioner.pk)
            if key not in found:
                found[key] = Slot(practitioner, moment, minutes)
    return sorted(found.values(), key=lambda slot: slot.starts)


class Candidates:
    """The start times (aware wall time, UTC) that fit in a range of working hours, within
    the booking window; kept per range, as practitioners of a clinic share their hours."""

    def __init__(self, zone, minutes, earliest, latest):
        self.zone, self.earliest, self.latest = zone, earliest, latest
        self.length = datetime.timedelta(minutes=minutes)
        self.known = {}

    def of(self, day, range_starts, range_ends):
        key = (day, range_starts, range_ends)
        if key not in self.known:
            self.known[key] = list(self.compute(day, range_starts, range_ends))
        return self.known[key]

    def compute(self, day, range_starts, range_ends):
        ends = wall_time(day, range_ends, self.zone)
        if ends is None or wall_time(day, range_starts, self.zone) is None:
            return
        ends_utc = ends.astimezone(UTC)
        wall = datetime.datetime.combine(day, range_starts)
        while wall.date() == day:
            moment = wall_time(day, wall.time(), self.zone)
            wall += STEP
            if moment is None:
                continue
            start_utc = moment.astimezone(UTC)
            if start_utc + self.length > ends_utc:
                break
            if self.earliest and start_utc < self.earliest:
                continue
            if self.latest and start_utc > self.latest:
                break
            yield moment, start_utc


def free_starts(candidates, ranges, busy):
    """The candidate starts of these ranges that no busy span overlaps, in time order."""
    starts = sorted(
        (
            start
            for day, day_ranges in ranges.items()
            for r in day_ranges
            for start in candidates.of(day, *r)
        ),
        key=lambda start: start[1],
    )
    moments = [start_utc for _, start_utc in starts]
    taken = set()
    for busy_starts, busy_ends in busy:
        # A start overlaps the span when it begins before the span ends and ends after it begins.
        first = bisect.bisect_right(moments, busy_starts - candidates.length)
        taken.update(range(first, bisect.bisect_left(moments, busy_ends)))
    return [start for n, start in enumerate(starts) if n not in taken]


def allowed_practitioners(clinic, series, number):
    """The clinic's practitioners whose credential covers this session of the series."""
    from clinic.models import Practitioner

    practitioners = (
        Practitioner.objects.filter(
            clinic=clinic, user__is_active=True, credentials__method=series.method
        )
        .annotate(limit=F("credentials__max_session"))
        .select_related("user", "clinic")
    )
    return [p for p in practitioners if covers(p.limit, number)]


def covers_number(practitioner, series, number):
    limit = practitioner.scope_for(series.method)
    return limit != 0 and covers(limit, number)


def days_from(first_day, count):
    return [first_day + datetime.timedelta(days=n) for n in range(count)]


def parse_key(key):
    """(practitioner pk, aware UTC datetime) from a Slot.key, or None."""
    try:
        pk, moment = key.split("@")
        at = datetime.datetime.strptime(moment, "%Y%m%dT%H%MZ").replace(tzinfo=UTC)
        return int(pk), at
    except (ValueError, AttributeError):
        return None


@dataclass
class Offer:
    """The free slots of a session across its allowed practitioners, day by day."""

    practitioners: list
    chosen: object
    days: list  # [(date, [Slot])]
    minutes: int
    first_day: datetime.date
    next_day: datetime.date
    previous_day: datetime.date | None
    zone: str = "UTC"

    def find(self, key):
        for _, slots in self.days:
            for slot in slots:
                if slot.key == key:
                    return slot
        return None


def offer(
    clinic,
    series,
    number,
    minutes,
    *,
    first_day=None,
    practitioner_pk=None,
    ignore=None,
    span=7,
    practitioners=None,
):
    earliest, latest = window(clinic)
    zone = zoneinfo.ZoneInfo(clinic.time_zone)
    today = earliest.astimezone(zone).date()
    first_day = max(first_day or today, today)
    allowed = (
        practitioners
        if practitioners is not None
        else allowed_practitioners(clinic, series, number)
    )
    chosen = next((p for p in allowed if p.pk == practitioner_pk), None)
    days = days_from(first_day, span)
    slots = free_slots_of(
        [chosen] if chosen else allowed,
        days,
        minutes,
        earliest=earliest,
        latest=latest,
        ignore=ignore,
        # A client booking with anyone wants a time, not a copy of it per practitioner.
        once=chosen is None,
    )
    by_day = {day: [] for day in days}
    for slot in slots:
        by_day[slot.starts.date()].append(slot)
    previous = first_day - datetime.timedelta(days=span)
    return Offer(
        practitioners=allowed,
        chosen=chosen,
        days=[(day, by_day[day]) for day in days],
        minutes=minutes,
        first_day=first_day,
        next_day=first_day + datetime.timedelta(days=span),
        previous_day=previous if first_day > today else None,
        zone=clinic.time_zone,
    )
