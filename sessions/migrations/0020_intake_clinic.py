import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_clinics(apps, schema_editor):
    Intake = apps.get_model("care", "Intake")
    Client = apps.get_model("clinic", "Client")
    clinic = Client.objects.filter(pk=OuterRef("client_id")).values("clinic_id")
    Intake.objects.using(schema_editor.connection.alias).update(clinic_id=Subquery(clinic))


class Migration(migrations.Migration):
    dependencies = [
        ("care", "0019_plan_measure_summaries"),
        ("clinic", "0017_posture_photos"),
    ]

    operations = [
        migrations.AddField(
            model_name="intake",
            name="clinic",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="clinic.clinic",
            ),
        ),
        migrations.RunPython(fill_clinics, migrations.RunPython.noop),
    ]
