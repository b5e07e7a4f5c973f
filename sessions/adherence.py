"""What the client did at home, as the practitioner sees it before the next session."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from clinic.dates import day_range
from sessions.models import AdherenceEntry, ProgramItem, TreatmentSession

GRID_DAYS = 14


@dataclass(frozen=True)
class Tally:
    """Exercise-days done against those the program asked for, over some days. The one
    count that the practitioner's pages, the client's week and the exports all show."""

    done: int
    expected: int

    @classmethod
    def of(cls, items, days, done):
        """`done` holds (item id, day) pairs. An item done on more days than its dose asks
        for counts what was asked: extra days do not make up for another item."""
        asked = {item.pk: item.days_expected(len(days)) for item in items}
        return cls(
            done=sum(
                min(asked[item.pk], sum((item.pk, day) in done for day in days)) for item in items
            ),
            expected=sum(asked.values()),
        )

    @property
    def share(self):
        """Percent done, or None when nothing was asked for yet."""
        return round(100 * self.done / self.expected) if self.expected else None


def adherence_summary(client, today):
    """Adherence to the current program since the last completed session, a 14-day
    grid, and what the client reported. None when the client has no program, or only an
    empty one: there is nothing to follow."""
    last_session = (
        TreatmentSession.objects.filter(
            plan__client=OuterRef("program__client"), status=TreatmentSession.Status.COMPLETED
        )
        .order_by("-scheduled_at")
        .values("scheduled_at")[:1]
    )
    items = list(
        ProgramItem.objects.current()
        .filter(program__client=client)
        .select_related("program", "exercise")
        .annotate(last_session=Subquery(last_session))
    )
    if not items:
        return None
    program, last_session = items[0].program, items[0].last_session
    zone = zoneinfo.ZoneInfo(client.clinic.time_zone)
    since = timezone.localdate(program.published_at, timezone=zone)
    if last_session and timezone.localdate(last_session, timezone=zone) > since:
        since = timezone.localdate(last_session, timezone=zone)
    grid_start = today - datetime.timedelta(days=GRID_DAYS - 1)
    entries = list(
        AdherenceEntry.objects.filter(item__in=items, day__gte=min(since, grid_start)).order_by(
            "day"
        )
    )
    by_id = {item.pk: item for item in items}
    for entry in entries:
        entry.item = by_id[entry.item_id]  # already loaded, with its exercise
    done = {(entry.item_id, entry.day): entry for entry in entries}

    period = day_range(since, today)
    tally = Tally.of(items, period, done)
    grid_days = day_range(grid_start, today)
    title_format = _("l, M j")
    return {
        "program": program,
        "items": items,
        "since": since,
        "days": len(period),
        "expected": tally.expected,
        "done": tally.done,
        "share": tally.share,
        # Each column's day in words, said once here: fourteen date filters in the
        # template cost more than the rest of the header.
        "grid_days": [
            {"title": date_format(day, title_format), "day": day.day} for day in grid_days
        ],
        "grid": [
            {"item": item, "cells": [done.get((item.id, day)) for day in grid_days]}
            for item in items
        ],
        "reports": [e for e in entries if e.day >= since and (e.pain is not None or e.comment)],
    }


def reports_as_text(summary):
    """The client's own reports, worded for the subjective notes."""
    lines = []
    for entry in summary["reports"]:
        said = []
        if entry.pain is not None:
            said.append(_("pain %(pain)s/10") % {"pain": entry.pain})
        if entry.comment:
            said.append(f"“{entry.comment}”")
        day = date_format(entry.day, _("M j"))
        lines.append(f"{day}, {entry.item.exercise}: {', '.join(said)}")
    share = summary["share"]
    head = (
        _("Home program since %(day)s: %(share)s%% of prescribed exercise-days done.")
        % {"day": date_format(summary["since"], _("M j")), "share": share}
        if share is not None
        else _("Home program: nothing prescribed yet.")
    )
    return "\n".join([head, *lines])
