"""Booking, second part: no double booking in the database, and home-program reminders.

No double booking in the database, on PostgreSQL (sessions/models/overlap.py): one
practitioner's planned sessions may not overlap. On SQLite nothing changes here.

A database that already holds overlapping planned sessions cannot take the constraint. The
migration does not choose for the clinic which of two booked clients to move, and never
deletes or moves a session: it stops before changing anything and lists the overlapping
sessions, so that someone at the clinic moves or cancels one of each pair in the app; then
run `migrate` again. Completed sessions are left out of the constraint, so charted history
never stands in the way."""

import datetime

import django.db.models.deletion
from django.contrib.postgres.operations import BtreeGistExtension
from django.db import migrations, models

import sessions.models.overlap

OVERLAPPING = """
SELECT a.id, b.id, a.practitioner_id, a.scheduled_at, b.scheduled_at
FROM care_treatmentsession a
JOIN care_treatmentsession b
  ON a.practitioner_id = b.practitioner_id AND a.id < b.id
 AND a.status = 'planned' AND b.status = 'planned'
 AND a.scheduled_at < b.scheduled_at + make_interval(mins => b.duration_minutes)
 AND b.scheduled_at < a.scheduled_at + make_interval(mins => a.duration_minutes)
ORDER BY a.scheduled_at
LIMIT 50
"""


def refuse_existing_overlaps(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(OVERLAPPING)
        pairs = cursor.fetchall()
    if pairs:
        lines = "\n".join(
            f"  sessions {a} and {b} (practitioner {who}): {at_a:%Y-%m-%d %H:%M} "
            f"and {at_b:%Y-%m-%d %H:%M} UTC"
            for a, b, who, at_a, at_b in pairs
        )
        raise RuntimeError(
            "Some practitioners have planned sessions that overlap, so the database cannot "
            "refuse double bookings yet. Nothing was changed. Move or cancel one session "
            f"of each pair in the app, then run migrate again:\n{lines}"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("care", "0014_translatable_labels"),
        ("clinic", "0011_language"),
    ]

    operations = [
        BtreeGistExtension(),
        migrations.RunPython(refuse_existing_overlaps, migrations.RunPython.noop),
        sessions.models.overlap.AddConstraintOnPostgres(
            model_name="treatmentsession",
            constraint=sessions.models.overlap.PostgresExclusionConstraint(
                condition=models.Q(("status", "planned")),
                expressions=[
                    ("practitioner", "="),
                    (sessions.models.overlap.SessionSpan(), "&&"),
                ],
                name="session_no_overlap",
            ),
        ),
        migrations.CreateModel(
            name='ProgramReminder',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('enabled', models.BooleanField(default=False, verbose_name='send me reminders')),
                ('weekdays', models.CharField(blank=True, max_length=7)),
                ('at', models.TimeField(default=datetime.time(18, 0), verbose_name='time')),
                ('time_zone', models.CharField(max_length=64, verbose_name='time zone')),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('client', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='program_reminder', to='clinic.client')),
            ],
        ),
        migrations.CreateModel(
            name='ProgramReminderSend',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('due_at', models.DateTimeField()),
                ('enqueued_at', models.DateTimeField(blank=True, null=True)),
                ('sent_at', models.DateTimeField(blank=True, null=True)),
                ('skipped', models.BooleanField(default=False, help_text='Turned off or changed, or nothing to remind of, by then.')),
                ('reminder', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sends', to='care.programreminder')),
            ],
            options={
                'ordering': ['due_at'],
                'indexes': [models.Index(fields=['sent_at', 'enqueued_at'], name='program_reminder_unsent')],
                'constraints': [models.UniqueConstraint(fields=('reminder', 'due_at'), name='one_send_per_moment')],
            },
        ),
    ]
