"""The forms of posture photos: taking them, removing one, recording a paper consent."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clinic.forms import DateInput, Form
from clinic.images import HEIF_READABLE, checked_image, formats_text, reencoded
from sessions.models import Photo

MAX_PHOTO_BYTES = 25 * 1024 * 1024
MAX_PHOTO_SIDE = 8000
# Stored at most this many pixels on the longest side: enough to judge posture, full screen.
STORED_SIDE = 2000
PHOTO_FORMATS = ["JPEG", "PNG", "WEBP"] + (["HEIF"] if HEIF_READABLE else [])
ACCEPT = "image/*"


class PhotoField(forms.FileField):
    """A photo judged by its content, decoded within limits and written again as a JPEG
    without any metadata (clinic/images.py). Its value is the new file, ready to store."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        checked_image(
            upload, max_bytes=MAX_PHOTO_BYTES, max_side=MAX_PHOTO_SIDE, formats=PHOTO_FORMATS
        )
        content, width, height = reencoded(upload, longest_side=STORED_SIDE)
        photo = ContentFile(content, name="photo.jpg")
        photo.width, photo.height = width, height
        return photo


def accepted_formats():
    return formats_text(PHOTO_FORMATS)


class PhotoUploadForm(Form):
    """One file input per standard view, and one for another view with its label: on a
    phone each offers the camera; filled together, they are taken at once."""

    VIEWS = [Photo.View.FRONT, Photo.View.BACK, Photo.View.LEFT, Photo.View.RIGHT]

    other_label = forms.CharField(
        label=gettext_lazy("What the other photo shows"), max_length=60, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        widget = forms.ClearableFileInput(attrs={"accept": ACCEPT})
        for view in [*self.VIEWS, Photo.View.OTHER]:
            self.fields[view] = PhotoField(
                label=Photo.View(view).label, required=False, widget=widget
            )
        self.order_fields([*self.VIEWS, "other", "other_label"])
        self.fields["other"].label = _("Another view")

    @property
    def view_fields(self):
        return [self[view] for view in [*self.VIEWS, Photo.View.OTHER]]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("other") and not cleaned.get("other_label"):
            self.add_error(
                "other_label", _("Please say what this photo shows, e.g. “Bending forward”.")
            )
        chosen = [view for view in [*self.VIEWS, "other"] if self.files.get(view)]
        if not chosen and not self.errors:
            raise ValidationError(_("Please choose or take at least one photo."))
        return cleaned

    def photos(self):
        """(view, label, file) of each photo that passed its checks."""
        return [
            (view, self.cleaned_data.get("other_label", "") if view == "other" else "", upload)
            for view in [*self.VIEWS, "other"]
            if (upload := self.cleaned_data.get(view))
        ]


class PhotoRemoveForm(Form):
    reason = forms.CharField(
        label=gettext_lazy("Why it is removed"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=500,
        help_text=gettext_lazy("Kept in the audit trail with your name."),
    )


class PaperConsentForm(Form):
    """A photo consent the client gave (or withdrew) on paper, with the date on the paper."""

    granted = forms.TypedChoiceField(
        label=gettext_lazy("On paper, the client"),
        choices=[
            ("yes", gettext_lazy("agreed to posture photos")),
            ("no", gettext_lazy("withdrew their consent to posture photos")),
        ],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        initial="yes",
    )
    on_paper = forms.DateField(
        label=gettext_lazy("Date on the paper"),
        widget=DateInput(),
    )

    def __init__(self, *args, clinic, **kwargs):
        super().__init__(*args, **kwargs)
        self.clinic = clinic

    def clean_on_paper(self):
        day = self.cleaned_data["on_paper"]
        today = self.clinic.today()
        if day > today:
            raise ValidationError(_("The date on the paper cannot be after today."))
        if day < today - datetime.timedelta(days=3 * 365):
            raise ValidationError(_("Please check the year: that is more than three years ago."))
        return day
