import django.db.models.deletion
from django.db import migrations, models


# Apart from 0020: PostgreSQL alters no table whose rows have foreign-key checks pending in
# the same transaction.
class Migration(migrations.Migration):
    dependencies = [("care", "0020_intake_clinic")]

    operations = [
        migrations.AlterField(
            model_name="intake",
            name="clinic",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="clinic.clinic",
            ),
        ),
        migrations.RemoveIndex(model_name="intake", name="intake_positive_screen"),
        migrations.AddIndex(
            model_name="intake",
            index=models.Index(
                condition=models.Q(screen_positive=True),
                fields=["clinic", "submitted_at"],
                name="intake_clinic_positive_screen",
            ),
        ),
    ]
