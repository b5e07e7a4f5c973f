"""The forms of clips: filming or choosing one, and deleting one with a reason."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from clinic.forms import Form, ModelForm
from sessions.clips import check_clip
from sessions.models import Clip


class ClipForm(ModelForm):
    """The video is checked by its content (sessions.clips) before anything is kept."""

    class Meta:
        model = Clip
        fields = ["file", "note"]
        labels = {"file": _("Video")}
        help_texts = {
            "file": _(
                "Film it now or choose a video: MP4 or WebM, up to a minute and 50 MB. "
                "Ten to twenty seconds is usually plenty."
            )
        }
        widgets = {
            # On a phone or tablet the camera opens, ready to film.
            "file": forms.FileInput(attrs={"accept": "video/*", "capture": "environment"}),
        }

    def __init__(self, *args, client, item, practitioner, **kwargs):
        super().__init__(*args, **kwargs)
        self.client, self.item, self.practitioner = client, item, practitioner
        self.facts = None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.facts = check_clip(upload)
        return upload

    def save(self, commit=True):
        clip = super().save(commit=False)
        clip.client, clip.item, clip.uploaded_by = self.client, self.item, self.practitioner
        clip.exercise_id = self.item.exercise_id
        clip.content_type = self.facts.content_type
        clip.duration = self.facts.duration
        clip.size = clip.file.size
        clip.file.name = f"clip{self.facts.extension}"
        if commit:
            clip.save()
        return clip


class ClipDeleteForm(Form):
    reason = forms.CharField(
        label=_("Why delete this clip?"),
        max_length=200,
        help_text=_("Kept in the audit trail, for example “Filmed the wrong side”."),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Please say why, in a few words."))
        return reason
