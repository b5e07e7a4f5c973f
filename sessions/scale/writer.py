"""How seed_scale writes its big tables (sessions/scale/seeder.py): rows as dicts of field
attnames, written by COPY on PostgreSQL and by bulk_create on any other database.

COPY skips building a model instance and an INSERT statement per row, which is most of the
time bulk_create takes. It writes what bulk_create would: the fields a row leaves out get
their model defaults, auto_now and auto_now_add fields the time of the write, ids come
from the table's sequence. The foreign keys of the tables it writes are dropped until
finish() adds them back, in the same transaction, so each is checked once over all rows.
"""

import datetime
import itertools

from django.db import connection, reset_queries
from django.utils import timezone

# Field types whose Python values psycopg writes as the field would; the values of any other
# (JSONField, say) go through the field's get_db_prep_save.
PLAIN_TYPES = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "DateField",
    "DateTimeField",
    "EmailField",
    "ForeignKey",
    "IntegerField",
    "OneToOneField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SlugField",
    "SmallIntegerField",
    "TextField",
    "UUIDField",
}


def row_writer(batch_size):
    if connection.vendor == "postgresql":
        return CopyWriter(batch_size)
    return BulkWriter(batch_size)


class BulkWriter:
    def __init__(self, batch_size):
        self.batch_size = batch_size

    def write(self, model, rows, keep=True):
        """Writes `rows` as `model`s in batches. Returns the rows with their "id" set, or
        their number when `keep` is off (so a long stream of rows never sits in memory)."""
        written = [] if keep else 0
        for chunk in itertools.batched(rows, self.batch_size):
            ids = self.write_batch(model, chunk)
            reset_queries()  # DEBUG keeps every query's SQL otherwise
            if keep:
                for row, pk in zip(chunk, ids, strict=True):
                    row["id"] = pk
                written.extend(chunk)
            else:
                written += len(chunk)
        return written

    def write_batch(self, model, rows):
        return [obj.pk for obj in model.objects.bulk_create(model(**row) for row in rows)]

    def finish(self):
        """Called once every row is in, before the transaction commits."""


class CopyWriter(BulkWriter):
    def __init__(self, batch_size):
        super().__init__(batch_size)
        self.tables = set()  # the tables taken for writing
        self.foreign_keys = []  # (table, name, definition) of those tables' foreign keys

    def write(self, model, rows, keep=True):
        self.take(model._meta.db_table)
        return super().write(model, rows, keep)

    def take(self, table):
        """Locks `table` for the rest of the transaction and drops its foreign keys until
        finish(): checking each row as it goes in takes longer than the rest of the write,
        checking them all at the end a few seconds."""
        if table in self.tables:
            return
        self.tables.add(table)
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            # No other session's INSERT can take an id in the ranges write_batch reserves.
            cursor.execute(f"LOCK TABLE {quote(table)} IN SHARE ROW EXCLUSIVE MODE")
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
                [quote(table)],
            )
            found = [(table, name, definition) for name, definition in cursor.fetchall()]
            # PostgreSQL alters no table with checks still pending (from a --flush, say):
            # run them now. Every foreign key Django makes is deferrable, initially deferred.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for _, name, _ in found:
                cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        self.foreign_keys.extend(found)

    def finish(self):
        """Adds the foreign keys back: PostgreSQL checks every row against each."""
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table, name, definition in self.foreign_keys:
                cursor.execute(
                    f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
                )
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        self.tables, self.foreign_keys = set(), []

    def write_batch(self, model, rows):
        meta = model._meta
        fields = meta.concrete_fields
        names = [field.attname for field in fields]
        now = timezone.now()
        constant, made, prepared = {}, [], []
        for field in fields:
            if field is meta.pk:
                pass
            elif getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                is_date = field.get_internal_type() == "DateField"
                constant[field.attname] = datetime.date.today() if is_date else now
            elif field.has_default() and callable(field.default):
                made.append((field.attname, field.get_default))
            else:
                constant[field.attname] = field.get_default()
            if field.get_internal_type() not in PLAIN_TYPES:
                prepared.append(field)
        quote = connection.ops.quote_name
        columns = ", ".join(quote(field.column) for field in fields)
        with connection.cursor() as cursor:
            # The next len(rows) ids of the table's sequence, as INSERTs would take them.
            cursor.execute(
                "SELECT setval(seq, nextval(seq) + %s - 1) "
                "FROM pg_get_serial_sequence(%s, %s) AS seq",
                [len(rows), meta.db_table, meta.pk.column],
            )
            (last,) = cursor.fetchone()
            ids = range(last - len(rows) + 1, last + 1)
            with cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
                for row, pk in zip(rows, ids, strict=True):
                    values = constant | row
                    values[meta.pk.attname] = pk
                    for name, make in made:
                        if name not in row:
                            values[name] = make()
                    for field in prepared:
                        values[field.attname] = field.get_db_prep_save(
                            values[field.attname], connection
                        )
                    copy.write_row([values[name] for name in names])
        return ids
