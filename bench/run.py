"""Load the key pages and the common writes of the app on a large data set and report how
they hold up.

    make bench DB=sqlite|postgres SCALE=small|large|xlarge [DURATION=10] [JSON=path]
    .venv/bin/python bench/run.py --db postgres --scale large --duration 10 --json out.json

Steps: a fresh database (an SQLite file in a temporary folder, or a throwaway PostgreSQL
cluster on a free port), migrate, seed_scale, collectstatic, then gunicorn with two sync
workers on 127.0.0.1 and production settings (DEBUG off). It signs in as the bench
accounts with a real POST to the sign-in form, and loads each key page with wrk
(concurrency 4, a fixed duration), after a trivial page that goes through the same
middleware: the floor, loaded again after every five pages, so that each page is set
against the floor as the machine ran just before and after it. Then the write mix
(bench/writes.py): saving a chart draft, signing, a client's "Done today" and a booking,
each by four users at once for the same duration. Queries per request are counted
in-process (Django's test client on the same database and session). Sizes: the page's
HTML as the app sends it (uncompressed: compress at the proxy, README), and the first
load: the HTML gzip-compressed plus every same-origin file it loads (CSS, JS, icons,
images), as served compressed. Nothing is sent anywhere but 127.0.0.1.

Every target is a ratio to the floor of the same run, since machines vary several-fold
from day to day. The report goes to .bench/DB-SCALE.json; an xlarge run compares each
page's share of the floor with the large run's found there.

Exit status: 0 when every page and write answered, even if targets are missed (they are
listed); 1 when one failed (errors, or not a 200) or the run itself broke.
"""

import argparse
import contextlib
import gzip
import http.client
import json
import os
import re
import resource
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script, only bench/ is on the path
    sys.path.insert(0, str(ROOT))

# The data sets and the accounts seed_scale makes; that module needs no Django.
from sessions.scale.data import (  # noqa: E402
    BENCH_CLIENT,
    BENCH_CLIENT_FR,
    BENCH_CLIENT_FULL,
    BENCH_PRACTITIONER,
    PASSWORD,
    SCALES,
)

PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
HOST = "127.0.0.1"

RESULTS = ROOT / ".bench"  # each run's report, DB-SCALE.json, for the next run to compare with
FLOOR_PATH = "/hello"
FLOOR_STAND_IN = "/healthz"

# The targets, for the large and xlarge data sets on PostgreSQL. Machines vary several-fold
# from day to day, so each is a ratio to the floor of the same run.
MIN_SHARE_OF_FLOOR = 0.25
# The pages that show the most keep at least the share they had (README, Performance); so
# do their heavy variants ("client page (long history)").
MIN_SHARES = {"dashboard": 0.17, "client page": 0.185, "session form": 0.13}
MAX_P99_TIMES_FLOOR = 13
MAX_WRITE_P99_TIMES_FLOOR = 20
MAX_QUERIES = 10
SEARCH_PAGES = {"client search", "library search"}
MAX_SEARCH_P50_TIMES_FLOOR = 4
MAX_WORKER_RSS_MB = 150
MAX_BYTES = 60_000
# A page's share of the floor on a data set ten times larger, as a part of its share on the
# one it is compared with (--compare): its cost must not grow with the data.
MIN_SHARE_KEPT = 0.9
# The floor is loaded again after every so many pages, and each page's share is taken
# against the floor's runs just before and after it.
FLOOR_EVERY = 5
# A long history's pages take at most this many times a 10-session client's.
MAX_LONG_HISTORY_TIMES = 2
LONG, SHORT = " (long history)", " (10 sessions)"


def main():
    args = parse_args()
    wrk = shutil.which("wrk")
    if not wrk:
        sys.exit("wrk is missing: apt-get install -y wrk (make bench installs it).")
    with contextlib.ExitStack() as cleanup:
        try:
            ok = run(args, cleanup)
        except (subprocess.CalledProcessError, RuntimeError) as error:
            print(f"bench: {error}", file=sys.stderr)
            return 1
    return 0 if ok else 1


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--wait-quiet",
        type=int,
        default=30,
        metavar="SECONDS",
        help="before each page, wait up to this long for other programs to leave the CPUs idle",
    )
    parser.add_argument(
        "--json",
        metavar="PATH",
        help=f"write the results as JSON here as well as in {RESULTS}/DB-SCALE.json",
    )
    parser.add_argument(
        "--compare",
        metavar="PATH",
        help="the JSON of a run on a smaller data set: each page must keep its share of the "
        f"floor (default for xlarge: {RESULTS}/DB-large.json, when there is one)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    return parser.parse_args()


def run(args, cleanup):
    tmp, env, postmaster_pid = fresh_database(args, cleanup)
    started = time.monotonic()
    seed_seconds = seed(env, args.db, args.scale)

    port = free_port()
    base = f"http://{HOST}:{port}"
    master = start_gunicorn(env, port, args.workers, tmp, cleanup)
    wait_until_up(base)
    stack = [master.pid] + ([postmaster_pid] if postmaster_pid else [])

    cookies = {
        "practitioner": sign_in(base, BENCH_PRACTITIONER),
        "client": sign_in(base, BENCH_CLIENT),
        "client_fr": sign_in(base, BENCH_CLIENT_FR),
        "anonymous": {},
        "client_full": sign_in(base, BENCH_CLIENT_FULL),
    }
    floor_path = FLOOR_PATH
    if get(base, FLOOR_PATH, cookies["practitioner"])[0] != 200:
        print(f"Note: {FLOOR_PATH} is not there yet; {FLOOR_STAND_IN} stands in as the floor.")
        floor_path = FLOOR_STAND_IN
    measured = measure_in_process(env, cookies, floor_path, args.concurrency)

    floor = measured["floor"]
    pages = measured["pages"]
    failures = []
    for page in [floor, *pages]:
        jar = cookies[page["role"]]
        status, body, headers = get(base, page["path"], jar)
        if status != 200 or page["status"] != 200:
            failures.append(f"{page['name']} {page['path']} answered {status}")
        page["html_bytes"] = len(text_of(body, headers).encode())
        page["bytes"], page["external"] = first_load_bytes(base, page["path"], body, headers, jar)
        for _ in range(3):  # warm the workers: each compiles its templates once
            get(base, page["path"], jar)

    print(f"Loading each page for {args.duration} s at concurrency {args.concurrency}")
    floor_runs = []
    for index, page in enumerate([floor, *pages]):
        wait_for_quiet(stack, args.wait_quiet)
        figures = load(base, page["path"], cookies[page["role"]], args, stack)
        print(
            f"  {page['name']:<16} {figures['rps']:8.1f} req/s"
            f"  (other programs: {figures['other_cpu']:.0%} of the CPUs)"
        )
        if get(base, page["path"], cookies[page["role"]])[0] != 200:
            failures.append(f"{page['name']} stopped answering 200 during the run")
        if page is floor:
            floor_runs.append(figures)
            continue
        page.update(figures, floor_before=len(floor_runs) - 1)
        if index % FLOOR_EVERY == 0 or index == len(pages):
            wait_for_quiet(stack, args.wait_quiet)
            floor_runs.append(load(base, floor["path"], cookies[floor["role"]], args, stack))
            print(f"  {floor['name']:<16} {floor_runs[-1]['rps']:8.1f} req/s")
    floor.update(mean_of(floor_runs))
    from bench.writes import load_writes  # it builds on load_test, which imports this module

    print(f"Each write for {args.duration} s by {args.concurrency} users at once")
    writes = load_writes(base, measured["writes"], args, sign_in)
    for write in writes:
        print(f"  {write['name']:<16} {write['rps']:8.1f} a second  p99 {write['p99_ms']} ms")
    workers = worker_memory(master)

    for page in pages:
        # Against the floor measured just before and just after it: the machine's speed
        # drifts over a run of several minutes (settling after the seed, for one).
        nearby = (
            floor_runs[page["floor_before"]]["rps"] + floor_runs[page["floor_before"] + 1]["rps"]
        )
        page["share_of_floor"] = round(2 * page["rps"] / nearby, 3) if nearby else 0
    report = {
        "db": args.db,
        "scale": args.scale,
        "hello": {
            key: floor[key]
            for key in ["path", "rps", "p50_ms", "p99_ms", "errors", "queries", "bytes"]
        }
        | {"runs": [run["rps"] for run in floor_runs]},
        "pages": [
            {
                key: page[key]
                for key in [
                    "name",
                    "path",
                    "rps",
                    "p50_ms",
                    "p99_ms",
                    "errors",
                    "queries",
                    "html_bytes",
                    "bytes",
                    "share_of_floor",
                ]
            }
            for page in pages
        ],
        "writes": [
            {key: write[key] for key in ["name", "rps", "p50_ms", "p99_ms", "errors", "count"]}
            for write in writes
        ],
        "worker_rss_mb": max((w["peak_mb"] for w in workers), default=0),
    }
    print_table(args, floor, pages, writes, workers, seed_seconds, time.monotonic() - started)
    busy = [p["name"] for p in [floor, *pages] if p["other_cpu"] > 0.1]
    if busy:
        print(
            f"Warning: other programs used over 10% of the CPUs while loading {', '.join(busy)}:"
            " those figures are low and noisy. Rerun on a quiet machine."
        )
    compare = args.compare
    if compare is None and args.scale == "xlarge":
        compare = RESULTS / f"{args.db}-large.json"
        if not compare.exists():
            print(f"No {compare}: run the large data set first to compare the shares.")
            compare = None
    compared = json.loads(Path(compare).read_text()) if compare else None
    missed = print_targets(floor, pages, writes, workers, compared)
    RESULTS.mkdir(exist_ok=True)
    for path in [RESULTS / f"{args.db}-{args.scale}.json", *([args.json] if args.json else [])]:
        Path(path).write_text(json.dumps(report, indent=2) + "\n")
        print(f"Wrote {path}")
    errors = [p["name"] for p in [floor, *pages, *writes] if p["errors"]]
    for write in writes:
        for text in write["first_errors"]:
            print(f"{write['name']}: {text}")
    for failure in failures:
        print(f"FAILED: {failure}")
    if failures or errors:
        log = (tmp / "gunicorn.log").read_text().splitlines()[-30:]
        print("The end of gunicorn's log:", *log, sep="\n  ")
    if errors:
        print(f"FAILED: errors on {', '.join(errors)}")
    print(f"{missed} target(s) missed." if missed else "Every target met.")
    return not failures and not errors


VACUUM = (
    "from django.db import connection; cursor = connection.cursor(); "
    "cursor.execute('VACUUM ANALYZE'); cursor.execute('CHECKPOINT')"
)


# The database ------------------------------------------------------------------------


def fresh_database(args, cleanup):
    """A temporary folder and an empty database (`args.db`), both gone at the end unless
    `args.keep`. Returns the folder, the environment to run the app with, and the
    PostgreSQL server's pid (None for SQLite)."""
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    if args.keep:
        print(f"Keeping {tmp}")
    else:
        cleanup.callback(shutil.rmtree, tmp, ignore_errors=True)
    if args.db == "postgres":
        database_url, postmaster_pid = start_postgres(cleanup)
    else:
        database_url, postmaster_pid = f"sqlite:///{tmp / 'bench.sqlite3'}", None
    return tmp, bench_env(database_url, tmp), postmaster_pid


def seed(env, db, scale_name):
    """Migrates, seeds the `scale_name` data set and collects the static files. Returns
    the seconds seed_scale took."""
    manage(env, "migrate", "--noinput", "-v", "0")
    scale = SCALES[scale_name]
    seed_args = [f"--{name}={value}" for name, value in scale.items()]
    print(f"Seeding the {scale_name} data set on {db}: {', '.join(seed_args)}")
    seed_started = time.monotonic()
    manage(env, "seed_scale", "--force", *seed_args, quiet=False)
    seed_seconds = time.monotonic() - seed_started
    if db == "postgres":
        # What autovacuum would do in the next minutes, so that it does not run during the
        # load and query plans do not depend on its timing; then a checkpoint, for the same
        # reason.
        manage(env, "shell", "-c", VACUUM)
    # The seed's writes on disk before anything is timed, not flushed during the first pages.
    os.sync()
    manage(env, "collectstatic", "--noinput", "-v", "0")
    return seed_seconds


def start_postgres(cleanup):
    """A throwaway cluster on a free port, as .ci/run starts one; stopped and removed at
    the end."""
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not bins:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql).")
    pg_bin = bins[-1]
    pg_dir = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    as_postgres = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(pg_dir, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data = pg_dir / "data"
    port = free_port()

    def stop():
        subprocess.run(
            [*as_postgres, pg_bin / "pg_ctl", "stop", "-D", data, "-m", "immediate"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(pg_dir, ignore_errors=True)

    cleanup.callback(stop)
    quiet = {"stdout": subprocess.DEVNULL, "timeout": 120, "check": True}
    subprocess.run(
        [*as_postgres, pg_bin / "initdb", "-A", "trust", "-U", "postgres", "-D", data], **quiet
    )
    # random_page_cost as on any SSD server (the default assumes spinning disks): with it
    # the planner takes the client search's trigram indexes (README, Running in production).
    options = (
        f"-p {port} -k {pg_dir} -c listen_addresses={HOST} -c fsync=off -c random_page_cost=1.1"
    )
    subprocess.run(
        [
            *as_postgres,
            pg_bin / "pg_ctl",
            "start",
            "-w",
            "-D",
            data,
            "-l",
            pg_dir / "log",
            "-o",
            options,
        ],
        **quiet,
    )
    subprocess.run(
        [*as_postgres, pg_bin / "createdb", "-h", HOST, "-p", str(port), "bench"], **quiet
    )
    print(f"PostgreSQL {pg_bin.parent.name} on port {port}")
    postmaster_pid = int((data / "postmaster.pid").read_text().split()[0])
    return f"postgres://postgres@{HOST}:{port}/bench", postmaster_pid


def bench_env(database_url, tmp):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_"))
    }
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="bench.settings",
        BENCH_STATIC_ROOT=str(tmp / "static"),
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=HOST,
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_HSTS_SECONDS="0",
        DJANGO_MEDIA_ROOT=str(tmp / "media"),
        PYTHONPATH=str(ROOT),
    )
    return env


def manage(env, *args, quiet=True):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=3600,
        stdout=subprocess.DEVNULL if quiet else None,
    )


# The server ----------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, workers, tmp, cleanup):
    log = open(tmp / "gunicorn.log", "w")
    cleanup.callback(log.close)
    process = subprocess.Popen(
        [
            GUNICORN,
            "clinic.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def stop():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    cleanup.callback(stop)
    return process


def wait_until_up(base, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if get(base, "/healthz")[0] == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer on {base} within {timeout} s")


# HTTP ----------------------------------------------------------------------------------


def request(base, method, path, cookies=None, body=None, headers=None):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        all_headers = {"Accept-Encoding": "gzip", **(headers or {})}
        if cookies:
            all_headers["Cookie"] = cookie_header(cookies)
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.read(), response.headers
    finally:
        connection.close()


def get(base, path, cookies=None):
    return request(base, "GET", path, cookies)


def cookie_header(cookies):
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def set_cookies(headers):
    jar = {}
    for line in headers.get_all("Set-Cookie") or []:
        name, _, rest = line.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def text_of(body, headers):
    if headers.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return body.decode("utf-8", "replace")


def sign_in(base, email):
    """Signs in through the real form: GET for the CSRF token, then POST."""
    status, body, headers = get(base, "/accounts/login/")
    if status != 200:
        raise RuntimeError(f"the sign-in page answered {status}")
    jar = set_cookies(headers)
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text_of(body, headers))
    if not match:
        raise RuntimeError("no CSRF token on the sign-in page")
    form = urlencode({"username": email, "password": PASSWORD, "csrfmiddlewaretoken": match[1]})
    status, _, headers = request(
        base,
        "POST",
        "/accounts/login/",
        cookies=jar,
        body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    jar.update(set_cookies(headers))
    if status != 302 or "login" in headers.get("Location", ""):
        raise RuntimeError(f"signing in as {email} failed (status {status})")
    return jar


# What one page costs -------------------------------------------------------------------


def measure_in_process(env, cookies, floor_path, writers):
    output = subprocess.run(
        [PYTHON, "-m", "bench.measure"],
        cwd=ROOT,
        env={
            **env,
            "BENCH_COOKIES": json.dumps(cookies),
            "BENCH_FLOOR": floor_path,
            "BENCH_WRITERS": str(writers),
        },
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


class Subresources(HTMLParser):
    """The files a browser fetches to show the page: styles, scripts, icons, images."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower()
            if any(word in rel for word in ["stylesheet", "icon", "preload", "modulepreload"]):
                self.urls.append(attrs["href"])
        elif tag in {"script", "img", "iframe", "source", "video", "audio", "embed"}:
            if attrs.get("src"):
                self.urls.append(attrs["src"])
        elif tag == "object" and attrs.get("data"):
            self.urls.append(attrs["data"])


def first_load_bytes(base, path, body, headers, cookies):
    """Compressed bytes of the page and everything it loads, and any other hosts it
    would ask."""
    html = text_of(body, headers)
    total = compressed_size(body, headers)
    parser = Subresources()
    parser.feed(html)
    seen, external = set(), []
    queue = [urljoin(base + path, url) for url in parser.urls]
    while queue:
        url = queue.pop()
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            external.append(url)
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        status, asset, asset_headers = get(base, target, cookies)
        if status != 200:
            continue
        total += compressed_size(asset, asset_headers)
        if parts.path.endswith(".css"):
            css = text_of(asset, asset_headers)
            for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", css) + re.findall(
                r"@import\s+['\"]([^'\"]+)", css
            ):
                queue.append(urljoin(url, ref))
    return total, external


def compressed_size(body, headers):
    if headers.get("Content-Encoding") in {"gzip", "br"}:
        return len(body)
    return len(gzip.compress(body, compresslevel=6))


# Load ----------------------------------------------------------------------------------

WRK_LATENCY = re.compile(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
UNITS_MS = {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}


def load(base, path, cookies, args, stack):
    """wrk's figures for one page, and the share of the CPUs that programs other than
    wrk and the `stack` (gunicorn, PostgreSQL: pids whose process trees count as ours) used
    meanwhile: on a busy machine the figures are low and noisy."""
    command = [
        "wrk",
        "--latency",
        "-t",
        str(min(2, args.concurrency)),
        "-c",
        str(args.concurrency),
        "-d",
        f"{args.duration}s",
        "--timeout",
        "5s",
        "-H",
        f"Cookie: {cookie_header(cookies)}",
        "-H",
        "Accept-Encoding: gzip",
        base + path,
    ]
    before = cpu_ticks(stack)
    started = time.monotonic()
    output = subprocess.run(
        command, capture_output=True, text=True, check=True, timeout=args.duration + 60
    ).stdout
    elapsed = time.monotonic() - started
    after = cpu_ticks(stack)
    busy, ours = (b - a for a, b in zip(before, after, strict=True))
    capacity = elapsed * os.sysconf("SC_CLK_TCK") * (os.cpu_count() or 1)
    return parse_wrk(output) | {"other_cpu": round(max(0, busy - ours) / capacity, 3)}


def mean_of(runs):
    """The floor's figures over its runs: means, with every run's errors, and the busiest
    run's share of other programs."""
    return {
        "rps": round(statistics.fmean(run["rps"] for run in runs), 1),
        "p50_ms": round(statistics.fmean(run["p50_ms"] for run in runs), 2),
        "p99_ms": round(statistics.fmean(run["p99_ms"] for run in runs), 2),
        "errors": sum(run["errors"] for run in runs),
        "other_cpu": max(run["other_cpu"] for run in runs),
    }


def wait_for_quiet(stack, limit):
    """Waits up to `limit` seconds for other programs to use under 10% of the CPUs
    (measured over a second), so that they disturb the next measurement less."""
    deadline = time.monotonic() + limit
    while True:
        before = cpu_ticks(stack)
        time.sleep(1)
        busy, ours = (b - a for a, b in zip(before, cpu_ticks(stack), strict=True))
        share = max(0, busy - ours) / (os.sysconf("SC_CLK_TCK") * (os.cpu_count() or 1))
        if share < 0.1 or time.monotonic() >= deadline:
            return share


def cpu_ticks(stack):
    """Busy CPU time of the whole machine, and of the stack and wrk, in clock ticks."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    busy = sum(fields[:8]) - fields[3] - fields[4]  # all but idle and iowait
    ours = sum(ticks for pid, ticks in process_tree(stack).items())
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # wrk, once it has exited
    ours += (children.ru_utime + children.ru_stime) * os.sysconf("SC_CLK_TCK")
    return busy, ours


def parse_wrk(output):
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not rps:
        raise RuntimeError(f"could not read wrk's output:\n{output}")
    latency = {p: float(v) * UNITS_MS[u] for p, v, u in WRK_LATENCY.findall(output)}
    errors = 0
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if sockets:
        errors += sum(int(n) for n in sockets.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx[1])
    return {
        "rps": round(float(rps[1]), 1),
        "p50_ms": round(latency.get("50", 0), 2),
        "p99_ms": round(latency.get("99", 0), 2),
        "errors": errors,
    }


def process_tree(roots):
    """{pid: CPU ticks used} of the `roots` and all their descendants."""
    parents, ticks = {}, {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int(stat.parent.name)
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[pid] = int(fields[1])
            # utime and stime, plus cutime and cstime: the time of children that have
            # exited (PostgreSQL's autovacuum workers, say) moves to their parent.
            ticks[pid] = sum(int(n) for n in fields[11:15])
    tree = {pid for pid in roots if pid in ticks}
    grew = True
    while grew:
        children = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= children
        grew = bool(children)
    return {pid: ticks[pid] for pid in tree}


def worker_memory(master):
    """Resident and peak memory of each gunicorn worker (the master's children)."""
    workers = []
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
            if int(fields["PPid"]) != master.pid:
                continue
            workers.append(
                {
                    "pid": int(fields["Pid"]),
                    "rss_mb": kb_to_mb(fields["VmRSS"]),
                    "peak_mb": kb_to_mb(fields["VmHWM"]),
                }
            )
    return sorted(workers, key=lambda w: w["pid"])


def kb_to_mb(value):
    return round(int(value.split()[0]) / 1024, 1)


# Report --------------------------------------------------------------------------------


def print_table(args, floor, pages, writes, workers, seed_seconds, total_seconds):
    print()
    print(
        f"{args.db}, {args.scale} data set (seeded in {seed_seconds:.0f} s), "
        f"{args.workers} sync workers, concurrency {args.concurrency}, {args.duration} s a page"
    )
    header = (
        f"{'page':<28} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'queries':>7} "
        f"{'HTML KB':>7} {'KB gz':>6} {'floor':>6} {'other':>6}  path"
    )
    print(header)
    print("-" * len(header))
    for page in [floor, *pages]:
        share = page.get("share_of_floor", 1)
        print(
            f"{page['name']:<28} {page['rps']:7.1f} {page['p50_ms']:7.1f} {page['p99_ms']:7.1f} "
            f"{page['errors']:6d} {page['queries']:7d} {page['html_bytes'] / 1000:7.1f} "
            f"{page['bytes'] / 1000:6.1f} {share:6.0%} {page['other_cpu']:6.0%}  {page['path']}"
        )
    print("HTML KB: the page as the app sends it; KB gz: it and all it loads, compressed.")
    print()
    print(f"{'write':<28} {'a second':>8} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6}")
    for write in writes:
        print(
            f"{write['name']:<28} {write['rps']:8.1f} {write['p50_ms']:7.1f} "
            f"{write['p99_ms']:7.1f} {write['errors']:6d}"
        )
    for worker in workers:
        print(
            f"worker {worker['pid']}: {worker['rss_mb']} MB resident after the run, "
            f"peak {worker['peak_mb']} MB"
        )
    print(f"Whole run: {total_seconds:.0f} s")


def print_targets(floor, pages, writes, workers, compared=None):
    """Prints each target met or missed; returns the number missed. `compared` is the
    report of a run on a smaller data set, whose shares each page must keep."""
    print()
    print("Targets (set for the large and xlarge data sets on PostgreSQL):")
    checks = []
    max_p99 = round(MAX_P99_TIMES_FLOOR * floor["p99_ms"], 1)
    for page in pages:
        name, share = page["name"], page["share_of_floor"]
        least = MIN_SHARES.get(base_page(name), MIN_SHARE_OF_FLOOR)
        checks += [
            (share >= least, f"{name}: {share:.1%} of the floor's req/s (at least {least:.1%})"),
            (
                page["p99_ms"] <= max_p99,
                f"{name}: p99 {page['p99_ms']} ms (at most {MAX_P99_TIMES_FLOOR} times the "
                f"floor's, {max_p99} ms)",
            ),
            (page["errors"] == 0, f"{name}: {page['errors']} errors"),
            (page["queries"] <= MAX_QUERIES, f"{name}: {page['queries']} queries (at most 10)"),
            (page["bytes"] < MAX_BYTES, f"{name}: {page['bytes']} bytes on first load (< 60 KB)"),
            (
                not page["external"],
                f"{name}: requests to other hosts: {', '.join(page['external']) or 'none'}",
            ),
        ]
        if name in SEARCH_PAGES:
            most = round(MAX_SEARCH_P50_TIMES_FLOOR * floor["p50_ms"], 1)
            checks.append((page["p50_ms"] <= most, f"{name}: p50 {page['p50_ms']} ms (<= {most})"))
    by_name = {page["name"]: page for page in pages}
    for name, page in by_name.items():
        short = by_name.get(name.removesuffix(LONG) + SHORT)
        if name.endswith(LONG) and short:
            times = short["rps"] / page["rps"] if page["rps"] else float("inf")
            checks.append(
                (
                    times < MAX_LONG_HISTORY_TIMES,
                    f"{name}: {times:.2f} times the time of {short['name']} "
                    f"(under {MAX_LONG_HISTORY_TIMES})",
                )
            )
    max_write_p99 = round(MAX_WRITE_P99_TIMES_FLOOR * floor["p99_ms"], 1)
    for write in writes:
        name = write["name"]
        checks += [
            (
                write["p99_ms"] <= max_write_p99,
                f"{name}: p99 {write['p99_ms']} ms (at most {MAX_WRITE_P99_TIMES_FLOOR} times "
                f"the floor's, {max_write_p99} ms)",
            ),
            (
                write["errors"] == 0 and write["count"],
                f"{name}: {write['count']} sent, {write['errors']} errors",
            ),
        ]
    for worker in workers:
        checks.append(
            (
                worker["rss_mb"] < MAX_WORKER_RSS_MB,
                f"worker {worker['pid']}: {worker['rss_mb']} MB resident (< 150)",
            )
        )
    if compared:
        checks += kept_shares(pages, compared)
    missed = [text for ok, text in checks if not ok]
    print(f"  {len(checks) - len(missed)} of {len(checks)} met.")
    for text in missed:
        print(f"  MISSED {text}")
    return len(missed)


def base_page(name):
    """The page a heavy variant is of: "client page (long history)" is a client page."""
    return name.split(" (", 1)[0]


def kept_shares(pages, compared):
    """Each page against the same page of `compared`: at least MIN_SHARE_KEPT of its share
    of the floor, and the same number of queries."""
    before = {page["name"]: page for page in compared["pages"]}
    checks = []
    print(f"Against the {compared['scale']} run on {compared['db']}:")
    for page in pages:
        old = before.get(page["name"])
        if old is None:
            continue
        kept = page["share_of_floor"] / old["share_of_floor"] if old["share_of_floor"] else 0
        print(
            f"  {page['name']:<28} share {old['share_of_floor']:6.1%} -> "
            f"{page['share_of_floor']:6.1%} ({kept:.2f}), queries {old['queries']} -> "
            f"{page['queries']}"
        )
        checks += [
            (
                kept >= MIN_SHARE_KEPT,
                f"{page['name']}: keeps {kept:.2f} of its share on {compared['scale']} "
                f"(at least {MIN_SHARE_KEPT})",
            ),
            (
                page["queries"] == old["queries"],
                f"{page['name']}: {page['queries']} queries, {old['queries']} on "
                f"{compared['scale']}",
            ),
        ]
    return checks


if __name__ == "__main__":
    sys.exit(main())
