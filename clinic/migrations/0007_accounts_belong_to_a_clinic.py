from django.db import migrations, models
from django.db.models import OuterRef, Q, Subquery


def fill_clinics(apps, schema_editor):
    User = apps.get_model("clinic", "User")
    Practitioner = apps.get_model("clinic", "Practitioner")
    Client = apps.get_model("clinic", "Client")
    User.objects.filter(practitioner__isnull=False).update(
        clinic=Subquery(Practitioner.objects.filter(user=OuterRef("pk")).values("clinic")[:1])
    )
    User.objects.filter(client_profile__isnull=False).update(
        clinic=Subquery(Client.objects.filter(user=OuterRef("pk")).values("clinic")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("clinic", "0006_client_search_trigrams"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="clinic",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for the site's own administrators.",
                null=True,
                on_delete=models.deletion.PROTECT,
                related_name="accounts",
                to="clinic.clinic",
            ),
        ),
        migrations.RunPython(fill_clinics, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="user",
            name="email",
            field=models.EmailField(max_length=254),
        ),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                fields=("clinic", "email"), name="one_account_per_email_per_clinic"
            ),
        ),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                condition=Q(clinic__isnull=True),
                fields=("email",),
                name="one_site_account_per_email",
            ),
        ),
        migrations.AddIndex(
            model_name="user",
            index=models.Index(fields=["email"], name="user_email"),
        ),
    ]
