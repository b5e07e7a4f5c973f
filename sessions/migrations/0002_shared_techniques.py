from django.db import migrations

from sessions.defaults import DEFAULT_TECHNIQUES


def add_techniques(apps, schema_editor):
    Technique = apps.get_model("care", "Technique")
    for name in DEFAULT_TECHNIQUES:
        Technique.objects.get_or_create(clinic=None, name=name)


class Migration(migrations.Migration):
    dependencies = [("care", "0001_initial")]

    operations = [migrations.RunPython(add_techniques, migrations.RunPython.noop)]
