"""The client portal: the current home program, ticking off what was done, the week, a handout."""

import datetime
import zoneinfo

from django import forms
from django.contrib import messages
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from clinic.access import client_required
from clinic.forms import ModelForm
from sessions.models import AdherenceEntry, HomeProgram, ProgramItem
from sessions.models.programs import day_range

WEEK_DAYS = 7
PAIN_SCALE = "Pain is a whole number from 0 to 10."


class AdherenceForm(ModelForm):
    class Meta:
        model = AdherenceEntry
        fields = ["pain", "comment"]
        labels = {"pain": "Pain right now (0–10)", "comment": "A note for your practitioner"}
        help_texts = {"pain": "0 is no pain at all, 10 the worst you can imagine."}
        widgets = {
            "pain": forms.NumberInput(attrs={"min": 0, "max": 10, "inputmode": "numeric"}),
            "comment": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "pain": {"min_value": PAIN_SCALE, "max_value": PAIN_SCALE, "invalid": PAIN_SCALE},
            "comment": {
                "max_length": "Please keep the note to %(limit_value)d characters "
                "(it has %(show_value)d now)."
            },
        }


def log_form(item, data=None):
    """The done-today form of one item; its ids name the item, so many fit on one page."""
    return AdherenceForm(data, auto_id=f"log-{item.pk}-%s")


def current_program(client, *prefetch):
    programs = HomeProgram.objects.current().filter(client=client).select_related("client")
    return programs.prefetch_related(*prefetch).first()


def current_item(request, item_key):
    """An item of the signed-in client's current program, or 404."""
    programs = HomeProgram.objects.current().filter(client=request.user.client_profile)
    items = ProgramItem.objects.filter(program__in=programs).select_related("exercise")
    return get_object_or_404(items, key=item_key)


@client_required
def portal(request):
    return render_portal(request)


def render_portal(request, failed_item=None, failed_form=None):
    """The portal page; `failed_form` is the form of `failed_item` that did not validate."""
    client = request.user.client_profile
    today_entries = AdherenceEntry.objects.filter(day=client.clinic.today())
    program = current_program(
        client,
        "items__exercise",
        Prefetch("items__entries", queryset=today_entries, to_attr="today_entries"),
    )
    items = list(program.items.all()) if program else []
    for item in items:
        item.today_entry = item.today_entries[0] if item.today_entries else None
        item.form = failed_form if item.pk == failed_item else log_form(item)
    context = {"client": client, "program": program, "items": items}
    return render(request, "portal/home.html", context)


def render_log(request, item, entry=None, form=None):
    """After a change to an item's log: its log area for htmx, the page again without JS."""
    if not request.htmx:
        return redirect(reverse("portal") + f"#item-{item.pk}")
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
    entry, _ = AdherenceEntry.objects.update_or_create(
        item=item, day=request.user.client_profile.clinic.today(), defaults=form.cleaned_data
    )
    return render_log(request, item, entry)


@require_POST
@client_required
def log_undo(request, item_key):
    """Takes back today's tick. Earlier days stay as they were logged."""
    item = current_item(request, item_key)
    today = request.user.client_profile.clinic.today()
    deleted, _ = AdherenceEntry.objects.filter(item=item, day=today).delete()
    if not deleted and not request.htmx:
        messages.info(request, "There was nothing to undo for today.")
    return render_log(request, item)


@client_required
def exercise_image(request, item_key):
    image = current_item(request, item_key).exercise.image
    if not image:
        raise Http404
    response = FileResponse(image.open("rb"))
    response["Cache-Control"] = "private, no-store"
    return response


@client_required
def week(request):
    client = request.user.client_profile
    today = client.clinic.today()
    days = day_range(today - datetime.timedelta(days=WEEK_DAYS - 1), today)
    entries = AdherenceEntry.objects.filter(day__range=(days[0], today))
    program = current_program(
        client, "items__exercise", Prefetch("items__entries", queryset=entries)
    )
    rows, done, expected = [], 0, 0
    if program:
        published = timezone.localdate(
            program.published_at, zoneinfo.ZoneInfo(client.clinic.time_zone)
        )
        days_since = len(day_range(max(days[0], published), today))
        for item in program.items.all():
            by_day = {entry.day: entry for entry in item.entries.all()}
            rows.append({"item": item, "cells": [by_day.get(day) for day in days]})
            asked = item.days_expected(days_since)
            done += min(len(by_day), asked) if asked else len(by_day)
            expected += asked
    context = {
        "client": client,
        "program": program,
        "days": days,
        "today": today,
        "rows": rows,
        "encouragement": encouragement(done, expected),
    }
    return render(request, "portal/week.html", context)


def encouragement(done, expected):
    """A line for the week view, from the share of asked-for exercise-days that were done."""
    if done == 0:
        return "A new week is a good place to begin. One exercise today is a real start."
    share = done / expected if expected else 1
    if share >= 1:
        return "You did everything your program asked this week. That steady care adds up."
    if share >= 0.6:
        return "A strong week. Keeping up this rhythm is what brings lasting change."
    return "You have made a start, and every day counts. See if you can add one more this week."


@client_required
def print_program(request):
    client = request.user.client_profile
    program = current_program(client, "items__exercise")
    context = {"client": client, "clinic": client.clinic, "program": program}
    return render(request, "portal/print.html", context)
