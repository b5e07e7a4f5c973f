"""Forms of booking: a practitioner's week, a one-off change, the clinic's settings."""

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from clinic.forms import Form, ModelForm
from sessions.models import BookingSettings, DayChange, SeriesLength, WorkingHours

RANGE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_ranges(text):
    """[(starts, ends)] from "09:00-12:00, 13:00-17:00"; ValidationError when unclear."""
    ranges = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;\n]", text or ""))):
        match = RANGE.match(part)
        try:
            h1, m1, h2, m2 = (int(g) for g in match.groups()) if match else (None,) * 4
            starts, ends = datetime.time(h1, m1), datetime.time(h2, m2)
        except (TypeError, ValueError):
            raise forms.ValidationError(
                _("“%(part)s” is not a time range. Write it like 09:00-12:30.") % {"part": part}
            ) from None
        if ends <= starts:
            raise forms.ValidationError(
                _("In “%(part)s”, the end comes before the start.") % {"part": part}
            )
        ranges.append((starts, ends))
    ranges.sort()
    for (_first_starts, first_ends), (second_starts, _second_ends) in zip(
        ranges, ranges[1:], strict=False
    ):
        if second_starts < first_ends:
            raise forms.ValidationError(_("Two of these ranges overlap. Please join them."))
    return ranges


def ranges_text(ranges):
    return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges)


class WeekForm(Form):
    """One text field a weekday: its ranges, or empty for a day not worked."""

    def __init__(self, *args, practitioner, **kwargs):
        super().__init__(*args, **kwargs)
        self.practitioner = practitioner
        current = {}
        for hours in practitioner.working_hours.all():
            current.setdefault(hours.weekday, []).append((hours.starts, hours.ends))
        for day in WorkingHours.Weekday:
            self.fields[f"day_{day.value}"] = forms.CharField(
                label=day.label,
                required=False,
                max_length=200,
                initial=ranges_text(current.get(day.value, [])),
                help_text=_("For example 09:00-12:30, 13:30-18:00. Empty: not working."),
            )

    def clean(self):
        data = super().clean()
        self.ranges = {}
        for day in WorkingHours.Weekday:
            try:
                self.ranges[day.value] = parse_ranges(data.get(f"day_{day.value}", ""))
            except forms.ValidationError as error:
                self.add_error(f"day_{day.value}", error)
        return data

    def save(self):
        self.practitioner.working_hours.all().delete()
        WorkingHours.objects.bulk_create(
            WorkingHours(practitioner=self.practitioner, weekday=day, starts=a, ends=b)
            for day, ranges in self.ranges.items()
            for a, b in ranges
        )


class DayChangeForm(ModelForm):
    class Meta:
        model = DayChange
        fields = ["date", "starts", "ends", "note"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "starts": forms.TimeInput(attrs={"type": "time"}),
            "ends": forms.TimeInput(attrs={"type": "time"}),
        }
        labels = {"starts": _("From"), "ends": _("Until")}
        help_texts = {"starts": _("Leave both times empty for a whole day off.")}


class BookingSettingsForm(ModelForm):
    class Meta:
        model = BookingSettings
        fields = [
            "session_minutes",
            "first_visit_minutes",
            "earliest_hours",
            "latest_weeks",
            "cancel_cutoff_hours",
            "reminder_hours",
            "phone",
            "public_booking",
            "first_visit_series",
        ]
        labels = {"first_visit_series": _("First visit series")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        series = self.fields["first_visit_series"]
        series.queryset = series.queryset.filter(clinic=self.instance.clinic, is_active=True)


class PublicBookingForm(Form):
    """A new client's first visit. `website` is a trap for robots: people never see it."""

    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    email = forms.EmailField(label=_("Email"), max_length=254)
    phone = forms.CharField(label=_("Phone"), max_length=40)
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    slot = forms.CharField(widget=forms.HiddenInput, required=False)


class SeriesLengthsForm(Form):
    """One length a series of the clinic, in minutes; empty for the clinic's usual one."""

    def __init__(self, *args, settings, series, **kwargs):
        super().__init__(*args, **kwargs)
        self.settings = settings
        self.series = list(series)
        kept = {length.series_id: length.minutes for length in settings.lengths.all()}
        for one in self.series:
            self.fields[f"series_{one.pk}"] = forms.IntegerField(
                label=one.name,
                required=False,
                min_value=15,
                max_value=240,
                initial=kept.get(one.pk),
                widget=forms.NumberInput(attrs={"step": 5, "inputmode": "numeric"}),
            )

    def save(self):
        for one in self.series:
            minutes = self.cleaned_data[f"series_{one.pk}"]
            if minutes is None:
                SeriesLength.objects.filter(settings=self.settings, series=one).delete()
            else:
                SeriesLength.objects.update_or_create(
                    settings=self.settings, series=one, defaults={"minutes": minutes}
                )
