"""Fill the database with a large, varied data set: the one `make bench` measures.

    manage.py seed_scale --clinics 20 --practitioners 200 --clients 20000 \\
        --sessions 200000 --adherence 500000

Those are the defaults (SCALES["large"] in sessions/scale/data.py); pass smaller numbers
for a quick run. What it makes, and how: sessions/scale/seeder.py.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sessions.scale.data import COUNT_NAMES, SCALES
from sessions.scale.seeder import seed_scale


class Command(BaseCommand):
    help = (
        "Fills the database with a large, realistic data set for benchmarks. Only for "
        "development and benchmark databases."
    )

    def add_arguments(self, parser):
        for name in COUNT_NAMES:
            parser.add_argument(f"--{name}", type=int, default=SCALES["large"][name])
        parser.add_argument("--batch-size", type=int, default=5000)
        parser.add_argument(
            "--flush", action="store_true", help="Delete the scale data already there first."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (the accounts share a published password).",
        )

    def handle(self, *args, flush=False, force=False, batch_size=5000, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_scale creates accounts with a published password, so it only runs "
                "when DEBUG is on. Use --force for a benchmark database."
            )
        counts = {name: options[name] for name in COUNT_NAMES}
        for name, minimum in COUNT_NAMES.items():
            if counts[name] < minimum:
                raise CommandError(f"--{name} must be at least {minimum}.")
        if counts["practitioners"] < counts["clinics"]:
            raise CommandError("Every clinic needs a practitioner: --practitioners >= --clinics.")
        if counts["clients"] < counts["clinics"]:
            raise CommandError("Every clinic needs a client: --clients >= --clinics.")
        seconds = seed_scale(counts, batch_size, flush, self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Scale data ready in {seconds:.1f} s."))
