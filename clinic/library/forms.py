"""The form for a clinic's own library entries."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image

from clinic.forms import ModelForm, limit_dose_numbers
from clinic.images import checked_image
from clinic.library.models import Exercise
from clinic.library.poses import DRAWINGS

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 4000
IMAGE_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
WORDED_FIELDS = ["name", "summary", "steps", "cautions", "dose_notes"]


class ExerciseImageField(forms.ImageField):
    """A JPEG, PNG or WebP picture, judged by its content rather than its file name
    (clinic/images.py)."""

    default_validators = []

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        image = checked_image(
            upload, max_bytes=MAX_IMAGE_BYTES, max_side=MAX_IMAGE_SIDE, formats=IMAGE_EXTENSIONS
        )
        # The stored name comes from the content, so the served type is always right.
        upload.name = f"{uuid.uuid4().hex}.{IMAGE_EXTENSIONS[image.format]}"
        upload.content_type = Image.MIME[image.format]
        return upload


class CurrentImage:
    """What the file input shows for a saved picture: a link through the library's view."""

    def __init__(self, url):
        self.url = url

    def __str__(self):
        return _("view the saved picture")


class ExerciseImageInput(forms.ClearableFileInput):
    initial_text = gettext_lazy("A picture is saved")
    input_text = gettext_lazy("Replace it with")
    clear_checkbox_label = gettext_lazy("Remove the picture")
    image_url = None

    def format_value(self, value):
        if value and self.image_url:
            return CurrentImage(self.image_url)
        return None


class ExerciseForm(ModelForm):
    class Meta:
        model = Exercise
        fields = [
            "name",
            "kind",
            "summary",
            "target_muscles",
            "regions",
            "steps",
            "cautions",
            "sets",
            "repetitions",
            "hold_seconds",
            "side",
            "frequency",
            "per",
            "dose_notes",
            "drawing",
            "image",
            "video_url",
        ]
        field_classes = {"image": ExerciseImageField}
        labels = {
            "summary": gettext_lazy("What it is for"),
            "sets": gettext_lazy("Sets"),
            "repetitions": gettext_lazy("Repetitions"),
            "side": gettext_lazy("Side"),
            "regions": gettext_lazy("Body regions"),
            "cautions": gettext_lazy("Cautions"),
            "frequency": gettext_lazy("Times"),
            "per": gettext_lazy("Per day or week"),
            "image": gettext_lazy("Picture"),
        }
        help_texts = {
            "summary": gettext_lazy("One sentence, in words a client understands."),
            "target_muscles": gettext_lazy(
                "Separate muscles with commas, e.g. psoas major, iliacus."
            ),
            "regions": gettext_lazy("Separate with commas, e.g. hip, low back."),
            "steps": gettext_lazy("One step per line. They are numbered for you."),
            "cautions": gettext_lazy("One per line. Leave empty if there are none."),
            "image": gettext_lazy("JPEG, PNG or WebP, up to 2 MB and 4000 pixels on each side."),
            "video_url": gettext_lazy("A link to a video that shows the movement."),
        }
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "steps": forms.Textarea(attrs={"rows": 6}),
            "cautions": forms.Textarea(attrs={"rows": 3}),
            "image": ExerciseImageInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.clinic = clinic
        self.fields["kind"].choices = [("", _("Choose a kind"))] + [
            (kind, clinic.kind_label(kind)) for kind in Exercise.Kind.values
        ]
        self.fields["name"].help_text = _(
            "Write {stretch} where the word belongs and clients see your clinic's word, “%(word)s”."
        ) % {"word": clinic.get_stretch_word_display()}
        limit_dose_numbers(self)
        self.fields["drawing"] = forms.ChoiceField(
            label=_("Drawing"),
            required=False,
            choices=drawing_choices(clinic),
            help_text=_(
                "Show your clients the drawing of a shared exercise that moves the same way."
            ),
        )
        if self.instance.pk:
            self.fields["image"].widget.image_url = reverse(
                "library:image", args=[self.instance.pk]
            )

    def clean(self):
        cleaned = super().clean()
        for name in WORDED_FIELDS:
            text = cleaned.get(name) or ""
            try:
                # In the name, the {stretch} placeholder becomes the clinic's word.
                self.clinic.check_client_wording(
                    text.replace("{stretch}", "").replace("{Stretch}", "")
                )
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned

    def clean_target_muscles(self):
        return comma_list(self.cleaned_data["target_muscles"])

    def clean_regions(self):
        return comma_list(self.cleaned_data["regions"])

    def clean_steps(self):
        return line_list(self.cleaned_data["steps"])

    def clean_cautions(self):
        return line_list(self.cleaned_data["cautions"])

    @property
    def image_needs_choosing_again(self):
        """A good picture came with a form that has other mistakes: the browser forgets it."""
        return bool(self.errors and self.files.get("image") and "image" not in self.errors)

    def save(self, commit=True):
        exercise = super().save(commit=False)
        old_image = self.initial.get("image")
        if not exercise.pk:
            exercise.clinic = self.clinic
            exercise.slug = unique_slug(self.clinic, exercise.name)
        if commit:
            exercise.save()
            if old_image and old_image.name != exercise.image.name:
                old_image.storage.delete(old_image.name)
        return exercise


def drawing_choices(clinic):
    """The drawings a clinic may give its own exercises: those of the shared library, named
    after the shared exercise they show, in one query."""
    shared = Exercise.objects.filter(clinic=None, drawing__in=DRAWINGS).order_by("name")
    return [("", _("No drawing"))] + [
        (key, _("Like “%(name)s”") % {"name": clinic.worded(name)})
        for key, name in shared.values_list("drawing", "name")
    ]


def comma_list(text):
    return ", ".join(part.strip() for part in text.split(",") if part.strip())


def line_list(text):
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def unique_slug(clinic, name):
    """A slug for `name` not yet used in `clinic`'s own library: psoas-release, psoas-release-2…"""
    base = slugify(name.replace("{stretch}", "stretch"))[:70].strip("-") or "exercise"
    taken = set(
        Exercise.objects.filter(clinic=clinic, slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
