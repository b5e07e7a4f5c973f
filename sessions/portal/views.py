"""The client portal: the current home program, ticking off what was done, the week, a handout."""

import datetime
import zoneinfo

from django.contrib import messages
from django.db.models import Exists, OuterRef, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from clinic.access import client_required
from clinic.dates import day_range
from clinic.files import private_file_response
from sessions.adherence import Tally
from sessions.intake_flow import intake_card
from sessions.models import AdherenceEntry, Clip, HomeProgram, ProgramItem, SharedComparison
from sessions.portal.clips import attach_clips
from sessions.portal.forms import log_form
from sessions.portal.measures import measures_due
from sessions.portal.offline import offline_page
from sessions.portal.photos import live_comparisons

WEEK_DAYS = 7


def current_program(client, *prefetch):
    return HomeProgram.objects.current_of(client).prefetch_related(*prefetch).first()


def current_item(request, item_key):
    """An item of the signed-in client's current program, or 404."""
    programs = HomeProgram.objects.current().filter(client=request.user.client_profile)
    items = ProgramItem.objects.filter(program__in=programs).select_related("exercise")
    return get_object_or_404(items, key=item_key)


@client_required
@offline_page
def portal(request):
    return render_portal(request)


def render_portal(request, failed_item=None, failed_form=None):
    """The portal page; `failed_form` is the form of `failed_item` that did not validate."""
    client = request.user.client_profile
    today_entries = AdherenceEntry.objects.filter(day=client.clinic.today())
    # The program comes with its items (and their exercises) in one query; it needs its own
    # only when it has no items, or there is none.
    items = list(
        ProgramItem.objects.current()
        .filter(program__client=client)
        .select_related("program", "exercise")
        .prefetch_related(Prefetch("entries", queryset=today_entries, to_attr="today_entries"))
    )
    program = items[0].program if items else current_program(client)
    for item in items:
        item.card = card_text(item, client.clinic)
        item.today_entry = item.today_entries[0] if item.today_entries else None
        item.form = failed_form if item.pk == failed_item else log_form(item)
    # Whether the client has clips, or shared photos that may still be live, is asked with
    # the intake card: most have neither, and are spared the queries that look closer.
    intake, found = intake_card(
        client,
        has_clips=Exists(Clip.objects.filter(client=OuterRef("pk"))),
        has_shared=Exists(
            SharedComparison.objects.filter(plan__client=OuterRef("pk"), stopped_at__isnull=True)
        ),
    )
    if found["has_clips"]:
        attach_clips(client, items)
    context = {"client": client, "program": program, "items": items}
    context["intake_card"] = intake
    context["measures_due"] = measures_due(client)
    context["shared_photos"] = found["has_shared"] and live_comparisons(client).exists()
    return render(request, "portal/home.html", context)


def card_text(item, clinic):
    """The words of an item's card, in the reader's language and the clinic's wording.
    Worked out here rather than through a filter a line in the template: a program of
    eleven exercises spent most of the page's time on them."""
    exercise = item.exercise
    card = {
        "name": clinic.worded(exercise.name),
        "kind": clinic.kind_label(exercise.kind),
        "dose_notes": clinic.worded(item.dose_notes) if item.dose_notes else "",
        "summary": clinic.worded(exercise.summary) if exercise.summary else "",
        "steps": [clinic.worded(step) for step in exercise.step_list],
        "cautions": [clinic.worded(caution) for caution in exercise.caution_list],
    }
    if seconds := item.hold_seconds:
        numbers = {"seconds": seconds, "times": item.repetitions}
        if item.repetitions and item.repetitions > 1:
            hold = ngettext(
                "Hold for %(seconds)s second, %(times)s times.",
                "Hold for %(seconds)s seconds, %(times)s times.",
                seconds,
            )
        else:
            hold = ngettext(
                "Hold for %(seconds)s second.", "Hold for %(seconds)s seconds.", seconds
            )
        card["hold"] = hold % numbers
        card["start"] = _("Start a %(seconds)s-second hold") % numbers
    return card


def render_log(request, item, entry=None, form=None):
    """After a change to an item's log: its log area for htmx, the page again without JS."""
    if not request.htmx:
        return redirect(reverse("portal:home") + f"#item-{item.pk}")
    item.today_entry = entry
    item.form = form or log_form(item)
    context = {"client": request.user.client_profile, "item": item}
    return render(request, "portal/home.html#item-log", context)


@require_POST
@client_required
def log_done(request, item_key):
    item = current_item(request, item_key)
    form = log_form(item, request.POST)
    if not form.is_valid():
        if request.htmx:
            return render_log(request, item, form=form)
        return render_portal(request, failed_item=item.pk, failed_form=form)
    entry, _created = AdherenceEntry.objects.update_or_create(
        item=item, day=request.user.client_profile.clinic.today(), defaults=form.cleaned_data
    )
    return render_log(request, item, entry)


@require_POST
@client_required
def log_undo(request, item_key):
    """Takes back today's tick. Earlier days stay as they were logged."""
    item = current_item(request, item_key)
    today = request.user.client_profile.clinic.today()
    deleted, _rows = AdherenceEntry.objects.filter(item=item, day=today).delete()
    if not deleted and not request.htmx:
        messages.info(request, _("There was nothing to undo for today."))
    return render_log(request, item)


@client_required
def exercise_image(request, item_key):
    return private_file_response(current_item(request, item_key).exercise.image)


@client_required
def week(request):
    client = request.user.client_profile
    today = client.clinic.today()
    days = day_range(today - datetime.timedelta(days=WEEK_DAYS - 1), today)
    entries = AdherenceEntry.objects.filter(day__range=(days[0], today))
    program = current_program(
        client, "items__exercise", Prefetch("items__entries", queryset=entries)
    )
    rows, tally, logged = [], Tally(0, 0), False
    if program:
        published = timezone.localdate(
            program.published_at, zoneinfo.ZoneInfo(client.clinic.time_zone)
        )
        items = list(program.items.all())
        done = {(entry.item_id, entry.day) for item in items for entry in item.entries.all()}
        rows = [{"item": item, "cells": week_cells(item, days)} for item in items]
        tally = Tally.of(items, day_range(max(days[0], published), today), done)
        logged = bool(done)
    context = {
        "client": client,
        "program": program,
        "days": days,
        "today": today,
        "rows": rows,
        "tally": tally,
        "encouragement": encouragement(tally, logged),
    }
    return render(request, "portal/week.html", context)


def week_cells(item, days):
    """The item's entry on each of `days`, or None where it was not done."""
    by_day = {entry.day: entry for entry in item.entries.all()}
    return [by_day.get(day) for day in days]


def encouragement(tally, logged):
    """A line for the week view, from the share of asked-for exercise-days that were done."""
    if not logged:
        return _("A new week is a good place to begin. One exercise today is a real start.")
    share = tally.done / tally.expected if tally.expected else 1
    if share >= 1:
        return _("You did everything your program asked this week. That steady care adds up.")
    if share >= 0.6:
        return _("A strong week. Keeping up this rhythm is what brings lasting change.")
    return _("You have made a start, and every day counts. See if you can add one more this week.")


@client_required
def print_program(request):
    client = request.user.client_profile
    program = current_program(client, "items__exercise")
    context = {"client": client, "clinic": client.clinic, "program": program}
    return render(request, "portal/print.html", context)
