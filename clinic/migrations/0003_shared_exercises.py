from django.db import migrations

from clinic.library.data import EXERCISES


def load_library(apps, schema_editor):
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
            },
        )


class Migration(migrations.Migration):
    dependencies = [("clinic", "0002_exercise_library")]

    operations = [migrations.RunPython(load_library, migrations.RunPython.noop)]
