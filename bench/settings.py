"""The production settings, with the collected static files in the benchmark's own
folder (BENCH_STATIC_ROOT) so a benchmark never touches the project's staticfiles/."""

import os

from clinic.settings import *  # noqa: F403

STATIC_ROOT = os.environ["BENCH_STATIC_ROOT"]
