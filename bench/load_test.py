"""A bounded load test: practitioners charting and clients logging at the same time, then a
check in the database that no write the server confirmed was lost.

    make load-test [DB=postgres] [SCALE=large] [LOAD_SECONDS=120] [USERS=16] [JSON=path]
    .venv/bin/python bench/load_test.py --db postgres --scale small --duration 30

The database and the server are bench/run.py's (its functions, not copies): a fresh SQLite
file or throwaway PostgreSQL cluster, seed_scale, gunicorn with two sync workers on
127.0.0.1 and production settings. Then, through the ORM on the same database, the users:
half are practitioners of the bench clinic, each with planned sessions of their own to chart
(their bookings, topped up with new plans); half are clients of that clinic with a current
home program, given a portal sign-in when they have none. Each signs in through the real
form, then runs in its own thread, without pauses, for the whole duration:

- a practitioner opens one of their charts, saves it as a draft (the form as the page gave
  it, seen_version included, with new pain scores, a body-map region and a subjective note
  carrying a unique marker), and now and then signs it instead;
- a client opens the portal, ticks an exercise done (a pain score and a comment carrying a
  unique marker), and now and then takes the tick back.

An error is a 5xx, a connection error, or any answer but the page's answer to success: a
draft refused as a conflict counts, since each practitioner edits only their own sessions.
Afterwards every confirmed write is looked for in the database: a session's notes hold its
last confirmed marker (or a later one from the same user) and its pain scores, and it is
signed if that write signed it; each exercise's entry for the day holds the last confirmed
tick, or is gone if that was an undo; no entry carries a marker that was taken back; and
each plan charted keeps the progress a recount of its sessions gives.

Exit status: 0 with no errors, no lost writes and no stale plan; 1 otherwise, or when the
run broke.
Nothing is sent anywhere but 127.0.0.1.
"""

import argparse
import contextlib
import datetime
import html
import http.client
import json
import os
import random
import re
import resource
import secrets
import statistics
import subprocess
import sys
import threading
import time
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script, only bench/ is on the path
    sys.path.insert(0, str(ROOT))

from bench import run as bench_run  # noqa: E402

# A practitioner signs one save in this many; a client takes back one tick in this many.
SIGN_SHARE = 0.1
UNDO_SHARE = 0.2
# Planned sessions per practitioner: at about 4 saves a second (8 practitioners, 2 workers),
# two minutes sign some 45 of them. With one left a practitioner stops signing and keeps
# saving drafts of it.
SESSIONS_EACH = 100
OPEN_ENDED_LENGTH = 12  # sessions booked in a new plan of an open-ended series

MARKER = re.compile(r"\[load (?P<run>\w+) (?P<user>[pc]\d+) #(?P<seq>\d+)\]")
CHART_FORM = re.compile(r'<form id="chart-form".*?</form>', re.S)
INPUT = re.compile(r"<input\b([^>]*)>")
TEXTAREA = re.compile(r"<textarea\b([^>]*)>(.*?)</textarea>", re.S)
SELECT = re.compile(r"<select\b([^>]*)>(.*?)</select>", re.S)
OPTION = re.compile(r"<option\b([^>]*)>")
ATTRIBUTE = re.compile(r'([\w-]+)(?:="([^"]*)")?')
REGION = re.compile(r'name="([\w]+)-marked"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
PORTAL_DONE = re.compile(r'action="/portal/items/([0-9a-f-]{36})/done/"')
PORTAL_ANY = re.compile(r'action="/portal/items/([0-9a-f-]{36})/(?:done|undo)/"')

NOTES = [
    "Low back eased for two days after the last session; stiff again after a long drive.",
    "Slept better. The pull into the groin only comes on the stairs now.",
    "Did the exercises most mornings. Neck tight after a week at the laptop.",
    "Ran 5 km without the knee complaining. Hamstrings feel long but tired.",
]
COMMENTS = ["Easy today.", "Felt a stretch in the hip.", "Did it after work.", ""]


def main():
    args = parse_args()
    with contextlib.ExitStack() as cleanup:
        try:
            ok = run(args, cleanup)
        except (subprocess.CalledProcessError, OSError, RuntimeError) as error:
            print(f"load test: {error}", file=sys.stderr)
            return 1
    return 0 if ok else 1


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="postgres")
    parser.add_argument("--scale", choices=sorted(bench_run.SCALES), default="large")
    parser.add_argument("--duration", type=int, default=120, help="seconds of load")
    parser.add_argument("--users", type=int, default=16, help="half practitioners, half clients")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--seed", type=int, default=2026, help="for the users' random choices")
    parser.add_argument("--json", metavar="PATH", help="write the summary as JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if args.users < 2:
        parser.error("--users must be at least 2: one practitioner and one client.")
    return args


def run(args, cleanup):
    tmp, env, postmaster_pid = bench_run.fresh_database(args, cleanup)
    seed_seconds = bench_run.seed(env, args.db, args.scale)

    # The ORM in this process, on the benchmark's database and settings: to set the users
    # up now and to check their writes at the end. The threads only speak HTTP.
    os.environ.update(env)
    import django

    django.setup()
    from django.db import connection

    practitioners = args.users // 2
    cast = set_up_users(practitioners, args.users - practitioners)
    connection.close()  # idle until the check; gunicorn's workers have their own

    port = bench_run.free_port()
    base = f"http://{bench_run.HOST}:{port}"
    master = bench_run.start_gunicorn(env, port, args.workers, tmp, cleanup)
    bench_run.wait_until_up(base)
    server = [master.pid] + ([postmaster_pid] if postmaster_pid else [])

    run_id = secrets.token_hex(3)
    users = []
    for n, (email, sessions) in enumerate(cast["practitioners"]):
        users.append(
            PractitionerUser(f"p{n}", base, bench_run.sign_in(base, email), args, sessions)
        )
    for n, (email, zone) in enumerate(cast["clients"]):
        users.append(ClientUser(f"c{n}", base, bench_run.sign_in(base, email), args, zone))
    print(
        f"{len(cast['practitioners'])} practitioners and {len(cast['clients'])} clients of "
        f"{cast['clinic']} signed in; {args.duration} s of load on {args.workers} sync workers"
    )

    deadline = time.monotonic() + args.duration
    threads = [threading.Thread(target=user.loop, args=(run_id, deadline)) for user in users]
    started, cpu_before = time.monotonic(), cpu_seconds(server)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    # On a small machine the load generator competes with the server for the CPUs.
    capacity = elapsed * (os.cpu_count() or 1)
    cpu = {
        name: round((used - cpu_before[name]) / capacity, 2)
        for name, used in cpu_seconds(server).items()
    }

    writes = [write for user in users for write in user.writes]
    check = check_writes(writes, run_id)
    summary = summarize(args, users, elapsed, check, seed_seconds) | {"cpu_share": cpu}
    print_summary(summary, users)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
        print(f"Wrote {args.json}")
    failed = (
        summary["errors"]
        or summary["lost_writes"]
        or summary["undone_left"]
        or summary["stray_entries"]
        or summary["stale_plans"]
    )
    if summary["errors"]:
        log = (tmp / "gunicorn.log").read_text().splitlines()[-30:]
        print("The end of gunicorn's log:", *log, sep="\n  ")
    print("FAILED." if failed else "No errors, no lost writes.")
    return not failed


# The users -----------------------------------------------------------------------------


@dataclass
class Write:
    """A write one user sent, and what it leaves in the database if it went through: a
    session's (user, seq, pain before, pain after, signed), an exercise's entry for the day
    as (user, seq, pain), or None when the entry is taken back."""

    kind: str  # draft, sign, done, undo
    user: str
    seq: int
    key: tuple  # ("session", pk) or ("entry", item key, day)
    effect: tuple | None
    confirmed: bool = False
    # The clinic's date moved on while the request was out: which day it counts for is
    # not known, so its exercise is left out of the check.
    unsure_day: bool = False


class SimulatedUser:
    """One person at a browser: their cookies, timings, errors and writes."""

    def __init__(self, name, base, jar, args):
        self.name = name
        self.base = base
        self.jar = jar
        self.rng = random.Random(f"{args.seed}-{name}")
        self.timings = []  # (what, milliseconds, ok)
        self.errors = []  # descriptions, the first few of each user kept
        self.error_count = 0
        self.writes = []
        self.seq = 0

    def marker(self, run_id):
        self.seq += 1
        return self.seq, f"[load {run_id} {self.name} #{self.seq}]"

    def send(self, what, method, path, form=None, expect=200, location=None):
        """One request, as a browser would send it (cookies kept, redirects not followed).
        Returns the page's text when the answer is the expected one; else counts an error
        and returns None."""
        body = urlencode(form) if form is not None else None
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else None
        started = time.perf_counter()
        try:
            status, raw, answer = bench_run.request(
                self.base, method, path, self.jar, body, headers
            )
        except (OSError, http.client.HTTPException) as error:
            self.timings.append((what, (time.perf_counter() - started) * 1000, False))
            self.error(f"{method} {path}: {type(error).__name__}: {error}")
            time.sleep(0.1)  # do not spin on a server that is gone
            return None
        self.timings.append((what, (time.perf_counter() - started) * 1000, True))
        update_jar(self.jar, answer)
        text = bench_run.text_of(raw, answer) if status == 200 else ""
        went = urlsplit(answer.get("Location", "")).path
        if status != expect or (location is not None and went != location):
            self.timings[-1] = (what, self.timings[-1][1], False)
            self.error(f"{method} {path}: {status} {went or why_not(text)}")
            return None
        return text

    def error(self, text):
        self.error_count += 1
        if len(self.errors) < 5:
            self.errors.append(f"{self.name}: {text}")


class PractitionerUser(SimulatedUser):
    def __init__(self, name, base, jar, args, sessions):
        super().__init__(name, base, jar, args)
        self.open = list(sessions)  # not signed yet

    def loop(self, run_id, deadline):
        while time.monotonic() < deadline:
            pk = self.rng.choice(self.open)
            chart = f"/sessions/{pk}/chart/"
            page = self.send("chart page", "GET", chart)
            if page is None:
                continue
            fields, regions = chart_form(page)
            if "seen_version" not in dict(fields) or not regions:
                self.error(f"GET {chart}: no chart form with a seen_version and a body map")
                continue
            sign = len(self.open) > 1 and self.rng.random() < SIGN_SHARE
            seq, marker = self.marker(run_id)
            before = self.rng.randint(0, 10)
            after = self.rng.randint(0, before)
            region = self.rng.choice(regions)
            fields = [
                (n, v) for n, v in fields if n not in CHANGED and not n.startswith(f"{region}-")
            ]
            fields += [
                ("subjective", f"{marker} {self.rng.choice(NOTES)}"),
                ("pain_before", str(before)),
                ("pain_after", str(after)),
                (f"{region}-marked", "on"),
                (f"{region}-intensity", str(before)),
                (f"{region}-kind", self.rng.choice(["local", "referred"])),
                (f"{region}-source", ""),
                ("sign" if sign else "save", "1"),
            ]
            write = Write(
                "sign" if sign else "draft",
                self.name,
                seq,
                ("session", pk),
                (self.name, seq, before, after, sign),
            )
            self.writes.append(write)
            done = f"/sessions/{pk}/" if sign else chart
            if self.send(write.kind, "POST", chart, fields, expect=302, location=done) is None:
                continue
            write.confirmed = True
            if sign:
                self.open.remove(pk)
                self.send("session page", "GET", done)  # where the browser goes next


# What a practitioner changes on the chart; the rest goes back as the page gave it.
CHANGED = {"subjective", "pain_before", "pain_after", "save", "sign"}


class ClientUser(SimulatedUser):
    def __init__(self, name, base, jar, args, zone):
        super().__init__(name, base, jar, args)
        self.zone = zoneinfo.ZoneInfo(zone)

    def loop(self, run_id, deadline):
        while time.monotonic() < deadline:
            page = self.send("portal page", "GET", "/portal/")
            if page is None:
                continue
            token = CSRF.search(page)
            # Like a person: an exercise still to do today, or, when all are done, any.
            items = PORTAL_DONE.findall(page) or PORTAL_ANY.findall(page)
            if not token or not items:
                self.error("GET /portal/: no exercise to tick")
                continue
            item = self.rng.choice(items)
            seq, marker = self.marker(run_id)
            pain = self.rng.randint(0, 10)
            form = {
                "csrfmiddlewaretoken": token[1],
                "pain": str(pain),
                "comment": f"{marker} {self.rng.choice(COMMENTS)}".strip(),
            }
            write = Write("done", self.name, seq, (), (self.name, seq, pain))
            if not self.tick(write, item, form):
                continue
            if self.rng.random() < UNDO_SHARE:
                seq, _ = self.marker(run_id)
                write = Write("undo", self.name, seq, (), None)
                self.tick(write, item, {"csrfmiddlewaretoken": token[1]})

    def tick(self, write, item, form):
        """Sends a done or an undo; the entry it touches is the one of the clinic's day."""
        day = self.today()
        self.writes.append(write)
        path = f"/portal/items/{item}/{write.kind}/"
        text = self.send(write.kind, "POST", path, form, expect=302, location="/portal/")
        write.key = ("entry", item, self.today())
        write.unsure_day = write.key[2] != day
        write.confirmed = text is not None
        return write.confirmed

    def today(self):
        return datetime.datetime.now(self.zone).date()


def chart_form(page):
    """The fields the chart form would send as the page shows it, as (name, value) pairs,
    and the body-map regions it offers."""
    form = CHART_FORM.search(page)
    if not form:
        return [], []
    form = form[0]
    fields = []
    for attributes in INPUT.findall(form):
        attrs = dict(ATTRIBUTE.findall(attributes))
        kind, name = attrs.get("type", "text"), attrs.get("name")
        if not name or (kind in {"checkbox", "radio"} and "checked" not in attrs):
            continue
        default = "on" if kind in {"checkbox", "radio"} else ""
        fields.append((name, html.unescape(attrs["value"] if "value" in attrs else default)))
    for attributes, text in TEXTAREA.findall(form):
        text = text.removeprefix("\r\n").removeprefix("\n")  # as a browser reads it
        fields.append((dict(ATTRIBUTE.findall(attributes))["name"], html.unescape(text)))
    for attributes, options in SELECT.findall(form):
        choices = [dict(ATTRIBUTE.findall(option)) for option in OPTION.findall(options)]
        chosen = next((o for o in choices if "selected" in o), choices[0] if choices else {})
        fields.append((dict(ATTRIBUTE.findall(attributes))["name"], chosen.get("value", "")))
    return fields, REGION.findall(form)


def why_not(text):
    """A word on a page that answered 200 where a redirect was expected."""
    if "while you were editing" in text:
        return "(a conflict on the practitioner's own draft)"
    errors = re.search(r'class="(?:form-)?errors?"[^>]*>(.*?)</', text, re.S)
    return f"(the form was refused: {errors[1].strip()})" if errors else ""


def update_jar(jar, headers):
    """Keeps the cookies the server sets and drops the ones it deletes, as a browser does."""
    for line in headers.get_all("Set-Cookie") or []:
        name, _, rest = line.partition("=")
        value = rest.split(";", 1)[0]
        if "max-age=0" in line.lower().replace(" ", ""):
            jar.pop(name.strip(), None)
        else:
            jar[name.strip()] = value


# The database side (the ORM in this process) -------------------------------------------


def set_up_users(practitioners, clients, sessions_each=SESSIONS_EACH):
    """Picks the users from the bench clinic and gives them what they need. Returns
    {"clinic": name, "practitioners": [(email, [session pk, ...])],
    "clients": [(email, time zone)]}."""
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from clinic.models import Client, Practitioner, User
    from sessions.models import HomeProgram
    from sessions.scale.data import BENCH_PRACTITIONER, EMAIL_DOMAIN, PASSWORD

    with transaction.atomic():
        lead = Practitioner.objects.select_related("clinic").get(user__email=BENCH_PRACTITIONER)
        clinic = lead.clinic
        staff = list(
            Practitioner.objects.filter(clinic=clinic, user__is_active=True)
            .select_related("user")
            .prefetch_related("credentials")
            .order_by("pk")
        )
        staff.sort(key=lambda p: p.pk != lead.pk)  # the bench practitioner first
        if len(staff) < practitioners:
            raise RuntimeError(
                f"{clinic} has {len(staff)} practitioners; {practitioners} are needed."
            )

        # Clients with a current program, the ones with a portal sign-in first.
        with_program = HomeProgram.objects.current().filter(items__isnull=False)
        candidates = list(
            Client.objects.filter(
                clinic=clinic, archived_at=None, pk__in=with_program.values("client_id")
            ).select_related("user")
        )
        candidates.sort(key=lambda c: (c.user_id is None, c.pk))
        portal = candidates[:clients]
        if len(portal) < clients:
            raise RuntimeError(f"{clinic} has {len(portal)} clients with a current program.")
        password = make_password(PASSWORD)
        for client in portal:
            if client.user is None:
                client.user = User.objects.create(
                    email=f"load-client-{client.pk}@{EMAIL_DOMAIN}",
                    full_name=client.full_name,
                    password=password,
                )
                client.save(update_fields=["user"])

        # New plans go to clients without a portal sign-in, so the two halves stay apart.
        others = iter(
            Client.objects.filter(clinic=clinic, archived_at=None, user=None)
            .exclude(pk__in=[c.pk for c in portal])
            .order_by("pk")
        )
        charting = [
            (p.user.email, sessions_to_chart(p, clinic, others, sessions_each))
            for p in staff[:practitioners]
        ]
    return {
        "clinic": clinic.name,
        "practitioners": charting,
        "clients": [(c.user.email, clinic.time_zone) for c in portal],
    }


def sessions_to_chart(practitioner, clinic, clients, count=SESSIONS_EACH):
    """`count` planned sessions of `practitioner`'s that their credentials cover:
    their own bookings, then new plans for `clients` in the series they cover furthest."""
    from django.utils import timezone

    from sessions.models import Plan, Series, TreatmentSession
    from sessions.models.treatment import covers

    planned = TreatmentSession.objects.filter(
        practitioner=practitioner,
        status=TreatmentSession.Status.PLANNED,
        signed_at=None,
        plan__status=Plan.Status.ACTIVE,
    ).select_related("plan__series")
    chosen = [
        s.pk
        for s in planned.order_by("scheduled_at")
        if covers(practitioner.scope_for(s.plan.series.method), s.number)
    ][:count]

    options = []
    for series in Series.objects.filter(clinic=clinic, is_active=True):
        limit = practitioner.scope_for(series.method)
        if limit != 0:
            length = series.session_count or OPEN_ENDED_LENGTH
            options.append((min(length, limit or length), series.pk, series))
    if not options:
        raise RuntimeError(f"{practitioner} holds no credential for any series of {clinic}.")
    length, _, series = max(options)

    # A year out and two hours apart: clear of the bookings the data has, and of each other
    # (PostgreSQL refuses a practitioner's overlapping sessions).
    first = timezone.now().replace(minute=0, second=0, microsecond=0) + datetime.timedelta(days=365)
    while len(chosen) < count:
        client = next(clients, None)
        if client is None:
            raise RuntimeError(f"{clinic} has too few clients for the new plans.")
        plan = Plan.objects.create(client=client, series=series, lead=practitioner)
        sessions = TreatmentSession.objects.bulk_create(
            TreatmentSession(
                plan=plan,
                number=number,
                practitioner=practitioner,
                scheduled_at=first + datetime.timedelta(hours=2 * (len(chosen) + number)),
            )
            for number in range(1, min(length, count - len(chosen)) + 1)
        )
        chosen += [s.pk for s in sessions]
    return chosen


def check_writes(writes, run_id):
    """Compares what each confirmed write should have left with what the database holds.
    For every row touched, the state must be what the last confirmed write made of it, or
    what a later write of the same user made (one the server may have done without
    confirming it: only after an error)."""
    from sessions.models import AdherenceEntry, TreatmentSession

    def marked(text):
        found = MARKER.search(text or "")
        if found and found["run"] == run_id:
            return found["user"], int(found["seq"])
        return None, None

    unsure = {w.key[1] for w in writes if w.unsure_day}
    by_key = {}
    for write in writes:
        if write.key and not (write.key[0] == "entry" and write.key[1] in unsure):
            by_key.setdefault(write.key, []).append(write)

    state = {}
    pks = [key[1] for key in by_key if key[0] == "session"]
    for row in TreatmentSession.objects.filter(pk__in=pks).values(
        "pk", "subjective", "pain_before", "pain_after", "signed_at"
    ):
        after = (row["pain_before"], row["pain_after"], row["signed_at"] is not None)
        state[("session", row["pk"])] = (*marked(row["subjective"]), *after)
    entry_keys = {key for key in by_key if key[0] == "entry"}
    entries = AdherenceEntry.objects.filter(
        item__key__in={key[1] for key in entry_keys}, day__in={key[2] for key in entry_keys}
    ).values_list("item__key", "day", "pain", "comment")
    for item, day, pain, comment in entries:
        if ("entry", str(item), day) in entry_keys:
            state[("entry", str(item), day)] = (*marked(comment), pain)

    confirmed = verified = 0
    lost, undone_left = [], []
    for key, sent in by_key.items():
        acknowledged = [w for w in sent if w.confirmed]
        if not acknowledged:
            continue
        confirmed += len(acknowledged)
        last = acknowledged[-1]
        found = state.get(key)
        if any(w.effect == found for w in sent if w.seq >= last.seq):
            verified += len(acknowledged)
        elif last.kind == "undo":
            undone_left.append(f"{key}: taken back by {last.user} #{last.seq}, found {found}")
        else:
            lost.append(f"{key}: expected {last.kind} {last.effect}, found {found}")

    # Nothing taken back may linger anywhere, even on a day the check above did not expect.
    expected = sum(1 for key in entry_keys if state.get(key, (None,))[0] is not None)
    marked_now = (
        AdherenceEntry.objects.filter(comment__startswith=f"[load {run_id} ")
        .exclude(item__key__in=unsure)
        .count()
    )
    return {
        "confirmed": confirmed,
        "verified": verified,
        "lost": lost,
        "undone_left": undone_left,
        "stray_entries": max(0, marked_now - expected),
        "unsure_items": len(unsure),
        "stale_plans": stale_progress(pks),
    }


def stale_progress(session_pks):
    """The plans of these sessions whose kept progress (sessions given, first and latest
    pain) differs from a recount of their sessions."""
    from sessions.models import Plan, TreatmentSession

    plans = Plan.objects.filter(sessions__pk__in=session_pks).distinct()
    pains = {plan.pk: [] for plan in plans}
    given = TreatmentSession.objects.filter(
        plan__in=list(pains), status=TreatmentSession.Status.COMPLETED
    ).order_by("plan_id", "number")
    for plan_id, pain in given.values_list("plan_id", "pain_before"):
        pains[plan_id].append(pain)
    stale = []
    for plan in plans:
        done = pains[plan.pk]
        kept = (plan.completed_count, plan.first_pain, plan.latest_pain)
        recount = (len(done), done[0] if done else None, done[-1] if done else None)
        if kept != recount:
            stale.append(f"plan {plan.pk}: kept {kept}, recounted {recount}")
    return stale


# The summary ---------------------------------------------------------------------------


def summarize(args, users, elapsed, check, seed_seconds):
    timings = [t for user in users for t in user.timings]
    kinds = {}
    for what, ms, ok in timings:
        kinds.setdefault(what, []).append((ms, ok))
    writes = [w for user in users for w in user.writes if w.confirmed]
    return {
        "db": args.db,
        "scale": args.scale,
        "seed_seconds": round(seed_seconds),
        "workers": args.workers,
        "users": {
            "practitioners": sum(isinstance(u, PractitionerUser) for u in users),
            "clients": sum(isinstance(u, ClientUser) for u in users),
        },
        "seconds": round(elapsed, 1),
        "requests": len(timings),
        "rps": round(len(timings) / elapsed, 1),
        **percentiles([ms for _, ms, _ in timings]),
        "errors": sum(user.error_count for user in users),
        "by_kind": {
            what: {
                "requests": len(rows),
                **percentiles([ms for ms, _ in rows]),
                "errors": sum(not ok for _, ok in rows),
            }
            for what, rows in sorted(kinds.items())
        },
        "writes_confirmed": check["confirmed"],
        "writes_by_kind": {
            kind: sum(w.kind == kind for w in writes) for kind in ["draft", "sign", "done", "undo"]
        },
        "writes_verified": check["verified"],
        "lost_writes": len(check["lost"]),
        "lost": check["lost"][:20],
        "undone_left": len(check["undone_left"]),
        "undone_left_examples": check["undone_left"][:20],
        "stray_entries": check["stray_entries"],
        "items_not_checked": check["unsure_items"],
        "stale_plans": len(check["stale_plans"]),
        "stale_plan_examples": check["stale_plans"][:20],
    }


def cpu_seconds(server):
    """CPU seconds used so far by the server's processes (pids and their descendants)
    and by this process, all its threads."""
    ticks = sum(bench_run.process_tree(server).values()) / os.sysconf("SC_CLK_TCK")
    mine = resource.getrusage(resource.RUSAGE_SELF)
    return {"server": ticks, "load generator": mine.ru_utime + mine.ru_stime}


def percentiles(values):
    if len(values) < 2:
        return {"p50_ms": round(values[0], 1) if values else 0, "p99_ms": 0}
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": round(cuts[49], 1), "p99_ms": round(cuts[98], 1)}


def print_summary(summary, users):
    people = summary["users"]
    print()
    print(
        f"{summary['db']}, {summary['scale']} data set (seeded in {summary['seed_seconds']} s), "
        f"{summary['workers']} sync workers, {people['practitioners']} practitioners + "
        f"{people['clients']} clients for {summary['seconds']} s"
    )
    header = f"{'request':<14} {'count':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}"
    print(header)
    print("-" * len(header))
    for what, row in summary["by_kind"].items():
        print(
            f"{what:<14} {row['requests']:7d} {row['p50_ms']:7.1f} {row['p99_ms']:7.1f} "
            f"{row['errors']:6d}"
        )
    print(
        f"{'all':<14} {summary['requests']:7d} {summary['p50_ms']:7.1f} "
        f"{summary['p99_ms']:7.1f} {summary['errors']:6d}   {summary['rps']} req/s"
    )
    by_kind = ", ".join(f"{n} {kind}" for kind, n in summary["writes_by_kind"].items())
    print(
        f"Writes confirmed: {summary['writes_confirmed']} ({by_kind}); "
        f"verified in the database: {summary['writes_verified']}; "
        f"lost: {summary['lost_writes']}; taken-back ticks still there: "
        f"{summary['undone_left']}; stray marked entries: {summary['stray_entries']}; "
        f"plans whose progress does not match their sessions: {summary['stale_plans']}"
    )
    cpu = summary["cpu_share"]
    print(
        f"Share of the {os.cpu_count()} CPUs used during the load: server (gunicorn and the "
        f"database) {cpu['server']:.0%}, this load generator {cpu['load generator']:.0%}"
    )
    if summary["items_not_checked"]:
        print(
            f"Not checked: {summary['items_not_checked']} exercise(s) ticked while the "
            "clinic's date changed (the day their entry went to is not known)."
        )
    for line in summary["lost"]:
        print(f"LOST: {line}")
    for line in summary["undone_left_examples"]:
        print(f"UNDONE BUT STILL THERE: {line}")
    for line in summary["stale_plan_examples"]:
        print(f"STALE PROGRESS: {line}")
    for user in users:
        for text in user.errors:
            print(f"ERROR: {text}")


if __name__ == "__main__":
    sys.exit(main())
