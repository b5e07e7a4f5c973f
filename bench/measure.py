"""The in-process half of the benchmark: finds the pages to load in the scale data and
counts the SQL queries one request to each makes.

Run by bench/run.py with the benchmark's environment; reads the signed-in cookies of
each role from BENCH_COOKIES (JSON: {"practitioner": {...}, "client": {...}}) and the
floor's path from BENCH_FLOOR, and prints one JSON object on its last line:
{"pages": [{"name", "path", "role", "queries", "status"}, ...], "floor": {...}}. With
BENCH_WRITERS=n it then sets up n users of each write of the write mix (bench/writes.py)
and adds them as "writes".
"""

import json
import os
import sys
from urllib.parse import urlencode


def key_pages():
    """The pages the benchmark loads, found in the scale data: (name, path, role)."""
    from django.urls import reverse

    from clinic.models import Client
    from sessions.models import CalendarFeed, Instrument, Plan, TreatmentSession
    from sessions.scale.data import BENCH_CLIENT, BENCH_PRACTITIONER

    client = Client.objects.get(user__email=BENCH_CLIENT)
    plan = Plan.objects.get(client=client, status=Plan.Status.ACTIVE)
    session = (
        plan.sessions.filter(status=TreatmentSession.Status.PLANNED).order_by("number").first()
    )
    psfs = Instrument.objects.get(clinic=client.clinic, key="psfs")
    feeds = CalendarFeed.objects.live().filter(practitioner__user__email=BENCH_PRACTITIONER)
    feed = feeds.order_by("pk").first()
    practitioner = "practitioner"
    return [
        ("dashboard", reverse("care:dashboard"), practitioner),
        ("client list", reverse("clients:list"), practitioner),
        (
            "client search",
            reverse("clients:list") + "?" + urlencode({"q": client.last_name}),
            practitioner,
        ),
        ("client page", reverse("clients:detail", args=[client.pk]), practitioner),
        ("plan progress", reverse("care:plan_progress", args=[plan.pk]), practitioner),
        ("session form", reverse("care:session_chart", args=[session.pk]), practitioner),
        ("library", reverse("library:index"), practitioner),
        ("library search", reverse("library:index") + "?q=hamstring", practitioner),
        ("program builder", reverse("clients:program_builder", args=[client.pk]), practitioner),
        ("portal home", reverse("portal:home"), "client"),
        ("portal home (French)", reverse("portal:home"), "client_fr"),
        ("intake", reverse("clients:intake", args=[client.pk]), practitioner),
        ("portal intake", reverse("portal:intake"), "client"),
        ("measure form", reverse("care:measure_entry", args=[session.pk, psfs.pk]), practitioner),
        ("outcomes report", reverse("care:outcomes"), practitioner),
        ("account security", reverse("account:security"), practitioner),
        ("slot page", reverse("portal:sessions"), "client"),
        ("week view", reverse("care:calendar_week"), practitioner),
        ("photo comparison", reverse("care:plan_photos", args=[plan.pk]), practitioner),
        ("calendar feed", reverse("booking:feed", args=[feed.token]), "anonymous"),
    ] + history_pages()


def history_pages():
    """A client with six years of history beside one with a single plan of ten sessions,
    and the portal home of a full program (sessions/scale/history.py seeds them)."""
    from django.urls import reverse

    from clinic.models import Client
    from sessions.models import Plan, TreatmentSession
    from sessions.scale.data import BENCH_LONG_CLIENT, BENCH_TEN_CLIENT

    pages = []
    for label, email in [("long history", BENCH_LONG_CLIENT), ("10 sessions", BENCH_TEN_CLIENT)]:
        client = Client.objects.get(user__email=email)
        plan = Plan.objects.get(client=client, status=Plan.Status.ACTIVE)
        session = plan.sessions.get(status=TreatmentSession.Status.PLANNED)
        pages += [
            (f"client page ({label})", reverse("clients:detail", args=[client.pk]), "practitioner"),
            (
                f"plan progress ({label})",
                reverse("care:plan_progress", args=[plan.pk]),
                "practitioner",
            ),
            (
                f"session form ({label})",
                reverse("care:session_chart", args=[session.pk]),
                "practitioner",
            ),
        ]
    return pages + [("portal home (11 exercises)", reverse("portal:home"), "client_full")]


def main():
    import django

    django.setup()

    from django.db import connection
    from django.test import Client as HttpClient
    from django.test.utils import CaptureQueriesContext

    pages = key_pages()
    cookies = json.loads(os.environ["BENCH_COOKIES"])
    browsers = {}
    for role, jar in cookies.items():
        browser = HttpClient(SERVER_NAME="127.0.0.1", SERVER_PORT="80")
        for name, value in jar.items():
            browser.cookies[name] = value
        browsers[role] = browser

    def measure(name, path, role):
        browser = browsers[role]
        browser.get(path)  # the first request of a process fills caches; count the second
        with CaptureQueriesContext(connection) as queries:
            response = browser.get(path)
        return {
            "name": name,
            "path": path,
            "role": role,
            "queries": len(queries),
            "status": response.status_code,
        }

    result = {
        "floor": measure("floor", os.environ["BENCH_FLOOR"], "practitioner"),
        "pages": [measure(*page) for page in pages],
    }
    if os.environ.get("BENCH_WRITERS"):  # after the counts: it writes what the users need
        from bench.writes import cast

        result["writes"] = cast(int(os.environ["BENCH_WRITERS"]))
    sys.stdout.write("\n" + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
