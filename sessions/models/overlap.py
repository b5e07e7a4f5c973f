"""No double booking in the database, on PostgreSQL: an exclusion constraint refuses a
second booked session of one practitioner over the same time, however the row is written.

Django has no per-database switch for a constraint (`required_db_vendor` and
`required_db_features` apply to a whole model), and SQLite cannot hold an exclusion
constraint: Django would write `EXCLUDE USING gist` into SQLite's CREATE TABLE whenever it
rebuilds the table. So this constraint writes no SQL on other databases, as Django's own
constraints do for a feature a database lacks, and its migration runs on PostgreSQL only
(sessions/migrations/..._no_double_booking.py). On SQLite, booking's re-check inside the
write transaction (BEGIN IMMEDIATE) is the guarantee; see sessions/booking.py.

The constraint covers planned sessions: what booking makes and moves. A cancelled session
or a no-show frees its time, and a completed session is history as it was charted (a
signed note never changes, so an old overlap there could never be resolved).
"""

from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateTimeRangeField, RangeOperators
from django.db import migrations
from django.db.models import F, Func, Q, Value


class SessionSpan(Func):
    """The session's time as a range, from its start to its start plus its length.

    Built from functions PostgreSQL marks immutable, as a constraint's expression must be:
    adding an interval to a timestamptz is only "stable" (a day's length depends on the
    time zone), so the minutes are added to the start read in UTC and the sum read back."""

    function = "TSTZRANGE"
    output_field = DateTimeRangeField()

    def __init__(self, starts="scheduled_at", minutes="duration_minutes"):
        in_utc = Func(Value("UTC"), F(starts), function="timezone")
        length = Func(F(minutes), template="make_interval(mins => %(expressions)s)")
        ends = Func(Value("UTC"), in_utc + length, function="timezone")
        super().__init__(F(starts), ends)


class PostgresExclusionConstraint(ExclusionConstraint):
    """An ExclusionConstraint that exists on PostgreSQL only, and is never checked by
    Model.validate_constraints(): the booking functions check first and say so in plain
    words; the database is the guarantee when two bookings race."""

    def constraint_sql(self, model, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return None
        return super().constraint_sql(model, schema_editor)

    def create_sql(self, model, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return None
        return super().create_sql(model, schema_editor)

    def remove_sql(self, model, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return None
        return super().remove_sql(model, schema_editor)

    def validate(self, model, instance, exclude=None, using=None):
        return None


def no_double_booking():
    return PostgresExclusionConstraint(
        name="session_no_overlap",
        expressions=[
            ("practitioner", RangeOperators.EQUAL),
            (SessionSpan(), RangeOperators.OVERLAPS),
        ],
        condition=Q(status="planned"),
    )


class AddConstraintOnPostgres(migrations.AddConstraint):
    """AddConstraint that touches the database on PostgreSQL only (on SQLite, adding any
    constraint rebuilds the whole table, for nothing here)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
