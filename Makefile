# Two entry points: `make run` and `make test`. Everything else is set up on the way.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

UV := .tools/bin/uv
PY := .venv/bin/python
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
DEV_ENV := DJANGO_DEBUG=1

.PHONY: run test test-only install messages gettext chromium ffmpeg migrate demo lint bench load-test

# The task worker (mail) runs beside the web server; Ctrl-C stops both.
run: install ffmpeg migrate demo
	@$(DEV_ENV) $(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: install chromium ffmpeg test-only

test-only:
	$(UV) run --locked ruff check .
	$(UV) run --locked pytest

install: .venv/.synced messages

# The translations (locale/*/LC_MESSAGES/*.po) compiled to the .mo files Django reads; the
# .mo files are not committed. msgfmt comes with Debian's gettext.
messages: .venv/.synced gettext
	@$(DEV_ENV) $(PY) manage.py compilemessages --ignore .venv --ignore .tools --verbosity 0

gettext:
	@command -v msgfmt >/dev/null || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gettext; }

# uv itself lives in a small private virtualenv, so no global install is needed.
$(UV):
	python3 -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv

.venv/.synced: $(UV) pyproject.toml uv.lock .python-version
	$(UV) sync --locked
	touch $@

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

demo: install
	$(DEV_ENV) $(PY) manage.py seed_demo

chromium:
	@command -v chromium >/dev/null || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# ffprobe checks uploaded clips by their content; ffmpeg makes the demo clip.
ffmpeg:
	@command -v ffprobe >/dev/null || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq ffmpeg; }

lint: install
	$(UV) run ruff check .
	$(UV) run ruff format --check .

# Load test on a large data set: make bench DB=sqlite|postgres SCALE=small|large|xlarge
# (DURATION: seconds of load per page; JSON: where to write the results as well as
# .bench/DB-SCALE.json; COMPARE: a smaller run's JSON whose shares of the floor each page
# must keep, by default .bench/DB-large.json for xlarge). See bench/run.py.
DB ?= sqlite
SCALE ?= small
DURATION ?= 10
bench: install
	@command -v wrk >/dev/null || { \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wrk; }
	$(PY) bench/run.py --db $(DB) --scale $(SCALE) --duration $(DURATION) $(if $(JSON),--json $(JSON)) $(if $(COMPARE),--compare $(COMPARE))

# Practitioners charting and clients logging at once against gunicorn, then a check that
# every confirmed write is in the database: make load-test DB=sqlite|postgres
# SCALE=small|large|xlarge [LOAD_SECONDS=120] [USERS=16] [JSON=path]. Unlike bench it defaults to
# PostgreSQL and the large data set, the case it is there for. See bench/load_test.py.
LOAD_SECONDS ?= 120
USERS ?= 16
load-test: DB = postgres
load-test: SCALE = large
load-test: install
	$(PY) bench/load_test.py --db $(DB) --scale $(SCALE) --duration $(LOAD_SECONDS) --users $(USERS) $(if $(JSON),--json $(JSON))
