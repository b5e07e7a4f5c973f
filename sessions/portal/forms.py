import functools

from django import forms
from django.utils.dates import WEEKDAYS
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from clinic.forms import ModelForm
from clinic.models import TIME_ZONE_CHOICES
from sessions.models import AdherenceEntry, ProgramReminder

PAIN_SCALE = gettext_lazy("Pain is a whole number from 0 to 10.")


class AdherenceForm(ModelForm):
    class Meta:
        model = AdherenceEntry
        fields = ["pain", "comment"]
        labels = {
            "pain": gettext_lazy("Pain right now (0–10)"),
            "comment": gettext_lazy("A note for your practitioner"),
        }
        help_texts = {"pain": gettext_lazy("0 is no pain at all, 10 the worst you can imagine.")}
        widgets = {
            "pain": forms.NumberInput(attrs={"min": 0, "max": 10, "inputmode": "numeric"}),
            "comment": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "pain": {"min_value": PAIN_SCALE, "max_value": PAIN_SCALE, "invalid": PAIN_SCALE},
            "comment": {
                "max_length": gettext_lazy(
                    "Please keep the note to %(limit_value)d characters "
                    "(it has %(show_value)d now)."
                )
            },
        }


class LogForm(AdherenceForm):
    """The done-today form of one item; its ids name the item, so many fit on one page."""

    def __init__(self, item, data=None):
        super().__init__(data, auto_id=f"log-{item.pk}-%s")
        self.item_pk = item.pk

    def fields_html(self):
        """The fields with their labels, help and errors. Unbound, they differ from item to
        item by the ids alone, and the portal shows one per exercise: they are rendered once
        per language and given the item's ids."""
        if self.is_bound:
            return mark_safe("".join(field.as_field_group() for field in self))
        return mark_safe(blank_log_fields(get_language()).replace(ITEM, str(self.item_pk)))


ITEM = "@item"  # where an item's id goes in the blank fields; "@" is in no label or help


@functools.cache
def blank_log_fields(language):
    """The unbound fields in `language`, the active one (the argument keys the cache)."""
    form = AdherenceForm(auto_id=f"log-{ITEM}-%s")
    return "".join(field.as_field_group() for field in form)


def log_form(item, data=None):
    return LogForm(item, data)


class SyncForm(AdherenceForm):
    """A "Done today" kept on the client's device while offline: the key the device made for
    it, and when it was ticked."""

    key = forms.UUIDField()
    done_at = forms.DateTimeField()

    def first_error(self):
        field, errors = next(iter(self.errors.items()))
        if field in ("key", "done_at"):
            return _("That tick could not be read, so it was not kept. Please tick it again.")
        return errors[0]


class ProgramReminderForm(ModelForm):
    """The client's home-program reminders: on or off, which days, what time, where."""

    days = forms.TypedMultipleChoiceField(
        label=gettext_lazy("On these days"),
        choices=sorted(WEEKDAYS.items()),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    time_zone = forms.ChoiceField(label=gettext_lazy("Time zone"), choices=TIME_ZONE_CHOICES)

    class Meta:
        model = ProgramReminder
        fields = ["enabled", "at", "time_zone"]
        labels = {
            "enabled": gettext_lazy("Email me a reminder to do my exercises"),
            "at": gettext_lazy("At this time"),
        }
        widgets = {"at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["days"].initial = self.instance.days

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("enabled") and not cleaned.get("days"):
            self.add_error("days", _("Choose at least one day, or turn the reminders off."))
        return cleaned

    def save(self, commit=True):
        self.instance.weekdays = "".join(str(day) for day in sorted(self.cleaned_data["days"]))
        return super().save(commit)
