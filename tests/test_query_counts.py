"""Every page the benchmark loads makes the same number of queries, whatever the size of
the clinic's data (a count that grows with the data is an N+1 waiting to happen), and at
most ten. Two data sets from seed_scale, ten times apart."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client as Browser
from django.test.utils import CaptureQueriesContext

from bench.measure import key_pages
from clinic.models import User
from sessions.scale.data import (
    BENCH_CLIENT,
    BENCH_CLIENT_FR,
    BENCH_CLIENT_FULL,
    BENCH_PRACTITIONER,
)

pytestmark = pytest.mark.django_db

SIZES = {
    "small": {"clients": 40, "sessions": 300, "adherence": 500},
    "ten times larger": {"clients": 400, "sessions": 3000, "adherence": 5000},
}

QUERIES = {
    "dashboard": 9,
    "client list": 4,
    "client search": 4,
    "client page": 10,
    "plan progress": 7,
    "session form": 10,
    "library": 5,
    "library search": 5,
    "program builder": 6,
    "portal home": 7,
    "portal home (French)": 7,  # the twin has a plan and shared photos, no clips
    "intake": 9,
    "portal intake": 5,
    "measure form": 6,  # its response and the one before it in one query
    "outcomes report": 6,  # the kept figures, then their leads, series and measures by id
    "account security": 7,
    "slot page": 10,
    "week view": 9,  # the audit row
    "photo comparison": 7,
    "calendar feed": 2,
    # sessions/scale/history.py: six years of care cost no more queries than one plan.
    "client page (long history)": 9,
    "plan progress (long history)": 7,
    "session form (long history)": 9,
    "client page (10 sessions)": 9,
    "plan progress (10 sessions)": 7,
    "session form (10 sessions)": 9,
    "portal home (11 exercises)": 6,  # no plan, intake or photos
}


@pytest.mark.parametrize("size", SIZES)
def test_each_key_page_makes_a_fixed_number_of_queries(size):
    numbers = [f"--{name}={value}" for name, value in SIZES[size].items()]
    call_command(
        "seed_scale", "--force", "--clinics=2", "--practitioners=4", *numbers, stdout=StringIO()
    )
    browsers = {}
    roles = [
        ("practitioner", BENCH_PRACTITIONER),
        ("client", BENCH_CLIENT),
        ("client_fr", BENCH_CLIENT_FR),
        ("client_full", BENCH_CLIENT_FULL),
    ]
    for role, email in roles:
        browsers[role] = Browser()
        browsers[role].force_login(User.objects.get(email=email))
    browsers["anonymous"] = Browser()  # the calendar feed: its token is the key

    counted = {}
    for name, path, role in key_pages():
        browsers[role].get(path)  # the first request fills per-process caches
        with CaptureQueriesContext(connection) as queries:
            response = browsers[role].get(path)
        assert response.status_code == 200, f"{name} answered {response.status_code}"
        counted[name] = len(queries)

    assert counted == QUERIES
    assert max(counted.values()) <= 10
