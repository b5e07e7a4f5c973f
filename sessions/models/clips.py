"""Clips: short videos of the client doing an exercise of their home program, filmed or
uploaded by their practitioner, shown to the client on that exercise in the portal.

A clip belongs to the client and the exercise, not to one version of the program: a
revision copies the items, and the clip stays with the exercise. It goes, file and all, when
the exercise is in no version of the client's program any more, or when a practitioner
deletes it with a reason.
"""

import uuid
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import Exists, OuterRef
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from clinic.library.models import Exercise
from clinic.models import Client, ClinicScopedQuerySet, Practitioner
from sessions.models.programs import ProgramItem


def clip_path(clip, filename):
    """A name that says nothing of the client or of the file's first name."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"clips/{clip.client.clinic_id}/{clip.key}{suffix}"


class ClipQuerySet(ClinicScopedQuerySet):
    clinic_path = "client__clinic"

    def orphaned(self):
        """Clips whose exercise is in no version of their client's program."""
        items = ProgramItem.objects.filter(
            program__client_id=OuterRef("client_id"), exercise_id=OuterRef("exercise_id")
        )
        return self.exclude(Exists(items))

    def by_exercise(self, client):
        """The client's clips, newest first, as {exercise id: [clips]}."""
        shown = {}
        for clip in self.filter(client=client).order_by("-created_at", "-pk"):
            shown.setdefault(clip.exercise_id, []).append(clip)
        return shown

    def discard(self):
        """Deletes these clips, and their files once the deletion is committed."""
        names = [name for name in self.values_list("file", flat=True) if name]
        deleted, _ = self.delete()
        if names:
            transaction.on_commit(lambda: [default_storage.delete(name) for name in names])
        return deleted


class Clip(models.Model):
    client = models.ForeignKey(Client, on_delete=models.PROTECT, related_name="clips")
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="+")
    # The program item it was filmed for; the clip outlives that version of the program.
    item = models.ForeignKey(
        ProgramItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Names the clip in the client's links, where a counting id would be guessable.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    file = models.FileField(upload_to=clip_path, max_length=200)
    content_type = models.CharField(max_length=20)
    size = models.PositiveIntegerField(_("size in bytes"))
    duration = models.FloatField(_("length in seconds"))
    note = models.CharField(
        _("note for the client"),
        max_length=300,
        blank=True,
        help_text=_("Optional: what to watch for in the clip."),
    )
    uploaded_by = models.ForeignKey(Practitioner, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClipQuerySet.as_manager()

    class Meta:
        ordering = ["client_id", "-created_at"]
        verbose_name = _("clip")
        verbose_name_plural = _("clips")

    def __str__(self):
        return f"Clip of {self.exercise} for {self.client}"

    @property
    def seconds(self):
        return max(1, round(self.duration))


@receiver(post_delete, sender=ProgramItem, dispatch_uid="clips_follow_program_items")
def drop_orphaned_clips(sender, instance, **kwargs):
    """An item taken out of a draft, or a draft discarded: the clips of an exercise that is
    now in no version of the client's program go with it."""
    clips = Clip.objects.filter(
        client__programs__pk=instance.program_id, exercise_id=instance.exercise_id
    )
    clips.orphaned().discard()
