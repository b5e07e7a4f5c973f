"""The benchmark's write mix: the four writes people make most, each loaded on its own at
the benchmark's concurrency for its duration, after the pages.

- "chart draft": a practitioner opens one of their charts and saves it as a draft;
- "sign": the same, signing it (each signed session is then done with);
- "done today": a client opens the portal and ticks an exercise done, then takes the tick
  back so the next tick writes a new entry again;
- "booking": a client opens their sessions page, books a free time a few days ahead, then
  cancels it so the plan keeps room.

Each of the `concurrency` users is a thread with its own sign-in, going as fast as the
server answers. The write's own request is timed (the page before it is load, not
measured). The users are picked and given what they need in the bench's in-process half
(`cast`, called by bench/measure.py); the threads only speak HTTP, with load_test's
browser (`SimulatedUser`) and chart form reader.
"""

import datetime
import re
import threading
import time
from types import SimpleNamespace

from bench.load_test import CHANGED, CSRF, PORTAL_DONE, SimulatedUser, chart_form, percentiles

WRITES = ["chart draft", "sign", "done today", "booking"]
SLOT = re.compile(r'name="slot" value="([^"]+)"')
CANCEL = re.compile(r'action="(/portal/sessions/\d+/cancel/)"')
# Sessions each practitioner brings: enough to sign for the whole duration on a fast day.
SESSIONS_EACH = 300
# Book this many days ahead, well past any clinic's cutoff for cancelling.
DAYS_AHEAD = 4


def cast(concurrency):
    """The users of the write mix, found in the bench clinic and set up through the ORM:
    {"practitioners": [(email, [session pk])], "clients": [email], "bookers": [email]}."""
    from bench.load_test import set_up_users

    people = set_up_users(concurrency, concurrency, sessions_each=SESSIONS_EACH)
    return {
        "practitioners": people["practitioners"],
        "clients": [email for email, _ in people["clients"]],
        "bookers": bookers(concurrency),
    }


def bookers(count):
    """Clients of the bench clinic with an active plan that has room for another session,
    each with a portal sign-in and without sessions booked ahead (the page then offers
    the plan's next number, and a cancel takes back exactly what was booked)."""
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from clinic.models import Client, Practitioner, User
    from sessions.models import Plan, TreatmentSession
    from sessions.scale.data import BENCH_PRACTITIONER, EMAIL_DOMAIN, PASSWORD

    clinic = Practitioner.objects.get(user__email=BENCH_PRACTITIONER).clinic
    ahead = TreatmentSession.objects.filter(
        status=TreatmentSession.Status.PLANNED, scheduled_at__gte=timezone.now()
    )
    plans = (
        Plan.objects.active()
        .filter(client__clinic=clinic, client__archived_at=None, session_count=None)
        .exclude(client__in=ahead.values("plan__client"))
        .select_related("client__user")
        .order_by("pk")[:count]
    )
    password = make_password(PASSWORD)
    emails = []
    for plan in plans:
        client = plan.client
        if client.user is None:
            client.user = User.objects.create(
                email=f"book-client-{client.pk}@{EMAIL_DOMAIN}",
                full_name=client.full_name,
                password=password,
            )
            Client.objects.filter(pk=client.pk).update(user=client.user)
        emails.append(client.user.email)
    if len(emails) < count:
        raise RuntimeError(f"{clinic} has {len(emails)} open-ended plans with nothing booked.")
    return emails


class Practitioner(SimulatedUser):
    def __init__(self, name, base, jar, args, sessions):
        super().__init__(name, base, jar, args)
        self.open = list(sessions)

    def chart(self, sign):
        """Saves or signs one chart; False when there is nothing left to sign."""
        if not self.open:
            return False
        pk = self.open[-1] if sign else self.open[0]
        path = f"/sessions/{pk}/chart/"
        page = self.send("chart page", "GET", path)
        if page is None:
            return True
        fields, regions = chart_form(page)
        fields = [(n, v) for n, v in fields if n not in CHANGED]
        before = self.rng.randint(2, 10)
        fields += [
            ("subjective", "Stiff after a long drive; better by the evening."),
            ("pain_before", str(before)),
            ("pain_after", str(self.rng.randint(0, before))),
            ("sign" if sign else "save", "1"),
        ]
        kind = "sign" if sign else "chart draft"
        went = f"/sessions/{pk}/" if sign else path
        if self.send(kind, "POST", path, fields, expect=302, location=went) is not None and sign:
            self.open.pop()
        return True


class Client(SimulatedUser):
    def tick(self):
        page = self.send("portal page", "GET", "/portal/")
        if page is None:
            return True
        token, items = CSRF.search(page), PORTAL_DONE.findall(page)
        if not token or not items:
            self.error("GET /portal/: no exercise left to tick")
            return True
        item = self.rng.choice(items)
        form = {"csrfmiddlewaretoken": token[1], "pain": "3", "comment": "Easy today."}
        done = self.send("done today", "POST", f"/portal/items/{item}/done/", form, 302, "/portal/")
        if done is not None:
            form = {"csrfmiddlewaretoken": token[1]}
            self.send("undo", "POST", f"/portal/items/{item}/undo/", form, 302, "/portal/")
        return True

    def book(self):
        day = datetime.date.today() + datetime.timedelta(days=DAYS_AHEAD)
        page = self.send("sessions page", "GET", f"/portal/sessions/?from={day}")
        if page is None:
            return True
        token, slots = CSRF.search(page), SLOT.findall(page)
        if not token or not slots:
            self.error("GET /portal/sessions/: no free time offered")
            return True
        form = {"csrfmiddlewaretoken": token[1], "slot": self.rng.choice(slots)}
        sent = self.send(
            "booking", "POST", "/portal/sessions/book/", form, 302, "/portal/sessions/"
        )
        if sent is None:
            return True
        # Another user may have taken that time a moment before: then nothing is booked.
        page = self.send("sessions page", "GET", "/portal/sessions/")
        for cancel in CANCEL.findall(page or ""):
            form = {"csrfmiddlewaretoken": token[1]}
            self.send("cancel", "POST", cancel, form, 302, "/portal/sessions/")
        return True


def load_writes(base, people, args, sign_in):
    """Each write of WRITES loaded for `args.duration` seconds by `args.concurrency` users:
    [{"name", "rps", "p50_ms", "p99_ms", "errors", "count"}]."""
    chance = SimpleNamespace(seed=2026)  # the users' random choices, the same every run
    practitioners = [
        Practitioner(f"p{n}", base, sign_in(base, email), chance, sessions)
        for n, (email, sessions) in enumerate(people["practitioners"])
    ]
    clients = [
        Client(f"c{n}", base, sign_in(base, email), chance)
        for n, email in enumerate(people["clients"])
    ]
    bookers = [
        Client(f"b{n}", base, sign_in(base, email), chance)
        for n, email in enumerate(people["bookers"])
    ]
    steps = {
        "chart draft": (practitioners, lambda user: user.chart(sign=False)),
        "sign": (practitioners, lambda user: user.chart(sign=True)),
        "done today": (clients, Client.tick),
        "booking": (bookers, Client.book),
    }
    results = []
    for name in WRITES:
        users, step = steps[name]
        for user in users:
            user.timings, user.error_count, user.errors = [], 0, []
        deadline = time.monotonic() + args.duration

        def loop(user, step=step, deadline=deadline):
            while time.monotonic() < deadline and step(user):
                pass

        started = time.monotonic()
        threads = [threading.Thread(target=loop, args=(user,)) for user in users]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        timed = [ms for user in users for what, ms, ok in user.timings if what == name and ok]
        results.append(
            {
                "name": name,
                "rps": round(len(timed) / elapsed, 1),
                "count": len(timed),
                "errors": sum(user.error_count for user in users),
                "first_errors": [text for user in users for text in user.errors][:3],
            }
            | percentiles(timed)
        )
    return results
