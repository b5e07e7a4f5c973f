from django.db import migrations, models

from clinic.library.data import EXERCISES


def load_library_with_drawings(apps, schema_editor):
    """Adds the shared entries that are new and refreshes the others, by slug; each shared
    entry's drawing is the one of the same slug. Running it again changes nothing."""
    Exercise = apps.get_model("clinic", "Exercise")
    for entry in EXERCISES:
        Exercise.objects.update_or_create(
            clinic=None,
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "kind": entry["kind"],
                "summary": entry["summary"],
                "target_muscles": ", ".join(entry["target_muscles"]),
                "regions": ", ".join(entry["regions"]),
                "steps": "\n".join(entry["steps"]),
                "cautions": "\n".join(entry["cautions"]),
                "sets": entry["sets"],
                "repetitions": entry["repetitions"],
                "hold_seconds": entry["hold_seconds"],
                "side": entry["side"],
                "frequency": entry["frequency"],
                "per": entry["per"],
                "dose_notes": entry["dose_notes"],
                "drawing": entry["slug"],
            },
        )


class Migration(migrations.Migration):
    dependencies = [("clinic", "0008_password_reset_requests")]

    operations = [
        migrations.AddField(
            model_name="exercise",
            name="drawing",
            field=models.CharField(
                blank=True, help_text="Which of the library's drawings shows it.", max_length=80
            ),
        ),
        migrations.RunPython(load_library_with_drawings, migrations.RunPython.noop),
    ]
