"""Trigram indexes for the client search on PostgreSQL. A search matches any part of a
name, email or phone number (icontains: UPPER(column) LIKE '%TERM%'), which a b-tree
cannot serve; these GIN indexes can. SQLite keeps scanning the clinic's clients."""

from django.db import migrations

COLUMNS = {
    "first_name": '(UPPER("first_name"::text))',
    "last_name": '(UPPER("last_name"::text))',
    "email": '(UPPER("email"::text))',
    "phone_digits": '"phone_digits"',
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column, expression in COLUMNS.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS client_{column}_trgm ON clinic_client "
            f"USING gin ({expression} gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS client_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [("clinic", "0005_client_dashboard_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
