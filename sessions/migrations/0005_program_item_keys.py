import uuid

from django.db import migrations, models


def give_keys(apps, schema_editor):
    ProgramItem = apps.get_model("care", "ProgramItem")
    for item in ProgramItem.objects.filter(key__isnull=True).only("pk"):
        item.key = uuid.uuid4()
        item.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [("care", "0004_edit_versions")]

    operations = [
        migrations.AddField(
            model_name="programitem", name="key", field=models.UUIDField(null=True, editable=False)
        ),
        migrations.RunPython(give_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="programitem",
            name="key",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
